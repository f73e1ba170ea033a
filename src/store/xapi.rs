//! Stored results as xAPI 1.0.3 statements, one shape for the export file and the LRS queue:
//! `answered` per decision (a "choice" interaction when its scene is known), and `completed`
//! plus `passed` or `failed` per finished run, all under the run's registration.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::export::DecisionRow;
use super::time::seconds_between;
use crate::sim::Outcome;
use crate::sim::scoring::{DEFAULT_MASTERY, passed};

const ACTIVITY: &str = "https://hold-the-line.invalid/xapi";
const EXTENSION: &str = "https://hold-the-line.invalid/xapi/ext";
/// Who a trainee is when the organisation names no home page: the profile name on this computer.
pub const DEFAULT_HOME_PAGE: &str = "https://hold-the-line.invalid/trainees";

/// What the organisation's LRS settings add to every statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// The actor's account home page: the system whose ids the trainee names are.
    pub home_page: String,
    /// `context.platform`, e.g. "Hold the Line, Lisbon contact centre".
    pub platform: Option<String>,
    /// A registration the organisation gave (one enrolment for every run); else each run's own.
    pub registration: Option<String>,
    /// The score (0-100) a run needs to be `passed`.
    pub mastery: u8,
}

impl Default for Target {
    fn default() -> Self {
        Target { home_page: DEFAULT_HOME_PAGE.to_owned(), platform: None, registration: None, mastery: DEFAULT_MASTERY }
    }
}

/// The scene a decision was made in, as the trainee saw its choices (file order), and the best.
pub struct Interaction<'a> {
    pub choices: Vec<&'a str>,
    pub best: usize,
}

/// A choice's id in statements: its place in the scenario file, stable however choices are shown.
fn choice_id(index: usize) -> String {
    format!("choice-{}", index + 1)
}

/// A deterministic UUID (version 8, RFC 9562) for a statement, so a retry or a re-export never
/// duplicates: from the run's random registration, so two computers' runs never share one.
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

/// A run's registration: the UUID it was given when it started, or (runs saved before
/// registrations existed) one derived from the run, so its statements keep their old ids.
fn registration(row: &DecisionRow) -> String {
    row.registration.clone().unwrap_or_else(|| statement_id(&[&row.run.to_string(), &row.trainee, "registration"]))
}

fn id_for(row: &DecisionRow, verb: &str, step: bool) -> String {
    let step = if step { row.step.to_string() } else { String::new() };
    match &row.registration {
        Some(registration) => statement_id(&[registration, &step, verb]),
        // The ids exports made before registrations existed.
        None if step.is_empty() => statement_id(&[&row.run.to_string(), &row.trainee, verb]),
        None => statement_id(&[&row.run.to_string(), &step, &row.trainee, verb]),
    }
}

fn verb(name: &str) -> Value {
    json!({"id": format!("http://adlnet.gov/expapi/verbs/{name}"), "display": {"en-US": name}})
}

fn list(ids: &str) -> Vec<&str> {
    ids.split(',').filter(|x| !x.is_empty()).collect()
}

fn context(row: &DecisionRow, target: &Target) -> Value {
    let scenario_iri = format!("{ACTIVITY}/scenarios/{}", row.scenario);
    let mut context = json!({
        "registration": target.registration.clone().unwrap_or_else(|| registration(row)),
        "contextActivities": {"parent": [{"objectType": "Activity", "id": scenario_iri}]},
        "extensions": {
            format!("{EXTENSION}/seed"): row.seed,
            format!("{EXTENSION}/scenario-version"): row.scenario_version,
            format!("{EXTENSION}/scoring-model"): row.scoring_model,
            format!("{EXTENSION}/strategies"): {"applied": list(&row.applied), "missed": list(&row.missed), "mistakes": list(&row.mistakes)},
        },
    });
    if let Some(platform) = &target.platform {
        context["platform"] = json!(platform);
    }
    context
}

/// The statements one stored decision makes: its `answered`, then, on a finished run's last
/// decision, the run's `completed` and `passed` or `failed`. `started` is when the decision's
/// scene began (the previous decision, or the run's start).
pub fn statements_for(row: &DecisionRow, started: &str, scene: Option<&Interaction>, target: &Target) -> Vec<Value> {
    let actor = json!({
        "objectType": "Agent",
        "name": row.trainee,
        "account": {"homePage": target.home_page, "name": row.trainee},
    });
    let scenario_iri = format!("{ACTIVITY}/scenarios/{}", row.scenario);
    let context = context(row, target);
    let mut definition = json!({
        "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
        "name": {"en-US": format!("{}: {}", row.scenario, row.scene)},
    });
    let mut response = row.choice_text.clone();
    if let Some(scene) = scene {
        definition["interactionType"] = json!("choice");
        definition["correctResponsesPattern"] = json!([choice_id(scene.best)]);
        definition["choices"] = scene
            .choices
            .iter()
            .enumerate()
            .map(|(i, say)| json!({"id": choice_id(i), "description": {"en-US": say}}))
            .collect();
        response = choice_id(row.choice as usize);
    }
    let mut statements = vec![json!({
        "id": id_for(row, "answered", true),
        "actor": actor,
        "verb": verb("answered"),
        "object": {"objectType": "Activity", "id": format!("{scenario_iri}/scenes/{}", row.scene), "definition": definition},
        "result": {
            // Model 2 carries penalties, so a decision can add less than nothing to its run.
            "score": {"scaled": row.score.clamp(-100, 100) as f64 / 100.0, "raw": row.score.clamp(-100, 100), "min": -100, "max": 100},
            "success": row.score >= 80,
            "response": response,
            "duration": format!("PT{:.2}S", seconds_between(started, &row.time)),
            "extensions": {format!("{EXTENSION}/said"): row.choice_text},
        },
        "context": context,
        "timestamp": row.time,
    })];
    let (Some(score), Some(outcome)) = (row.run_score, row.outcome.as_deref()) else { return statements };
    let run_object = json!({
        "objectType": "Activity",
        "id": scenario_iri,
        "definition": {"type": "http://adlnet.gov/expapi/activities/simulation", "name": {"en-US": row.scenario}},
    });
    let score_value = score.clamp(0, 100) as u8;
    let success = Outcome::parse(outcome).is_some_and(|o| passed(score_value, o, target.mastery));
    let result = json!({
        "score": {"scaled": f64::from(score_value) / 100.0, "raw": score_value, "min": 0, "max": 100},
        "success": success,
        "completion": true,
        "response": outcome,
        "duration": format!("PT{:.2}S", seconds_between(&row.run_started, &row.time)),
    });
    let mut context = context;
    context["extensions"][format!("{EXTENSION}/mastery-score")] = json!(target.mastery);
    for name in ["completed", if success { "passed" } else { "failed" }] {
        statements.push(json!({
            "id": id_for(row, name, false),
            "actor": actor,
            "verb": verb(name),
            "object": run_object,
            "result": result,
            "context": context,
            "timestamp": row.time,
        }));
    }
    statements
}

/// Every stored decision's statements, oldest first, for the export file (no scene details:
/// the scenario files may have changed since).
pub fn to_xapi(rows: &[DecisionRow]) -> Value {
    let mut statements = Vec::new();
    let mut previous: Option<&DecisionRow> = None;
    for row in rows {
        let started = match previous {
            Some(p) if p.run == row.run => p.time.as_str(),
            _ => row.run_started.as_str(),
        };
        statements.extend(statements_for(row, started, None, &Target::default()));
        previous = Some(row);
    }
    Value::Array(statements)
}
