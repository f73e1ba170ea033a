//! Hold the Line: a training game for difficult customer conversations.
//! `sim` is the pure engine, `game` the Bevy window over it (feature `game`), `cli` the command line,
//! `store` the progress records, `net` the classroom's network side.

#![allow(
    clippy::result_large_err,
    reason = "a Diagnostic is an error value read once by a person; boxing it only adds noise"
)]

pub mod cli;
#[cfg(feature = "game")]
pub mod game;
pub mod lrs;
pub mod net;
pub mod sim;
pub mod store;
pub mod text;
