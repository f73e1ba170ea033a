//! A classroom room: one shared run that the room votes on. Who joined, each scene's votes, when
//! voting is open, whether counts may be shown, which choice is played, and the class debrief.
//! No network and no clock here: the server checks requests against these rules, and tokens and
//! room codes come from the caller, so every rule is testable on its own.

mod debrief;
mod error;
mod phone;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Serialize;

use super::session::{Feedback, Session};

pub use debrief::{ClassDebrief, OwnScore, SceneResult, VoteResult};
pub use error::RoomError;
pub use phone::{PathStep, PhoneDebrief, PhoneFeedback, PhoneScene, PhoneView};

/// Consonants only, so a room code never spells a word or looks like a digit.
pub const CODE_LETTERS: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
pub const CODE_LENGTH: usize = 4;
pub const MAX_NAME_CHARS: usize = 24;
pub const MAX_PARTICIPANTS: usize = 200;

/// Characters that draw nothing or turn the text around (zero-width spaces and joiners,
/// direction overrides, the byte-order mark, soft hyphens): a name made of them is invisible or
/// could pass for someone else's on the instructor's list.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

/// A room code from any number (the caller's randomness): 4 consonants.
pub fn room_code(mut n: u64) -> String {
    let base = CODE_LETTERS.len() as u64;
    (0..CODE_LENGTH)
        .map(|_| {
            let c = CODE_LETTERS[(n % base) as usize] as char;
            n /= base;
            c
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Phase {
    /// The scene is on the projector; votes are not taken yet.
    Waiting,
    Voting,
    /// Voting closed; the instructor picks what to play.
    Closed,
    /// The played choice's feedback is on screen.
    Feedback,
    /// The run has ended: the class debrief.
    Over,
}

#[derive(Clone, Debug)]
pub struct Participant {
    pub id: u32,
    pub token: String,
    pub name: String,
    /// The scene number on screen when they joined: they vote from there on.
    pub joined_at: usize,
    /// The scene number on screen when the instructor took them out; they take part in the
    /// scenes before it.
    pub removed_at: Option<usize>,
}

/// One decided scene: who voted for what (shown positions), and what the room played.
#[derive(Clone, Debug)]
pub struct SceneVotes {
    pub number: usize,
    pub scene_id: String,
    /// Shown position to the choice's index in the file, for this scene.
    pub originals: Vec<usize>,
    pub votes: BTreeMap<u32, usize>,
    pub played: usize,
    /// Whether the instructor overrode the room's majority.
    pub overridden: bool,
}

impl SceneVotes {
    /// Votes per shown choice.
    pub fn counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.originals.len()];
        for shown in self.votes.values() {
            if let Some(count) = counts.get_mut(*shown) {
                *count += 1;
            }
        }
        counts
    }
}

pub struct Room {
    code: String,
    session: Session,
    participants: Vec<Participant>,
    phase: Phase,
    votes: BTreeMap<u32, usize>,
    history: Vec<SceneVotes>,
    tally_visible: bool,
    locked: bool,
    last_feedback: Option<Feedback>,
}

impl Room {
    pub fn new(session: Session, code: String) -> Room {
        let phase = if session.is_over() { Phase::Over } else { Phase::Waiting };
        Room {
            code,
            session,
            participants: Vec::new(),
            phase,
            votes: BTreeMap::new(),
            history: Vec::new(),
            tally_visible: false,
            locked: false,
            last_feedback: None,
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }
    pub fn session(&self) -> &Session {
        &self.session
    }
    pub fn phase(&self) -> Phase {
        self.phase
    }
    pub fn history(&self) -> &[SceneVotes] {
        &self.history
    }
    pub fn tally_visible(&self) -> bool {
        self.tally_visible
    }
    pub fn last_feedback(&self) -> Option<&Feedback> {
        self.last_feedback.as_ref()
    }

    /// Participants still in the room.
    pub fn present(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.removed_at.is_none())
    }

    fn scene_number(&self) -> usize {
        self.session.current().map_or(self.history.len() + 1, |p| p.number)
    }

    /// Joins with the code shown on the projector; `token` is the caller's unguessable secret.
    /// The same token again is the same participant (a reload), renamed if the name changed.
    pub fn join(&mut self, code: &str, name: &str, token: &str) -> Result<u32, RoomError> {
        if !code.trim().eq_ignore_ascii_case(&self.code) {
            return Err(RoomError::WrongCode);
        }
        let name = name.trim();
        if name.chars().count() > MAX_NAME_CHARS || name.chars().any(|c| c.is_control() || is_invisible(c)) {
            return Err(RoomError::BadName);
        }
        if !name.chars().any(|c| !c.is_whitespace()) {
            return Err(RoomError::BadName);
        }
        if let Some(p) = self.participants.iter_mut().find(|p| p.token == token && p.removed_at.is_none()) {
            p.name = name.to_owned();
            return Ok(p.id);
        }
        if self.locked {
            return Err(RoomError::Locked);
        }
        if self.present().count() >= MAX_PARTICIPANTS {
            return Err(RoomError::Full);
        }
        let id = self.participants.len() as u32 + 1;
        let joined_at = self.scene_number();
        self.participants.push(Participant {
            id,
            token: token.to_owned(),
            name: name.to_owned(),
            joined_at,
            removed_at: None,
        });
        Ok(id)
    }

    /// Whether `token` belongs to someone still in the room.
    pub fn is_present(&self, token: &str) -> bool {
        self.participant(token).is_ok()
    }

    fn participant(&self, token: &str) -> Result<&Participant, RoomError> {
        self.participants.iter().find(|p| p.token == token && p.removed_at.is_none()).ok_or(RoomError::UnknownToken)
    }

    /// A vote (or a changed vote) for the choice shown at `choice` (0-based) in scene `number`.
    pub fn vote(&mut self, token: &str, number: usize, choice: usize) -> Result<(), RoomError> {
        let id = self.participant(token)?.id;
        if self.phase != Phase::Voting {
            return Err(RoomError::VotingClosed);
        }
        let current = self.session.current().ok_or(RoomError::VotingClosed)?;
        if number != current.number {
            return Err(RoomError::WrongScene);
        }
        if choice >= current.choices.len() {
            return Err(RoomError::UnknownChoice);
        }
        self.votes.insert(id, choice);
        Ok(())
    }

    /// The participant's vote in the scene on screen, if any.
    pub fn vote_of(&self, token: &str) -> Option<usize> {
        self.participant(token).ok().and_then(|p| self.votes.get(&p.id).copied())
    }

    /// How many present participants have voted, of how many.
    pub fn voted(&self) -> (usize, usize) {
        let present: Vec<u32> = self.present().map(|p| p.id).collect();
        (self.votes.keys().filter(|id| present.contains(id)).count(), present.len())
    }

    /// Votes per shown choice, counting only participants still in the room.
    pub fn tally(&self) -> Vec<usize> {
        let n = self.session.current().map_or(0, |p| p.choices.len());
        let mut counts = vec![0; n];
        let present: Vec<u32> = self.present().map(|p| p.id).collect();
        for (id, choice) in &self.votes {
            if present.contains(id) && *choice < n {
                counts[*choice] += 1;
            }
        }
        counts
    }

    /// The most voted choice, or `None` when nobody voted or the top is a tie (the instructor
    /// decides then).
    pub fn majority(&self) -> Option<usize> {
        let tally = self.tally();
        let top = *tally.iter().max()?;
        let mut leaders = tally.iter().enumerate().filter(|(_, c)| **c == top && top > 0);
        let (first, _) = leaders.next()?;
        leaders.next().is_none().then_some(first)
    }

    pub fn open_voting(&mut self) -> Result<(), RoomError> {
        match self.phase {
            Phase::Waiting | Phase::Closed => {
                self.phase = Phase::Voting;
                Ok(())
            }
            other => Err(RoomError::NotNow(other)),
        }
    }

    pub fn close_voting(&mut self) -> Result<(), RoomError> {
        match self.phase {
            Phase::Voting => {
                self.phase = Phase::Closed;
                Ok(())
            }
            other => Err(RoomError::NotNow(other)),
        }
    }

    pub fn show_tally(&mut self, visible: bool) {
        self.tally_visible = visible;
    }

    pub fn lock(&mut self, locked: bool) {
        self.locked = locked;
    }

    pub fn is_locked(&self) -> bool {
        self.locked
    }

    /// Takes a participant out: their votes stop counting, their token stops working.
    pub fn remove(&mut self, id: u32) -> bool {
        let now = self.scene_number();
        match self.participants.iter_mut().find(|p| p.id == id && p.removed_at.is_none()) {
            Some(p) => {
                p.removed_at = Some(now);
                self.votes.remove(&id);
                true
            }
            None => false,
        }
    }

    /// Plays the room's majority, or `choice` when the instructor overrides (or breaks a tie).
    /// Voting must be closed first.
    pub fn play(&mut self, choice: Option<usize>) -> Result<&Feedback, RoomError> {
        if self.phase != Phase::Closed {
            return Err(RoomError::NotNow(self.phase));
        }
        let majority = self.majority();
        let played = choice.or(majority).ok_or(RoomError::NoMajority)?;
        let current = self.session.current().cloned().ok_or(RoomError::NotNow(Phase::Over))?;
        if played >= current.choices.len() {
            return Err(RoomError::UnknownChoice);
        }
        let feedback = self.session.choose(played).map_err(RoomError::Session)?.clone();
        let present: Vec<u32> = self.present().map(|p| p.id).collect();
        let votes = std::mem::take(&mut self.votes).into_iter().filter(|(id, _)| present.contains(id)).collect();
        self.history.push(SceneVotes {
            number: current.number,
            scene_id: current.scene_id.clone(),
            originals: current.choices.iter().map(|c| c.original).collect(),
            votes,
            played,
            overridden: choice.is_some() && choice != majority,
        });
        self.phase = Phase::Feedback;
        Ok(self.last_feedback.insert(feedback))
    }

    /// From the feedback to the next scene (voting not yet open), or to the debrief.
    pub fn next_scene(&mut self) -> Result<(), RoomError> {
        if self.phase != Phase::Feedback {
            return Err(RoomError::NotNow(self.phase));
        }
        self.phase = if self.session.is_over() { Phase::Over } else { Phase::Waiting };
        Ok(())
    }

    /// The class debrief: available once the run is over.
    pub fn debrief(&self) -> Option<ClassDebrief> {
        (self.phase == Phase::Over).then(|| debrief::build(self))
    }

    /// Everyone who joined, removed participants included (their earlier votes still count).
    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }
}
