//! Why a store could not be used: each error names the file and what to do, and hands the
//! underlying SQLite or file-system error on through `source()`.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use super::SCHEMA_VERSION;
use crate::tr;

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
    /// Opened to read only, and the file is not a store (or is damaged): left as it was.
    Damaged {
        path: PathBuf,
        error: Option<rusqlite::Error>,
    },
    /// Opened to read only, and there is no store there yet; nothing was created.
    Missing {
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

impl StoreError {
    /// The error for a failed SQLite call on `path`: busy and locked files are one case, so every
    /// call tells the trainee the same thing when another window holds the store.
    pub fn sql(path: &Path, error: rusqlite::Error) -> StoreError {
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path: path.to_owned() },
            _ => StoreError::Sqlite { path: path.to_owned(), error },
        }
    }

    /// The error and every cause under it on one line, for a person to read.
    pub fn explain(&self) -> String {
        explain(self)
    }

    /// What to do about it, when that is not already in the message.
    pub fn help(&self) -> Option<String> {
        match self {
            StoreError::Damaged { .. } => Some(tr!("store-damaged-help")),
            _ => None,
        }
    }
}

/// An error and its `source()` chain joined with ": ", the way `anyhow` prints `{:#}`. A cause
/// that only repeats the one before it (SQLite's "Error code 26: file is not a database" under
/// rusqlite's "file is not a database") is left out.
pub fn explain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut last = text.clone();
    let mut cause = error.source();
    while let Some(next) = cause {
        let said = next.to_string();
        if !said.ends_with(&last) && !last.ends_with(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
        last = said;
        cause = next.source();
    }
    text
}

impl fmt::Display for StoreError {
    // The underlying error is not repeated here: it is the `source()`, and `explain` or
    // anyhow's `{:#}` add it once. The words are in the language in use (what `explain` says is
    // this text and its causes); the path comes first, as it is.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, said) = match self {
            StoreError::Newer { path, found } => {
                let said = tr!("store-newer", found = found.to_string(), supported = SCHEMA_VERSION.to_string());
                (path, said)
            }
            StoreError::Locked { path } => (path, tr!("store-locked")),
            StoreError::Damaged { path, .. } => (path, tr!("store-damaged")),
            StoreError::Missing { path } => (path, tr!("store-missing")),
            StoreError::Io { path, .. } => (path, tr!("store-io")),
            StoreError::Sqlite { path, .. } => (path, tr!("store-sqlite")),
        };
        write!(f, "{}: {said}", path.display())
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { error, .. } => Some(error),
            StoreError::Sqlite { error, .. } => Some(error),
            StoreError::Damaged { error, .. } => error.as_ref().map(|e| e as &(dyn std::error::Error + 'static)),
            StoreError::Newer { .. } | StoreError::Locked { .. } | StoreError::Missing { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error;

    use super::*;

    #[test]
    fn the_cause_is_the_source_and_is_said_once() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied");
        let err = StoreError::Io { path: "/data/progress.sqlite".into(), error: io };
        assert_eq!(err.source().map(ToString::to_string).as_deref(), Some("permission denied"));
        assert_eq!(err.explain(), "/data/progress.sqlite: the file system refused: permission denied");
        assert!(StoreError::Missing { path: "p".into() }.source().is_none());
        let notadb = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB), None);
        let damaged = StoreError::Damaged { path: "p.sqlite".into(), error: Some(notadb) };
        assert_eq!(damaged.explain().matches("file is not a database").count(), 1, "{}", damaged.explain());
    }

    #[test]
    fn busy_and_locked_read_the_same() {
        for code in [rusqlite::ffi::SQLITE_BUSY, rusqlite::ffi::SQLITE_LOCKED] {
            let error = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
            let err = StoreError::sql(Path::new("p.sqlite"), error);
            assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
            assert!(err.to_string().contains("busy in another program"));
        }
        let other = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
        assert!(matches!(StoreError::sql(Path::new("p"), other), StoreError::Sqlite { .. }));
    }
}
