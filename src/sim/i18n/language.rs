//! One language across a library: each overlay checked against its scenario (or the catalog),
//! with the coverage of every scenario, for `validate --lang`.

use std::path::Path;

use super::apply::{CATALOG_OVERLAY, overlay_files, overlay_id};
use super::check::check_overlay;
use super::{Coverage, catalog_entries, entries};
use crate::phrase;
use crate::sim::bundled::is_built_in;
use crate::sim::diagnostic::{Diagnostic, Severity};
use crate::sim::library::Library;

/// How far one language covers a library.
#[derive(Clone, Debug, Default)]
pub struct LanguageReport {
    pub lang: String,
    /// The catalog's coverage (`None`: no overlay for it).
    pub catalog: Option<Coverage>,
    /// Each scenario of the library by id, in its order, with its overlay's coverage.
    pub scenarios: Vec<(String, Option<Coverage>)>,
    pub diagnostics: Vec<Diagnostic>,
}

impl LanguageReport {
    /// Scenarios with an overlay.
    pub fn translated(&self) -> impl Iterator<Item = (&str, Coverage)> {
        self.scenarios.iter().filter_map(|(id, c)| Some((id.as_str(), (*c)?)))
    }
}

/// Checks every overlay of `lang` that belongs to the library: the trainer's folder's, and the
/// built-in ones of scenarios still in the library. An overlay of the folder's that names no
/// scenario is a warning (a renamed scenario leaves its translation behind).
pub fn check_language(library: &Library, folder: Option<&Path>, lang: &str) -> LanguageReport {
    let mut report = LanguageReport {
        lang: lang.to_owned(),
        scenarios: library.scenarios.iter().map(|s| (s.scenario.id.clone(), None)).collect(),
        ..LanguageReport::default()
    };
    for file in overlay_files(folder, lang) {
        let file = match file {
            Ok(file) => file,
            Err(unreadable) => {
                report.diagnostics.push(unreadable);
                continue;
            }
        };
        let id = overlay_id(&file.path).to_owned();
        if format!("{id}.csv") == CATALOG_OVERLAY {
            if let Some((_, catalog)) = &library.catalog {
                let (coverage, found) = check_overlay(&file, &catalog_entries(catalog));
                report.catalog = Some(coverage);
                report.diagnostics.extend(found);
            }
            continue;
        }
        match library.scenarios.iter().position(|s| s.scenario.id == id) {
            Some(i) => {
                let (coverage, found) = check_overlay(&file, &entries(&library.scenarios[i].scenario));
                report.scenarios[i].1 = Some(coverage);
                report.diagnostics.extend(found);
            }
            None if is_built_in(&file.path) => {}
            None => {
                let message = phrase!("overlays-translation-no-scenario", id = &id);
                report.diagnostics.push(
                    file.at_offset(Severity::Warning, "translation", 0, 0, message)
                        .with_label(phrase!("overlays-translation-no-scenario-label"))
                        .with_hint(phrase!("overlays-translation-no-scenario-hint")),
                );
            }
        }
    }
    report
}
