//! Classroom sessions in the store. A session is a run of the classroom's own profile (its
//! decisions are what the room played, so `export` and `progress` read it like a solo run), plus
//! who took part and how each voted, saved scene by scene so a crash loses nothing.

use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};

use super::runs::insert_decision;
use super::{Store, StoreError};
use crate::sim::classroom::{OwnScore, Participant, VoteResult};
use crate::sim::session::{Debrief, Step};

/// The profile class sessions are recorded under; it is never offered as a trainee.
pub const CLASS_TRAINEE: &str = "Classroom";

/// Where a class session is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassRecord {
    pub session: i64,
    pub run: i64,
}

/// One participant in one scene they could vote in: the per-participant export.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ClassVoteRow {
    pub session: i64,
    pub room_code: String,
    pub scenario: String,
    pub scenario_version: String,
    pub started: String,
    pub step: i64,
    pub scene: String,
    pub participant: i64,
    pub name: String,
    /// What they voted for; empty when they did not vote in this scene.
    pub vote: String,
    pub vote_points: Option<i64>,
    pub vote_best: Option<bool>,
    /// What the room played.
    pub played: String,
    /// Their score over the whole session had they played their own votes (once it ended).
    pub own_score: Option<i64>,
}

fn save_participants(tx: &Transaction, session: i64, participants: &[Participant]) -> rusqlite::Result<()> {
    for p in participants {
        tx.execute(
            "INSERT INTO class_participants(session_id, participant, name, joined_at_step, removed_at_step)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(session_id, participant) DO UPDATE SET name = excluded.name, removed_at_step = excluded.removed_at_step",
            params![session, p.id, p.name, p.joined_at as i64, p.removed_at.map(|n| n as i64)],
        )?;
    }
    Ok(())
}

impl Store {
    /// Starts saving a class session. Unlike a trainee's run, it does not make the classroom
    /// the profile the game opens on next time.
    pub fn start_class(
        &mut self,
        room_code: &str,
        scenario_id: &str,
        content_hash: &str,
        seed: u64,
    ) -> Result<ClassRecord, StoreError> {
        let (trainee, _) = self.profile(CLASS_TRAINEE)?;
        let path = self.path.clone();
        let sql = |error| StoreError::sql(&path, error);
        let tx = self.conn.transaction().map_err(sql)?;
        tx.execute(
            "INSERT INTO runs(trainee_id, scenario_id, content_hash, seed, scoring_model) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![trainee, scenario_id, content_hash, seed as i64, i64::from(crate::sim::scoring::MODEL_VERSION)],
        )
        .map_err(sql)?;
        let run = tx.last_insert_rowid();
        tx.execute("INSERT INTO class_sessions(run_id, room_code) VALUES (?1, ?2)", params![run, room_code])
            .map_err(sql)?;
        let session = tx.last_insert_rowid();
        tx.commit().map_err(sql)?;
        Ok(ClassRecord { session, run })
    }

    /// Saves a decided scene in one transaction: what the room played, who is in the room, and
    /// every vote.
    pub fn record_class_scene(
        &mut self,
        record: ClassRecord,
        number: usize,
        step: &Step,
        votes: &[VoteResult],
        participants: &[Participant],
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |error| StoreError::sql(&path, error);
        let tx = self.conn.transaction().map_err(sql)?;
        insert_decision(&tx, record.run, number, step).map_err(sql)?;
        save_participants(&tx, record.session, participants).map_err(sql)?;
        for vote in votes {
            tx.execute(
                "INSERT INTO class_votes(session_id, step, participant, choice_index, choice_text, points, best)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    record.session,
                    number as i64,
                    vote.participant,
                    vote.original as i64,
                    vote.say,
                    vote.points,
                    vote.best
                ],
            )
            .map_err(sql)?;
        }
        tx.commit().map_err(sql)
    }

    /// The session ended: the room's result and each participant's own score.
    pub fn finish_class(
        &mut self,
        record: ClassRecord,
        debrief: &Debrief,
        participants: &[Participant],
        scores: &[OwnScore],
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |error| StoreError::sql(&path, error);
        let tx = self.conn.transaction().map_err(sql)?;
        tx.execute(
            "UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), score = ?2, grade = ?3, outcome = ?4 WHERE id = ?1",
            params![record.run, i64::from(debrief.score), debrief.grade.letter(), debrief.outcome.to_string()],
        )
        .map_err(sql)?;
        save_participants(&tx, record.session, participants).map_err(sql)?;
        for score in scores {
            tx.execute(
                "UPDATE class_participants SET own_score = ?3 WHERE session_id = ?1 AND participant = ?2",
                params![record.session, score.id, i64::from(score.score)],
            )
            .map_err(sql)?;
        }
        tx.commit().map_err(sql)
    }

    /// Every participant in every scene from the one they joined at, oldest session first;
    /// optionally from a date (`YYYY-MM-DD`).
    pub fn class_votes(&self, since: Option<&str>) -> Result<Vec<ClassVoteRow>, StoreError> {
        let sql = self.sql();
        let mut query = self
            .conn
            .prepare(
                "SELECT c.id, c.room_code, r.scenario_id, r.content_hash, r.started_at, d.step, d.scene_id,
                        p.participant, p.name, v.choice_text, v.points, v.best, d.choice_text, p.own_score
                 FROM class_sessions c JOIN runs r ON r.id = c.run_id
                 JOIN decisions d ON d.run_id = r.id
                 JOIN class_participants p ON p.session_id = c.id AND d.step >= p.joined_at_step
                      AND (p.removed_at_step IS NULL OR d.step < p.removed_at_step)
                 LEFT JOIN class_votes v ON v.session_id = c.id AND v.step = d.step AND v.participant = p.participant
                 WHERE (?1 IS NULL OR r.started_at >= ?1)
                 ORDER BY c.id, p.participant, d.step",
            )
            .map_err(&sql)?;
        query
            .query_map(params![since], |r| {
                Ok(ClassVoteRow {
                    session: r.get(0)?,
                    room_code: r.get(1)?,
                    scenario: r.get(2)?,
                    scenario_version: r.get(3)?,
                    started: r.get(4)?,
                    step: r.get(5)?,
                    scene: r.get(6)?,
                    participant: r.get(7)?,
                    name: r.get(8)?,
                    vote: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                    vote_points: r.get(10)?,
                    vote_best: r.get(11)?,
                    played: r.get(12)?,
                    own_score: r.get(13)?,
                })
            })
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)
    }
}
