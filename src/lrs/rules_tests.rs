//! Each xAPI rule against a statement that keeps it and one that breaks it.

use serde_json::{Value, json};

use super::*;

fn good() -> Value {
    json!({
        "id": "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
        "actor": {"objectType": "Agent", "name": "Ana", "account": {"homePage": "https://example.org/trainees", "name": "7"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {
            "objectType": "Activity",
            "id": "https://example.org/scenarios/lost-order/scenes/opening",
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "name": {"en-US": "Opening"},
                "interactionType": "choice",
                "choices": [{"id": "c0", "description": {"en-US": "Listen"}}, {"id": "c1", "description": {"en-US": "Explain"}}],
                "correctResponsesPattern": ["c0"],
            },
        },
        "result": {"score": {"scaled": -0.6, "raw": -60, "min": -100, "max": 100}, "success": false, "response": "c1", "duration": "PT12.50S"},
        "context": {
            "registration": "0b9e8c7d-6a5f-4e3d-9c2b-1a0f9e8d7c6b",
            "platform": "Hold the Line",
            "contextActivities": {"parent": [{"objectType": "Activity", "id": "https://example.org/scenarios/lost-order"}]},
            "extensions": {"https://example.org/ext/seed": 7},
        },
        "timestamp": "2026-12-02T10:15:00.250Z",
    })
}

/// The problems after `edit`, which must name `expected`.
fn broken(edit: impl FnOnce(&mut Value), expected: &str) {
    let mut statement = good();
    edit(&mut statement);
    let problems = check(&statement);
    assert!(problems.iter().any(|p| p.contains(expected)), "no {expected:?} among {problems:?}");
}

#[test]
fn a_complete_statement_keeps_every_rule() {
    assert_eq!(check(&good()), Vec::<String>::new());
}

#[test]
fn required_properties_and_unknown_ones() {
    broken(|s| _ = s.as_object_mut().unwrap().remove("actor"), "actor is required");
    broken(|s| _ = s.as_object_mut().unwrap().remove("verb"), "verb is required");
    broken(|s| _ = s.as_object_mut().unwrap().remove("object"), "object is required");
    broken(|s| s["verb"] = json!({"display": {"en-US": "did"}}), "verb.id is required");
    broken(|s| s["score"] = json!(1), "score is not a statement property");
}

#[test]
fn ids_iris_and_language_maps() {
    broken(|s| s["id"] = json!("not-a-uuid"), "id must be a UUID");
    broken(|s| s["id"] = json!("6f1c2a3b-4d5e-4f60-7a7b-9c0d1e2f3a4b"), "id must be a UUID");
    broken(|s| s["object"]["id"] = json!("scenes/opening"), "object.id must be an IRI");
    broken(|s| s["object"]["id"] = json!("https://example.org/a b"), "object.id must be an IRI");
    broken(|s| s["verb"]["display"] = json!({"en_US": "answered"}), "is not an RFC 5646 language tag");
    broken(|s| s["context"]["extensions"] = json!({"seed": 7}), "extension keys must be IRIs");
    broken(|s| s["context"]["registration"] = json!(42), "context.registration must be a UUID");
}

#[test]
fn the_actor_has_exactly_one_identifier() {
    broken(|s| s["actor"]["mbox"] = json!("mailto:ana@example.org"), "exactly one identifier");
    broken(|s| _ = s["actor"].as_object_mut().unwrap().remove("account"), "exactly one identifier");
    broken(|s| s["actor"]["account"]["name"] = json!(""), "actor.account.name is required");
    broken(|s| s["actor"]["account"]["homePage"] = json!("example.org"), "actor.account.homePage must be an IRI");
}

#[test]
fn scores_durations_and_timestamps() {
    broken(|s| s["result"]["score"]["scaled"] = json!(1.5), "scaled must be between -1 and 1");
    broken(|s| s["result"]["score"]["raw"] = json!(101), "raw must lie between min and max");
    broken(|s| s["result"]["score"]["min"] = json!(100), "min must be less than max");
    broken(|s| s["result"]["success"] = json!("no"), "result.success must be true or false");
    for bad in ["12.5S", "P", "PT", "PT1.S", "P1H", "PT1S2M"] {
        broken(|s| s["result"]["duration"] = json!(bad), "ISO 8601 duration");
    }
    for good in ["PT0S", "PT12.50S", "P1DT2H", "P2W", "PT1H30M"] {
        assert!(is_duration(good), "{good}");
    }
    for bad in ["2026-12-02 10:15:00Z", "2026-12-02T10:15:00", "2026-12-02T10:15Z", "02-12-2026T10:15:00Z"] {
        broken(|s| s["timestamp"] = json!(bad), "timestamp must be an ISO 8601");
    }
    assert!(is_timestamp("2026-12-02T10:15:00+01:00") && is_timestamp("2026-12-02T10:15:00-05:30"));
}

#[test]
fn interactions_name_a_type_and_unique_choices() {
    broken(|s| s["object"]["definition"]["interactionType"] = json!("multiple"), "not an xAPI interaction type");
    broken(|s| s["object"]["definition"]["choices"][1]["id"] = json!("c0"), "repeats an earlier id");
    broken(|s| s["object"]["definition"]["choices"][0]["id"] = json!("c 0"), "without spaces");
    broken(
        |s| _ = s["object"]["definition"].as_object_mut().unwrap().remove("interactionType"),
        "choices needs an interactionType",
    );
    broken(|s| s["context"]["contextActivities"]["parents"] = json!([]), "is not parent, grouping");
}
