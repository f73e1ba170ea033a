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
