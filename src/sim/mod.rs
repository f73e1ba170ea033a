//! The scenario engine: pure Rust, no Bevy. Model, parsing with locations, validation, scoring
//! and the session state machine that the CLI, the tests and the game all drive.

pub mod analysis;
pub mod bestpath;
pub mod bundled;
pub mod checks;
pub mod classroom;
pub mod coverage;
pub mod diagnostic;
pub mod encoding;
pub mod i18n;
pub mod library;
pub mod locate;
pub mod model;
pub mod numbers;
#[cfg(test)]
mod properties;
pub mod rng;
mod ron_errors;
pub mod scoring;
pub mod session;
pub mod source;
pub mod suggest;
#[cfg(test)]
mod test_scenarios;
pub mod validate;

pub use bestpath::BestPath;
pub use diagnostic::{Arg, Diagnostic, Diagnostics, Phrase, Severity};
pub use library::{Library, LoadedScenario};
pub use model::*;
pub use scoring::Grade;
pub use session::{Debrief, Feedback, Presented, Session, SessionError};
pub use source::SourceFile;
