//! The fuzz oracle: parse, validate and play a scenario, asserting what must hold for any input.
//!
//! Shared by the fuzz targets and by `cargo test` (tests/fuzz_corpus.rs includes this file), so
//! the committed corpus and every regression input replay through exactly the code that fuzzed.

use std::sync::OnceLock;

use hold_the_line::sim::Outcome;
use hold_the_line::sim::scoring::{ScenePoints, run_score_v2};
use hold_the_line::sim::source::{parse_catalog, parse_scenario};
use hold_the_line::sim::validate::{validate_catalog, validate_scenario};
use hold_the_line::sim::{Catalog, Diagnostic, Diagnostics, Grade, Scenario, Session, SourceFile};
use hold_the_line::text::Shown;

/// The bundled catalog: scenarios are checked against the strategies trainees really use.
pub const CATALOG: &str = include_str!("../../scenarios/strategies.ron");

/// A run longer than this is cut short: a scenario may loop, and the picks may keep it looping.
const MAX_STEPS: usize = 200;

/// The catalog, parsed once: it is the same for every input, and parsing its 15 KB on every run
/// would halve the fuzzer's speed. Otherwise this is `library::from_sources` for one file.
fn catalog() -> &'static Catalog {
    static CATALOG_PARSED: OnceLock<Catalog> = OnceLock::new();
    CATALOG_PARSED.get_or_init(|| {
        let file = SourceFile::new("scenarios/strategies.ron", CATALOG);
        let catalog = parse_catalog(&file).expect("the bundled catalog parses");
        let mut diagnostics = Diagnostics::default();
        validate_catalog(&file, &catalog, &mut diagnostics);
        assert!(!diagnostics.has_errors(), "the bundled catalog validates clean");
        catalog
    })
}

/// Rendering places a caret by line and column: the place a bad span would panic.
fn render(d: &Diagnostic) {
    let text = d.render(false);
    assert!(text.contains(d.code), "a rendered diagnostic names its code: {text}");
    let _ = d.render(true);
}

/// Treats `data` as a scenario file; the same bytes also seed the run and pick its choices.
pub fn scenario_bytes(data: &[u8]) {
    let _ = scenario(data, data);
}

/// Checks one scenario file's bytes, playing it with `picks` when it validates clean; returns
/// how many choices that run made, or `None` when the file has errors.
pub fn scenario(bytes: &[u8], picks: &[u8]) -> Option<usize> {
    let catalog = catalog();
    let file = match SourceFile::from_bytes("scenarios/fuzz.scenario.ron", bytes) {
        Ok(file) => file,
        Err(d) => {
            render(&d);
            return None;
        }
    };
    let scenario = match parse_scenario(&file) {
        Ok(scenario) => scenario,
        Err(d) => {
            render(&d);
            return None;
        }
    };
    let mut diagnostics = Diagnostics::default();
    let summary = validate_scenario(&file, &scenario, catalog, &mut diagnostics);
    diagnostics.iter().for_each(render);
    if diagnostics.has_errors() {
        return None;
    }
    let made = play(&scenario, catalog, picks);
    // A clean scenario promises a perfect run: replaying the validator's best path must score it.
    let best = summary.best.as_ref().expect("a clean scenario has a best path");
    let choices: Vec<usize> = best.steps.iter().map(|(_, c, _)| *c).collect();
    let run = Session::replay(&scenario, catalog, 7, &choices).expect("the best path replays");
    let debrief = run.debrief().expect("the best path reaches an ending");
    assert_eq!((debrief.score, debrief.outcome, &debrief.ending_id), (best.score, best.outcome, &best.ending));
    Some(made)
}

/// Plays one run choosing by `picks`, checking every step, then that seed + choices replay it;
/// returns how many choices it made.
fn play(scenario: &Scenario, catalog: &Catalog, picks: &[u8]) -> usize {
    let seed = picks.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let mut session = Session::new(scenario, catalog, seed).expect("a clean scenario starts");
    let mut made = Vec::new();
    for &pick in picks.iter().cycle().take(MAX_STEPS) {
        let Some(presented) = session.current() else { break };
        assert!(!presented.choices.is_empty(), "a presented scene offers choices");
        let shown = usize::from(pick) % presented.choices.len();
        made.push(presented.choices[shown].original);
        let feedback = session.choose(shown).expect("a shown choice can be chosen");
        let points = feedback.points;
        assert!(points.earned <= 100 && feedback.score == points.net() as i32);
        assert!((0..=100).contains(&feedback.mood_after));
    }
    let points: Vec<ScenePoints> = session.steps().iter().map(|s| s.feedback.points).collect();
    assert_eq!(session.score_so_far(), run_score_v2(&points, 0, false).score);
    let again = Session::replay(scenario, catalog, seed, &made).expect("seed + choices replay");
    assert_eq!(again.steps().len(), session.steps().len());
    match (session.debrief(), again.debrief()) {
        (Some(a), Some(b)) => {
            assert_eq!((a.score, a.grade, a.outcome, &a.path), (b.score, b.grade, b.outcome, &b.path));
            let expected = run_score_v2(&points, session.reference_scenes(), a.outcome == Outcome::Walkout);
            assert_eq!(a.score, expected.score);
            assert!(a.score <= 100 && (a.outcome != Outcome::Walkout || a.score < 50), "a walkout never passes");
            assert_eq!(a.grade, Grade::from_score(a.score));
            assert_eq!(a.path.len(), points.len() + 1, "the path is the scenes played, then the ending");
        }
        (None, None) => assert_eq!(session.current().map(|p| &p.scene_id), again.current().map(|p| &p.scene_id)),
        _ => panic!("a replay ended where the original run did not, or the other way round"),
    }
    made.len()
}
