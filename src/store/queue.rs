//! The queue of xAPI statements waiting for the organisation's Learning Record Store: filled in
//! the same transaction as the decision it reports (a crash loses nothing), emptied by the
//! sender, which marks each statement sent or refused (with the LRS's reason), never deletes it.

use rusqlite::{OptionalExtension, params};

use super::export::decision_rows;
use super::runs::insert_decision;
use super::xapi::{Interaction, Target, scene_started, statements_for};
use super::{Store, StoreError};
use crate::sim::session::{Debrief, Step};

/// A statement waiting to be sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    pub key: i64,
    pub statement_id: String,
    pub body: String,
}

/// A statement the LRS refused, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub statement_id: String,
    /// Who did what, read from the statement: "Ana answered https://…/scenes/opening".
    pub what: String,
    pub status: u16,
    pub reason: String,
    pub queued_at: String,
}

/// The last attempt to send, as the sender wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub at: String,
    /// `sent`, `unreachable`, `refused` or `store`: what happened.
    pub outcome: String,
    pub detail: String,
    pub last_sent_at: Option<String>,
}

/// Where the queue stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueSummary {
    pub waiting: usize,
    pub sent: usize,
    pub refused: Vec<Refused>,
    pub last_attempt: Option<Attempt>,
}

/// How a statement left the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentAs {
    Stored,
    /// The LRS already had it: an earlier try reached it but its answer did not reach us.
    AlreadyThere,
}

impl Store {
    /// Saves one decision, and the run's end when it ended, in one transaction; with a `queue`
    /// target, the statements they make are queued for the LRS in the same transaction.
    pub fn record_decision(
        &mut self,
        run: i64,
        number: usize,
        step: &Step,
        ended: Option<&Debrief>,
        queue: Option<(&Target, Interaction)>,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |error| StoreError::sql(&path, error);
        let tx = self.conn.transaction().map_err(sql)?;
        insert_decision(&tx, run, number, step).map_err(sql)?;
        if let Some(debrief) = ended {
            super::runs::finish(&tx, run, debrief).map_err(sql)?;
        }
        if let Some((target, scene)) = queue {
            let rows = decision_rows(&tx, None, None, Some(run)).map_err(sql)?;
            let at = rows.iter().position(|r| r.step == number as i64);
            if let Some(at) = at {
                for statement in statements_for(&rows[at], scene_started(&rows, at), Some(&scene), target) {
                    let id = statement["id"].as_str().unwrap_or_default().to_owned();
                    tx.execute(
                        "INSERT OR IGNORE INTO lrs_queue(statement_id, run_id, body) VALUES (?1, ?2, ?3)",
                        params![id, run, statement.to_string()],
                    )
                    .map_err(sql)?;
                }
            }
        }
        tx.commit().map_err(sql)
    }

    /// The oldest statements waiting, at most `limit`.
    pub fn waiting(&self, limit: usize) -> Result<Vec<Queued>, StoreError> {
        let mut query = self
            .conn
            .prepare(
                "SELECT id, statement_id, body FROM lrs_queue WHERE sent_at IS NULL AND rejected_status IS NULL
                 ORDER BY id LIMIT ?1",
            )
            .map_err(self.sql())?;
        query
            .query_map(params![limit as i64], |r| {
                Ok(Queued { key: r.get(0)?, statement_id: r.get(1)?, body: r.get(2)? })
            })
            .map_err(self.sql())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.sql())
    }

    /// Every queued statement's body by id, for the export to write as queued.
    pub fn queued_bodies(&self) -> Result<std::collections::HashMap<String, String>, StoreError> {
        let mut query = self.conn.prepare("SELECT statement_id, body FROM lrs_queue").map_err(self.sql())?;
        query
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(self.sql())?
            .collect::<Result<_, _>>()
            .map_err(self.sql())
    }

    /// How many statements wait to be sent.
    pub fn waiting_count(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM lrs_queue WHERE sent_at IS NULL AND rejected_status IS NULL", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as usize)
            .map_err(self.sql())
    }

    /// The LRS took these statements.
    pub fn mark_sent(&mut self, keys: &[i64], how: SentAs) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |error| StoreError::sql(&path, error);
        let tx = self.conn.transaction().map_err(sql)?;
        let how = match how {
            SentAs::Stored => "stored",
            SentAs::AlreadyThere => "already there",
        };
        for key in keys {
            tx.execute(
                "UPDATE lrs_queue SET sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sent_as = ?2, tries = tries + 1
                 WHERE id = ?1 AND sent_at IS NULL",
                params![key, how],
            )
            .map_err(sql)?;
        }
        tx.commit().map_err(sql)
    }

    /// The LRS refused this statement for what it is (a 4xx): kept with the reason, not retried.
    pub fn mark_refused(&mut self, key: i64, status: u16, reason: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE lrs_queue SET rejected_status = ?2, rejected_reason = ?3, tries = tries + 1 WHERE id = ?1",
                params![key, status, reason],
            )
            .map_err(self.sql())?;
        Ok(())
    }

    /// Refused statements go back in the queue (after the organisation fixed the cause).
    pub fn retry_refused(&mut self) -> Result<usize, StoreError> {
        self.conn
            .execute(
                "UPDATE lrs_queue SET rejected_status = NULL, rejected_reason = NULL WHERE rejected_status IS NOT NULL",
                [],
            )
            .map_err(self.sql())
    }

    /// Notes how the latest attempt to send went.
    pub fn note_attempt(&mut self, outcome: &str, detail: &str, sent_some: bool) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO lrs_attempts(id, at, outcome, detail, last_sent_at)
                 VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?1, ?2,
                         CASE WHEN ?3 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END)
                 ON CONFLICT(id) DO UPDATE SET at = excluded.at, outcome = excluded.outcome, detail = excluded.detail,
                     last_sent_at = COALESCE(excluded.last_sent_at, last_sent_at)",
                params![outcome, detail, sent_some],
            )
            .map_err(self.sql())?;
        Ok(())
    }

    /// Waiting, sent and refused statements, and the last attempt.
    pub fn queue_summary(&self) -> Result<QueueSummary, StoreError> {
        let sql = self.sql();
        let (waiting, sent) = self
            .conn
            .query_row(
                "SELECT COALESCE(SUM(sent_at IS NULL AND rejected_status IS NULL), 0), COALESCE(SUM(sent_at IS NOT NULL), 0)
                 FROM lrs_queue",
                [],
                |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize)),
            )
            .map_err(&sql)?;
        let mut query = self
            .conn
            .prepare(
                "SELECT statement_id, rejected_status, rejected_reason, queued_at,
                        concat_ws(' ', json_extract(body, '$.actor.name'), json_extract(body, '$.verb.display.en-US'),
                                  json_extract(body, '$.object.id'))
                 FROM lrs_queue
                 WHERE rejected_status IS NOT NULL ORDER BY id",
            )
            .map_err(&sql)?;
        let refused = query
            .query_map([], |r| {
                Ok(Refused {
                    statement_id: r.get(0)?,
                    what: r.get(4)?,
                    status: r.get::<_, i64>(1)? as u16,
                    reason: r.get(2)?,
                    queued_at: r.get(3)?,
                })
            })
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)?;
        let last_attempt = self
            .conn
            .query_row("SELECT at, outcome, detail, last_sent_at FROM lrs_attempts WHERE id = 1", [], |r| {
                Ok(Attempt { at: r.get(0)?, outcome: r.get(1)?, detail: r.get(2)?, last_sent_at: r.get(3)? })
            })
            .optional()
            .map_err(&sql)?;
        Ok(QueueSummary { waiting, sent, refused, last_attempt })
    }
}
