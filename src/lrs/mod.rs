//! Results sent to a Learning Record Store over xAPI 1.0.3 (no Bevy): the rules a statement
//! must meet before it is queued or exported.

pub mod formats;
pub mod rules;
