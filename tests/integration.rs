//! The one integration test binary (each extra binary would link everything again).

mod accessibility;
mod anywhere;
mod classroom;
mod cli;
mod encodings;
mod fuzz_corpus;
mod game;
mod game_progress;
mod i18n;
mod library;
mod lrs;
mod package;
mod screen_capture;
mod screen_reader;
mod select;
mod store_cli;
mod util;
mod window;
