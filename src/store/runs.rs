//! Runs and their decisions: started, saved scene by scene so a crash loses nothing, finished or
//! abandoned, and the unfinished one read back to resume.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, StoreError};
use crate::sim::session::{Debrief, Step};

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

impl Store {
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
        let sql = |error| StoreError::sql(&path, error);
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
            "INSERT INTO runs(trainee_id, scenario_id, content_hash, seed, scoring_model, registration)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                trainee,
                scenario_id,
                content_hash,
                seed as i64,
                i64::from(crate::sim::scoring::MODEL_VERSION),
                uuid::Uuid::new_v4().to_string()
            ],
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

    /// Saves one decision alone (the tests' shortcut; the recorder saves through
    /// `record_decision`, which also queues for the LRS).
    #[cfg(test)]
    pub fn record_step(&mut self, run: i64, number: usize, step: &Step) -> Result<(), StoreError> {
        insert_decision(&self.conn, run, number, step).map_err(self.sql())
    }

    #[cfg(test)]
    pub fn finish_run(&mut self, run: i64, debrief: &Debrief) -> Result<(), StoreError> {
        finish(&self.conn, run, debrief).map_err(self.sql())
    }

    /// The trainee's latest run with at least one scene answered but not finished, if any.
    pub fn unfinished_run(&self, trainee: i64) -> Result<Option<UnfinishedRun>, StoreError> {
        let run = self
            .conn
            .query_row(
                "SELECT id, scenario_id, content_hash, seed FROM runs WHERE trainee_id = ?1 AND ended_at IS NULL
                 AND EXISTS (SELECT 1 FROM decisions WHERE run_id = runs.id)
                 AND NOT EXISTS (SELECT 1 FROM class_sessions WHERE run_id = runs.id) ORDER BY id DESC LIMIT 1",
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

/// A run's end: its score, grade and outcome (also written inside a decision's transaction).
pub(super) fn finish(conn: &Connection, run: i64, debrief: &Debrief) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), score = ?2, grade = ?3, outcome = ?4 WHERE id = ?1",
        params![run, i64::from(debrief.score), debrief.grade.letter(), debrief.outcome.to_string()],
    )?;
    Ok(())
}

/// One decision's row (also written inside a class scene's transaction).
pub(super) fn insert_decision(conn: &Connection, run: i64, number: usize, step: &Step) -> rusqlite::Result<()> {
    let f = &step.feedback;
    let ids = |notes: Vec<&str>| notes.join(",");
    conn.execute(
        "INSERT INTO decisions(run_id, step, scene_id, variant, choice_index, choice_text, score, applied, missed, mistakes, mood_after, earned, penalty)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            run,
            number as i64,
            step.scene_id,
            step.variant as i64,
            step.choice as i64,
            step.said_as_written,
            i64::from(f.score),
            ids(f.applied.iter().map(|s| s.id.as_str()).collect()),
            ids(f.missed.iter().map(|s| s.id.as_str()).collect()),
            ids(f.mistakes.iter().map(|m| m.id.as_str()).collect()),
            i64::from(f.mood_after),
            i64::from(f.points.earned),
            i64::from(f.points.penalty),
        ],
    )?;
    Ok(())
}
