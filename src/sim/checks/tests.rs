//! Each training check caught on a small scenario, at the line and column a trainer would open.

use super::*;
use crate::phrase;
use crate::sim::analysis::analyze;
use crate::sim::diagnostic::{Arg, Diagnostic};
use crate::sim::library::from_sources;
use crate::sim::scoring::{ScenePoints, run_score_v2};

const CATALOG: &str = include_str!("../../../tests/fixtures/library/strategies.ron");
const GIFT: &str = include_str!("../../../tests/fixtures/library/birthday-gift.scenario.ron");

fn check(text: &str) -> Vec<Diagnostic> {
    let files = vec![Ok(SourceFile::new("t.scenario.ron", text))];
    let library =
        from_sources(".", Some(Ok(SourceFile::new("strategies.ron", CATALOG))), files, Diagnostics::default());
    library.diagnostics.0
}

fn with_code<'a>(found: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    found.iter().filter(|d| d.code == code).collect()
}

/// 1-based line and column of the first `needle` at or after `after`.
fn pos(text: &str, after: &str, needle: &str) -> (usize, usize) {
    let start = text.find(after).unwrap();
    let at = start + text[start..].find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// `side` is reached from `a` (mood 50 - 10). Its clean choice earns 50 and ends; its mistaken
/// one earns 100 - 25 = 75 and goes on to `b`, which is perfect.
fn detour(clean_uses: &str) -> String {
    format!(
        "Scenario(id: \"t\", title: \"T\", setting: \"S\", difficulty: Easy, tags: [], \
         customer: (name: \"C\", about: \"A\", mood: 50), learning_goals: \"g\", reflection: [\"q\"], start: \"a\",\n\
         scenes: {{\n\
         \"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize], choices: [\n\
           (say: \"x\", uses: [empathize], next: \"b\", feedback: \"f\"),\n\
           (say: \"x\", mood: -10, next: \"side\", feedback: \"f\")]),\n\
         \"b\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [clarify, offer_solutions], choices: [\n\
           (say: \"x\", uses: [clarify, offer_solutions], next: \"end\", feedback: \"f\"),\n\
           (say: \"x\", uses: [clarify], next: \"gone\", feedback: \"f\")]),\n\
         \"side\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [clarify, offer_solutions], choices: [\n\
           (say: \"x\", uses: [{clean_uses}], next: \"end\", feedback: \"f\"),\n\
           (say: \"x\", uses: [clarify, offer_solutions], mistakes: [interrupting], next: \"b\", feedback: \"f\")]),\n\
         \"end\": Ending(outcome: Resolved, text: \"Done.\"),\n\
         \"gone\": Ending(outcome: Walkout, text: \"Gone.\"),\n}})"
    )
}

#[test]
fn a_mistake_that_pays_is_caught_at_its_choice_and_the_fixed_scene_passes() {
    // From `side` (mood 40) the best path is `side` 2, `b` 1: (75 + 100) / 2 = 87.5 a decision,
    // better than 50 for ending at once, so the reference there is 2 decisions. The clean choice
    // scores 50 / max(1, 2) = 25; the mistake 175 / 2 = 87.5 -> 88. 88 >= 25: it pays.
    let text = detour("clarify");
    let found = check(&text);
    let pays = with_code(&found, "mistake-pays");
    assert_eq!(pays.len(), 1, "{found:#?}");
    assert!(pays[0].is_error());
    let (line, col) = pos(&text, "\"side\": Scene", "(say: \"x\", uses: [clarify, offer_solutions], mistakes");
    assert_eq!((pays[0].span.line, pays[0].span.column), (line, col), "{:#?}", pays[0]);
    assert_eq!((line, col), (11, 1), "the choice's opening parenthesis, first on its line");
    let message = &pays[0].message;
    assert_eq!(message.id, "checks-mistake-pays");
    assert_eq!(
        ["choice", "scene", "mistakes", "scores", "clean", "mood"].map(|a| message.arg_text(a)),
        ["2", "side", "`interrupting`", "88", "25", "40"],
        "{message:?}"
    );
    assert_eq!(pays[0].hint.as_ref().map(|h| h.id), Some("checks-mistake-pays-hint"));

    // Fixed: the clean choice uses both strategies, 100 / 1 = 100, and the detour's 88 is less.
    let fixed = check(&detour("clarify, offer_solutions"));
    assert!(with_code(&fixed, "mistake-pays").is_empty(), "{fixed:#?}");
    assert!(!fixed.iter().any(Diagnostic::is_error), "{fixed:#?}");
}

#[test]
fn the_gift_fixture_earns_two_training_warnings_at_their_places() {
    let found = check(GIFT);
    // `details` is all or nothing (100 for the two options, 0 for the ticket), but one such moment
    // in a scenario is allowed.
    assert!(with_code(&found, "all-or-nothing").is_empty(), "{found:#?}");
    // Opening choice 3 (dismissing, 35) takes the mood from 25 to 0: a one-decision walkout whose
    // 0 - 35 scores 0, and would score 0 without the penalty too.
    let absorbed = with_code(&found, "penalty-absorbed");
    assert_eq!(absorbed.len(), 1, "{found:#?}");
    assert_eq!((absorbed[0].span.line, absorbed[0].span.column), pos(GIFT, "Deliveries are busy", "[dismissing]"));
    let message = &absorbed[0].message;
    assert_eq!(message.id, "checks-penalty-absorbed");
    assert_eq!((message.arg_text("choice"), message.arg_text("scene")), ("3".to_owned(), "opening".to_owned()));
    assert_eq!(message.arg_text("mistakes"), "`dismissing`");
    // Every run through it scores 0 (`zero`, or `zero-or-walkout` if a walkout cap also held).
    assert!(message.arg_text("reason").starts_with("zero"), "{message:?}");
    // The right answer is the longest in both scenes (13 words against 6 and 7; 15 against 6).
    let tell = with_code(&found, "surface-tell");
    assert_eq!(tell.len(), 1);
    assert_eq!(tell[0].message, phrase!("checks-surface-tell-longest", count = 2, scenes = 2));
    assert_eq!(tell[0].hint.as_ref().map(|h| h.id), Some("checks-surface-tell-longest-hint"));
    assert_eq!((tell[0].span.line, tell[0].span.column), (2, 9));
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_second_all_or_nothing_scene_flags_both() {
    // The opening's two wrong answers lose their strategies and mistakes: 100, 0, 0 like `details`.
    let gift = GIFT
        .replace("uses: [clarify],\n                    mistakes: [interrupting, dismissing],", "")
        .replace("mistakes: [dismissing],\n                    mood: -30,", "mood: -30,");
    let found = check(&gift);
    let aon = with_code(&found, "all-or-nothing");
    assert_eq!(aon.len(), 2, "{found:#?}");
    assert_eq!((aon[0].span.line, aon[0].span.column), pos(&gift, "\"opening\": Scene", "\"opening\""));
    assert_eq!((aon[1].span.line, aon[1].span.column), pos(&gift, "\"details\": Scene", "\"details\""));
    assert_eq!(aon[0].message, phrase!("checks-all-or-nothing", scene = "opening", count = 2));
    assert_eq!(aon[1].message, phrase!("checks-all-or-nothing", scene = "details", count = 2));
}

#[test]
fn a_stage_direction_only_on_the_best_answer_is_a_tell_in_more_than_half_the_scenes() {
    let gift =
        GIFT.replace("say: \"\\\"I can send a new one", "say: \"Check the stock, then: \\\"I can send a new one");
    let t = count_tells(&crate::sim::source::parse_scenario(&SourceFile::new("t", gift.as_str())).unwrap(), &{
        crate::sim::source::parse_catalog(&SourceFile::new("s", CATALOG)).unwrap()
    });
    assert_eq!(t, Tells { scenes: 2, longest: 2, stage_direction: 2, empathy: 1 });
    let found = check(&gift);
    let direction = phrase!("checks-surface-tell-stage-direction", count = 2, scenes = 2);
    assert!(found.iter().any(|d| d.code == "surface-tell" && d.message == direction), "{found:#?}");
}

#[test]
fn the_score_from_a_sum_is_model_2s() {
    let p = |earned, penalty| ScenePoints { earned, penalty };
    for (points, reference, walkout) in [
        (vec![p(100, 0), p(50, 25)], 2, false),
        (vec![p(0, 35)], 2, true),
        (vec![p(100, 0), p(100, 0), p(100, 0)], 2, true),
        (vec![p(50, 0), p(100, 0), p(100, 0)], 4, false),
    ] {
        let net: i64 = points.iter().map(|x| x.net()).sum();
        assert_eq!(score_of(net, points.len(), reference, walkout), run_score_v2(&points, reference, walkout).score);
    }
}

/// The offenders a `gameable` message lists, in order: its `bots` is one offender, or a
/// `checks-gameable-bots` pair of the first and the rest.
fn offenders(message: &Phrase) -> Vec<&Phrase> {
    let mut found = Vec::new();
    let mut next = message.arg("bots");
    while let Some(Arg::Phrase(p)) = next {
        if p.id == "checks-gameable-bots" {
            if let Some(Arg::Phrase(first)) = p.arg("first") {
                found.push(first);
            }
            next = p.arg("rest");
        } else {
            found.push(p);
            next = None;
        }
    }
    found
}

#[test]
fn a_bot_that_always_wins_makes_the_scenario_gameable() {
    let scenario = crate::sim::source::parse_scenario(&SourceFile::new("t", GIFT)).unwrap();
    let catalog = crate::sim::source::parse_catalog(&SourceFile::new("s", CATALOG)).unwrap();
    let analysis = analyze(&scenario, &catalog, 2).unwrap();
    let mut out = Diagnostics::default();
    gameable(&SourceFile::new("t.scenario.ron", GIFT), &analysis, &mut out);
    assert_eq!(out.0.len(), 1);
    let message = &out.0[0].message;
    assert_eq!(message.id, "checks-gameable");
    assert_eq!((message.arg_text("from"), message.arg_text("to")), ("1".to_owned(), "20".to_owned()));
    // The longest answer is the best in both scenes: 100 on every seed.
    let found = offenders(message);
    let longest = found.iter().find(|p| p.arg_text("bot") == "longest").unwrap_or_else(|| panic!("{message:#?}"));
    assert_eq!(longest.id, "checks-gameable-bot");
    assert_eq!((longest.arg_text("mean"), longest.arg_text("best")), ("100".to_owned(), "100".to_owned()));
    assert_eq!(longest.arg("does"), Some(&Arg::Phrase(phrase!("checks-bot-longest"))));
    let expected: Vec<&str> = analysis
        .bots
        .iter()
        .filter(|b| b.mean >= GAMEABLE_MEAN || b.best >= GAMEABLE_BEST)
        .map(|b| b.bot.name())
        .collect();
    assert_eq!(found.iter().map(|p| p.arg_text("bot")).collect::<Vec<_>>(), expected);
}
