//! The engine's values in words, in the language in use: difficulty, outcome, grade, and how a
//! decision's points and a run's score were made (the same words on screen and in the terminal).

use crate::sim::scoring::{RunScore, ScenePoints};
use crate::sim::{Channel, Difficulty, Grade, Outcome};
use crate::tr;

pub fn difficulty(d: Difficulty) -> String {
    tr!(match d {
        Difficulty::Easy => "difficulty-easy",
        Difficulty::Medium => "difficulty-medium",
        Difficulty::Hard => "difficulty-hard",
    })
}

/// How a customer reaches the trainee, on a card and a filter.
pub fn channel(c: Channel) -> String {
    super::say(&crate::sim::validate::channel_word(c))
}

pub fn outcome(o: Outcome) -> String {
    tr!(match o {
        Outcome::Resolved => "outcome-resolved",
        Outcome::Escalated => "outcome-escalated",
        Outcome::Unresolved => "outcome-unresolved",
        Outcome::Walkout => "outcome-walkout",
    })
}

/// What a grade band means to a trainee.
pub fn grade_label(g: Grade) -> String {
    tr!(match g {
        Grade::A => "grade-a",
        Grade::B => "grade-b",
        Grade::C => "grade-c",
        Grade::D => "grade-d",
        Grade::F => "grade-f",
    })
}

/// A decision's points, e.g. "+50 strategy points, -35 for mistakes = +15".
pub fn points(p: ScenePoints) -> String {
    if p.penalty == 0 {
        tr!("points-earned", earned = p.earned)
    } else {
        tr!("points-with-penalty", earned = p.earned, penalty = p.penalty, net = format!("{:+}", p.net()))
    }
}

/// How a run's score was made, e.g. "(450 strategy points - 35 for mistakes) / 6 decisions = 69".
pub fn run_score(r: &RunScore) -> String {
    let points = if r.penalties == 0 {
        tr!("score-points", earned = r.earned)
    } else {
        tr!("score-points-with-penalty", earned = r.earned, penalty = r.penalties)
    };
    let divisor = if r.divisor > r.scenes {
        tr!("score-divisor-best-path", divisor = r.divisor, made = tr!("decisions", count = r.scenes))
    } else {
        tr!("decisions", count = r.divisor)
    };
    let below = if i64::from(r.earned) < i64::from(r.penalties) { tr!("score-below-zero") } else { String::new() };
    let held = if r.walkout_capped { tr!("score-walkout-held", score = r.score) } else { String::new() };
    tr!("score-line", points = points, divisor = divisor, below = below, held = held, score = r.score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scoring::run_score_v2;

    fn pts(earned: u8, penalty: u32) -> ScenePoints {
        ScenePoints { earned, penalty }
    }

    #[test]
    fn the_score_explains_itself() {
        // The tests never switch the program's language (it is one for the process); the Spanish
        // words are held to the golden transcript of `play --lang es`.
        let run = run_score_v2(&[pts(100, 0), pts(50, 35), pts(100, 0)], 4, false);
        assert_eq!(
            run_score(&run),
            "(250 strategy points - 35 for mistakes) / 4 (the best path's decisions; this run made 3 decisions) = 54"
        );
        let clean = run_score_v2(&[pts(100, 0), pts(100, 0)], 2, false);
        assert_eq!(run_score(&clean), "200 strategy points / 2 decisions = 100");
        let walkout = run_score_v2(&[pts(100, 0), pts(100, 0), pts(100, 0), pts(50, 25)], 4, true);
        assert!(run_score(&walkout).ends_with("held at 49: a walkout cannot pass = 49"), "{}", run_score(&walkout));
        assert_eq!(points(pts(0, 35)), "+0 strategy points, -35 for mistakes = -35");
        assert_eq!(points(pts(67, 0)), "+67 strategy points");
        let one = run_score_v2(&[pts(100, 0)], 1, false);
        assert_eq!(run_score(&one), "100 strategy points / 1 decision = 100", "one decision, singular");
        assert_eq!(grade_label(Grade::A), "Excellent: you handled this like a seasoned pro");
    }
}
