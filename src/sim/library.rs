//! A scenario library on disk: the catalog plus scenario files, read, parsed and validated.

use std::path::{Path, PathBuf};

use super::analysis::{Analysis, analyze};
use super::bundled;
use super::checks::gameable;
use super::checks::training_checks;
use super::diagnostic::{Diagnostic, Diagnostics, Phrase, Severity, Span};
use super::locate::Seg;
use super::model::{Catalog, Scenario};
use super::source::{SourceFile, parse_catalog, parse_scenario};
use super::validate::{ScenarioSummary, check_duplicate_ids, validate_catalog, validate_scenario};
use crate::phrase;

pub const CATALOG_FILE: &str = "strategies.ron";
pub const SCENARIO_SUFFIX: &str = ".scenario.ron";

/// A parsed scenario and the file it came from.
#[derive(Clone, Debug)]
pub struct LoadedScenario {
    pub file: SourceFile,
    pub scenario: Scenario,
}

/// Everything found under some paths: what parsed, and every problem with its location.
#[derive(Clone, Debug, Default)]
pub struct Library {
    pub catalog: Option<(SourceFile, Catalog)>,
    pub scenarios: Vec<LoadedScenario>,
    /// Scenario files that failed to read or parse, with the problem.
    pub broken: Vec<(String, Diagnostic)>,
    pub diagnostics: Diagnostics,
    pub summaries: Vec<ScenarioSummary>,
    /// Where the catalog's problems are filed: its path, or the folder that lacks one.
    pub catalog_file: String,
    /// Ids of bundled scenarios that a file in the trainer's folder replaces.
    pub replaced: Vec<String>,
}

impl Library {
    /// Errors that keep the catalog from being used: in the catalog file, or no catalog at all.
    pub fn catalog_errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error() && d.file == self.catalog_file)
    }

    /// Errors in one scenario file itself.
    pub fn file_errors<'a>(&'a self, file: &'a str) -> impl Iterator<Item = &'a Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.is_error() && d.file == file)
    }

    /// The path analysis and `gameable` for every scenario without errors, the warnings added to
    /// the diagnostics. The result lines up with `summaries` (`None`: not analysed).
    pub fn check_paths(&mut self) -> Vec<Option<Analysis>> {
        let catalog = self.catalog.as_ref().map(|(_, c)| c.clone()).unwrap_or_default();
        let mut found = Vec::with_capacity(self.summaries.len());
        for (loaded, summary) in self.scenarios.iter().zip(&self.summaries) {
            let blocked = self.file_errors(&loaded.file.path).next().is_some();
            let analysis = match &summary.best {
                Some(best) if !blocked => analyze(&loaded.scenario, &catalog, best.steps.len()),
                _ => None,
            };
            if let Some(a) = &analysis {
                gameable(&loaded.file, a, &mut self.diagnostics);
            }
            found.push(analysis);
        }
        self.diagnostics.sort();
        found
    }

    /// Takes the bundled scenarios out (a trainer checks their own files; the bundled ones are
    /// checked when the program is built) and returns how many there were.
    pub fn drop_built_in(&mut self) -> usize {
        let before = self.scenarios.len();
        let keep: Vec<bool> = self.scenarios.iter().map(|s| !bundled::is_built_in(&s.file.path)).collect();
        let mut flags = keep.iter();
        self.scenarios.retain(|_| *flags.next().unwrap_or(&true));
        let mut flags = keep.iter();
        self.summaries.retain(|_| *flags.next().unwrap_or(&true));
        self.diagnostics.0.retain(|d| !bundled::is_built_in(&d.file));
        before - self.scenarios.len()
    }

    /// Everything that keeps a scenario file from being played: its own errors, then the
    /// catalog's (a scenario scored against a broken catalog would only mislead).
    pub fn blocking<'a>(&'a self, file: &'a str) -> Vec<&'a Diagnostic> {
        self.file_errors(file).chain(self.catalog_errors().filter(move |d| d.file != file)).collect()
    }
}

/// A problem with a whole file or folder: no line to point at, so no caret and no label.
fn problem(file: String, code: &'static str, message: Phrase, hint: Phrase) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code,
        file,
        span: Span::default(),
        message,
        label: None,
        hint: Some(hint),
        source_line: String::new(),
    }
}

/// Expands folders to their catalog and scenario files (sorted); files stay as given.
fn discover(paths: &[PathBuf], diagnostics: &mut Diagnostics) -> (Option<PathBuf>, Vec<PathBuf>) {
    let mut catalog = None;
    let mut scenarios = Vec::new();
    for path in paths {
        if path.is_dir() {
            let candidate = path.join(CATALOG_FILE);
            if catalog.is_none() && candidate.is_file() {
                catalog = Some(candidate);
            }
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(SCENARIO_SUFFIX))
                        })
                        .collect();
                    found.sort();
                    if found.is_empty() {
                        diagnostics.push(problem(
                            path.display().to_string(),
                            "no-scenarios",
                            phrase!("files-no-scenarios"),
                            phrase!("files-no-scenarios-hint"),
                        ));
                    }
                    scenarios.extend(found);
                }
                Err(err) => diagnostics.push(problem(
                    path.display().to_string(),
                    "unreadable-file",
                    phrase!("files-unreadable-file-folder", reason = err.to_string()),
                    phrase!("files-unreadable-file-folder-hint"),
                )),
            }
        } else if path.file_name().and_then(|n| n.to_str()) == Some(CATALOG_FILE) {
            catalog = Some(path.clone());
        } else {
            if catalog.is_none() {
                let sibling = path.parent().unwrap_or(Path::new(".")).join(CATALOG_FILE);
                if sibling.is_file() {
                    catalog = Some(sibling);
                }
            }
            scenarios.push(path.clone());
        }
    }
    (catalog, scenarios)
}

/// Reads, parses and validates everything under `paths` (folders or files), in one pass, over
/// the bundled library (see `bundled::over_bundled`).
pub fn load(paths: &[PathBuf]) -> Library {
    let mut diagnostics = Diagnostics::default();
    let (catalog_path, scenario_paths) = discover(paths, &mut diagnostics);
    let folder = paths.first().map_or_else(|| ".".into(), |p| p.display().to_string());
    let catalog = catalog_path.as_deref().map(SourceFile::read);
    let files: Vec<Result<SourceFile, Diagnostic>> = scenario_paths.iter().map(|p| SourceFile::read(p)).collect();
    // Over the bundled library: a folder without a catalog uses the built-in one.
    over_bundled(&folder, catalog, files, diagnostics)
}

/// The one message for a folder without its catalog.
fn missing_catalog(folder: &str) -> Diagnostic {
    problem(
        folder.to_owned(),
        "missing-catalog",
        phrase!("files-missing-catalog", file = CATALOG_FILE),
        phrase!("files-missing-catalog-hint"),
    )
}

/// Parses and validates files already in memory (the game hands over its loaded assets).
/// `catalog` is `None` when `folder` has no catalog file, and an error when it could not be read.
pub fn from_sources(
    folder: &str,
    catalog: Option<Result<SourceFile, Diagnostic>>,
    scenario_files: Vec<Result<SourceFile, Diagnostic>>,
    mut diagnostics: Diagnostics,
) -> Library {
    let catalog_file = match &catalog {
        None => folder.to_owned(),
        Some(Ok(file)) => file.path.clone(),
        Some(Err(unreadable)) => unreadable.file.clone(),
    };
    let catalog = match catalog {
        None => {
            diagnostics.push(missing_catalog(folder));
            None
        }
        Some(Err(unreadable)) => {
            diagnostics.push(unreadable);
            None
        }
        Some(Ok(file)) => match parse_catalog(&file) {
            Ok(c) => {
                validate_catalog(&file, &c, &mut diagnostics);
                Some((file, c))
            }
            Err(d) => {
                diagnostics.push(d);
                None
            }
        },
    };
    assemble(catalog, catalog_file, scenario_files, diagnostics)
}

/// Parses the scenario files and validates them against a catalog already in hand.
pub(super) fn assemble(
    catalog: Option<(SourceFile, Catalog)>,
    catalog_file: String,
    scenario_files: Vec<Result<SourceFile, Diagnostic>>,
    mut diagnostics: Diagnostics,
) -> Library {
    let mut scenarios = Vec::new();
    let mut broken = Vec::new();
    for file in scenario_files {
        match file.and_then(|f| parse_scenario(&f).map(|s| (f, s))) {
            Ok((file, scenario)) => scenarios.push(LoadedScenario { file, scenario }),
            Err(d) => {
                broken.push((d.file.clone(), d.clone()));
                diagnostics.push(d);
            }
        }
    }
    let empty = Catalog::default();
    let catalog_ref = catalog.as_ref().map_or(&empty, |(_, c)| c);
    let summaries: Vec<ScenarioSummary> =
        scenarios.iter().map(|s| validate_scenario(&s.file, &s.scenario, catalog_ref, &mut diagnostics)).collect();
    // The training checks reason about scores, so only a scenario without errors (its best path
    // found) gets them; a broken one would only produce noise on top of its real problems.
    for (s, summary) in scenarios.iter().zip(&summaries) {
        let clean = !diagnostics.iter().any(|d| d.is_error() && d.file == s.file.path);
        if let Some(best) = summary.best.as_ref().filter(|_| clean) {
            training_checks(&s.file, &s.scenario, catalog_ref, best.steps.len(), &mut diagnostics);
        }
    }
    check_duplicate_ids(scenarios.iter().map(|s| (&s.file, &s.scenario)), &mut diagnostics);
    Library { catalog, scenarios, broken, diagnostics, summaries, catalog_file, replaced: Vec::new() }
}

/// Whether a folder's own catalog only repeats bundled ids: a copy or cut-down version of the
/// bundled catalog (the repository's `scenarios/`, test fixtures). Such a folder is a library on
/// its own, as before there was a bundled one.
fn is_standalone(own: &Catalog, bundled: &Catalog) -> bool {
    let known = |id| bundled.strategy(id).is_some() || bundled.mistake(id).is_some();
    own.strategies.iter().map(|s| &s.id).chain(own.mistakes.iter().map(|m| &m.id)).all(known)
}

/// The bundled catalog plus a trainer's extension: new ids are added; an entry that repeats a
/// bundled one unchanged is fine; one that changes it is a located error, and is not used.
fn extend(bundled: &Catalog, file: &SourceFile, own: &Catalog, out: &mut Diagnostics) -> Catalog {
    validate_catalog(file, own, out);
    let mut merged = bundled.clone();
    let clash = |out: &mut Diagnostics, path: [Seg; 3], id: &str| {
        let d: Diagnostic = file
            .at(Severity::Error, "redefines-built-in", &path, phrase!("files-redefines-built-in", id = id))
            .with_label(phrase!("files-redefines-built-in-label"))
            .with_hint(phrase!("files-redefines-built-in-hint"));
        out.push(d);
    };
    for (i, s) in own.strategies.iter().enumerate() {
        match bundled.strategy(&s.id) {
            None => merged.strategies.push(s.clone()),
            Some(b) if b == s => {}
            Some(_) => clash(out, [Seg::Field("strategies"), Seg::Index(i), Seg::Field("id")], s.id.as_str()),
        }
    }
    for (i, m) in own.mistakes.iter().enumerate() {
        match bundled.mistake(&m.id) {
            None => merged.mistakes.push(m.clone()),
            Some(b) if b == m => {}
            Some(_) => clash(out, [Seg::Field("mistakes"), Seg::Index(i), Seg::Field("id")], m.id.as_str()),
        }
    }
    merged
}

/// A trainer's folder over the bundled library: the bundled scenarios and the folder's, a
/// folder file replacing the bundled one with the same id (or file name), all scored against
/// the bundled catalog plus the folder's extension. A folder whose own catalog is standalone
/// (see `is_standalone`) is read on its own instead.
pub fn over_bundled(
    folder: &str,
    catalog: Option<Result<SourceFile, Diagnostic>>,
    files: Vec<Result<SourceFile, Diagnostic>>,
    mut diagnostics: Diagnostics,
) -> Library {
    let bundled = bundled::catalog();
    let (source, merged) = match catalog {
        None => (bundled::catalog_file(), bundled),
        Some(Ok(file)) => match parse_catalog(&file) {
            Ok(own) if !is_standalone(&own, &bundled) => {
                let merged = extend(&bundled, &file, &own, &mut diagnostics);
                (file, merged)
            }
            _ => return sorted(from_sources(folder, Some(Ok(file)), files, diagnostics)),
        },
        Some(Err(unreadable)) => return sorted(from_sources(folder, Some(Err(unreadable)), files, diagnostics)),
    };
    // An empty folder is fine here: the bundled scenarios are there to play.
    diagnostics.0.retain(|d| d.code != "no-scenarios");
    let name_of = |path: &str| path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned();
    let mut taken: Vec<String> = Vec::new();
    for f in &files {
        match f {
            Ok(file) => {
                taken.push(name_of(&file.path));
                if let Ok(s) = parse_scenario(file) {
                    taken.push(s.id);
                }
            }
            Err(d) => taken.push(name_of(&d.file)),
        }
    }
    let mut all = files;
    let mut replaced = Vec::new();
    for file in bundled::scenario_files() {
        let id = parse_scenario(&file).map(|s: Scenario| s.id).unwrap_or_default();
        if taken.contains(&id) || taken.contains(&name_of(&file.path)) {
            replaced.push(id);
        } else {
            all.push(Ok(file));
        }
    }
    let catalog_label = source.path.clone();
    let mut library = assemble(Some((source, merged)), catalog_label, all, diagnostics);
    library.replaced = replaced;
    sorted(library)
}

fn sorted(mut library: Library) -> Library {
    library.diagnostics.sort();
    library
}
