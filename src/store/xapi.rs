//! Stored results as xAPI 1.0.3 statements, one shape for the export file and the LRS queue:
//! `answered` per decision (a "choice" interaction when its scene is known), and `completed`
//! plus `passed` or `failed` per finished run, all under the run's registration.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::export::DecisionRow;
use super::time::seconds_between;
use crate::sim::scoring::{DEFAULT_MASTERY, passed, score_choice};
use crate::sim::session::best_choice;
use crate::sim::{Catalog, Choice, Outcome, Scene};

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

/// The scene a decision was made in: its choices (file order) and the best ones (ties all count).
pub struct Interaction<'a> {
    pub choices: Vec<&'a str>,
    pub best: Vec<usize>,
}

impl<'a> Interaction<'a> {
    pub fn of(scene: &'a Scene, catalog: &Catalog) -> Interaction<'a> {
        let (_, top) = best_choice(scene, catalog);
        let net = |c: &Choice| score_choice(scene, c, catalog).points().net() as i32;
        Interaction {
            choices: scene.choices.iter().map(|c| c.say.as_str()).collect(),
            best: scene.choices.iter().enumerate().filter(|(_, c)| net(c) >= top).map(|(i, _)| i).collect(),
        }
    }
}

/// A choice's id in statements: its place in the scenario file, stable however choices are shown.
fn choice_id(index: usize) -> String {
    format!("choice-{}", index + 1)
}

/// Statement ids of runs with a registration: UUID version 5 (RFC 4122) in this namespace.
const STATEMENT_NAMESPACE: uuid::Uuid = uuid::uuid!("5d1f0c3e-6a53-4f0e-9a7c-2b8e1c4d7f60");

/// A deterministic UUID (version 8, RFC 9562) as exports made before runs had registrations:
/// kept for those runs, so re-exporting them never makes new ids.
fn legacy_id(parts: &[&str]) -> String {
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
/// registrations existed) one derived from the run.
fn registration(row: &DecisionRow) -> String {
    row.registration.clone().unwrap_or_else(|| legacy_id(&[&row.run.to_string(), &row.trainee, "registration"]))
}

/// A statement's id, fixed by what it reports: the same for a retry, a re-export and the queue,
/// and (from the run's random registration) never the same on two computers.
fn id_for(row: &DecisionRow, verb: &str, step: bool) -> String {
    let step = if step { row.step.to_string() } else { String::new() };
    match &row.registration {
        Some(registration) => {
            let name = [registration.as_str(), &step, verb].join("\u{1f}");
            uuid::Uuid::new_v5(&STATEMENT_NAMESPACE, name.as_bytes()).to_string()
        }
        None if step.is_empty() => legacy_id(&[&row.run.to_string(), &row.trainee, verb]),
        None => legacy_id(&[&row.run.to_string(), &step, &row.trainee, verb]),
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
    // Without the scene (an export of a run never queued), a decision succeeds at 80 points.
    let mut success = row.score >= 80;
    if let Some(scene) = scene {
        definition["interactionType"] = json!("choice");
        // Each best choice is a correct response on its own.
        definition["correctResponsesPattern"] = scene.best.iter().map(|&i| json!(choice_id(i))).collect();
        success = scene.best.contains(&(row.choice as usize));
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
            "success": success,
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
    // The run's own context: no parent (it is the scenario) and no scene's strategies.
    let mut context = context;
    if let Some(context) = context.as_object_mut() {
        context.remove("contextActivities");
    }
    if let Some(extensions) = context["extensions"].as_object_mut() {
        extensions.remove(&format!("{EXTENSION}/strategies"));
        extensions.insert(format!("{EXTENSION}/mastery-score"), json!(target.mastery));
    }
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

/// When the scene of `rows[at]` began: the run's previous decision, or the run's start.
pub fn scene_started(rows: &[DecisionRow], at: usize) -> &str {
    match at.checked_sub(1).map(|i| &rows[i]) {
        Some(previous) if previous.run == rows[at].run => &previous.time,
        _ => &rows[at].run_started,
    }
}

/// Every stored decision's statements, oldest first, for the export file. A statement queued for
/// the LRS is exported as queued (`queued`: bodies by id), so the file and the LRS agree; others
/// are made without their scene (the scenario files may have changed since).
pub fn to_xapi(rows: &[DecisionRow], queued: &HashMap<String, String>) -> Value {
    let mut statements = Vec::new();
    for at in 0..rows.len() {
        for made in statements_for(&rows[at], scene_started(rows, at), None, &Target::default()) {
            let as_queued = made["id"].as_str().and_then(|id| queued.get(id));
            statements.push(as_queued.and_then(|body| serde_json::from_str(body).ok()).unwrap_or(made));
        }
    }
    Value::Array(statements)
}
