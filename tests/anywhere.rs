//! Run from any folder: the built-in library is in the binary, a trainer's own scenarios live in
//! the data folder's `scenarios` (set up on first use), extend it, and replace built-in ones.

use std::path::Path;
use std::process::{Command, Output};

use crate::cli::{stderr, stdout};
use crate::window::{start_from_root, with_display};

/// The binary started in an empty folder that is not the clone, with its own data folder.
struct Elsewhere {
    cwd: tempfile::TempDir,
    data: tempfile::TempDir,
}

impl Elsewhere {
    fn new() -> Self {
        Elsewhere { cwd: tempfile::tempdir().unwrap(), data: tempfile::tempdir().unwrap() }
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hold-the-line"));
        cmd.current_dir(self.cwd.path())
            .env("NO_COLOR", "1")
            .env("HOLD_THE_LINE_DATA", self.data.path())
            .env("HOLD_THE_LINE_CONFIG", self.data.path().join("config"));
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    fn own(&self) -> std::path::PathBuf {
        self.data.path().join("scenarios")
    }
}

#[test]
fn from_another_folder_the_built_in_library_plays_and_a_trainer_folder_is_set_up() {
    let here = Elsewhere::new();
    let check = here.run(&["validate"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(0), "{out}{}", stderr(&check));
    assert!(out.contains("No scenarios of your own here yet") && out.contains("18 scenarios built in"), "{out}");
    assert!(here.own().join("README.txt").is_file(), "the trainer folder has its README");
    let template = std::fs::read_to_string(here.own().join("template.scenario.ron.example")).unwrap();

    let play = here.run(&["play", "lost-order", "--seed", "3", "--choices", "1"]);
    assert!(stdout(&play).contains("The Parcel That Never Came"), "{}{}", stdout(&play), stderr(&play));

    // The template, saved under a name of the trainer's own, is theirs to validate and play.
    std::fs::write(here.own().join("my-first.scenario.ron"), template.replace("\"my-scenario\"", "\"my-first\""))
        .unwrap();
    let check = here.run(&["validate"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(0), "{out}");
    assert!(out.contains("my-first (Easy, 3 scenes): best 100") && out.contains("ok: 1 scenario"), "{out}");
    let play = here.run(&["play", "my-first", "--seed", "1", "--choices", "1,1,1"]);
    assert_eq!(play.status.code(), Some(0), "{}", stderr(&play));
    let progress = here.run(&["progress"]);
    assert!(stdout(&progress).contains("my-first"), "{}", stdout(&progress));
}

#[test]
fn a_trainer_catalog_extends_the_built_in_one_and_a_clash_is_located() {
    let here = Elsewhere::new();
    std::fs::create_dir_all(here.own()).unwrap();
    let catalog = "Catalog(\n    strategies: [\n        Strategy(\n            id: name_the_next_step,\n            \
                   name: \"Name the next step\",\n            summary: \"s\",\n            why: \"w\",\n            \
                   sources: [\"000_8d7160a986a3ad0c.txt\"],\n        ),\n        Strategy(\n            id: empathize,\n            \
                   name: \"My own empathy\",\n            summary: \"s\",\n            why: \"w\",\n            \
                   sources: [\"000_8d7160a986a3ad0c.txt\"],\n        ),\n    ],\n)\n";
    std::fs::write(here.own().join("strategies.ron"), catalog).unwrap();
    let check = here.run(&["validate"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(out.contains("error[redefines-built-in]: `empathize` is already in the built-in catalog"), "{out}");
    assert!(out.contains("strategies.ron:11:17"), "located at the second entry's id: {out}");
    // Without the clash, the new id joins the 24 built-in strategies.
    std::fs::write(here.own().join("strategies.ron"), catalog.replace("id: empathize", "id: my_empathy")).unwrap();
    let check = here.run(&["validate"]);
    assert!(stdout(&check).contains("against 26 strategies"), "{}", stdout(&check));
}

#[test]
fn a_trainer_file_with_a_built_in_id_replaces_it() {
    let here = Elsewhere::new();
    std::fs::create_dir_all(here.own()).unwrap();
    let bundled =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/lost-order.scenario.ron"));
    let mine = bundled.unwrap().replace("The Parcel That Never Came", "Our Parcel, Our Way");
    std::fs::write(here.own().join("parcel.scenario.ron"), mine).unwrap();
    let check = here.run(&["validate"]);
    assert!(stdout(&check).contains("yours replace the built-in lost-order"), "{}", stdout(&check));
    let play = here.run(&["play", "lost-order", "--seed", "3", "--choices", "1"]);
    assert!(stdout(&play).contains("Our Parcel, Our Way"), "{}", stdout(&play));
}

/// The game started from `/`: the built-in cards load, and a scenario dropped into the trainer's
/// folder appears without input.
#[test]
fn the_game_from_the_root_folder_loads_the_built_in_library_and_picks_up_a_new_file() {
    let binary = env!("CARGO_BIN_EXE_hold-the-line");
    let Some(cmd) = with_display(binary) else { return };
    let data = tempfile::tempdir().unwrap();
    let logs = tempfile::tempdir().unwrap();
    let log = logs.path().join("game.log");
    let mut child = start_from_root(cmd, data.path(), &log);
    let wait = |needle: &str, seconds| crate::window::wait_for(&log, needle, 0, seconds);
    let loaded = wait("18 cards, 0 with errors", 60) && wait("for edits", 30);
    let template = std::fs::read_to_string(data.path().join("scenarios/template.scenario.ron.example"));
    let template = template.unwrap_or_default().replace("\"my-scenario\"", "\"dropped-in\"");
    std::fs::write(data.path().join("scenarios/dropped-in.scenario.ron"), template).unwrap();
    let seen = loaded && wait("19 cards, 0 with errors", 20);
    let _ = Command::new("kill").args(["--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(loaded, "the game did not load the built-in library from /:\n{output}");
    assert!(seen, "a file dropped in the trainer's folder did not appear:\n{output}");
}

#[test]
fn version_names_the_built_in_catalog_and_library() {
    use hold_the_line::sim::bundled;
    let out = Elsewhere::new().run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let catalog = bundled::catalog();
    let expected = format!(
        "hold-the-line {}; built in: catalog {} strategies, {} mistakes (",
        env!("CARGO_PKG_VERSION"),
        catalog.strategies.len(),
        catalog.mistakes.len()
    );
    assert!(text.starts_with(&expected), "{text}");
    assert!(text.contains(&format!("library {} scenarios (", bundled::SCENARIOS.len())), "{text}");
}
