//! The Linux packages: `scripts/package.sh` builds a .deb and a tar.gz from the tested binary;
//! lintian finds no error; the .deb installs with dpkg into a clean root, and the installed game
//! starts from `/` with the built-in library. Skips without dpkg tools unless
//! `REQUIRE_PACKAGING=1` (set by `.ci/run`).

use std::path::Path;
use std::process::Command;

use crate::window::{start_from_root, wait_for, with_display};

fn have(tool: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {tool}")]).output().is_ok_and(|o| o.status.success())
}

/// `false` after saying why the test is skipped; with `REQUIRE_PACKAGING=1` it fails instead.
fn tools_or_skip(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !have(t)).collect();
    if missing.is_empty() {
        return true;
    }
    let reason = format!("no {} (apt-get install dpkg-dev binutils lintian)", missing.join(", "));
    assert!(std::env::var_os("REQUIRE_PACKAGING").is_none_or(|v| v != "1"), "REQUIRE_PACKAGING=1 but {reason}");
    eprintln!("skipped: {reason}");
    false
}

#[test]
fn the_deb_passes_lintian_installs_and_the_installed_game_starts_from_the_root_folder() {
    if !tools_or_skip(&["dpkg", "dpkg-deb", "dpkg-shlibdeps", "strip", "lintian"]) {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let built = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/package.sh"))
        .args(["--binary", env!("CARGO_BIN_EXE_hold-the-line"), "--out", out.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let version = env!("CARGO_PKG_VERSION");
    let deb = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
        .expect("a .deb was written");
    assert!(deb.file_name().unwrap().to_str().unwrap().starts_with(&format!("hold-the-line_{version}_")));
    assert!(
        std::fs::read_dir(out.path()).unwrap().any(|e| e.unwrap().file_name().to_str().unwrap().ends_with(".tar.gz"))
    );

    let lint = Command::new("lintian").args(["--fail-on", "error"]).arg(&deb).output().unwrap();
    assert!(lint.status.success(), "lintian: {}", String::from_utf8_lossy(&lint.stdout));

    // A clean root of its own: dpkg's database starts empty, so its dependencies are not there.
    let root = tempfile::tempdir().unwrap();
    for dir in ["var/lib/dpkg/info", "var/lib/dpkg/updates"] {
        std::fs::create_dir_all(root.path().join(dir)).unwrap();
    }
    std::fs::write(root.path().join("var/lib/dpkg/status"), "").unwrap();
    let install = Command::new("dpkg")
        .arg(format!("--root={}", root.path().display()))
        .args(["--log=/dev/null", "--force-not-root", "--force-depends", "--force-script-chrootless", "-i"])
        .arg(&deb)
        .output()
        .unwrap();
    assert!(install.status.success(), "{}", String::from_utf8_lossy(&install.stderr));
    for file in [
        "usr/bin/hold-the-line",
        "usr/share/applications/hold-the-line.desktop",
        "usr/share/icons/hicolor/256x256/apps/hold-the-line.png",
        "usr/share/man/man1/hold-the-line.1.gz",
        "usr/share/doc/hold-the-line/copyright",
    ] {
        assert!(root.path().join(file).is_file(), "{file} is not installed");
    }
    let installed = root.path().join("usr/bin/hold-the-line");

    // The installed game, from `/`, with nothing but its own data folder.
    let Some(cmd) = with_display(installed.to_str().unwrap()) else { return };
    let data = tempfile::tempdir().unwrap();
    let log = data.path().join("game.log");
    let mut child = start_from_root(cmd, data.path(), &log);
    let loaded = wait_for(&log, "18 cards, 0 with errors", 0, 60);
    let _ = Command::new("kill").args(["--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(loaded, "the installed game did not load its built-in library:\n{output}");
    assert!(data.path().join("scenarios/README.txt").is_file(), "the trainer folder was set up on first run");
}
