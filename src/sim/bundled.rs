//! The bundled library compiled into the binary (see `build.rs`); `library::over_bundled` lays a
//! trainer's folder over it.

use super::model::Catalog;
use super::source::{SourceFile, parse_catalog};

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

/// The bundled catalog, parsed (the tests hold it to parsing and validating clean).
pub fn catalog() -> Catalog {
    parse_catalog(&catalog_file()).unwrap_or_default()
}

/// The built-in overlays of one language (`scenarios/i18n/<lang>/*.csv`), labelled as built in.
pub fn overlay_files(lang: &str) -> Vec<SourceFile> {
    OVERLAYS
        .iter()
        .filter(|(of, _, _)| *of == lang)
        .map(|(of, name, text)| SourceFile::new(format!("{BUILT_IN}i18n/{of}/{name}"), *text))
        .collect()
}

/// The languages with built-in overlays, sorted.
pub fn overlay_languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = OVERLAYS.iter().map(|(lang, _, _)| *lang).collect();
    langs.dedup();
    langs
}
