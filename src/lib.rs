//! Hold the Line: a training game for difficult customer conversations.
//! `sim` is the pure engine, `game` the Bevy window over it, `cli` the command line.

pub mod cli;
pub mod game;
pub mod sim;
