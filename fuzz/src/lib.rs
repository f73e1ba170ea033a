//! Code shared by the fuzz targets; `cargo test` includes the same files to replay the corpus.

pub mod check;
pub mod edits;
