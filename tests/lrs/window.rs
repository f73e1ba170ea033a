//! The game in a real window sends what it saves: a run played there reaches the LRS, each
//! statement once, by the time the game has closed.

use super::stub::{Mode, SECRET, Stub};
use super::{queue, set_lrs};
use crate::util::TestData;

#[test]
fn a_run_played_in_the_window_reaches_the_lrs() {
    let lrs = Stub::start(Mode::Normal);
    let data = TestData::new();
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let Some(mut game) = crate::window::with_own_display(env!("CARGO_BIN_EXE_hold-the-line")) else { return };
    let (shots, runtime) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let library = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let status = game
        .args(["--scenarios", library.to_str().unwrap(), "--size", "1280x720", "--autoplay"])
        .arg(shots.path())
        .args(["--autoplay-scenario", "birthday-gift"])
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("HOLD_THE_LINE_DATA", data.path())
        .env("HOLD_THE_LINE_CONFIG", data.path().join("config"))
        .env("RUST_LOG", "warn")
        .status()
        .expect("the game starts");
    assert!(status.success(), "the game exited with {status}");
    let queued = queue(data.path());
    assert!(queued.len() >= 3, "a run's decisions and its end were queued: {queued:?}");
    assert!(queued.iter().all(|(_, sent, _)| *sent), "everything was sent before the game closed: {queued:?}");
    lrs.seen(|seen| {
        assert_eq!(seen.stored.len(), queued.len());
        assert!(queued.iter().all(|(id, _, _)| seen.stored.contains_key(id)));
        let verbs: Vec<&str> = seen.stored.values().filter_map(|s| s["verb"]["display"]["en-US"].as_str()).collect();
        assert!(verbs.contains(&"completed") && verbs.contains(&"answered"), "{verbs:?}");
    });
}
