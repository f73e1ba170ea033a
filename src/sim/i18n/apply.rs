//! Playing in another language: a language's overlays (built in, then the trainer's folder),
//! laid over scenarios and the catalog text by text, English where a text has no current
//! translation.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::file::parse_overlay;
use super::{Row, translated, visit_catalog, visit_scenario};
use crate::sim::bundled;
use crate::sim::diagnostic::Diagnostic;
use crate::sim::model::{Catalog, Scenario};
use crate::sim::source::SourceFile;

/// The language scenarios are written in; it needs no overlays.
pub const SOURCE_LANGUAGE: &str = "en";

/// The pseudo-locale for layout tests: every text accented and about 40 % longer.
pub const PSEUDO_LANGUAGE: &str = "en-XA";

/// A text in the pseudo-locale: accented, vowels doubled, a mark after each word, in brackets,
/// so a clipped or untranslated text shows at a glance (the program's own strings get the same).
pub fn pseudo(text: &str) -> String {
    format!("[{}]", fluent_pseudo::transform(text, false, true).replace(' ', "~ "))
}

/// The overlay of the catalog, beside the scenarios' ones.
pub const CATALOG_OVERLAY: &str = "strategies.csv";

/// One language's overlays, by scenario id, and the catalog's.
#[derive(Clone, Debug, Default)]
pub struct Overlays {
    pub lang: String,
    scenarios: HashMap<String, Vec<Row>>,
    catalog: Vec<Row>,
    /// Overlay files that could not be read, or rows left out: each text they hold plays in
    /// English, and `validate --lang` shows the problem.
    pub problems: Vec<Diagnostic>,
}

/// Where a library folder keeps one language's overlays.
pub fn overlay_folder(library: &Path, lang: &str) -> std::path::PathBuf {
    library.join("i18n").join(lang)
}

/// The overlay files a library folder has for exactly `lang` (its `i18n/<lang>/*.csv`), sorted.
fn folder_files(folder: Option<&Path>, lang: &str) -> Vec<Result<SourceFile, Diagnostic>> {
    let Some(dir) = folder.map(|f| overlay_folder(f, lang)) else { return Vec::new() };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    paths.sort();
    paths.iter().map(|p| SourceFile::read(p)).collect()
}

/// The overlay files of exactly `lang` that `validate --lang` checks: the folder's, and the
/// built-in ones the folder has no file of the same name for.
pub fn overlay_files(folder: Option<&Path>, lang: &str) -> Vec<Result<SourceFile, Diagnostic>> {
    let mut files = folder_files(folder, lang);
    let name = |f: &Result<SourceFile, Diagnostic>| {
        let path = f.as_ref().map_or_else(|d| d.file.clone(), |f| f.path.clone());
        path.rsplit(['/', '\\']).next().unwrap_or_default().to_owned()
    };
    let taken: Vec<String> = files.iter().map(name).collect();
    files.extend(bundled::overlay_files(lang).into_iter().map(Ok).filter(|f| !taken.contains(&name(f))));
    files
}

/// The languages whose overlays a language plays, least specific first: `es-MX` plays `es`,
/// with its own rows over them.
fn language_chain(lang: &str) -> Vec<&str> {
    match lang.split_once('-') {
        Some((primary, _)) => vec![primary, lang],
        None => vec![lang],
    }
}

/// The scenario id (or `strategies` for the catalog) an overlay file is for.
pub fn overlay_id(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".csv").unwrap_or(name)
}

impl Overlays {
    /// The overlays of `lang` for a library in `folder` (none for the source language).
    pub fn load(folder: Option<&Path>, lang: &str) -> Overlays {
        let mut overlays = Overlays { lang: lang.to_owned(), ..Overlays::default() };
        if lang == SOURCE_LANGUAGE {
            return overlays;
        }
        // Row by row, later over earlier: built in, then the trainer's folder, for the language
        // and then its region; so a trainer's correction of one row leaves the rest built in.
        let files = language_chain(lang).into_iter().flat_map(|l| {
            let built_in = bundled::overlay_files(l).into_iter().map(Ok);
            built_in.chain(folder_files(folder, l))
        });
        for file in files {
            let file = match file {
                Ok(file) => file,
                Err(unreadable) => {
                    overlays.problems.push(unreadable);
                    continue;
                }
            };
            let (rows, problems) = parse_overlay(&file);
            overlays.problems.extend(problems);
            let into = match overlay_id(&file.path) {
                id if format!("{id}.csv") == CATALOG_OVERLAY => &mut overlays.catalog,
                id => overlays.scenarios.entry(id.to_owned()).or_default(),
            };
            for row in rows.into_iter().map(|r| r.row) {
                // An empty row (not translated there yet) never hides a translation.
                match into.iter_mut().find(|r| r.key == row.key) {
                    Some(old) if old.translation.trim().is_empty() || !row.translation.trim().is_empty() => *old = row,
                    Some(_) => {}
                    None => into.push(row),
                }
            }
        }
        overlays
    }

    /// Whether any text of this scenario has a current translation.
    pub fn translates(&self, scenario: &Scenario) -> bool {
        if self.lang == PSEUDO_LANGUAGE {
            return true;
        }
        let original = scenario.translated_from.as_deref().unwrap_or(scenario);
        let rows = self.scenarios.get(&original.id).map_or(&[][..], Vec::as_slice);
        super::entries(original).iter().any(|e| current(rows, &e.key, &e.source).is_some())
    }

    pub fn scenario(&self, scenario: &Scenario) -> Scenario {
        if self.lang == PSEUDO_LANGUAGE {
            return localize(scenario, &pseudo_rows(&super::entries(scenario)));
        }
        match self.scenarios.get(&scenario.id) {
            Some(rows) => localize(scenario, rows),
            None => scenario.clone(),
        }
    }

    pub fn catalog(&self, catalog: &Catalog) -> Catalog {
        if self.lang == PSEUDO_LANGUAGE {
            return localize_catalog(catalog, &pseudo_rows(&super::catalog_entries(catalog)));
        }
        if self.catalog.is_empty() { catalog.clone() } else { localize_catalog(catalog, &self.catalog) }
    }
}

/// Every text "translated" into the pseudo-locale.
fn pseudo_rows(entries: &[super::Entry]) -> Vec<Row> {
    let row = |e: &super::Entry| Row {
        key: e.key.clone(),
        source: e.source.clone(),
        translation: pseudo(&e.source),
        state: super::State::Current,
    };
    entries.iter().map(row).collect()
}

/// Puts in each text's translation where it was made from the text as it is now; any other text
/// stays English. The copy remembers the original (`translated_from`) for versions and saves.
pub fn localize(scenario: &Scenario, rows: &[Row]) -> Scenario {
    let original = scenario.translated_from.clone().unwrap_or_else(|| Arc::new(scenario.clone()));
    let mut copy = (*original).clone();
    visit_scenario(&mut copy, |key, text| swap_in(rows, &key, text));
    copy.translated_from = Some(original);
    copy
}

/// The catalog's names, summaries, whys and examples put in as `localize` does.
pub fn localize_catalog(catalog: &Catalog, rows: &[Row]) -> Catalog {
    let original = catalog.translated_from.clone().unwrap_or_else(|| Arc::new(catalog.clone()));
    let mut copy = (*original).clone();
    visit_catalog(&mut copy, |key, text| swap_in(rows, &key, text));
    copy.translated_from = Some(original);
    copy
}

fn swap_in(rows: &[Row], key: &str, text: &mut String) {
    if let Some(translation) = current(rows, key, text) {
        *text = translation.to_owned();
    }
}

/// The translation of `key` when it is current and was made from `source` as it is now: a text
/// edited since the overlay was last updated falls back to English, like a stale one.
fn current<'a>(rows: &'a [Row], key: &str, source: &str) -> Option<&'a str> {
    let row = rows.iter().find(|r| r.key == key && r.source == source)?;
    translated(std::slice::from_ref(row), key)
}
