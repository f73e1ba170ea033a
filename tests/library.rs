//! The bundled scenario library: every file passes every check with no warning, no surface bot
//! games it, the catalog is practised, and the library covers the levels and channels.

use std::path::{Path, PathBuf};

use hold_the_line::sim::Diagnostic;
use hold_the_line::sim::checks::{GAMEABLE_BEST, GAMEABLE_MEAN};
use hold_the_line::sim::library;
use hold_the_line::text::Shown;

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn problems<'a>(diagnostics: impl Iterator<Item = &'a Diagnostic>) -> Vec<String> {
    diagnostics.map(|d| d.render(false)).collect()
}

#[test]
fn every_bundled_scenario_passes_every_check_with_a_best_path_of_100() {
    let mut lib = library::load(&[bundled()]);
    let analyses = lib.check_paths();
    // No error and no warning at all: no surface tell, no gameable bot, no absorbed penalty.
    let problems = problems(lib.diagnostics.iter());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(lib.scenarios.len(), 18);
    for (s, analysis) in lib.summaries.iter().zip(&analyses) {
        let best = s.best.as_ref().unwrap_or_else(|| panic!("{} has no best path", s.id));
        assert_eq!(best.score, 100, "{}", s.id);
        assert!(best.steps.len() >= 6, "{}: best path has only {} decision scenes", s.id, best.steps.len());
        let analysis = analysis.as_ref().unwrap_or_else(|| panic!("{} was not analysed", s.id));
        assert_eq!(analysis.bots.len(), 6, "{}", s.id);
        for bot in &analysis.bots {
            assert!(
                bot.mean < GAMEABLE_MEAN && bot.best < GAMEABLE_BEST,
                "{}: the {} bot averages {} and reaches {} (seed {})",
                s.id,
                bot.bot.name(),
                bot.mean,
                bot.best,
                bot.best_seed
            );
        }
    }
}

#[test]
fn always_picking_the_longest_answer_fails_every_bundled_scenario() {
    use hold_the_line::sim::analysis::{Bot, SEEDS, play_once};
    let lib = library::load(&[bundled()]);
    let (_, catalog) = lib.catalog.as_ref().expect("scenarios/strategies.ron loads");
    for s in &lib.scenarios {
        let scores: Vec<u8> = SEEDS.map(|seed| play_once(&s.scenario, catalog, Bot::Longest, seed)).collect();
        // A grade of D or F (below 65) on every seed: length never passes for reading.
        assert!(scores.iter().all(|&x| x < 65), "{}: longest-answer scores {scores:?}", s.scenario.id);
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
    let lib = library::load(&[bundled()]);
    let (_, catalog) = lib.catalog.as_ref().expect("scenarios/strategies.ron loads");
    let coverage = Coverage::measure(catalog, lib.scenarios.iter().map(|s| &s.scenario));
    let short: Vec<String> = coverage.short().map(|r| format!("{} ({})", r.id, r.total())).collect();
    assert!(short.is_empty(), "practiced fewer than {MINIMUM} times: {}", short.join(", "));
}

#[test]
fn the_library_is_broad_enough_to_learn_from() {
    use hold_the_line::sim::{Channel, Difficulty, Outcome, SceneNode};
    let lib = library::load(&[bundled()]);
    assert!(lib.scenarios.len() >= 18, "only {} scenarios", lib.scenarios.len());
    for level in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
        assert!(lib.scenarios.iter().filter(|s| s.scenario.difficulty == level).count() >= 5, "too few {level:?}");
    }
    for channel in Channel::ALL {
        assert!(lib.scenarios.iter().any(|s| s.scenario.channel == Some(channel)), "no scenario by {channel}");
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
