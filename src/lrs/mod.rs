//! Results sent to the organisation's Learning Record Store over xAPI 1.0.3 (no Bevy): its
//! settings, the client, the sender that empties the store's queue, and the rules a statement
//! must meet.

pub mod client;
pub mod config;
pub mod drain;
pub mod formats;
pub mod link;
pub mod rules;
pub mod sender;
