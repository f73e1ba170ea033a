//! The scoring model: every point traces to a strategy the scene recommended or a mistake made.

use serde::Serialize;

use super::model::{Catalog, Choice, Id, Scene};
use super::numbers::{mean_score, percent};

/// What one choice earns in one scene, before anything is shown to the trainee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceScore {
    pub score: u8,
    /// Recommended strategies the choice uses.
    pub applied: Vec<Id>,
    /// Strategies the choice uses that this moment did not call for: they earn nothing.
    pub off_target: Vec<Id>,
    /// Recommended strategies the choice leaves out.
    pub missed: Vec<Id>,
    /// Mistakes made, each with the points it cost.
    pub mistakes: Vec<(Id, i32)>,
}

/// The share of recommended strategies used, as a whole percentage, minus penalties, in 0..=100.
pub fn scene_score(recommended: usize, applied: usize, penalties: i32) -> u8 {
    // Integers, so every machine agrees.
    let share = i32::from(percent(applied, recommended).unwrap_or(0));
    (share - penalties).clamp(0, 100) as u8
}

pub fn score_choice(scene: &Scene, choice: &Choice, catalog: &Catalog) -> ChoiceScore {
    let applied: Vec<Id> = dedup(scene.recommended.iter().filter(|r| choice.uses.contains(r)));
    let missed: Vec<Id> = dedup(scene.recommended.iter().filter(|r| !choice.uses.contains(r)));
    let off_target: Vec<Id> = dedup(choice.uses.iter().filter(|u| !scene.recommended.contains(u)));
    let mistakes: Vec<(Id, i32)> = dedup(choice.mistakes.iter())
        .into_iter()
        .map(|id| {
            let penalty = catalog.mistake(&id).map_or(0, |m| m.penalty);
            (id, penalty)
        })
        .collect();
    let penalties = mistakes.iter().map(|(_, p)| p).sum();
    let recommended = dedup(scene.recommended.iter()).len();
    ChoiceScore { score: scene_score(recommended, applied.len(), penalties), applied, off_target, missed, mistakes }
}

fn dedup<'a>(ids: impl Iterator<Item = &'a Id>) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// The run's score: the mean of its scene scores, rounded half up.
pub fn run_score(scene_scores: &[u8]) -> u8 {
    mean_score(scene_scores)
}

/// Moves the mood by a choice's change; 0 is furious (the customer walks out), 100 calm.
pub fn next_mood(mood: i32, change: i32) -> i32 {
    (mood + change).clamp(0, 100)
}

/// A grade band for a run score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
    F,
}

impl Grade {
    pub fn from_score(score: u8) -> Grade {
        match score {
            90.. => Grade::A,
            80..=89 => Grade::B,
            65..=79 => Grade::C,
            50..=64 => Grade::D,
            _ => Grade::F,
        }
    }

    pub fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::F => "F",
        }
    }

    /// What the band means to a trainee.
    pub fn label(self) -> &'static str {
        match self {
            Grade::A => "Excellent: you handled this like a seasoned pro",
            Grade::B => "Strong: a few moments to sharpen",
            Grade::C => "Developing: the basics are there, keep practicing",
            Grade::D => "Needs practice: review the missed strategies",
            Grade::F => "Start again: replay and follow the best responses",
        }
    }

    /// The lowest score in this band, for the authoring guide's table.
    pub fn floor(self) -> u8 {
        match self {
            Grade::A => 90,
            Grade::B => 80,
            Grade::C => 65,
            Grade::D => 50,
            Grade::F => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_of_recommended_rounds_half_up() {
        assert_eq!(scene_score(2, 2, 0), 100);
        assert_eq!(scene_score(2, 1, 0), 50);
        assert_eq!(scene_score(3, 1, 0), 33);
        assert_eq!(scene_score(3, 2, 0), 67);
        assert_eq!(scene_score(8, 1, 0), 13); // 12.5 rounds up
        assert_eq!(scene_score(3, 0, 0), 0);
    }

    #[test]
    fn penalties_subtract_and_clamp_at_zero() {
        assert_eq!(scene_score(2, 2, 25), 75);
        assert_eq!(scene_score(3, 1, 25), 8);
        assert_eq!(scene_score(2, 1, 90), 0);
        assert_eq!(scene_score(2, 2, -20), 100, "a negative penalty never lifts past 100");
    }

    #[test]
    fn run_score_is_the_rounded_mean() {
        assert_eq!(run_score(&[100, 50]), 75);
        assert_eq!(run_score(&[100, 100, 67]), 89);
        assert_eq!(run_score(&[100, 0, 0, 1]), 25);
        assert_eq!(run_score(&[]), 0);
    }

    #[test]
    fn mood_clamps_to_its_range() {
        assert_eq!(next_mood(20, -30), 0);
        assert_eq!(next_mood(90, 25), 100);
        assert_eq!(next_mood(40, -5), 35);
    }

    #[test]
    fn grade_bands_have_sharp_edges() {
        assert_eq!(Grade::from_score(90), Grade::A);
        assert_eq!(Grade::from_score(89), Grade::B);
        assert_eq!(Grade::from_score(65), Grade::C);
        assert_eq!(Grade::from_score(64), Grade::D);
        assert_eq!(Grade::from_score(49), Grade::F);
        for g in [Grade::A, Grade::B, Grade::C, Grade::D, Grade::F] {
            assert_eq!(Grade::from_score(g.floor()), g);
        }
    }
}
