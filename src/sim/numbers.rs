//! How numbers read everywhere they are shown: whole percentages and means rounded half up,
//! counted nouns ("1 scene", "2 scenes") and ten-step text bars. One home, so the game, the
//! terminal and the reports never disagree by a point or a letter.

/// `numerator / denominator` rounded half up (0 when there is nothing to divide by).
pub fn div_round(numerator: usize, denominator: usize) -> usize {
    if denominator == 0 { 0 } else { (2 * numerator + denominator) / (2 * denominator) }
}

/// The share `part` of `whole` as a whole percentage, rounded half up; `None` when `whole` is 0
/// (nothing to measure is not the same as 0%).
pub fn percent(part: usize, whole: usize) -> Option<u8> {
    (whole > 0).then(|| div_round(100 * part.min(whole), whole) as u8)
}

/// The mean of scores in 0..=100, rounded half up (0 for no scores).
pub fn mean_score(scores: &[u8]) -> u8 {
    div_round(scores.iter().map(|&s| usize::from(s)).sum(), scores.len()) as u8
}

/// A count with its noun: `counted(1, "scene")` is "1 scene", `counted(2, "strategy")` is
/// "2 strategies".
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {}", if n == 1 { noun.to_owned() } else { plural(noun) })
}

/// The plural of the nouns the program counts.
fn plural(noun: &str) -> String {
    // "strategy" -> "strategies", but "day" -> "days".
    match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{stem}ies"),
        _ if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") => format!("{noun}es"),
        _ => format!("{noun}s"),
    }
}

/// A ten-step text bar of a percentage, e.g. `######----` for 55% (rounded half up).
pub fn text_bar(percent: u8) -> String {
    let filled = div_round(usize::from(percent.min(100)), 10);
    format!("{}{}", "#".repeat(filled), "-".repeat(10 - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_and_means_round_half_up() {
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13), "12.5 rounds up");
        assert_eq!(percent(0, 0), None);
        assert_eq!(percent(5, 4), Some(100), "never over 100");
        assert_eq!(mean_score(&[100, 0]), 50);
        assert_eq!(mean_score(&[100, 0, 0]), 33);
        assert_eq!(mean_score(&[100, 100, 0]), 67);
        assert_eq!(mean_score(&[]), 0);
    }

    #[test]
    fn counted_nouns_agree_with_their_number() {
        assert_eq!(counted(1, "scene"), "1 scene");
        assert_eq!(counted(0, "scene"), "0 scenes");
        assert_eq!(counted(2, "strategy"), "2 strategies");
        assert_eq!(counted(1, "strategy"), "1 strategy");
        assert_eq!(counted(3, "day"), "3 days");
        assert_eq!(counted(2, "mistake"), "2 mistakes");
        assert_eq!(counted(4, "match"), "4 matches");
    }

    #[test]
    fn text_bars_round_like_the_percent_they_show() {
        assert_eq!(text_bar(0), "----------");
        assert_eq!(text_bar(54), "#####-----");
        assert_eq!(text_bar(55), "######----");
        assert_eq!(text_bar(100), "##########");
        assert_eq!(text_bar(250), "##########");
    }
}
