//! The trainee progress store: one SQLite file with a versioned schema, used by the CLI and the
//! game alike. Every write is one transaction; a corrupt file is moved aside (never deleted) when
//! the game opens it to write, reported untouched when a command opens it to read, and a file
//! from a newer version is refused without being touched.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub mod class;
#[cfg(test)]
mod class_tests;
pub mod csv_cells;
pub mod error;
pub mod export;
pub mod progress;
pub mod queue;
#[cfg(test)]
mod read_only_tests;
pub mod recorder;
pub mod report;
pub mod resume;
pub mod runs;
pub mod schema;
pub mod settings;
#[cfg(test)]
mod tests;
pub mod time;
pub mod trainees;
pub mod xapi;

pub use error::StoreError;
pub use runs::UnfinishedRun;
pub use schema::{Opened, SCHEMA_VERSION};
pub use trainees::{TraineeSummary, tidy_name};

/// The profile used when no trainee is named and the store has none yet.
pub const DEFAULT_TRAINEE: &str = "Trainee";

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |error| StoreError::sql(&self.path, error)
    }
}

/// A stable fingerprint of the scenario and catalog as played (FNV-1a, 64 bit), so results stay
/// readable after a trainer edits the files.
pub fn content_hash(scenario_text: &str, catalog_text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in scenario_text.bytes().chain([0u8]).chain(catalog_text.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The store's file: `--data-dir`, else `HOLD_THE_LINE_DATA`, else the platform data folder
/// (on Linux `~/.local/share/hold-the-line/`).
pub fn store_path(data_dir: Option<&Path>) -> Option<PathBuf> {
    let dir = match data_dir {
        Some(dir) => dir.to_owned(),
        None => match std::env::var_os("HOLD_THE_LINE_DATA") {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "hold-the-line")?.data_dir().to_owned(),
        },
    };
    Some(dir.join("progress.sqlite"))
}

/// The version of a scenario and catalog as played: a hash of their parsed content, so
/// reformatting or comments in the files do not count as a change. A translated copy has the
/// version of the scenario it was translated from: the language is how it is shown, not what.
pub fn version_of(scenario: &crate::sim::Scenario, catalog: &crate::sim::Catalog) -> String {
    let scenario = scenario.translated_from.as_deref().unwrap_or(scenario);
    let catalog = catalog.translated_from.as_deref().unwrap_or(catalog);
    content_hash(&ron::to_string(scenario).unwrap_or_default(), &ron::to_string(catalog).unwrap_or_default())
}
