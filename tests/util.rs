//! What the command-line tests share: the binary run with a data folder of its own per test, so
//! tests running in parallel never write to the same store, and a folder's exact contents.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

/// A scratch data folder, removed when the test ends. Commands made from the same `TestData`
/// share its store; every other test has its own.
pub struct TestData {
    dir: tempfile::TempDir,
}

impl TestData {
    pub fn new() -> Self {
        TestData { dir: tempfile::tempdir().expect("a temp folder") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The binary in the repository root, saving progress here and never in the developer's
    /// real data folder.
    pub fn bin(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hold-the-line"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            // English, whatever the developer's system speaks (a test sets another on purpose).
            .env("LANGUAGE", "en")
            .env("HOLD_THE_LINE_DATA", self.path())
            .env("HOLD_THE_LINE_CONFIG", self.path().join("config"));
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.bin().args(args).output().expect("the binary runs")
    }
}

/// Every file under `dir` (recursively) with its bytes, to show nothing was created, moved or
/// changed.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return files };
    for entry in entries {
        let path = entry.expect("a readable folder").path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.display().to_string(), std::fs::read(&path).expect("a readable file"));
        }
    }
    files
}
