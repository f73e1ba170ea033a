//! The command line as a trainer uses it: exit codes, transcripts, graphs, JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::util::TestData;

const FIXTURES: &str = "tests/fixtures/library";
pub const GIFT: &str = "tests/fixtures/library/birthday-gift.scenario.ron";

/// Runs the binary with a data folder of its own, removed afterwards.
pub fn run(args: &[&str]) -> Output {
    TestData::new().run(args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Compares with a file under tests/golden; `UPDATE_GOLDEN=1` rewrites it after a reviewed change.
pub(crate) fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with UPDATE_GOLDEN=1 and review it", path.display()));
    assert_eq!(actual, expected, "output differs from {}", path.display());
}

/// A copy of the fixture library in a temp folder, with `edit` applied to the scenario text.
fn broken_copy(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(FIXTURES).join("strategies.ron"), dir.path().join("strategies.ron")).unwrap();
    let text = edit(std::fs::read_to_string(GIFT).unwrap());
    let file = dir.path().join("gift.scenario.ron");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}

#[test]
fn play_with_choices_prints_the_golden_transcript() {
    let o = run(&["play", GIFT, "--seed", "3", "--choices", "2,1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    golden("birthday-gift-seed3-choices-2-1.txt", &stdout(&o));
}

#[test]
fn the_same_seed_replays_the_same_transcript() {
    let a = run(&["play", GIFT, "--seed", "11", "--choices", "1,1"]);
    let b = run(&["play", GIFT, "--seed", "11", "--choices", "1,1"]);
    assert_eq!(stdout(&a), stdout(&b));
    let seeds: std::collections::HashSet<String> =
        (0..8).map(|s| stdout(&run(&["play", GIFT, "--seed", &s.to_string(), "--choices", "1,1"]))).collect();
    assert!(seeds.len() > 2, "different seeds should reorder choices or vary lines");
}

#[test]
fn play_by_scenario_id_from_the_scenarios_folder() {
    let o = run(&["--scenarios", FIXTURES, "play", "birthday-gift", "--seed", "3", "--choices", "2,1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Score 50/100 | grade D"));
}

#[test]
fn a_bad_choice_number_is_a_clear_usage_error() {
    let o = run(&["play", GIFT, "--seed", "3", "--choices", "2,9"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("choice 2 of --choices is 9") && err.contains("choices 1 to 2"), "{err}");
    assert!(!err.contains("panicked"));

    let o = run(&["play", GIFT, "--seed", "3", "--choices", "2"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--choices ran out at scene 2"));

    let o = run(&["play", GIFT, "--seed", "3", "--choices", "2,1,1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("drop the extra ones"));
    assert!(stdout(&o).contains("== Debrief"), "the run so far is still shown");
}

#[test]
fn interactive_play_reprompts_on_bad_input() {
    use std::io::Write;
    let data = TestData::new();
    let mut child =
        data.bin().args(["play", GIFT, "--seed", "3"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"7\nabc\n2\n1\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(out.matches("Please type a number from 1 to 3.").count(), 2, "{out}");
    assert!(out.contains("Score 50/100"), "{out}");
}

#[test]
fn validate_exit_codes() {
    let clean = run(&["validate", FIXTURES]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(
        stdout(&clean).contains("ok: 1 scenario (2 scenes) against 5 strategies and 2 mistakes, 0 errors, 2 warnings")
    );

    let (_dir, file) = broken_copy(|t| t.replace("next: \"resolved\"", "next: \"resolvd\""));
    let broken = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(1));
    let out = stdout(&broken);
    assert!(out.contains("error[unknown-next]: `next` names no scene: `resolvd`"), "{out}");
    assert!(out.contains("gift.scenario.ron:54:27"), "{out}");
    assert!(out.contains("help: did you mean `resolved`?"), "{out}");
    assert!(out.contains("FAILED: 1 scenario"), "{out}");

    let usage = run(&["validate", "--format", "yaml"]);
    assert_eq!(usage.status.code(), Some(2));
    let missing = run(&["validate", "no/such/folder"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stdout(&missing).contains("no/such/folder"));
}

#[test]
fn validate_json_is_for_tools() {
    let (_dir, file) = broken_copy(|t| t.replace("empathize]", "empathise]"));
    let o = run(&["validate", "--format", "json", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "unknown-strategy");
    assert_eq!(d["severity"], "error");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(19), Some(44)));
    assert!(d["hint"].as_str().unwrap().contains("empathize"));

    let o = run(&["validate", "--format", "json", FIXTURES]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["scenarios"][0]["best_score"], 100);
    assert_eq!(v["scenarios"][0]["best_path"][1]["scene"], "details");
}

#[test]
fn playing_a_broken_scenario_shows_its_errors() {
    let (_dir, file) = broken_copy(|t| t.replace("mood: -30", "mood: -300"));
    let o = run(&["play", file.to_str().unwrap(), "--choices", "1,1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("mood change -300 is outside -100..=100"), "{}", stderr(&o));
    let o = run(&["play", "no-such-scenario"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no scenario `no-such-scenario`"));
}

#[test]
fn graph_marks_endings_and_the_best_path() {
    let o = run(&["graph", GIFT]);
    assert!(o.status.success());
    let m = stdout(&o);
    assert!(m.contains("flowchart TD"));
    assert!(m.contains("walked_out([\"Walkout ending: walked-out\"])"), "{m}");
    assert!(m.contains("opening -->|\"1: +100 pts, mood +20\"| details"), "{m}");
    assert!(m.contains("opening -.->|\"2: +0 -60 mistake pts, mood -15\"| details"), "mistake edges are dashed: {m}");
    assert!(
        m.contains("class opening best") && m.contains("class resolved best") && !m.contains("class unresolved best"),
        "{m}"
    );
    // Edges 0 (opening#1) and 3 (details#1) are the best path.
    assert!(m.contains("linkStyle 0,3 "), "{m}");

    let o = run(&["graph", GIFT, "--format", "dot"]);
    let d = stdout(&o);
    assert!(d.starts_with("digraph \"birthday-gift\""));
    assert!(
        d.contains("\"details\" -> \"resolved\" [label=\"1: +100 pts, mood +20\", color=\"#1b7f3b\", penwidth=3];"),
        "{d}"
    );
    assert!(d.contains("\"unresolved\" [shape=doubleoctagon"), "{d}");
}

#[test]
fn no_subcommand_prints_help_until_the_game_exists() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("validate") && stdout(&o).contains("play") && stdout(&o).contains("graph"));
    assert!(stdout(&o).contains("Exit codes: 0 ok; 1 problems found in the files"), "{}", stdout(&o));
    assert!(stdout(&o).contains("3 runtime failure"), "{}", stdout(&o));
}

#[test]
fn coverage_flags_what_is_practiced_too_rarely() {
    let o = run(&["validate", "--coverage", FIXTURES]);
    assert_eq!(o.status.code(), Some(1), "the small fixture library practices each strategy only once or twice");
    let out = stdout(&o);
    assert!(out.contains("listen_actively    1      1  <- below 3"), "{out}");
    assert!(out.contains("coverage FAILED: below 3: listen_actively"), "{out}");
    let o = run(&["validate", "--coverage", "--format", "json", FIXTURES]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["coverage"]["mistakes"][1]["id"], "dismissing");
    assert_eq!(v["coverage"]["mistakes"][1]["total"], 2);
}

#[test]
fn without_a_display_the_game_says_so_and_suggests_the_terminal() {
    let data = TestData::new();
    let o =
        data.bin().env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").env_remove("WAYLAND_SOCKET").output().unwrap();
    assert_eq!(o.status.code(), Some(3), "no display is a runtime failure");
    let err = stderr(&o);
    assert!(err.contains("no display is available") && err.contains("hold-the-line play"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A five-scene scenario where every choice keeps the story going, for crash and resume tests.
fn linear_library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(FIXTURES).join("strategies.ron"), dir.path().join("strategies.ron")).unwrap();
    let mut scenes = String::new();
    for n in 1..=5 {
        let next = if n == 5 { "done".to_owned() } else { format!("s{}", n + 1) };
        scenes.push_str(&format!(
            "\"s{n}\": Scene(situation: \"Scene {n}.\", customer_says: [\"Line {n}a.\", \"Line {n}b.\"], recommended: [empathize],
             choices: [
                (say: \"Kind {n}.\", uses: [empathize], mood: 10, next: \"{next}\", feedback: \"Good.\"),
                (say: \"Curt {n}.\", mistakes: [dismissing], mood: -5, next: \"{next}\", feedback: \"Curt.\"),
             ]),\n"
        ));
    }
    let text = format!(
        "Scenario(id: \"linear\", title: \"Linear\", setting: \"Test\", difficulty: Easy,
         customer: (name: \"Kim Test\", about: \"A test customer.\", mood: 40),
         learning_goals: \"Tests.\", reflection: [\"Why?\", \"How?\"], start: \"s1\",
         scenes: {{ {scenes} \"done\": Ending(outcome: Resolved, text: \"Done.\") }})"
    );
    std::fs::write(dir.path().join("linear.scenario.ron"), text).unwrap();
    dir
}

#[test]
fn a_killed_run_is_offered_for_resume_at_the_same_scene_and_state() {
    use std::io::{BufRead, BufReader, Write};
    let library = linear_library();
    let data = TestData::new();
    let args = [
        "--scenarios",
        library.path().to_str().unwrap(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "play",
        "linear",
    ];
    let mut child = data.bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let (mut seen, mut line) = (String::new(), String::new());
    stdin.write_all(b"1\n2\n1\n").unwrap();
    stdin.flush().unwrap();
    // A watchdog: should `play` stop printing and wait, end it, so the read below sees the end of
    // its output and the test fails with what it saw instead of hanging.
    let (pid, finished) = (child.id(), std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)));
    let watching = std::sync::Arc::clone(&finished);
    std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while std::time::Instant::now() < deadline {
            if watching.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    });
    while !seen.contains("-- Scene 4") {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "play ended early:\n{seen}");
        seen.push_str(&line);
    }
    // Read up to scene 4's mood line, then kill without warning.
    line.clear();
    reader.read_line(&mut line).unwrap();
    let mood_before = line.trim().to_owned();
    finished.store(true, std::sync::atomic::Ordering::Relaxed);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(mood_before.starts_with("Mood "), "{mood_before}");

    let mut again = data.bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    again.stdin.take().unwrap().write_all(b"y\n1\n1\n").unwrap();
    let out = String::from_utf8(again.wait_with_output().unwrap().stdout).unwrap();
    assert!(out.contains("unfinished run of this scenario at scene 4. Resume it?"), "{out}");
    let resumed = out.split("-- Scene 4").nth(1).expect("resumed at scene 4");
    assert_eq!(resumed.lines().nth(1).unwrap().trim(), mood_before, "{out}");
    assert!(!out.contains("-- Scene 1:"), "the resumed run does not start over:\n{out}");
    // The debrief counts the scenes played before the crash: the run really continued.
    assert!(out.contains("Path: s1 -> s2 -> s3 -> s4 -> s5 -> done"), "{out}");
}

#[test]
fn runs_played_land_in_the_store_and_progress_shows_them() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    for (seed, choices) in [("3", "2,1"), ("3", "1")] {
        let o = run(&["--data-dir", d, "--trainee", "Ana", "play", GIFT, "--seed", seed, "--choices", choices]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = run(&["--data-dir", d, "--trainee", "Ana", "--scenarios", FIXTURES, "progress", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let result = &v["scenarios"][0];
    assert_eq!((result["scenario_id"].as_str(), result["finished_runs"].as_u64()), (Some("birthday-gift"), Some(2)));
    // Seed 3: "2,1" scores 50; "1" walks out at once with 0.
    assert_eq!((result["best"].as_u64(), result["last"].as_u64()), (Some(50), Some(0)));
    let listen = v["mastery"].as_array().unwrap().iter().find(|m| m["strategy"] == "listen_actively").unwrap();
    assert_eq!((listen["recommended"].as_u64(), listen["applied"].as_u64()), (Some(2), Some(1)));
    assert_eq!(v["mistakes"][0][0], "dismissing");
    assert_eq!(v["practice_next"], "birthday-gift");
    let text = stdout(&run(&["--data-dir", d, "--trainee", "Ana", "--scenarios", FIXTURES, "progress"]));
    assert!(
        text.contains("Listen actively") && text.contains("50%") && text.contains("Dismissing the concern x1"),
        "{text}"
    );
}

#[test]
fn validate_paths_prints_the_spread_and_every_bot_and_json_carries_them() {
    // The gift's five paths (best path 2 decisions; opening 1 nets 100, 2 nets 0 - 60, 3 nets
    // -35 into a walkout; details 1 nets 100, 2 nets 0): 100, 50, 20, 0 (a walkout), 0 (a walkout).
    let o = run(&["validate", "--paths", FIXTURES]);
    assert_eq!(o.status.code(), Some(0), "warnings only");
    let out = stdout(&o);
    assert!(out.contains("Paths (model 2 run scores; bots play seeds 1-20)"), "{out}");
    assert!(out.contains("birthday-gift: 5 paths (exact), min 0, median 20, max 100"), "{out}");
    assert!(out.contains("outcomes: resolved 40%, escalated 0%, unresolved 20%, walkout 40%"), "{out}");
    for bot in ["longest", "shortest", "first", "last", "stage-direction", "empathy"] {
        assert!(out.lines().any(|l| l.trim_start().starts_with(bot)), "no row for {bot}: {out}");
    }
    // The best answer is the longest in both scenes: that bot scores 100 on every seed.
    assert!(out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["longest", "100", "100"]), "{out}");
    assert!(out.contains("warning[gameable]"), "{out}");

    let o = run(&["validate", "--paths", "--format", "json", FIXTURES]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let gift = &v["scenarios"][0];
    assert_eq!(gift["paths"]["count"], 5);
    assert_eq!(gift["paths"]["exact"], true);
    assert_eq!((gift["paths"]["min"].as_u64(), gift["paths"]["median"].as_u64()), (Some(0), Some(20)));
    assert_eq!(gift["paths"]["outcomes"]["walkout"], 40);
    let bots: Vec<&str> = gift["bots"].as_array().unwrap().iter().map(|b| b["bot"].as_str().unwrap()).collect();
    assert_eq!(bots, ["longest", "shortest", "first", "last", "stage-direction", "empathy"]);
    assert_eq!((gift["bots"][0]["mean"].as_u64(), gift["bots"][0]["best"].as_u64()), (Some(100), Some(100)));
    assert!(v["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "gameable"));

    // Without --paths the report is as before: no table, no bots.
    let plain = run(&["validate", "--format", "json", FIXTURES]);
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(v["scenarios"][0].get("bots").is_none());
}
