//! Opening a store: the versioned schema and its migrations, moving a corrupt file aside when the
//! game opens it to write, and opening to read only without creating or changing any file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::time::utc_stamp;
use super::{Store, StoreError};

/// The schema this build writes. Each entry of `MIGRATIONS` moves a store up one version.
pub const SCHEMA_VERSION: i64 = 5;

pub(super) const MIGRATIONS: [&str; 5] = [
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
    // 3: which scoring model scored each run (runs before this version were model 1), and each
    // decision's strategy points and penalties apart, since model 2 carries penalties into the run.
    r#"
ALTER TABLE runs ADD COLUMN scoring_model INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decisions ADD COLUMN earned INTEGER;
ALTER TABLE decisions ADD COLUMN penalty INTEGER;
"#,
    // 4: classroom sessions (see CLASS_TABLES).
    CLASS_TABLES,
    // 5: each run's xAPI registration (a random UUID, so statements from two computers never
    // share an id) and the queue of statements waiting for the organisation's LRS.
    concat!(
        "ALTER TABLE runs ADD COLUMN registration TEXT;",
        // A run still open may yet be queued for an LRS: it gets its random registration now.
        // (Finished runs keep exporting with the ids they always had.)
        "UPDATE runs SET registration = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
            || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
            || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE ended_at IS NULL;",
        include_str!("lrs_tables.sql")
    ),
];

/// A classroom session is a run of the "Classroom" profile (its decisions are what the room
/// played) plus who took part and how each voted.
const CLASS_TABLES: &str = r#"
CREATE TABLE class_sessions (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL UNIQUE REFERENCES runs(id),
    room_code TEXT NOT NULL
);
CREATE TABLE class_participants (
    session_id INTEGER NOT NULL REFERENCES class_sessions(id),
    participant INTEGER NOT NULL,
    name TEXT NOT NULL,
    joined_at_step INTEGER NOT NULL,
    -- The scene number on screen when the instructor took them out (NULL: never).
    removed_at_step INTEGER,
    own_score INTEGER,
    PRIMARY KEY (session_id, participant)
);
CREATE TABLE class_votes (
    session_id INTEGER NOT NULL REFERENCES class_sessions(id),
    step INTEGER NOT NULL,
    participant INTEGER NOT NULL,
    choice_index INTEGER NOT NULL,
    choice_text TEXT NOT NULL,
    points INTEGER NOT NULL,
    best INTEGER NOT NULL,
    PRIMARY KEY (session_id, step, participant)
);
"#;

/// Read-only opening cannot migrate an older store, so its missing columns are supplied by
/// temporary views (which shadow the tables for this connection only; the file is untouched):
/// each column with the version that added it and the value older runs have.
fn older_store_views(version: i64) -> String {
    let added = |columns: &[(i64, &str)]| -> String {
        columns.iter().filter(|(since, _)| version < *since).map(|(_, column)| format!(", {column}")).collect()
    };
    let runs = added(&[(3, "1 AS scoring_model"), (5, "NULL AS registration")]);
    let decisions = added(&[(3, "NULL AS earned"), (3, "NULL AS penalty")]);
    let mut views = String::new();
    if !runs.is_empty() {
        views += &format!("CREATE TEMP VIEW runs AS SELECT *{runs} FROM main.runs;");
    }
    if !decisions.is_empty() {
        views += &format!("CREATE TEMP VIEW decisions AS SELECT *{decisions} FROM main.decisions;");
    }
    views
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
    /// Opens (or creates) the store at `path`, migrating it to the current schema. For the game
    /// and `play`, which write: a corrupt file is moved aside and a fresh store started.
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

    /// Opens a store another part of the program created (the LRS sender beside the recorder):
    /// migrated like `open`, but never created and never moved aside.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing { path: path.to_owned() });
        }
        Store::open_checked(path)
    }

    fn open_checked(path: &Path) -> Result<Store, StoreError> {
        let sql = |error| StoreError::sql(path, error);
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

    /// Opens a store only to read it (`progress`, `export`, a class report): no file is created,
    /// moved or changed, and a damaged or missing store is an error saying so. Older schemas are
    /// read as they are, since every read query works on them.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let metadata = std::fs::metadata(path).map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => StoreError::Missing { path: path.to_owned() },
            _ => StoreError::Io { path: path.to_owned(), error },
        })?;
        if metadata.len() == 0 {
            // SQLite would call an empty file an empty store: nothing was ever saved in it.
            return Err(StoreError::Missing { path: path.to_owned() });
        }
        // A read-only SQLite connection to a WAL store creates `-wal` and `-shm` files and leaves
        // them behind. When none exist, no program has the store open, so its main file holds
        // everything and can be read as immutable, creating nothing. When they exist, another
        // program is using the store: read it normally, through the files already there.
        let in_use = ["-wal", "-shm", "-journal"].iter().any(|suffix| sidecar(path, suffix).exists());
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let damaged_or = |error: rusqlite::Error| {
            if is_corrupt(&error) {
                StoreError::Damaged { path: path.to_owned(), error: Some(error) }
            } else {
                StoreError::sql(path, error)
            }
        };
        let conn = Connection::open_with_flags(file_uri(path, !in_use), flags).map_err(damaged_or)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(damaged_or)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(damaged_or)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer { path: path.to_owned(), found: version });
        }
        if version == 0 {
            // SQLite, but not one of ours (ours are version 1 or later from their first write).
            return Err(StoreError::Damaged { path: path.to_owned(), error: None });
        }
        conn.execute_batch(&older_store_views(version)).map_err(damaged_or)?;
        if version < 4 {
            // Empty and temporary: an older store simply has no class sessions.
            conn.execute_batch(&CLASS_TABLES.replace("CREATE TABLE", "CREATE TEMP TABLE")).map_err(damaged_or)?;
        }
        if version < 5 {
            // Likewise no statements queued for an LRS.
            let temporary = include_str!("lrs_tables.sql").replace("CREATE TABLE", "CREATE TEMP TABLE");
            conn.execute_batch(&temporary.replace("CREATE INDEX ", "CREATE INDEX temp.")).map_err(damaged_or)?;
        }
        Ok(Store { conn, path: path.to_owned() })
    }
}

/// `progress.sqlite` + `-wal`: the files SQLite keeps beside a store.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A read-only `file:` URI for `path`, percent-encoding every byte a URI could misread.
fn file_uri(path: &Path, immutable: bool) -> String {
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str(if immutable { "?mode=ro&immutable=1" } else { "?mode=ro" });
    uri
}
