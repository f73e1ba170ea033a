//! The bundled scenario library: every file validates without errors and its best path scores 100.

use std::path::Path;

use hold_the_line::sim::Diagnostic;
use hold_the_line::sim::library;

/// Warnings from the training checks that the bundled scenarios do not yet pass (rewriting them
/// is the next issue's work): allowed here for now. Any error, or any other warning, still fails.
const TRAINING_WARNINGS: [&str; 3] = ["surface-tell", "penalty-absorbed", "all-or-nothing"];

fn problems<'a>(diagnostics: impl Iterator<Item = &'a Diagnostic>) -> Vec<String> {
    diagnostics.filter(|d| d.is_error() || !TRAINING_WARNINGS.contains(&d.code)).map(|d| d.render(false)).collect()
}

#[test]
fn every_bundled_scenario_validates_clean_with_a_best_path_of_100() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let lib = library::load(&[dir]);
    let problems = problems(lib.diagnostics.iter());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(lib.scenarios.len() >= 3, "only {} scenarios", lib.scenarios.len());
    for s in &lib.summaries {
        let best = s.best.as_ref().unwrap_or_else(|| panic!("{} has no best path", s.id));
        assert_eq!(best.score, 100, "{}", s.id);
        assert!(best.steps.len() >= 6, "{}: best path has only {} decision scenes", s.id, best.steps.len());
    }
}

#[test]
fn the_authoring_guide_template_validates_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(root.join("AUTHORING.md")).unwrap();
    let template =
        guide.split("```ron\nScenario(").nth(1).expect("AUTHORING.md has a template").split("\n```").next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("scenarios/strategies.ron"), dir.path().join("strategies.ron")).unwrap();
    std::fs::write(dir.path().join("my-scenario.scenario.ron"), format!("Scenario({template}\n")).unwrap();
    let lib = library::load(&[dir.path().to_path_buf()]);
    let problems = problems(lib.diagnostics.iter());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(lib.summaries[0].best.as_ref().unwrap().score, 100);
}

#[test]
fn every_strategy_and_mistake_is_practiced_at_least_three_times() {
    use hold_the_line::sim::coverage::{Coverage, MINIMUM};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let lib = library::load(&[dir]);
    let (_, catalog) = lib.catalog.as_ref().expect("scenarios/strategies.ron loads");
    let coverage = Coverage::measure(catalog, lib.scenarios.iter().map(|s| &s.scenario));
    let short: Vec<String> = coverage.short().map(|r| format!("{} ({})", r.id, r.total())).collect();
    assert!(short.is_empty(), "practiced fewer than {MINIMUM} times: {}", short.join(", "));
}

#[test]
fn the_library_is_broad_enough_to_learn_from() {
    use hold_the_line::sim::{Difficulty, Outcome, SceneNode};
    let lib = library::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")]);
    assert!(lib.scenarios.len() >= 12, "only {} scenarios", lib.scenarios.len());
    for level in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
        assert!(lib.scenarios.iter().filter(|s| s.scenario.difficulty == level).count() >= 3, "too few {level:?}");
    }
    for s in lib.scenarios.iter().map(|s| &s.scenario) {
        assert!(!s.learning_goals.trim().is_empty(), "{}: no learning goals", s.id);
        assert!((2..=3).contains(&s.reflection.len()), "{}: {} reflection questions", s.id, s.reflection.len());
        let endings: Vec<Outcome> = s
            .scenes
            .0
            .iter()
            .filter_map(|(_, n)| if let SceneNode::Ending(e) = n { Some(e.outcome) } else { None })
            .collect();
        assert!(endings.len() >= 3 && endings.contains(&Outcome::Walkout), "{}: endings {endings:?}", s.id);
        let scenes: Vec<_> =
            s.scenes.0.iter().filter_map(|(_, n)| if let SceneNode::Scene(sc) = n { Some(sc) } else { None }).collect();
        let varied = scenes.iter().filter(|sc| sc.customer_says.len() >= 2).count();
        assert!(
            varied * 2 > scenes.len(),
            "{}: only {varied} of {} scenes vary the customer's line",
            s.id,
            scenes.len()
        );
        assert!(scenes.iter().all(|sc| sc.choices.len() >= 3), "{}: a scene with fewer than 3 choices", s.id);
        let best_first = lib.summaries.iter().find(|x| x.id == s.id).unwrap().best.as_ref().unwrap();
        assert!(
            best_first.steps.iter().any(|(_, choice, _)| *choice != 0),
            "{}: the best choice is always written first",
            s.id
        );
    }
}
