//! Every validation problem kind, checked for its code and its exact line and column.

use ron::error::Error as RonError;

use super::*;
use crate::sim::Arg;
use crate::sim::library::{Library, from_sources};
use crate::sim::ron_errors::explain;

const CATALOG: &str = include_str!("../../tests/fixtures/library/strategies.ron");
const SCENARIO: &str = include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron");

fn check(files: &[(&str, String)]) -> Library {
    let catalog = SourceFile::new("strategies.ron", CATALOG);
    let files = files.iter().map(|(name, text)| Ok(SourceFile::new(*name, text.clone()))).collect();
    from_sources(".", Some(Ok(catalog)), files, Diagnostics::default())
}

/// Replaces the `nth` (0-based) occurrence of `from`.
fn edit(text: &str, from: &str, to: &str, nth: usize) -> String {
    let at = text.match_indices(from).nth(nth).unwrap_or_else(|| panic!("`{from}` not in text")).0;
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

/// 1-based line and column of the `nth` occurrence of `needle`.
fn pos(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("`{needle}` not in text")).0;
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// The one diagnostic with `code`, asserting it sits at `at`.
fn expect(library: &Library, code: &str, at: (usize, usize)) -> Diagnostic {
    let found: Vec<&Diagnostic> = library.diagnostics.iter().filter(|d| d.code == code).collect();
    assert_eq!(found.len(), 1, "expected one `{code}`, got: {:#?}", library.diagnostics);
    assert_eq!((found[0].span.line, found[0].span.column), at, "{:?}", found[0]);
    found[0].clone()
}

#[test]
fn the_fixture_has_no_errors_only_its_training_warnings() {
    // The fixture predates the training checks and is kept as the CLI's golden transcripts know
    // it: a penalty absorbed by a walkout, the longest answer always right (src/sim/checks/tests.rs
    // checks each one's place). Its one all-or-nothing scene is allowed.
    let library = check(&[("gift.scenario.ron", SCENARIO.into())]);
    let mut codes: Vec<&str> = library.diagnostics.iter().map(|d| d.code).collect();
    codes.sort();
    assert_eq!(codes, ["penalty-absorbed", "surface-tell"]);
    assert!(!library.diagnostics.has_errors());
    assert_eq!(library.summaries[0].best.as_ref().unwrap().score, 100);
}

#[test]
fn unknown_strategy_suggests_the_closest_id() {
    let text =
        edit(SCENARIO, "recommended: [listen_actively, empathize]", "recommended: [listen_actively, empathise]", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-strategy", pos(&text, "empathise", 0));
    let hint = d.hint.unwrap();
    assert_eq!((hint.id, hint.arg_text("near").as_str()), ("validate-unknown-strategy-hint-near", "empathize"));
    assert_eq!(d.span.width, "empathise".len());
}

#[test]
fn a_mistake_listed_as_strategy_is_named_as_such() {
    let text = edit(SCENARIO, "uses: [clarify]", "uses: [clarify, interrupting]", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-strategy", pos(&text, "interrupting", 0));
    let hint = d.hint.unwrap();
    let said = (hint.id, hint.arg_text("id"));
    assert_eq!(said, ("validate-unknown-strategy-hint-is-mistake", "interrupting".into()), "told it is a mistake");
}

#[test]
fn unknown_mistake() {
    let text = edit(SCENARIO, "mistakes: [interrupting, dismissing]", "mistakes: [interupting, dismissing]", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-mistake", pos(&text, "interupting", 0));
    assert_eq!(d.hint.unwrap().arg_text("near"), "interrupting");
}

#[test]
fn next_naming_no_scene() {
    let text = edit(SCENARIO, "next: \"resolved\"", "next: \"resolvd\"", 0);
    let library = check(&[("s.ron", text.clone())]);
    let d = expect(&library, "unknown-next", pos(&text, "\"resolvd\"", 0));
    let hint = d.hint.unwrap();
    assert_eq!((hint.id, hint.arg_text("near").as_str()), ("validate-unknown-next-hint-near", "resolved"));
    // The ending it no longer reaches is reported too, in the same pass.
    expect(&library, "unreachable-scene", pos(&text, "\"resolved\":", 0));
}

#[test]
fn missing_or_wrong_start() {
    let text = edit(SCENARIO, "start: \"opening\"", "start: \"openning\"", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-start", pos(&text, "\"openning\"", 0));
    let hint = d.hint.unwrap();
    assert_eq!((hint.id, hint.arg_text("near").as_str()), ("validate-unknown-start-hint-near", "opening"));
    let text = edit(SCENARIO, "start: \"opening\"", "start: \"resolved\"", 0);
    expect(&check(&[("s.ron", text.clone())]), "start-is-ending", pos(&text, "\"resolved\"", 0));
    let text = edit(SCENARIO, "    start: \"opening\",\n", "", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "missing-field", pos(&text, ")", text.matches(')').count() - 1));
    assert!(d.message.mentions("start"), "{:?}", d.message);
}

#[test]
fn unreachable_scene() {
    let text = edit(
        SCENARIO,
        "        \"resolved\": Ending",
        "        \"orphan\": Ending(outcome: Resolved, text: \"Nobody gets here.\"),\n        \"resolved\": Ending",
        0,
    );
    expect(&check(&[("s.ron", text.clone())]), "unreachable-scene", pos(&text, "\"orphan\"", 0));
}

#[test]
fn scene_that_cannot_reach_an_ending() {
    let text = edit(SCENARIO, "next: \"unresolved\"", "next: \"details\"", 0);
    let text = edit(&text, "next: \"resolved\"", "next: \"details\"", 0);
    let library = check(&[("s.ron", text.clone())]);
    expect(&library, "no-ending-reachable", pos(&text, "\"details\": Scene", 0));
    // `opening` can still walk out, so only `details` is a dead end.
    assert_eq!(library.diagnostics.iter().filter(|d| d.code == "no-ending-reachable").count(), 1);
}

#[test]
fn scene_without_choices_or_recommendations() {
    let text = edit(SCENARIO, "recommended: [offer_solutions]", "recommended: []", 0);
    expect(&check(&[("s.ron", text.clone())]), "no-recommended", pos(&text, "[]", 0));
    let details = SCENARIO.find("\"details\": Scene").unwrap();
    let choices = details + SCENARIO[details..].find("choices: [").unwrap();
    let end = choices + SCENARIO[choices..].find("\n            ],").unwrap() + "\n            ]".len();
    let text = format!("{}choices: []{}", &SCENARIO[..choices], &SCENARIO[end..]);
    let library = check(&[("s.ron", text.clone())]);
    expect(&library, "no-choices", pos(&text, "[]", 0));
}

#[test]
fn empty_texts() {
    let text = edit(SCENARIO, "text: \"Dana takes the express option and thanks you.\"", "text: \"  \"", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "empty-text", pos(&text, "\"  \"", 0));
    assert_eq!((d.message.id, d.message.arg_text("what").as_str()), ("validate-empty-text", "ending-text"));
    let text = edit(SCENARIO, "feedback: \"Two real options, and she picks.\"", "feedback: \"\"", 0);
    let (line, col) = pos(&text, "feedback: \"\"", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "empty-text", (line, col + "feedback: ".len()));
    assert_eq!(d.hint.unwrap().arg_text("what"), "choice-feedback");
}

#[test]
fn mood_values_out_of_range() {
    let text = edit(SCENARIO, "mood: 25)", "mood: 0)", 0);
    expect(&check(&[("s.ron", text.clone())]), "mood-out-of-range", pos(&text, "0)", 0));
    let text = edit(SCENARIO, "mood: -30", "mood: -130", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "mood-out-of-range", pos(&text, "-130", 0));
    assert_eq!((d.message.id, d.message.arg_text("mood").as_str()), ("validate-mood-out-of-range-change", "-130"));
}

#[test]
fn duplicate_scenario_ids_across_files() {
    let library = check(&[("a.scenario.ron", SCENARIO.into()), ("b.scenario.ron", SCENARIO.into())]);
    let d = expect(&library, "duplicate-scenario-id", pos(SCENARIO, "\"birthday-gift\"", 0));
    assert_eq!(d.file, "b.scenario.ron");
    assert_eq!(d.message.arg_text("earlier"), "a.scenario.ron");
}

#[test]
fn best_path_below_100_points_at_the_scene_that_loses_points() {
    let text = edit(SCENARIO, "uses: [offer_solutions]", "uses: []", 0);
    let library = check(&[("s.ron", text.clone())]);
    let d = expect(&library, "best-path-below-100", pos(&text, "\"details\": Scene", 0));
    assert_eq!(d.message.arg_text("score"), "50", "{:?}", d.message);
    assert_eq!(d.hint.unwrap().arg_text("scene"), "details");
    let best = library.summaries[0].best.as_ref().unwrap();
    assert_eq!(best.score, 50);
    assert_eq!(best.steps.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["opening", "details"]);
}

#[test]
fn best_path_is_the_best_mean_not_the_greedy_one() {
    // A detour through `details` scores 100 then 100; ending at once after a 100 is also 100,
    // but ties prefer a good outcome over a walkout.
    let library = check(&[("s.ron", SCENARIO.into())]);
    let best = library.summaries[0].best.as_ref().unwrap();
    assert_eq!(best.ending, "resolved");
    assert_eq!(best.steps, vec![("opening".into(), 0, 100), ("details".into(), 0, 100)]);
}

#[test]
fn parse_errors_are_located_and_explained() {
    let text = edit(SCENARIO, "situation:", "situaton:", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-field", pos(&text, "situaton", 0));
    // The suggestion and the valid fields are field names: the same in every language.
    let hint = d.hint.unwrap();
    assert!(hint.mentions("situation") && hint.mentions("customer_says"), "{hint:?}");

    let text = edit(SCENARIO, "difficulty: Medium", "difficulty: Meduim", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "unknown-variant", pos(&text, "Meduim", 0));
    assert!(d.hint.unwrap().mentions("Medium"));

    // An id in quotes is explained as one (ids are written bare), a string where a number goes
    // as a number expected: the words ron_errors.rs gives those errors.
    let text = edit(SCENARIO, "recommended: [offer_solutions]", "recommended: [\"offer_solutions\"]", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "syntax", pos(&text, "\"offer_solutions\"", 0));
    assert_eq!(d.hint, explain(&RonError::ExpectedIdentifier).2);

    let text = edit(SCENARIO, "mood: 20,", "mood: \"high\",", 0);
    let d = expect(&check(&[("s.ron", text.clone())]), "wrong-type", pos(&text, "\"high\"", 0));
    assert_eq!(d.hint, explain(&RonError::ExpectedInteger).2);

    let text = edit(
        SCENARIO,
        "mood: 20,\n                    next: \"resolved\"",
        "mood: 20\n                    next: \"resolved\"",
        0,
    );
    let d = check(&[("s.ron", text.clone())]).diagnostics.0.remove(0);
    assert_eq!(d.code, "syntax");
    // A missing comma: ron reports it as a comma expected or as the value not ending there.
    let comma = [RonError::ExpectedComma, RonError::ExpectedStructLikeEnd];
    assert!(comma.iter().any(|e| d.hint == explain(e).2), "{:?}", d.message);
    assert_eq!((d.span.line, d.span.column), pos(&text, "next: \"resolved\"", 0));
}

#[test]
fn every_problem_in_one_pass() {
    let text = edit(SCENARIO, "empathize]", "empathise]", 0);
    let text = edit(&text, "next: \"resolved\"", "next: \"resolvd\"", 0);
    let text = edit(&text, "mood: -30", "mood: -300", 0);
    let library = check(&[("s.ron", text)]);
    let codes: Vec<&str> = library.diagnostics.iter().map(|d| d.code).collect();
    for code in ["unknown-strategy", "unknown-next", "mood-out-of-range", "unreachable-scene"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn warnings_are_kept_apart_from_errors() {
    let text = edit(SCENARIO, "Ending(outcome: Walkout,", "Ending(outcome: Unresolved,", 0);
    let text = edit(
        &text,
        "    reflection: [\"When did Dana's tone change?\", \"What would you do if the parcel were truly lost?\"],\n",
        "",
        0,
    );
    let library = check(&[("s.ron", text.clone())]);
    assert_eq!(library.diagnostics.errors(), 0, "{:#?}", library.diagnostics);
    expect(&library, "no-walkout-ending", pos(&text, "{", 0));
    expect(&library, "no-reflection", pos(&text, "\"birthday-gift\"", 0));
}

#[test]
fn catalog_problems() {
    let catalog = edit(CATALOG, "id: empathize", "id: listen_actively", 0);
    let catalog = edit(&catalog, "penalty: 35", "penalty: 0", 0);
    let library =
        from_sources(".", Some(Ok(SourceFile::new("strategies.ron", catalog.clone()))), vec![], Diagnostics::default());
    let d = expect(&library, "duplicate-id", pos(&catalog, "listen_actively", 1));
    assert_eq!(d.message.arg_text("id"), "listen_actively");
    assert_eq!(d.message.arg_text("kind"), "strategy", "first used by a strategy");
    let d = expect(&library, "penalty-out-of-range", pos(&catalog, "0,", 0));
    assert_eq!(d.message.arg_text("penalty"), "0");
}

#[test]
fn what_blocks_a_scenario_is_its_own_errors_and_the_catalogs() {
    let broken = edit(SCENARIO, "next: \"resolved\"", "next: \"resolvd\"", 0);
    let clean_copy = edit(SCENARIO, "id: \"birthday-gift\"", "id: \"gift-two\"", 0);
    let library = check(&[("broken.scenario.ron", broken), ("clean.scenario.ron", clean_copy.clone())]);
    let blocking = library.blocking("broken.scenario.ron");
    assert!(!blocking.is_empty() && blocking.iter().all(|d| d.file == "broken.scenario.ron"), "{blocking:?}");
    assert!(library.blocking("clean.scenario.ron").is_empty());

    let catalog = edit(CATALOG, "penalty: 35", "penalty: 0", 0);
    let files = vec![Ok(SourceFile::new("clean.scenario.ron", clean_copy))];
    let library =
        from_sources(".", Some(Ok(SourceFile::new("strategies.ron", catalog))), files, Diagnostics::default());
    let blocking = library.blocking("clean.scenario.ron");
    assert_eq!(blocking.iter().map(|d| d.code).collect::<Vec<_>>(), ["penalty-out-of-range"]);

    let library = from_sources("lessons", None, vec![], Diagnostics::default());
    assert_eq!(
        library.catalog_errors().map(|d| (d.code, d.file.as_str())).collect::<Vec<_>>(),
        [("missing-catalog", "lessons")]
    );
}

/// A scenario of `scenes` chained decision scenes, in reverse file order so that every pass that
/// walks scenes in file order has to work against the links.
fn long_chain(scenes: usize) -> String {
    let mut out = String::from(
        "Scenario(id: \"long\", title: \"Long\", setting: \"S\", difficulty: Hard, tags: [], \
         customer: (name: \"C\", about: \"A\", mood: 50), learning_goals: \"g\", reflection: [\"q\"], \
         start: \"s0\", scenes: {\n",
    );
    for s in (0..scenes).rev() {
        let next = if s + 1 < scenes { format!("s{}", s + 1) } else { "end".into() };
        out.push_str(&format!(
            "\"s{s}\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize], choices: [\
             (say: \"a\", uses: [empathize], mood: 1, next: \"{next}\", feedback: \"f\"), \
             (say: \"b\", mistakes: [dismissing], mood: -60, next: \"gone\", feedback: \"f\")]),\n"
        ));
    }
    out.push_str("\"end\": Ending(outcome: Resolved, text: \"t\"), \"gone\": Ending(outcome: Walkout, text: \"t\")})");
    out
}

#[test]
fn a_scenario_of_twenty_thousand_scenes_validates_with_its_best_path() {
    // Validation is linear in scenes (the benchmark times it); a quadratic pass would take
    // minutes here instead of about a second.
    let library = check(&[("long.scenario.ron", long_chain(20_000))]);
    assert!(!library.diagnostics.has_errors(), "{:?}", library.diagnostics.0.first());
    let best = library.summaries[0].best.as_ref().unwrap();
    assert_eq!((best.score, best.steps.len(), best.ending.as_str()), (100, 20_000, "end"));
    // 20,000 states times paths up to 40,000 long: the walk checks say they were skipped.
    assert!(library.diagnostics.iter().any(|d| d.code == "too-large-to-check"));
}

#[test]
fn a_hint_listing_scene_ids_stays_short_in_a_huge_scenario() {
    let text = long_chain(2_000).replacen("next: \"end\"", "next: \"zz-nowhere-near\"", 1);
    let library = check(&[("long.scenario.ron", text)]);
    let d = library.diagnostics.iter().find(|d| d.code == "unknown-next").expect("the broken link is found");
    let hint = d.hint.as_ref().unwrap();
    assert_eq!(hint.id, "validate-unknown-next-hint-list");
    let Some(Arg::Phrase(ids)) = hint.arg("ids") else { panic!("no list of scene ids: {hint:?}") };
    assert_eq!((ids.id, ids.arg_text("count").as_str()), ("validate-scene-ids-cut", "2002"));
    let shown = ids.arg_text("ids");
    assert!(shown.len() < 400 && shown.split(", ").count() == 12, "{shown}");
}
