//! Why the room refused a request, with the sentence the person who made it should read.

use super::{MAX_NAME_CHARS, MAX_PARTICIPANTS, Phase};
use crate::phrase;
use crate::sim::diagnostic::Phrase;
use crate::sim::session::SessionError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoomError {
    WrongCode,
    Locked,
    Full,
    /// A name that is empty after trimming, or longer than `MAX_NAME_CHARS`.
    BadName,
    UnknownToken,
    /// The vote names a scene other than the one on screen (a stale page).
    WrongScene,
    UnknownChoice,
    VotingClosed,
    /// Nobody voted, or the top answers tie: the instructor chooses what to play.
    NoMajority,
    /// The instructor acted out of turn (e.g. play before voting closed).
    NotNow(Phase),
    Session(SessionError),
}

impl RoomError {
    /// A stable kebab-case name for the error, for the phone page and the tests.
    pub fn id(&self) -> &'static str {
        match self {
            RoomError::WrongCode => "wrong-code",
            RoomError::Locked => "locked",
            RoomError::Full => "full",
            RoomError::BadName => "bad-name",
            RoomError::UnknownToken => "unknown-token",
            RoomError::WrongScene => "wrong-scene",
            RoomError::UnknownChoice => "unknown-choice",
            RoomError::VotingClosed => "voting-closed",
            RoomError::NoMajority => "no-majority",
            RoomError::NotNow(_) => "not-now",
            RoomError::Session(_) => "session",
        }
    }
}

impl RoomError {
    /// What the person who made the request should read (on a phone, or the presenter's status
    /// line), said by the `text` layer in the class's language (`room-*` in game.ftl).
    pub fn phrase(&self) -> Phrase {
        match self {
            RoomError::WrongCode => phrase!("room-wrong-code"),
            RoomError::Locked => phrase!("room-locked"),
            RoomError::Full => phrase!("room-full", max = MAX_PARTICIPANTS),
            RoomError::BadName => phrase!("room-bad-name", max = MAX_NAME_CHARS),
            RoomError::UnknownToken => phrase!("room-unknown-token"),
            RoomError::WrongScene => phrase!("room-wrong-scene"),
            RoomError::UnknownChoice => phrase!("room-unknown-choice"),
            RoomError::VotingClosed => phrase!("room-voting-closed"),
            RoomError::NoMajority => phrase!("room-no-majority"),
            RoomError::NotNow(phase) => phrase!("room-not-now", phase = format!("{phase:?}").to_lowercase()),
            RoomError::Session(e) => e.phrase(),
        }
    }
}
