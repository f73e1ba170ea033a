//! Hold the Line: a training game for difficult customer conversations.
//! `sim` is the pure engine; `cli` the trainer's command line.

pub mod cli;
pub mod sim;
