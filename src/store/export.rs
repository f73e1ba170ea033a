//! Exports from the store: CSV with one row per decision, and xAPI 1.0.3 statements for any
//! Learning Record Store. Both name the scenario version (content hash) each result came from.

use rusqlite::params;
use serde::Serialize;
use serde_json::{Value, json};

use super::time::seconds_between;
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
}

fn model_one() -> i64 {
    1
}

impl Store {
    /// Every decision, oldest first; optionally for one trainee and from a date (`YYYY-MM-DD`).
    pub fn decisions(&self, trainee: Option<&str>, since: Option<&str>) -> Result<Vec<DecisionRow>, StoreError> {
        let sql = self.sql();
        let mut query = self
            .conn
            .prepare(
                "SELECT t.name, r.scenario_id, r.content_hash, r.id, r.seed, d.step, d.scene_id, d.choice_index, d.choice_text,
                        d.score, d.applied, d.missed, d.mistakes, d.mood_after, r.started_at, d.decided_at,
                        CASE WHEN d.step = (SELECT MAX(step) FROM decisions x WHERE x.run_id = r.id) THEN r.score END,
                        CASE WHEN d.step = (SELECT MAX(step) FROM decisions x WHERE x.run_id = r.id) THEN r.outcome END,
                        r.scoring_model
                 FROM decisions d JOIN runs r ON r.id = d.run_id JOIN trainees t ON t.id = r.trainee_id
                 WHERE (?1 IS NULL OR t.name = ?1 COLLATE NOCASE) AND (?2 IS NULL OR d.decided_at >= ?2)
                 ORDER BY r.id, d.step",
            )
            .map_err(&sql)?;
        query
            .query_map(params![trainee, since], |r| {
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
                })
            })
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)
    }
}

/// One row per decision, every cell safe to open in a spreadsheet (see `csv_cells`).
pub fn to_csv(rows: &[DecisionRow]) -> Result<String, csv::Error> {
    super::csv_cells::write(rows)
}

const ACTIVITY: &str = "https://hold-the-line.invalid/xapi";

/// A deterministic UUID (version 8, RFC 9562) for a statement, so re-exports do not duplicate.
fn statement_id(parts: &[&str]) -> String {
    let joined = parts.join("\u{1f}");
    let a = super::content_hash(&joined, "a");
    let b = super::content_hash(&joined, "b");
    let hex = format!("{a}{b}");
    format!(
        "{}-{}-8{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][usize::from(hex.as_bytes()[16] % 4)],
        &hex[17..20],
        &hex[20..32]
    )
}

/// xAPI 1.0.3 statements: `answered` per decision, `completed` per finished run.
pub fn to_xapi(rows: &[DecisionRow]) -> Value {
    let mut statements = Vec::new();
    let mut previous: Option<&DecisionRow> = None;
    for row in rows {
        let started = match previous {
            Some(p) if p.run == row.run => p.time.as_str(),
            _ => row.run_started.as_str(),
        };
        let actor = json!({
            "objectType": "Agent",
            "name": row.trainee,
            "account": {"homePage": "https://hold-the-line.invalid/trainees", "name": row.trainee},
        });
        let scenario_iri = format!("{ACTIVITY}/scenarios/{}", row.scenario);
        let list = |s: &str| s.split(',').filter(|x| !x.is_empty()).map(str::to_owned).collect::<Vec<_>>();
        let context = json!({
            "contextActivities": {"parent": [{"objectType": "Activity", "id": scenario_iri}]},
            "extensions": {
                "https://hold-the-line.invalid/xapi/ext/seed": row.seed,
                "https://hold-the-line.invalid/xapi/ext/scenario-version": row.scenario_version,
                "https://hold-the-line.invalid/xapi/ext/scoring-model": row.scoring_model,
                "https://hold-the-line.invalid/xapi/ext/strategies": {"applied": list(&row.applied), "missed": list(&row.missed), "mistakes": list(&row.mistakes)},
            },
        });
        statements.push(json!({
            "id": statement_id(&[&row.run.to_string(), &row.step.to_string(), &row.trainee, "answered"]),
            "actor": actor,
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario_iri}/scenes/{}", row.scene),
                "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction", "name": {"en-US": format!("{}: {}", row.scenario, row.scene)}},
            },
            "result": {
                // Model 2 carries penalties, so a decision can add less than nothing to its run.
                "score": {"scaled": row.score.clamp(-100, 100) as f64 / 100.0, "raw": row.score.clamp(-100, 100), "min": -100, "max": 100},
                "success": row.score >= 80,
                "response": row.choice_text,
                "duration": format!("PT{:.2}S", seconds_between(started, &row.time)),
            },
            "context": context.clone(),
            "timestamp": row.time,
        }));
        if let (Some(score), Some(outcome)) = (row.run_score, &row.outcome) {
            statements.push(json!({
                "id": statement_id(&[&row.run.to_string(), &row.trainee, "completed"]),
                "actor": actor,
                "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
                "object": {
                    "objectType": "Activity",
                    "id": scenario_iri,
                    "definition": {"type": "http://adlnet.gov/expapi/activities/simulation", "name": {"en-US": row.scenario}},
                },
                "result": {
                    "score": {"scaled": score as f64 / 100.0, "raw": score, "min": 0, "max": 100},
                    "success": matches!(outcome.as_str(), "Resolved" | "Escalated") && score >= 65,
                    "completion": true,
                    "response": outcome,
                    "duration": format!("PT{:.2}S", seconds_between(&row.run_started, &row.time)),
                },
                "context": context,
                "timestamp": row.time,
            }));
        }
        previous = Some(row);
    }
    Value::Array(statements)
}
