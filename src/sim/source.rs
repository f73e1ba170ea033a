//! Reading trainer files: RON into the model, with syntax and shape errors turned into located,
//! plain-language diagnostics.

use std::path::Path;

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Severity, Span};
use super::encoding::{decode_text, without_bom};
use super::locate::{Seg, line_col, locate};
use super::model::{Catalog, Scenario};
use super::suggest::closest;

/// A file's name (as shown to the user) and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    /// A file from text already decoded; a leading byte-order mark is dropped, as editors do.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { path: path.into(), text: without_bom(text.into()) }
    }

    /// A file from its bytes: UTF-8 with or without a byte-order mark; any other encoding is a
    /// located diagnostic that names it.
    pub fn from_bytes(path: impl Into<String>, bytes: &[u8]) -> Result<Self, Diagnostic> {
        let path = path.into();
        let text = decode_text(&path, bytes)?;
        Ok(SourceFile { path, text })
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
                message: format!("cannot read this file: {err}"),
                label: String::new(),
                hint: Some(match err.kind() {
                    std::io::ErrorKind::NotFound => "check the path; scenario files end in `.scenario.ron`".into(),
                    std::io::ErrorKind::InvalidData => "save the file as UTF-8 text".into(),
                    _ => "check that the file exists and that you may read it".into(),
                }),
                source_line: String::new(),
            }),
        }
    }

    /// A diagnostic pointing at the value found at `path` in this file.
    pub fn at(&self, severity: Severity, code: &'static str, path: &[Seg], message: String) -> Diagnostic {
        let range = locate(&self.text, path);
        self.at_offset(severity, code, range.start, range.end, message)
    }

    fn at_offset(
        &self,
        severity: Severity,
        code: &'static str,
        start: usize,
        end: usize,
        message: String,
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
            label: String::new(),
            hint: None,
            source_line: source_line.to_owned(),
        }
    }
}

impl Diagnostic {
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
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

fn code_of(err: &RonError) -> &'static str {
    match err {
        RonError::NoSuchStructField { .. } => "unknown-field",
        RonError::MissingStructField { .. } => "missing-field",
        RonError::DuplicateStructField { .. } => "duplicate-field",
        RonError::NoSuchEnumVariant { .. } => "unknown-variant",
        RonError::InvalidValueForType { .. }
        | RonError::ExpectedInteger
        | RonError::ExpectedString
        | RonError::ExpectedArray
        | RonError::ExpectedMap => "wrong-type",
        _ => "syntax",
    }
}

fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

fn in_outer(outer: &Option<String>) -> String {
    outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default()
}

/// The message, caret label and hint for a ron error, in a trainer's words.
fn explain(err: &RonError) -> (String, String, Option<String>) {
    match err {
        RonError::NoSuchStructField { expected, found, outer } => {
            let suggestion =
                closest(found, expected.iter().copied()).map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
            (
                format!("unknown field `{found}`{}", in_outer(outer)),
                "not a field here".into(),
                Some(format!("{suggestion}valid fields are {}", list(expected))),
            )
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let suggestion =
                closest(found, expected.iter().copied()).map(|s| format!("did you mean `{s}`? ")).unwrap_or_default();
            let what = match outer.as_deref() {
                Some("SceneNode") => "scene kind".to_owned(),
                Some(o) => format!("`{o}` value"),
                None => "value".to_owned(),
            };
            (
                format!("unknown {what} `{found}`"),
                "not one of the allowed values".into(),
                Some(format!("{suggestion}write one of {}", list(expected))),
            )
        }
        RonError::MissingStructField { field, outer } => (
            format!("missing field `{field}`{}", in_outer(outer)),
            format!("`{field}` is required before this closes"),
            Some(format!("add `{field}: ...,` inside this {}", outer.as_deref().unwrap_or("value"))),
        ),
        RonError::DuplicateStructField { field, outer } => (
            format!("field `{field}` is written twice{}", in_outer(outer)),
            "second copy".into(),
            Some(format!("keep one `{field}` and delete the other")),
        ),
        RonError::InvalidValueForType { expected, found } => {
            (format!("expected {expected}, found {found}"), "wrong kind of value".into(), Some(type_hint(expected)))
        }
        RonError::ExpectedIdentifier => (
            "expected a bare identifier".into(),
            "an id goes here".into(),
            Some("strategy and mistake ids are written without quotes, like `[listen_actively, empathize]`".into()),
        ),
        RonError::ExpectedString => (
            "expected text in double quotes".into(),
            "text goes here".into(),
            Some("write text in double quotes; a quote inside text is written \\\"".into()),
        ),
        RonError::ExpectedStringEnd => (
            "this text is never closed".into(),
            "the text starts here".into(),
            Some("add the closing `\"`; a quote inside text is written \\\"".into()),
        ),
        RonError::ExpectedInteger => {
            ("expected a whole number".into(), "a number goes here".into(), Some(type_hint("integer")))
        }
        RonError::ExpectedArray => {
            ("expected a list in square brackets".into(), "a list goes here".into(), Some(type_hint("sequence")))
        }
        RonError::ExpectedMap => (
            "expected scenes in curly braces".into(),
            "a map goes here".into(),
            Some("scenes are written `scenes: { \"scene-id\": Scene(...), ... }`".into()),
        ),
        RonError::ExpectedComma => (
            "expected a comma".into(),
            "missing `,` before this".into(),
            Some("add a `,` at the end of the previous value: fields and list items are separated by commas".into()),
        ),
        RonError::ExpectedMapColon => (
            "expected `:` after a scene id".into(),
            "missing `:`".into(),
            Some("scenes are written `\"scene-id\": Scene(...)`".into()),
        ),
        RonError::ExpectedStructLikeEnd | RonError::ExpectedArrayEnd | RonError::ExpectedMapEnd => (
            format!("{err}"),
            "unexpected here".into(),
            Some("a `,` or a closing bracket is probably missing on this line or the one above".into()),
        ),
        RonError::Eof => (
            "the file ends before everything opened was closed".into(),
            "file ends here".into(),
            Some("a `)`, `]`, `}` or closing `\"` is missing; check that every bracket you open is closed".into()),
        ),
        RonError::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}(...)`, found `{found}(...)`"),
            "wrong name".into(),
            Some(format!(
                "this file holds a `{expected}`; scenario files end in `.scenario.ron`, the catalog is `strategies.ron`"
            )),
        ),
        RonError::TrailingCharacters => (
            "unexpected text after the end of the file's value".into(),
            "extra text".into(),
            Some("one file holds one value: check for an extra closing bracket above".into()),
        ),
        other => (format!("{other}"), "here".into(), None),
    }
}

fn type_hint(expected: &str) -> String {
    if expected.contains("integer") {
        "write a whole number, like `mood: -10`".into()
    } else if expected.contains("string") {
        "write text in double quotes".into()
    } else if expected.contains("sequence") {
        "write a list in square brackets, like `[\"a\", \"b\"]`".into()
    } else {
        format!("write {expected}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_lists_the_valid_ones_and_suggests() {
        let file = SourceFile::new("t.ron", "Catalog(\n  strategies: [],\n  mistaks: [],\n)");
        let d = parse_catalog(&file).unwrap_err();
        assert_eq!((d.span.line, d.span.column), (3, 3));
        assert_eq!(d.code, "unknown-field");
        let hint = d.hint.unwrap();
        assert!(hint.contains("did you mean `mistakes`"), "{hint}");
        assert!(hint.contains("`strategies`"), "{hint}");
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
