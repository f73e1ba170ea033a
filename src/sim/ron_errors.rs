//! ron's syntax and shape errors in a trainer's words: a stable code, a message, a caret label
//! and a hint that says what to write instead.

use ron::error::Error as RonError;

use super::suggest::closest;

pub(super) fn code_of(err: &RonError) -> &'static str {
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
pub(super) fn explain(err: &RonError) -> (String, String, Option<String>) {
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
