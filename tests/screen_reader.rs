//! A screen reader's view of the real game: on a D-Bus session of its own with the AT-SPI flags a
//! reader sets, the game runs under Xvfb and `fixtures/screen_reader_walk.py` (python3-pyatspi)
//! reads the title's buttons, clicks through to a scene, reads its situation, the customer's
//! line and the choices, and clicks one; the texts must be the engine's, and the choice made.

use std::path::Path;
use std::process::Command;

use hold_the_line::game::library::GameLibrary;
use hold_the_line::sim::Session;

use crate::window::or_skip;

const SEED: u64 = 3;
const CHOICE: usize = 2;

/// Why the test cannot run here, if it cannot: it needs a session bus, the AT-SPI bus, Xvfb and
/// Python's AT-SPI bindings (apt-get install dbus at-spi2-core xvfb python3-pyatspi).
fn missing_tools() -> Result<(), String> {
    for tool in ["dbus-run-session", "gdbus", "xvfb-run"] {
        let found = Command::new("sh").args(["-c", &format!("command -v {tool}")]).output();
        if !found.is_ok_and(|o| o.status.success()) {
            return Err(format!("no {tool} (apt-get install dbus at-spi2-core xvfb python3-pyatspi)"));
        }
    }
    let pyatspi = Command::new("/usr/bin/python3").args(["-c", "import pyatspi"]).output();
    if !pyatspi.is_ok_and(|o| o.status.success()) {
        return Err("no python3-pyatspi for /usr/bin/python3 (apt-get install python3-pyatspi)".into());
    }
    Ok(())
}

/// Turns on what Orca turns on, starts the game, and runs the walker; its JSON report.
const SESSION: &str = r#"
set -u
for flag in IsEnabled ScreenReaderEnabled; do
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status "$flag" "<true>" >/dev/null
done
# A session (and process group) of its own, so ending it ends this game and no other test's.
setsid xvfb-run -a -s "-screen 0 1280x720x24" "$GAME" --scenarios "$SCENARIOS" --seed "$SEED" >"$LOG" 2>&1 &
game=$!
/usr/bin/python3 "$WALKER" "$CARD" "$CHOICE"
status=$?
kill -- "-$game" 2>/dev/null || true
exit $status
"#;

fn names<'a>(report: &'a serde_json::Value, part: &str, role: &str) -> Vec<&'a str> {
    let nodes = report[part].as_array().unwrap_or_else(|| panic!("no {part} in the report"));
    nodes.iter().filter(|n| n["role"] == role).filter_map(|n| n["name"].as_str()).collect()
}

#[test]
fn a_screen_reader_reads_the_screens_and_picks_a_choice_over_at_spi() {
    if or_skip(missing_tools()).is_none() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scenarios = root.join("tests/fixtures/library");
    let folders = tempfile::tempdir().unwrap();
    let log = folders.path().join("game.log");
    for sub in ["data", "config", "runtime"] {
        std::fs::create_dir(folders.path().join(sub)).unwrap();
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(folders.path().join("runtime"), std::fs::Permissions::from_mode(0o700)).unwrap();
    let output = Command::new("timeout")
        .args(["600", "dbus-run-session", "--", "bash", "-c", SESSION])
        .env("GAME", env!("CARGO_BIN_EXE_hold-the-line"))
        .env("SCENARIOS", &scenarios)
        .env("SEED", SEED.to_string())
        .env("LOG", &log)
        .env("WALKER", root.join("tests/fixtures/screen_reader_walk.py"))
        .env("CARD", "The Missing Birthday Gift")
        .env("CHOICE", CHOICE.to_string())
        .env("HOLD_THE_LINE_DATA", folders.path().join("data"))
        .env("HOLD_THE_LINE_CONFIG", folders.path().join("config"))
        .env("XDG_RUNTIME_DIR", folders.path().join("runtime"))
        .output()
        .expect("dbus-run-session runs");
    let game_log = std::fs::read_to_string(&log).unwrap_or_default();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the walk failed ({}):\n{}\n{stdout}\ngame log:\n{game_log}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let last = stdout.lines().last().unwrap_or_default();
    let report: serde_json::Value =
        serde_json::from_str(last).unwrap_or_else(|e| panic!("the walker prints JSON last ({e}):\n{stdout}"));

    let title = names(&report, "title", "push button");
    for wanted in ["Start practicing", "My progress", "Settings", "Quit"] {
        assert!(title.iter().any(|b| b.ends_with(wanted)), "no {wanted:?} button among {title:?}");
    }

    // What the engine shows in the first scene with this seed.
    let library = GameLibrary::from_dir(&scenarios);
    let card = library.cards.iter().find(|c| c.title == "The Missing Birthday Gift").unwrap();
    let catalog = library.catalog.clone().unwrap();
    let session = Session::from_shared(card.playable.clone().unwrap(), catalog, SEED).unwrap();
    let scene = session.current().unwrap();
    let first_name = session.scenario().customer.name.split_whitespace().next().unwrap();
    let line = format!("{first_name}: \u{201c}{}\u{201d}", scene.customer_says.trim_matches('"'));
    let labels = names(&report, "scene", "label");
    assert!(labels.contains(&scene.situation.as_str()), "the situation is not read: {labels:#?}");
    assert!(labels.contains(&line.as_str()), "the customer's line {line:?} is not read: {labels:#?}");
    let choices: Vec<String> =
        scene.choices.iter().enumerate().map(|(i, c)| format!("{}   {}", i + 1, c.say)).collect();
    assert_eq!(names(&report, "scene", "push button"), choices, "the choices, in the order shown");
    let meter = names(&report, "scene", "level bar");
    let value = format!("Mood {}/100: ", scene.mood);
    assert!(meter.len() == 1 && meter[0].starts_with(&value), "the mood meter with its value: {meter:?}");

    // The click chose the second choice: the feedback says so, in the engine's words.
    let said = format!("You said ({CHOICE}): {}", scene.choices[CHOICE - 1].say);
    assert!(names(&report, "feedback", "label").contains(&said.as_str()), "{:#?}", report["feedback"]);
    assert!(!names(&report, "feedback", "list item").is_empty(), "the feedback items are read as a list");
}
