//! Exports from the store: the decisions with their runs' context, and CSV with one row per
//! decision (the xAPI statements are made from the same rows, in `xapi`). Both name the scenario
//! version (content hash) each result came from.

use rusqlite::params;
use serde::Serialize;

use super::{Store, StoreError};

/// One decision with its run's context, as stored.
#[derive(Clone, Debug, Serialize, serde::Deserialize, PartialEq)]
pub struct DecisionRow {
    pub trainee: String,
    pub scenario: String,
    pub scenario_version: String,
    pub run: i64,
    pub seed: u64,
    pub step: i64,
    pub scene: String,
    pub choice: i64,
    pub choice_text: String,
    pub score: i64,
    pub applied: String,
    pub missed: String,
    pub mistakes: String,
    pub mood: i64,
    pub run_started: String,
    pub time: String,
    /// Filled on a run's last decision once it finished: the run's score and outcome.
    pub run_score: Option<i64>,
    pub outcome: Option<String>,
    /// Which scoring model scored the run (exports written before model 2 lack it: model 1).
    #[serde(default = "model_one")]
    pub scoring_model: i64,
    /// The run's xAPI registration (a UUID given when it started; none on runs saved before).
    #[serde(default)]
    pub registration: Option<String>,
}

fn model_one() -> i64 {
    1
}

impl Store {
    /// Every decision, oldest first; optionally for one trainee and from a date (`YYYY-MM-DD`).
    pub fn decisions(&self, trainee: Option<&str>, since: Option<&str>) -> Result<Vec<DecisionRow>, StoreError> {
        decision_rows(&self.conn, trainee, since, None).map_err(self.sql())
    }
}

/// The decisions with their runs' context, oldest first (for one run when `run` is given).
pub(super) fn decision_rows(
    conn: &rusqlite::Connection,
    trainee: Option<&str>,
    since: Option<&str>,
    run: Option<i64>,
) -> rusqlite::Result<Vec<DecisionRow>> {
    // One run's rows are looked up by the decisions' key, not by scanning every run.
    let filter = match run {
        Some(_) => "d.run_id = ?3 AND ?1 IS NULL AND ?2 IS NULL",
        None => "(?1 IS NULL OR t.name = ?1 COLLATE NOCASE) AND (?2 IS NULL OR d.decided_at >= ?2) AND ?3 IS NULL",
    };
    let mut query = conn.prepare(&format!(
        "SELECT t.name, r.scenario_id, r.content_hash, r.id, r.seed, d.step, d.scene_id, d.choice_index, d.choice_text,
                d.score, d.applied, d.missed, d.mistakes, d.mood_after, r.started_at, d.decided_at,
                CASE WHEN d.step = (SELECT MAX(step) FROM decisions x WHERE x.run_id = r.id) THEN r.score END,
                CASE WHEN d.step = (SELECT MAX(step) FROM decisions x WHERE x.run_id = r.id) THEN r.outcome END,
                r.scoring_model, r.registration
         FROM decisions d JOIN runs r ON r.id = d.run_id JOIN trainees t ON t.id = r.trainee_id
         WHERE {filter}
         ORDER BY r.id, d.step"
    ))?;
    query
        .query_map(params![trainee, since, run], |r| {
            Ok(DecisionRow {
                trainee: r.get(0)?,
                scenario: r.get(1)?,
                scenario_version: r.get(2)?,
                run: r.get(3)?,
                seed: r.get::<_, i64>(4)? as u64,
                step: r.get(5)?,
                scene: r.get(6)?,
                choice: r.get(7)?,
                choice_text: r.get(8)?,
                score: r.get(9)?,
                applied: r.get(10)?,
                missed: r.get(11)?,
                mistakes: r.get(12)?,
                mood: r.get(13)?,
                run_started: r.get(14)?,
                time: r.get(15)?,
                run_score: r.get(16)?,
                outcome: r.get(17)?,
                scoring_model: r.get(18)?,
                registration: r.get(19)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()
}

/// One row per decision, every cell safe to open in a spreadsheet (see `csv_cells`).
pub fn to_csv(rows: &[DecisionRow]) -> Result<String, csv::Error> {
    super::csv_cells::write(rows)
}
