//! The bundled scenario library: every file validates clean and its best path scores 100.

use std::path::Path;

use hold_the_line::sim::library;

#[test]
fn every_bundled_scenario_validates_clean_with_a_best_path_of_100() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let lib = library::load(&[dir]);
    let problems: Vec<String> = lib.diagnostics.iter().map(|d| d.render(false)).collect();
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
    let problems: Vec<String> = lib.diagnostics.iter().map(|d| d.render(false)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(lib.summaries[0].best.as_ref().unwrap().score, 100);
}
