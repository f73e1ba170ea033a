//! The bundled library compiled into the binary (see `build.rs`), and how a folder of a
//! trainer's own scenarios combines with it.

use super::source::SourceFile;

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Where bundled files appear in messages and on cards: not a path on disk.
pub const BUILT_IN: &str = "built-in/";

/// Whether a file label names a bundled file.
pub fn is_built_in(path: &str) -> bool {
    path.starts_with(BUILT_IN)
}

pub fn catalog_file() -> SourceFile {
    SourceFile::new(format!("{BUILT_IN}strategies.ron"), CATALOG)
}

pub fn scenario_files() -> Vec<SourceFile> {
    SCENARIOS.iter().map(|(name, text)| SourceFile::new(format!("{BUILT_IN}{name}"), *text)).collect()
}

use super::diagnostic::{Diagnostic, Diagnostics};
use super::library::{Library, assemble, from_sources};
use super::locate::Seg;
use super::model::{Catalog, Scenario};
use super::source::{parse_catalog, parse_scenario};

/// The bundled catalog, parsed (the tests hold it to parsing and validating clean).
pub fn catalog() -> Catalog {
    parse_catalog(&catalog_file()).unwrap_or_default()
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
    super::validate::validate_catalog(file, own, out);
    let mut merged = bundled.clone();
    let clash = |out: &mut Diagnostics, path: [Seg; 3], id: &str| {
        let d: Diagnostic = file
            .at(
                super::diagnostic::Severity::Error,
                "redefines-built-in",
                &path,
                format!("`{id}` is already in the built-in catalog"),
            )
            .with_label("a different entry with a built-in id")
            .with_hint(
                "a strategies.ron beside your scenarios adds new ids to the built-in catalog; rename yours \
                 (e.g. `my_empathize`), or delete it to use the built-in one",
            );
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
    let bundled = self::catalog();
    let (source, merged) = match catalog {
        None => (catalog_file(), bundled),
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
    for file in scenario_files() {
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
