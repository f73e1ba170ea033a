//! Developer tools behind hidden flags: `--autoplay` (screenshots, layout checks) and
//! `--benchmark`; nothing here runs in a trainee's game.

pub mod autoplay;
pub mod bench;
pub mod class_autoplay;
pub mod layout;
pub mod select_walk;
