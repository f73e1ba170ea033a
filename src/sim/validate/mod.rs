//! Validation passes over a catalog and its scenarios: every problem in one pass, located.
//! The catalog, each scenario's fields and ids, and its scene graph are checked in their own files.

mod catalog;
mod channel;
mod graph;
mod scenario;

use std::collections::HashMap;

use super::bestpath::BestPath;
use super::diagnostic::{Diagnostic, Diagnostics, Phrase, Severity};
use super::locate::Seg;
use super::model::{Difficulty, Scenario};
use super::source::SourceFile;
use crate::phrase;

pub use catalog::validate_catalog;
pub use channel::channel_word;
pub use scenario::validate_scenario;

/// What the validator learned about one scenario, beside its problems.
#[derive(Clone, Debug)]
pub struct ScenarioSummary {
    pub file: String,
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub decision_scenes: usize,
    pub best: Option<BestPath>,
}

pub(super) struct Checker<'a> {
    pub(super) file: &'a SourceFile,
    pub(super) out: &'a mut Diagnostics,
}

impl Checker<'_> {
    fn report(
        &mut self,
        severity: Severity,
        code: &'static str,
        path: &[Seg],
        message: Phrase,
        label: Phrase,
        hint: Option<Phrase>,
    ) {
        let mut d: Diagnostic = self.file.at(severity, code, path, message).with_label(label);
        d.hint = hint;
        self.out.push(d);
    }

    pub fn error(&mut self, code: &'static str, path: &[Seg], message: Phrase, label: Phrase, hint: Option<Phrase>) {
        self.report(Severity::Error, code, path, message, label, hint);
    }

    pub fn warn(&mut self, code: &'static str, path: &[Seg], message: Phrase, label: Phrase, hint: Option<Phrase>) {
        self.report(Severity::Warning, code, path, message, label, hint);
    }

    /// An empty text is an error; `what` is the kind of text, a key of the `$what` selector of `validate-empty-text`.
    pub fn text(&mut self, path: &[Seg], text: &str, what: &'static str) {
        if text.trim().is_empty() {
            self.error(
                "empty-text",
                path,
                phrase!("validate-empty-text", what = what),
                phrase!("validate-empty-text-label"),
                Some(phrase!("validate-empty-text-hint", what = what)),
            );
        }
    }
}

/// Reports scenario ids used by more than one file (the later files are the ones flagged).
pub fn check_duplicate_ids<'a>(
    scenarios: impl IntoIterator<Item = (&'a SourceFile, &'a Scenario)>,
    out: &mut Diagnostics,
) {
    let mut first: HashMap<&str, &str> = HashMap::new();
    for (file, scenario) in scenarios {
        if let Some(earlier) = first.insert(scenario.id.as_str(), file.path.as_str()) {
            first.insert(scenario.id.as_str(), earlier);
            out.push(
                file.at(
                    Severity::Error,
                    "duplicate-scenario-id",
                    &[Seg::Field("id")],
                    phrase!("validate-duplicate-scenario-id", id = &scenario.id, earlier = earlier),
                )
                .with_label(phrase!("validate-duplicate-scenario-id-label"))
                .with_hint(phrase!("validate-duplicate-scenario-id-hint")),
            );
        }
    }
}

#[cfg(test)]
#[path = "../validate_tests.rs"]
mod tests;
