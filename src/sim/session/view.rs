//! What a session shows: the scene as presented, the feedback after a choice, and the debrief.
//! Plain data for the CLI, the game and the store to present or record.

use serde::Serialize;

use crate::sim::model::{Id, Outcome};
use crate::sim::scoring::{Grade, RunScore, ScenePoints};

/// A scene as the trainee sees it: one variant of what the customer says, choices in drawn order.
#[derive(Clone, Debug, Serialize)]
pub struct Presented {
    pub scene_id: String,
    /// 1-based count of scenes on this run so far.
    pub number: usize,
    pub situation: String,
    pub customer_says: String,
    pub variant: usize,
    pub choices: Vec<PresentedChoice>,
    pub mood: i32,
}

#[derive(Clone, Debug, Serialize)]
pub struct PresentedChoice {
    /// The choice's index in the scenario file: stable across seeds, used for replays.
    pub original: usize,
    /// The stage direction, if the author wrote one (empty otherwise).
    pub act: String,
    pub say: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct StrategyNote {
    pub id: Id,
    pub name: String,
    pub why: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct MistakeNote {
    pub id: Id,
    pub name: String,
    pub why: String,
    pub penalty: i32,
}

/// The response that would have scored best in a scene.
#[derive(Clone, Debug, Serialize)]
pub struct BestResponse {
    pub act: String,
    pub say: String,
    /// Its net points (earned minus penalties).
    pub score: i32,
    pub feedback: String,
    pub applies: Vec<String>,
}

/// What the trainee sees after a choice.
#[derive(Clone, Debug, Serialize)]
pub struct Feedback {
    pub scene_id: String,
    pub number: usize,
    pub said: String,
    /// The author's line about this specific response.
    pub feedback: String,
    pub applied: Vec<StrategyNote>,
    pub off_target: Vec<StrategyNote>,
    pub missed: Vec<StrategyNote>,
    pub mistakes: Vec<MistakeNote>,
    /// What this decision adds to the run: strategy points earned and mistake penalties.
    pub points: ScenePoints,
    /// Net points, earned minus penalties (negative when the mistakes outweigh).
    pub score: i32,
    pub mood_before: i32,
    pub mood_after: i32,
    pub best: BestResponse,
    /// True when the choice scored as well as the best response.
    pub chose_best: bool,
    /// True when this choice drove the mood to 0.
    pub walked_out: bool,
}

impl Feedback {
    pub fn mood_change(&self) -> i32 {
        self.mood_after - self.mood_before
    }
}

/// One decision on the run's path.
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub scene_id: String,
    pub variant: usize,
    pub choice: usize,
    pub feedback: Feedback,
    /// The answer's words as the scenario file has them (`feedback.said` is as shown, maybe
    /// translated): what the progress store and the LRS keep.
    pub said_as_written: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct StrategyTally {
    pub id: Id,
    pub name: String,
    pub applied: usize,
    pub missed: usize,
    pub off_target: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct MistakeTally {
    pub id: Id,
    pub name: String,
    pub count: usize,
    pub points: i32,
}

/// The end of a run.
#[derive(Clone, Debug, Serialize)]
pub struct Debrief {
    pub score: u8,
    /// How the score was made: points, penalties, what they were divided by, any walkout cap.
    pub breakdown: RunScore,
    /// The scoring model that made `score` (see `scoring::MODEL_VERSION`).
    pub model: u8,
    pub grade: Grade,
    pub outcome: Outcome,
    pub ending_id: String,
    pub ending_text: String,
    pub final_mood: i32,
    /// Scene ids in the order played, then the ending's id.
    pub path: Vec<String>,
    pub strategies: Vec<StrategyTally>,
    pub mistakes: Vec<MistakeTally>,
    pub reflection: Vec<String>,
}
