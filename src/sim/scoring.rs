//! The scoring model: every point traces to a strategy the scene recommended or a mistake made.

use serde::Serialize;

use super::model::{Catalog, Choice, Id, Scene};
use super::numbers::{div_round, mean_score, percent};

/// What one choice earns in one scene, before anything is shown to the trainee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceScore {
    /// Model 1's scene score: earned minus penalties, kept within 0..=100.
    pub score: u8,
    /// The share of the scene's recommended strategies the choice uses, 0..=100.
    pub earned: u8,
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
    ChoiceScore {
        score: scene_score(recommended, applied.len(), penalties),
        earned: percent(applied.len(), recommended).unwrap_or(0),
        applied,
        off_target,
        missed,
        mistakes,
    }
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

/// Which scoring model the engine uses; recorded with every run so older runs stay readable.
pub const MODEL_VERSION: u8 = 2;

/// The highest score a run that ends in a walkout can get: one below a pass (grade D from 50).
pub const WALKOUT_CAP: u8 = 49;

/// What one decision adds to a run under model 2: the strategy points it earned (the share of
/// the scene's recommended strategies, 0..=100) and the penalties of its mistakes, kept apart so
/// a penalty is never swallowed by a scene that earned nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScenePoints {
    pub earned: u8,
    pub penalty: u32,
}

impl ScenePoints {
    /// Earned minus penalties: what the decision adds to the run (negative when mistakes outweigh).
    pub fn net(self) -> i64 {
        i64::from(self.earned) - i64::from(self.penalty)
    }
}

impl ChoiceScore {
    pub fn points(&self) -> ScenePoints {
        let penalty = self.mistakes.iter().map(|(_, p)| u32::try_from(*p).unwrap_or(0)).sum();
        ScenePoints { earned: self.earned, penalty }
    }
}

/// How a run's score was made, for the debrief to show line by line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RunScore {
    pub score: u8,
    /// Strategy points earned over all decisions.
    pub earned: u32,
    /// Points taken by mistakes over all decisions.
    pub penalties: u32,
    /// Decisions made on this run.
    pub scenes: usize,
    /// Decisions on the scenario's best path: a shorter run is still divided by this.
    pub reference: usize,
    /// The number the points were divided by: the longer of `scenes` and `reference`.
    pub divisor: usize,
    /// The run ended in a walkout, so the score was held below a pass.
    pub walkout_capped: bool,
}

/// Model 2: (strategy points - penalties) / the longer of the run and the best path, rounded
/// half up and kept within 0..=100; a walkout never passes. Dividing by the longer of the two
/// means extra scenes reached through mistakes cannot lift a score, and stopping early cannot
/// either.
pub fn run_score_v2(points: &[ScenePoints], reference: usize, walked_out: bool) -> RunScore {
    let earned: u32 = points.iter().map(|p| u32::from(p.earned)).sum();
    let penalties: u32 = points.iter().map(|p| p.penalty).sum();
    let divisor = points.len().max(reference).max(1);
    let net = i64::from(earned) - i64::from(penalties);
    let rounded = if net <= 0 { 0 } else { div_round(net as usize, divisor).min(100) as u8 };
    let walkout_capped = walked_out && rounded > WALKOUT_CAP;
    let score = if walked_out { rounded.min(WALKOUT_CAP) } else { rounded };
    RunScore { score, earned, penalties, scenes: points.len(), reference, divisor, walkout_capped }
}

/// Moves the mood by a choice's change; 0 is furious (the customer walks out), 100 calm.
pub fn next_mood(mood: i32, change: i32) -> i32 {
    (mood + change).clamp(0, 100)
}

/// The score a run must reach to pass when the organisation sets no mastery score: grade C's floor.
pub const DEFAULT_MASTERY: u8 = Grade::C.floor();

/// Whether a run passed, as a Learning Record Store is told: the customer's issue resolved or
/// rightly escalated, with a score at or above the mastery score.
pub fn passed(score: u8, outcome: super::Outcome, mastery: u8) -> bool {
    matches!(outcome, super::Outcome::Resolved | super::Outcome::Escalated) && score >= mastery
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

    /// The lowest score in this band, for the authoring guide's table.
    pub const fn floor(self) -> u8 {
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

    fn pts(earned: u8, penalty: u32) -> ScenePoints {
        ScenePoints { earned, penalty }
    }

    #[test]
    fn model_2_carries_every_penalty_into_the_run() {
        // A scene that earned nothing still costs its mistake: 0 - 35 is -35, not 0.
        let calm_down = run_score_v2(&[pts(0, 35), pts(100, 0), pts(100, 0)], 3, false);
        let neutral = run_score_v2(&[pts(0, 0), pts(100, 0), pts(100, 0)], 3, false);
        assert_eq!((calm_down.score, neutral.score), (55, 67));
        assert_eq!((calm_down.earned, calm_down.penalties, calm_down.divisor), (200, 35, 3));
    }

    #[test]
    fn model_2_divides_by_the_longer_of_the_run_and_the_best_path() {
        // A detour: a mistake, then a recovery scene, then the two perfect scenes of the best path.
        let detour = run_score_v2(&[pts(50, 25), pts(100, 0), pts(100, 0), pts(100, 0)], 3, false);
        assert_eq!((detour.score, detour.divisor), (81, 4));
        // Stopping after one perfect scene of a three-scene best path is a third, not 100.
        let short = run_score_v2(&[pts(100, 0)], 3, false);
        assert_eq!((short.score, short.divisor), (33, 3));
        assert_eq!(run_score_v2(&[pts(100, 0), pts(100, 0), pts(100, 0)], 3, false).score, 100);
    }

    #[test]
    fn model_2_clamps_only_the_final_score_and_never_passes_a_walkout() {
        assert_eq!(run_score_v2(&[pts(0, 60), pts(50, 0)], 2, false).score, 0);
        let walkout = run_score_v2(&[pts(100, 0), pts(100, 0), pts(100, 0), pts(50, 25)], 4, true);
        assert_eq!((walkout.score, walkout.walkout_capped), (WALKOUT_CAP, true));
        assert_eq!(Grade::from_score(walkout.score), Grade::F);
        assert_eq!(run_score_v2(&[], 3, false).score, 0);
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
