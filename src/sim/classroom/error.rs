//! Why the room refused a request, with the sentence the person who made it should read.

use super::{MAX_NAME_CHARS, MAX_PARTICIPANTS, Phase};
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

/// What the person who made the request should read (on a phone, or the presenter's status line).
impl std::fmt::Display for RoomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RoomError::WrongCode => write!(f, "That is not this room's code. Check the four letters on the screen."),
            RoomError::Locked => write!(f, "The instructor has closed this room to new people."),
            RoomError::Full => write!(f, "The room is full ({MAX_PARTICIPANTS} people)."),
            RoomError::BadName => write!(f, "Type a name of 1 to {MAX_NAME_CHARS} characters."),
            RoomError::UnknownToken => write!(f, "You are not in this room any more. Join again."),
            RoomError::WrongScene => write!(f, "The scene has moved on; your page shows the new one."),
            RoomError::UnknownChoice => write!(f, "There is no such choice in this scene."),
            RoomError::VotingClosed => write!(f, "Voting is closed for this scene."),
            RoomError::NoMajority => {
                write!(f, "No single answer has the most votes: press its number to choose what to play.")
            }
            RoomError::NotNow(phase) => write!(f, "Not possible while the room is at {phase:?}."),
            RoomError::Session(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for RoomError {}
