//! The fuzzers' committed corpus and crash regressions, replayed through the fuzz targets' own
//! code (fuzz/src is included, not copied), so `cargo test` keeps every input that once mattered.

use std::path::Path;

#[path = "../fuzz/src/check.rs"]
mod check;
#[path = "../fuzz/src/edits.rs"]
mod edits;

/// Runs every file in `fuzz/<dir>` through `target`; returns how many ran, panicking with the
/// names of the files that failed.
fn replay(dir: &str, target: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(dir);
    let Ok(entries) = std::fs::read_dir(&dir) else { return 0 };
    let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    files.sort();
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap();
            std::panic::catch_unwind(|| target(&bytes)).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(failed.is_empty(), "these fuzz inputs panic (reproduce with `cargo fuzz run`):\n{}", failed.join("\n"));
    files.len()
}

// Two tests, so the test harness replays the two corpora side by side.
#[test]
fn every_raw_bytes_corpus_input_parses_validates_and_plays_without_a_panic() {
    assert!(replay("corpus/scenario_bytes", check::scenario_bytes) > 100, "the committed corpus is missing");
}

#[test]
fn every_edited_scenario_corpus_input_validates_and_plays_without_a_panic() {
    assert!(replay("corpus/scenario_edits", edits::scenario_edits) > 100, "the committed corpus is missing");
}

#[test]
fn inputs_that_once_crashed_the_engine_now_pass() {
    replay("regressions/scenario_bytes", check::scenario_bytes);
    replay("regressions/scenario_edits", edits::scenario_edits);
}

#[test]
fn the_fuzz_oracle_plays_every_bundled_scenario_to_its_end() {
    // Unedited, each bundled scenario validates clean, so the fuzzers' sessions really run.
    for text in edits::BUNDLED {
        let made = check::scenario(text.as_bytes(), &[1, 2, 3]);
        assert!(made.is_some_and(|n| n >= 1), "a bundled scenario did not play: {made:?}");
    }
}
