//! The trainee progress store: one SQLite file with a versioned schema, used by the CLI and the
//! game alike. Every write is one transaction; a corrupt file is moved aside, never deleted, and a
//! file from a newer version is refused without being touched.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};

use crate::sim::session::{Debrief, Step};

pub mod export;
pub mod progress;
pub mod recorder;
pub mod report;
#[cfg(test)]
mod tests;

/// The profile used when no trainee is named and the store has none yet.
pub const DEFAULT_TRAINEE: &str = "Trainee";

/// The schema this build writes. Each entry of `MIGRATIONS` moves a store up one version.
pub const SCHEMA_VERSION: i64 = 2;

const MIGRATIONS: [&str; 2] = [
    // 1: trainees, runs, one row per decision.
    r#"
CREATE TABLE trainees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES trainees(id),
    scenario_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ended_at TEXT,
    score INTEGER,
    grade TEXT,
    outcome TEXT
);
CREATE INDEX runs_by_trainee ON runs(trainee_id, started_at);
CREATE TABLE decisions (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    step INTEGER NOT NULL,
    scene_id TEXT NOT NULL,
    variant INTEGER NOT NULL,
    choice_index INTEGER NOT NULL,
    choice_text TEXT NOT NULL,
    score INTEGER NOT NULL,
    applied TEXT NOT NULL,
    missed TEXT NOT NULL,
    mistakes TEXT NOT NULL,
    mood_after INTEGER NOT NULL,
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (run_id, step)
);
"#,
    // 2: when each profile was last used, so a shared PC's picker lists the latest first and
    // the game opens on the person who practiced last.
    r#"
ALTER TABLE trainees ADD COLUMN last_active_at TEXT;
UPDATE trainees SET last_active_at =
    COALESCE((SELECT MAX(started_at) FROM runs WHERE runs.trainee_id = trainees.id), created_at);
"#,
];

/// Why a store could not be used, naming the file and what to do.
#[derive(Debug)]
pub enum StoreError {
    /// Written by a newer Hold the Line; left exactly as it was.
    Newer {
        path: PathBuf,
        found: i64,
    },
    /// Another program holds the file longer than the busy timeout.
    Locked {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Sqlite {
        path: PathBuf,
        error: rusqlite::Error,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Newer { path, found } => write!(
                f,
                "{}: this progress store was written by a newer Hold the Line (schema {found}, this build reads up to {SCHEMA_VERSION}); update the game, or pass --data-dir to use another folder. The file was not changed.",
                path.display()
            ),
            StoreError::Locked { path } => write!(
                f,
                "{}: the progress store is busy in another program; close other Hold the Line windows and try again.",
                path.display()
            ),
            StoreError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            StoreError::Sqlite { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for StoreError {}

/// A run that was saved scene by scene but never finished: enough to rebuild it exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnfinishedRun {
    pub run_id: i64,
    pub scenario_id: String,
    pub content_hash: String,
    pub seed: u64,
    /// The choices made, by their index in the scenario file, in order.
    pub choices: Vec<usize>,
}

/// A profile as the trainee picker lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraineeSummary {
    pub name: String,
    pub last_active: Option<String>,
    pub finished_runs: usize,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// What opening found: a usable store, and the place a corrupt file was moved to, if any.
pub struct Opened {
    pub store: Store,
    pub moved_aside: Option<PathBuf>,
}

fn is_corrupt(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

impl Store {
    /// Opens (or creates) the store at `path`, migrating it to the current schema.
    pub fn open(path: &Path) -> Result<Opened, StoreError> {
        match Store::open_checked(path) {
            Err(StoreError::Sqlite { error, .. }) if is_corrupt(&error) => {
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
                let aside = path.with_extension(format!("corrupt-{}.sqlite", utc_stamp(now)));
                std::fs::rename(path, &aside).map_err(|error| StoreError::Io { path: path.to_owned(), error })?;
                let store = Store::open_checked(path)?;
                Ok(Opened { store, moved_aside: Some(aside) })
            }
            other => other.map(|store| Opened { store, moved_aside: None }),
        }
    }

    fn open_checked(path: &Path) -> Result<Store, StoreError> {
        let sql = |error: rusqlite::Error| match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path: path.to_owned() },
            _ => StoreError::Sqlite { path: path.to_owned(), error },
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|error| StoreError::Io { path: parent.to_owned(), error })?;
        }
        let mut conn = Connection::open(path).map_err(sql)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(sql)?;
        // Reading the version is the first real read: it fails here on a file that is not SQLite.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer { path: path.to_owned(), found: version });
        }
        conn.pragma_update(None, "journal_mode", "WAL").map_err(sql)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(sql)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(sql)?;
        let tx = conn.transaction().map_err(sql)?;
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(migration).map_err(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1).map_err(sql)?;
        }
        tx.commit().map_err(sql)?;
        Ok(Store { conn, path: path.to_owned() })
    }

    /// Opens someone else's store to read it (a class report), changing nothing in it.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let sql = |error| StoreError::Sqlite { path: path.to_owned(), error };
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(sql)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sql)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer { path: path.to_owned(), found: version });
        }
        Ok(Store { conn, path: path.to_owned() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |error| match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path: self.path.clone() },
            _ => StoreError::Sqlite { path: self.path.clone(), error },
        }
    }

    /// The trainee's id, creating the profile on first use.
    pub fn trainee(&mut self, name: &str) -> Result<i64, StoreError> {
        self.profile(name).map(|(id, _)| id)
    }

    /// The profile for a name as typed: an existing one matches whatever the case and spacing
    /// ("ana  souza" is Ana Souza), so one person never ends up with two records. Returns its id
    /// and its name as first written.
    pub fn profile(&mut self, name: &str) -> Result<(i64, String), StoreError> {
        let name = tidy_name(name);
        let path = self.path.clone();
        let sql = |error| StoreError::Sqlite { path: path.clone(), error };
        let tx = self.conn.transaction().map_err(sql)?;
        let found = tx
            .query_row(
                "SELECT id, name FROM trainees WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1",
                params![name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql)?;
        let profile = match found {
            Some(profile) => profile,
            None => {
                tx.execute("INSERT INTO trainees(name) VALUES (?1)", params![name]).map_err(sql)?;
                (tx.last_insert_rowid(), name)
            }
        };
        tx.commit().map_err(sql)?;
        Ok(profile)
    }

    /// Profiles that have played on this store, the most recently used first. A profile opened
    /// but never played (the default one on a fresh store, a mistyped name) is left out.
    pub fn trainees(&self) -> Result<Vec<TraineeSummary>, StoreError> {
        let sql = self.sql();
        let mut query = self
            .conn
            .prepare(
                "SELECT name, last_active_at, (SELECT COUNT(score) FROM runs WHERE runs.trainee_id = trainees.id)
                 FROM trainees WHERE EXISTS (SELECT 1 FROM runs WHERE runs.trainee_id = trainees.id)
                 ORDER BY last_active_at DESC, name",
            )
            .map_err(&sql)?;
        query
            .query_map([], |r| {
                Ok(TraineeSummary {
                    name: r.get(0)?,
                    last_active: r.get(1)?,
                    finished_runs: r.get::<_, i64>(2)? as usize,
                })
            })
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)
    }

    /// The name given, else the profile used most recently, else `DEFAULT_TRAINEE`.
    pub fn resolve_trainee(&self, given: Option<&str>) -> String {
        given.map(str::to_owned).unwrap_or_else(|| {
            self.trainees()
                .ok()
                .and_then(|t| t.into_iter().next())
                .map_or_else(|| DEFAULT_TRAINEE.to_owned(), |t| t.name)
        })
    }

    /// Starts a run. An unfinished run of the same scenario by the same trainee is marked
    /// abandoned (its decisions stay), since starting again means it will not be resumed.
    pub fn start_run(
        &mut self,
        trainee: i64,
        scenario_id: &str,
        content_hash: &str,
        seed: u64,
    ) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let sql = |error| StoreError::Sqlite { path: path.clone(), error };
        let tx = self.conn.transaction().map_err(sql)?;
        tx.execute(
            "UPDATE trainees SET last_active_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1",
            params![trainee],
        )
        .map_err(sql)?;
        tx.execute(
            "UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), outcome = 'abandoned'
             WHERE trainee_id = ?1 AND scenario_id = ?2 AND ended_at IS NULL",
            params![trainee, scenario_id],
        )
        .map_err(sql)?;
        tx.execute(
            "INSERT INTO runs(trainee_id, scenario_id, content_hash, seed) VALUES (?1, ?2, ?3, ?4)",
            params![trainee, scenario_id, content_hash, seed as i64],
        )
        .map_err(sql)?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Records that an unfinished run continues on an edited version of its scenario.
    pub fn set_run_version(&mut self, run: i64, content_hash: &str) -> Result<(), StoreError> {
        self.conn
            .execute("UPDATE runs SET content_hash = ?2 WHERE id = ?1 AND ended_at IS NULL", params![run, content_hash])
            .map_err(self.sql())?;
        Ok(())
    }

    /// The trainee declined to resume this run: it is no longer offered.
    pub fn abandon_run(&mut self, run: i64) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), outcome = 'abandoned'
                 WHERE id = ?1 AND ended_at IS NULL",
                params![run],
            )
            .map_err(self.sql())?;
        Ok(())
    }

    /// Saves one decision; called after every scene so a crash loses nothing.
    pub fn record_step(&mut self, run: i64, number: usize, step: &Step) -> Result<(), StoreError> {
        let f = &step.feedback;
        let ids = |notes: Vec<&str>| notes.join(",");
        self.conn
            .execute(
                "INSERT INTO decisions(run_id, step, scene_id, variant, choice_index, choice_text, score, applied, missed, mistakes, mood_after)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    run,
                    number as i64,
                    step.scene_id,
                    step.variant as i64,
                    step.choice as i64,
                    f.said,
                    i64::from(f.score),
                    ids(f.applied.iter().map(|s| s.id.as_str()).collect()),
                    ids(f.missed.iter().map(|s| s.id.as_str()).collect()),
                    ids(f.mistakes.iter().map(|m| m.id.as_str()).collect()),
                    i64::from(f.mood_after),
                ],
            )
            .map_err(self.sql())?;
        Ok(())
    }

    pub fn finish_run(&mut self, run: i64, debrief: &Debrief) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), score = ?2, grade = ?3, outcome = ?4 WHERE id = ?1",
                params![run, i64::from(debrief.score), debrief.grade.letter(), debrief.outcome.to_string()],
            )
            .map_err(self.sql())?;
        Ok(())
    }

    /// The trainee's latest run with at least one scene answered but not finished, if any.
    pub fn unfinished_run(&self, trainee: i64) -> Result<Option<UnfinishedRun>, StoreError> {
        let run = self
            .conn
            .query_row(
                "SELECT id, scenario_id, content_hash, seed FROM runs WHERE trainee_id = ?1 AND ended_at IS NULL
                 AND EXISTS (SELECT 1 FROM decisions WHERE run_id = runs.id) ORDER BY id DESC LIMIT 1",
                params![trainee],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?)),
            )
            .optional()
            .map_err(self.sql())?;
        let Some((run_id, scenario_id, content_hash, seed)) = run else { return Ok(None) };
        let mut query = self
            .conn
            .prepare("SELECT choice_index FROM decisions WHERE run_id = ?1 ORDER BY step")
            .map_err(self.sql())?;
        let choices = query
            .query_map(params![run_id], |r| r.get::<_, i64>(0).map(|c| c as usize))
            .map_err(self.sql())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.sql())?;
        Ok(Some(UnfinishedRun { run_id, scenario_id, content_hash, seed: seed as u64, choices }))
    }
}

/// Seconds since 1970 as `YYYYMMDD-HHMMSS` (UTC), for file names people can read and sort.
fn utc_stamp(secs: u64) -> String {
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}{month:02}{day:02}-{:02}{:02}{:02}", rest / 3600, rest / 60 % 60, rest % 60)
}

/// A name as a trainee would mean it: no leading, trailing or doubled spaces.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
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
/// reformatting or comments in the files do not count as a change.
pub fn version_of(scenario: &crate::sim::Scenario, catalog: &crate::sim::Catalog) -> String {
    content_hash(&ron::to_string(scenario).unwrap_or_default(), &ron::to_string(catalog).unwrap_or_default())
}
