//! Trainee profiles: one per person whatever the case and spacing of the name, listed with the
//! person who practiced last first.

use rusqlite::{OptionalExtension, params};

use super::{DEFAULT_TRAINEE, Store, StoreError};

/// A profile as the trainee picker lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraineeSummary {
    pub name: String,
    /// When their latest run started.
    pub last_active: Option<String>,
    pub finished_runs: usize,
}

/// A name as a trainee would mean it: no leading, trailing or doubled spaces.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
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
        let sql = |error| StoreError::sql(&path, error);
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

    /// Profiles that have played on this store, the one who started a run last first. A profile
    /// opened but never played (the default one on a fresh store, a mistyped name) is left out,
    /// and so is the classroom's (nobody practices as the room).
    pub fn trainees(&self) -> Result<Vec<TraineeSummary>, StoreError> {
        let sql = self.sql();
        // Run ids grow with every run started, so the latest run's id orders profiles exactly,
        // even when two runs start within the clock's resolution; it also reads older schemas.
        let mut query = self
            .conn
            .prepare(
                "SELECT name, (SELECT MAX(started_at) FROM runs WHERE runs.trainee_id = trainees.id),
                        (SELECT COUNT(score) FROM runs WHERE runs.trainee_id = trainees.id)
                 FROM trainees WHERE EXISTS (SELECT 1 FROM runs WHERE runs.trainee_id = trainees.id)
                 AND NOT EXISTS (SELECT 1 FROM class_sessions c JOIN runs r ON r.id = c.run_id WHERE r.trainee_id = trainees.id)
                 ORDER BY (SELECT MAX(id) FROM runs WHERE runs.trainee_id = trainees.id) DESC, name",
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
    pub fn resolve_trainee(&self, given: Option<&str>) -> Result<String, StoreError> {
        if let Some(name) = given {
            return Ok(name.to_owned());
        }
        Ok(self.trainees()?.into_iter().next().map_or_else(|| DEFAULT_TRAINEE.to_owned(), |t| t.name))
    }
}
