//! The one integration test binary (each extra binary would link everything again).

mod cli;
mod game;
mod library;
mod window;
