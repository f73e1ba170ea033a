//! The real window: under Xvfb with Mesa's software Vulkan the game is driven through every
//! screen and saves a screenshot of each; the images must show something and differ.
//! Skips (with the reason) when no display can be had, unless `REQUIRE_DISPLAY=1`.

use std::path::{Path, PathBuf};
use std::process::Command;

const SCREENS: [&str; 8] = [
    "1-title.png",
    "2-select.png",
    "3-scene.png",
    "4-feedback.png",
    "5-debrief.png",
    "6-progress.png",
    "7-trainees.png",
    "8-settings.png",
];

/// The virtual screen, when `xvfb-run` provides one: big enough for the largest window tested.
pub(crate) const SCREEN_1080: &str = "-screen 0 1920x1080x24";

/// `None` after saying why a test is skipped; with `REQUIRE_DISPLAY=1` it fails instead.
pub(crate) fn or_skip<T>(found: Result<T, String>) -> Option<T> {
    match found {
        Ok(found) => Some(found),
        Err(reason) => {
            assert!(std::env::var_os("REQUIRE_DISPLAY").is_none_or(|v| v != "1"), "REQUIRE_DISPLAY=1 but {reason}");
            eprintln!("skipped: {reason}");
            None
        }
    }
}

/// The command to start `binary` with a display, or `None` (after saying why) to skip the test.
pub(crate) fn with_display(binary: &str) -> Option<Command> {
    or_skip(display_command(binary))
}

/// Like `with_display`, but on a virtual display of its own whenever `xvfb-run` exists, even
/// when `DISPLAY` is set: a test that looks at the whole screen must not see other tests' windows.
pub(crate) fn with_own_display(binary: &str) -> Option<Command> {
    let mut cmd = or_skip(if has_xvfb() { xvfb_command(binary) } else { display_command(binary) })?;
    // English, whatever the developer's system speaks; a test passes --lang for another.
    cmd.env("LANGUAGE", "en");
    Some(cmd)
}

fn has_xvfb() -> bool {
    Command::new("sh").args(["-c", "command -v xvfb-run"]).output().is_ok_and(|o| o.status.success())
}

/// How to get a display here: the one we have, or a virtual one from `xvfb-run`.
fn display_command(binary: &str) -> Result<Command, String> {
    if std::env::var_os("DISPLAY").is_some() {
        return Ok(Command::new(binary));
    }
    xvfb_command(binary)
}

fn xvfb_command(binary: &str) -> Result<Command, String> {
    if !has_xvfb() {
        return Err("no DISPLAY and no xvfb-run (apt-get install xvfb xauth mesa-vulkan-drivers)".into());
    }
    let mut cmd = Command::new("xvfb-run");
    cmd.args(["-a", "-s", SCREEN_1080, binary]);
    Ok(cmd)
}

/// Decodes a PNG into (width, height, RGBA-ish bytes).
fn pixels(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

pub(crate) fn drive(scenarios: &Path, scenario: &str, out: &Path, size: &str) -> Option<Vec<PathBuf>> {
    drive_with(scenarios, scenario, out, size, &[])
}

/// `drive`, with more options on the game's command line (text size, contrast).
pub(crate) fn drive_with(
    scenarios: &Path,
    scenario: &str,
    out: &Path,
    size: &str,
    options: &[&str],
) -> Option<Vec<PathBuf>> {
    let binary = env!("CARGO_BIN_EXE_hold-the-line");
    // Its own virtual screen when it can: sized for the largest window, whatever DISPLAY is.
    let mut cmd = with_own_display(binary)?;
    let runtime = tempfile::tempdir().unwrap();
    let status = cmd
        .args([
            "--scenarios",
            scenarios.to_str().unwrap(),
            "--size",
            size,
            "--autoplay",
            out.to_str().unwrap(),
            "--autoplay-scenario",
            scenario,
        ])
        .args(options)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("HOLD_THE_LINE_DATA", runtime.path())
        .env("HOLD_THE_LINE_CONFIG", runtime.path().join("config"))
        .env("RUST_LOG", "warn")
        .status()
        .expect("the game starts");
    assert!(status.success(), "the game exited with {status}");
    Some(SCREENS.iter().map(|s| out.join(s)).collect())
}

/// The autoplay's layout report: every shot screen is listed, no text spills out of its panel,
/// and every control is on screen (the focused one in sight inside a scroll view).
pub(crate) fn check_layout(out: &Path, size: &str) {
    let report = std::fs::read_to_string(out.join("layout.txt")).expect("autoplay writes layout.txt");
    for screen in ["1-title.png", "3-scene.png", "4-feedback.png", "5-debrief.png", "8-settings.png"] {
        assert!(
            report.lines().any(|l| l.starts_with(screen)),
            "{screen} missing from the layout report at {size}:\n{report}"
        );
    }
    let feedback = report.lines().find(|l| l.starts_with("4-feedback.png")).unwrap_or_default();
    assert!(!feedback.contains(": 0 texts"), "no texts measured on the feedback screen at {size}: {feedback}");
    let overflows: Vec<&str> =
        report.lines().filter(|l| l.starts_with("overflow") || l.starts_with("clipped")).collect();
    assert!(overflows.is_empty(), "text runs out of its panel at {size}:\n{}", overflows.join("\n"));
    let unreachable: Vec<&str> =
        report.lines().filter(|l| l.starts_with("offscreen") || l.contains("OUT OF VIEW")).collect();
    assert!(unreachable.is_empty(), "controls out of reach at {size}:\n{}", unreachable.join("\n"));
}

fn check_screens(shots: &[PathBuf], width: u32, height: u32) {
    let mut seen = Vec::new();
    for shot in shots {
        assert!(shot.is_file(), "{} was not written", shot.display());
        let (w, h, data) = pixels(shot);
        assert_eq!((w, h), (width, height), "{}", shot.display());
        let mut colors: Vec<&[u8]> = data.chunks(4).step_by(7).collect();
        colors.sort();
        colors.dedup();
        assert!(colors.len() > 20, "{} looks blank ({} colours)", shot.display(), colors.len());
        assert!(!seen.contains(&data), "{} is the same image as an earlier screen", shot.display());
        seen.push(data);
    }
}

#[test]
fn the_game_window_is_driven_through_every_screen() {
    let out = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let Some(shots) = drive(&fixtures, "birthday-gift", out.path(), "1280x720") else { return };
    check_screens(&shots, 1280, 720);
    check_layout(out.path(), "1280x720");
    // Where a developer wants to look at them: SCREENSHOTS_DIR keeps a copy.
    if let Some(keep) = std::env::var_os("SCREENSHOTS_DIR") {
        std::fs::create_dir_all(&keep).unwrap();
        for shot in &shots {
            std::fs::copy(shot, Path::new(&keep).join(shot.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn a_small_classroom_window_still_works() {
    let out = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let Some(shots) = drive(&fixtures, "birthday-gift", out.path(), "1024x600") else { return };
    check_screens(&shots, 1024, 600);
    check_layout(out.path(), "1024x600");
}

/// Issue 14: twice the text in high contrast on a small classroom screen, on the scenario with
/// the longest texts: every screen reflows, nothing spills out of its panel, every control can
/// be reached and the focused one is in sight.
#[test]
fn large_text_in_high_contrast_reflows_at_1024x600() {
    let out = tempfile::tempdir().unwrap();
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let options = ["--text-size", "200", "--high-contrast"];
    let Some(shots) = drive_with(&scenarios, "i-want-your-manager", out.path(), "1024x600", &options) else { return };
    check_screens(&shots, 1024, 600);
    check_layout(out.path(), "1024x600 at 200 % in high contrast");
    // Drawn on black: the high-contrast background (dimmed under the settings panel) fills most
    // of every screen.
    for shot in &shots {
        let (_, _, data) = pixels(shot);
        let dark = data.chunks(4).filter(|p| p[..3].iter().all(|c| *c < 40)).count();
        assert!(dark * 2 > data.len() / 4, "{} is not mostly black", shot.display());
    }
    if let Some(keep) = std::env::var_os("SCREENSHOTS_DIR") {
        let keep = Path::new(&keep).join("large-text-high-contrast");
        std::fs::create_dir_all(&keep).unwrap();
        for shot in &shots {
            std::fs::copy(shot, keep.join(shot.file_name().unwrap())).unwrap();
        }
    }
}

/// Issue 10: on "I Want Your Manager", answering "calm down" in scene 1 (the autoplay's weak first
/// choice) gives the longest feedback; its last "why" ran out of its panel at 1280x720.
#[test]
fn feedback_text_stays_inside_its_panels_at_every_classroom_size() {
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for size in ["1024x600", "1280x720", "1920x1080"] {
        let out = tempfile::tempdir().unwrap();
        if drive(&scenarios, "i-want-your-manager", out.path(), size).is_none() {
            return;
        }
        check_layout(out.path(), size);
        if let Some(keep) = std::env::var_os("SCREENSHOTS_DIR") {
            let keep = Path::new(&keep).join(format!("manager-{size}"));
            std::fs::create_dir_all(&keep).unwrap();
            for shot in ["4-feedback.png", "layout.txt"] {
                std::fs::copy(out.path().join(shot), keep.join(shot)).unwrap();
            }
        }
    }
}

/// Starts the game from `/` with `data` as its only data folder, logging to `log`, in a process
/// group of its own (end it with `kill -- -PID`: xvfb-run starts the game as a child).
pub(crate) fn start_from_root(mut cmd: Command, data: &Path, log: &Path) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0)
        .current_dir("/")
        .env("XDG_RUNTIME_DIR", data)
        .env("HOLD_THE_LINE_DATA", data)
        .env("HOLD_THE_LINE_CONFIG", data.join("config"))
        .env("RUST_LOG", "hold_the_line=info,warn")
        .stdout(std::fs::File::create(log).unwrap())
        .stderr(std::fs::OpenOptions::new().append(true).open(log).unwrap())
        .spawn()
        .unwrap()
}

fn count(log: &Path, needle: &str) -> usize {
    std::fs::read_to_string(log).map_or(0, |l| l.matches(needle).count())
}

/// Waits until the game's log shows `needle` more than `seen` times, or gives up after `seconds`.
pub(crate) fn wait_for(log: &Path, needle: &str, seen: usize, seconds: u64) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while std::time::Instant::now() < deadline {
        if count(log, needle) > seen {
            return true;
        }
        // Polling, not a fixed wait: the deadline bounds it, the condition ends it.
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    false
}

#[test]
fn saving_a_scenario_reloads_it_in_the_running_game_without_input() {
    let binary = env!("CARGO_BIN_EXE_hold-the-line");
    let Some(mut cmd) = with_display(binary) else { return };
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    for f in ["strategies.ron", "birthday-gift.scenario.ron"] {
        std::fs::copy(fixtures.join(f), dir.path().join(f)).unwrap();
    }
    let logs = tempfile::tempdir().unwrap();
    let log = logs.path().join("game.log");
    // A stray non-scenario file in the folder must not stop anything.
    std::fs::write(dir.path().join("notes.txt"), "trainer's notes").unwrap();
    let runtime = tempfile::tempdir().unwrap();
    // The real, reactive game: nothing but the file change can wake it.
    use std::os::unix::process::CommandExt;
    let mut child = cmd
        .process_group(0)
        .args(["--scenarios", dir.path().to_str().unwrap()])
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("HOLD_THE_LINE_DATA", runtime.path())
        .env("HOLD_THE_LINE_CONFIG", runtime.path().join("config"))
        .env("RUST_LOG", "hold_the_line=info,warn")
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::OpenOptions::new().append(true).open(&log).unwrap())
        .spawn()
        .unwrap();
    const CLEAN: &str = "1 cards, 0 with errors";
    const BROKEN: &str = "1 cards, 1 with errors";
    // Edits are only seen once the game watches the folder: wait for it to say so.
    let loaded = wait_for(&log, CLEAN, 0, 60) && wait_for(&log, "for edits", 0, 30);
    let scenario = dir.path().join("birthday-gift.scenario.ron");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, text.replace("mood: -30", "mood: -300")).unwrap();
    let broken_seen = loaded && wait_for(&log, BROKEN, 0, 20);
    let clean_before = count(&log, CLEAN);
    std::fs::write(&scenario, &text).unwrap();
    let fixed_seen = broken_seen && wait_for(&log, CLEAN, clean_before, 20);
    // xvfb-run starts the game as a child: end the whole process group.
    let _ = Command::new("kill").args(["--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(loaded, "the game never loaded the library:\n{output}");
    assert!(broken_seen, "a broken save did not reach the running game:\n{output}");
    assert!(fixed_seen, "the fixed save did not reach the running game:\n{output}");
}

/// Issue 17: the pseudo-locale (every string and scenario text accented and about 40 % longer)
/// on a small classroom screen: every screen lays out with nothing spilling out of its panel
/// and every control in reach; then Spanish, the shipped translation, the same way.
#[test]
fn longer_translations_fit_every_screen_at_1024x600() {
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for lang in ["en-XA", "es"] {
        let out = tempfile::tempdir().unwrap();
        let options = ["--lang", lang];
        let Some(shots) = drive_with(&scenarios, "i-want-your-manager", out.path(), "1024x600", &options) else {
            return;
        };
        check_screens(&shots, 1024, 600);
        check_layout(out.path(), &format!("1024x600 in {lang}"));
        if let Some(keep) = std::env::var_os("SCREENSHOTS_DIR") {
            let keep = Path::new(&keep).join(format!("lang-{lang}"));
            std::fs::create_dir_all(&keep).unwrap();
            for shot in shots.iter().chain([&out.path().join("layout.txt")]) {
                std::fs::copy(shot, keep.join(shot.file_name().unwrap())).unwrap();
            }
        }
    }
}
