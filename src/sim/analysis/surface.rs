//! Surface features of a choice's text that a trainee could pick by without reading: length, a
//! stage direction, apology and empathy words. The bots and the `surface-tell` check share them.

/// Word stems (and one phrase) that sound caring whatever the answer actually does: a choice
/// rich in them is what a "say sorry a lot" strategy would pick. Fixed, so results are stable.
/// English, then Spanish (the shipped translation), so the bot reads a translated scenario too.
pub const EMPATHY_STEMS: [&str; 18] = [
    "sorry",
    "apolog",
    "understand",
    "frustrat",
    "appreciat",
    "imagin",
    "upset",
    "thank",
    "empath",
    "siento",
    "disculp",
    "perdon",
    "perdón",
    "entiend",
    "comprend",
    "frustrac",
    "agradez",
    "gracias",
];

/// How many words a trainee sees: the stage direction and the words said.
pub fn word_count(act: &str, say: &str) -> usize {
    act.split_whitespace().count() + say.split_whitespace().count()
}

/// True when the choice has a stage direction: its own `act` field, or (as the bundled scenarios
/// still write it) words then a colon before the opening quote, like `Let him finish, then: "..."`.
pub fn has_stage_direction(act: &str, say: &str) -> bool {
    if !act.trim().is_empty() {
        return true;
    }
    let text = say.trim_start();
    let Some(quote) = text.find(['"', '\u{201c}']) else { return false };
    let before = text[..quote].trim_end();
    before.ends_with(':') && before.chars().any(char::is_alphabetic)
}

/// How many apology or empathy words the choice's text holds (`EMPATHY_STEMS`, plus "hear you").
pub fn empathy_words(act: &str, say: &str) -> usize {
    let text = format!("{act} {say}").to_lowercase();
    let words: Vec<&str> = text.split(|c: char| !(c.is_alphabetic() || c == '\'')).filter(|w| !w.is_empty()).collect();
    let stems = words.iter().filter(|w| EMPATHY_STEMS.iter().any(|s| w.starts_with(s))).count();
    let phrases = words.windows(2).filter(|pair| pair == &["hear", "you"]).count();
    stems + phrases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_directions_inline_or_in_their_own_field() {
        assert!(has_stage_direction("", "Let him finish, then: \"I'm sorry.\""));
        assert!(has_stage_direction("Cut in", "\"Sir, the policy says...\""));
        assert!(!has_stage_direction("", "\"Note: this is all quoted.\""));
        assert!(!has_stage_direction("", "Just words, no quote at all"));
        assert!(!has_stage_direction("", ": \"only a colon\""));
    }

    #[test]
    fn words_and_empathy_words_are_counted_as_a_trainee_reads_them() {
        assert_eq!(word_count("Let her finish, then", "\"I'm so sorry.\""), 7);
        assert_eq!(empathy_words("", "\"I'm so sorry, I understand how frustrating that is.\""), 3);
        assert_eq!(empathy_words("", "\"I hear you. Thanks for waiting, I apologise.\""), 3);
        assert_eq!(empathy_words("", "\"Order number, please.\""), 0);
    }
}
