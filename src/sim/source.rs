//! Reading trainer files: RON into the model, with syntax and shape errors turned into located,
//! plain-language diagnostics.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use ron::error::SpannedError;
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Phrase, Severity, Span};
use super::encoding::{decode_text, without_bom};
use super::locate::{Seg, line_col, locate, locate_within, scene_index};
use super::model::{Catalog, Scenario};
use super::ron_errors::{code_of, explain};
use crate::phrase;

/// A file's name (as shown to the user) and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Where each scene sits, found the first time a problem needs it.
    scenes: OnceLock<SceneIndex>,
}

type SceneIndex = HashMap<String, (Range<usize>, Range<usize>)>;

impl SourceFile {
    /// A file from text already decoded; a leading byte-order mark is dropped, as editors do.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { path: path.into(), text: without_bom(text.into()), scenes: OnceLock::new() }
    }

    /// A file from its bytes: UTF-8 with or without a byte-order mark; any other encoding is a
    /// located diagnostic that names it.
    pub fn from_bytes(path: impl Into<String>, bytes: &[u8]) -> Result<Self, Diagnostic> {
        let path = path.into();
        let text = decode_text(&path, bytes)?;
        Ok(SourceFile { path, text, scenes: OnceLock::new() })
    }

    /// Reads a file; a missing or unreadable one becomes a diagnostic naming it.
    pub fn read(path: &Path) -> Result<Self, Diagnostic> {
        let shown = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => SourceFile::from_bytes(shown, &bytes),
            Err(err) => Err(Diagnostic {
                severity: Severity::Error,
                code: "unreadable-file",
                file: shown,
                span: Span::default(),
                // The system's own words for why: they come in the system's language.
                message: phrase!("files-unreadable-file", reason = err.to_string()),
                label: None,
                hint: Some(match err.kind() {
                    std::io::ErrorKind::NotFound => phrase!("files-unreadable-file-hint-not-found"),
                    std::io::ErrorKind::InvalidData => phrase!("files-unreadable-file-hint-invalid-data"),
                    _ => phrase!("files-unreadable-file-hint"),
                }),
                source_line: String::new(),
            }),
        }
    }

    /// A diagnostic pointing at the value found at `path` in this file.
    pub fn at(&self, severity: Severity, code: &'static str, path: &[Seg], message: Phrase) -> Diagnostic {
        let range = match path {
            [Seg::Field("scenes"), Seg::Key(id) | Seg::KeyName(id), rest @ ..] => {
                let scenes = self.scenes.get_or_init(|| scene_index(&self.text));
                match (scenes.get(*id), &path[1]) {
                    (Some((key, _)), Seg::KeyName(_)) => key.clone(),
                    (Some((_, value)), _) => locate_within(&self.text, value.clone(), rest),
                    (None, _) => locate(&self.text, path),
                }
            }
            _ => locate(&self.text, path),
        };
        self.at_offset(severity, code, range.start, range.end, message)
    }

    pub(crate) fn at_offset(
        &self,
        severity: Severity,
        code: &'static str,
        start: usize,
        end: usize,
        message: Phrase,
    ) -> Diagnostic {
        let start = self.text.floor_char_boundary(start);
        let end = self.text.ceil_char_boundary(end.max(start));
        let (line, column, source_line) = line_col(&self.text, start);
        let line_rest = source_line.chars().count().saturating_sub(column - 1);
        let width = self.text[start..end].chars().take_while(|&c| c != '\n').count().clamp(1, line_rest.max(1));
        Diagnostic {
            severity,
            code,
            file: self.path.clone(),
            span: Span { line, column, width },
            message,
            label: None,
            hint: None,
            source_line: source_line.to_owned(),
        }
    }
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES)
}

pub fn parse_scenario(file: &SourceFile) -> Result<Scenario, Diagnostic> {
    parse(file)
}

pub fn parse_catalog(file: &SourceFile) -> Result<Catalog, Diagnostic> {
    parse(file)
}

fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    options().from_str(&file.text).map_err(|err| syntax_diagnostic(file, &err))
}

fn syntax_diagnostic(file: &SourceFile, err: &SpannedError) -> Diagnostic {
    let offset_of = |p: &ron::error::Position| {
        let line_start: usize = file.text.split_inclusive('\n').take(p.line.saturating_sub(1)).map(str::len).sum();
        let rest = &file.text[line_start.min(file.text.len())..];
        line_start + rest.char_indices().nth(p.col.saturating_sub(1)).map_or(rest.len(), |(i, _)| i)
    };
    let mut start = offset_of(&err.span.start);
    let mut end = offset_of(&err.span.end).max(start);
    // ron's span can begin on the whitespace before the bad value: put the caret on the value.
    let skipped = file.text[start..].len() - file.text[start..].trim_start().len();
    if start + skipped < file.text.len() {
        start += skipped;
        end = end.max(start + 1);
    }
    if start >= file.text.len() && !file.text.is_empty() {
        // At end of file: point at the last character instead of past it.
        let last = file.text.trim_end().char_indices().next_back();
        (start, end) = last.map_or((0, 0), |(i, c)| (i, i + c.len_utf8()));
    }
    let (message, label, hint) = explain(&err.code);
    let mut diagnostic = file.at_offset(Severity::Error, code_of(&err.code), start, end, message).with_label(label);
    diagnostic.hint = hint;
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Arg;

    #[test]
    fn unknown_field_lists_the_valid_ones_and_suggests() {
        let file = SourceFile::new("t.ron", "Catalog(\n  strategies: [],\n  mistaks: [],\n)");
        let d = parse_catalog(&file).unwrap_err();
        assert_eq!((d.span.line, d.span.column), (3, 3));
        assert_eq!(d.code, "unknown-field");
        assert_eq!(d.message.arg_text("found"), "mistaks");
        let hint = d.hint.unwrap();
        let Some(Arg::Phrase(suggestion)) = hint.arg("suggestion") else { panic!("no suggestion: {hint:?}") };
        assert_eq!((suggestion.id, suggestion.arg_text("name").as_str()), ("files-did-you-mean", "mistakes"));
        assert!(hint.arg_text("fields").contains("`strategies`"), "{hint:?}");
    }

    #[test]
    fn a_missing_file_says_so_and_points_to_the_path() {
        let d = SourceFile::read(Path::new("no/such/folder/lost.scenario.ron")).unwrap_err();
        assert_eq!((d.code, d.message.id), ("unreadable-file", "files-unreadable-file"));
        assert!(!d.message.arg_text("reason").is_empty(), "{d:?}");
        assert_eq!(d.hint.map(|h| h.id), Some("files-unreadable-file-hint-not-found"));
    }

    const CATALOG: &str = include_str!("../../tests/fixtures/library/strategies.ron");

    #[test]
    fn a_file_with_a_utf8_bom_parses_and_its_columns_match_the_editor() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), CATALOG.as_bytes()].concat();
        let file = SourceFile::from_bytes("strategies.ron", &bytes).unwrap();
        parse_catalog(&file).unwrap();
        // An error on line 1 of a BOM file: the column counts from the first visible character.
        let broken = [b"\xEF\xBB\xBF".as_slice(), b"Catalogue(strategies: [], mistakes: [])"].concat();
        let d = parse_catalog(&SourceFile::from_bytes("strategies.ron", &broken).unwrap()).unwrap_err();
        assert_eq!((d.span.line, d.span.column), (1, 1), "{d:?}");
        assert!(d.source_line.starts_with("Catalogue("), "{:?}", d.source_line);
    }

    #[test]
    fn windows_line_endings_keep_line_and_column() {
        let file = SourceFile::new("t.ron", "Catalog(\r\n  strategies: [],\r\n  mistaks: [],\r\n)\r\n");
        let d = parse_catalog(&file).unwrap_err();
        assert_eq!((d.span.line, d.span.column), (3, 3));
        assert_eq!(d.source_line, "  mistaks: [],");
    }

    #[test]
    fn an_error_at_the_end_of_a_file_ending_in_a_multibyte_character_is_located() {
        for text in ["Catalog(strategies: [], mistakes: [] // café", "Catalog(strategies: [\"é\"", "\"é"] {
            let d = parse_catalog(&SourceFile::new("t.ron", text)).unwrap_err();
            assert_eq!(d.span.line, 1, "{text}: {d:?}");
            assert!(d.span.column >= 1 && d.span.column <= text.chars().count(), "{text}: {d:?}");
        }
    }
}
