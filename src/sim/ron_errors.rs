//! ron's syntax and shape errors in a trainer's words: a stable code, a message, a caret label
//! and a hint that says what to write instead.

use ron::error::Error as RonError;

use super::diagnostic::{Arg, Phrase};
use super::model::{EXPECTING_ID, EXPECTING_SCENES};
use super::suggest::closest;
use crate::phrase;

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

/// Names as a hint lists them, `a`, `b`: code the trainer types, so no words to translate.
fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// Where the problem sits, said right after the message (" in `Scene`"); nothing at the top.
fn in_outer(outer: &Option<String>) -> Phrase {
    match outer {
        Some(o) => phrase!("files-in-outer", outer = o),
        None => phrase!("files-nothing"),
    }
}

/// "did you mean `x`? " before a hint, when a valid name is close to the one written.
fn did_you_mean(found: &str, expected: &[&'static str]) -> Phrase {
    match closest(found, expected.iter().copied()) {
        Some(near) => phrase!("files-did-you-mean", name = near),
        None => phrase!("files-nothing"),
    }
}

/// The message, caret label and hint for a ron error, in a trainer's words.
pub(super) fn explain(err: &RonError) -> (Phrase, Phrase, Option<Phrase>) {
    match err {
        RonError::NoSuchStructField { expected, found, outer } => {
            let (suggestion, fields) = (did_you_mean(found, expected), list(expected));
            (
                phrase!("files-unknown-field", found = found, place = in_outer(outer)),
                phrase!("files-unknown-field-label"),
                Some(phrase!("files-unknown-field-hint", suggestion = suggestion, fields = fields)),
            )
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            // A key for the message's selector: a scene's kind reads better than its Rust type.
            let (what, of) = match outer.as_deref() {
                Some("SceneNode") => ("scene-kind", ""),
                Some(o) => ("named", o),
                None => ("value", ""),
            };
            let (suggestion, values) = (did_you_mean(found, expected), list(expected));
            (
                phrase!("files-unknown-variant", what = what, outer = of, found = found),
                phrase!("files-unknown-variant-label"),
                Some(phrase!("files-unknown-variant-hint", suggestion = suggestion, values = values)),
            )
        }
        RonError::MissingStructField { field, outer } => (
            phrase!("files-missing-field", field = *field, place = in_outer(outer)),
            phrase!("files-missing-field-label", field = *field),
            Some(match outer {
                Some(o) => phrase!("files-missing-field-hint", field = *field, outer = o),
                None => phrase!("files-missing-field-hint-value", field = *field),
            }),
        ),
        RonError::DuplicateStructField { field, outer } => (
            phrase!("files-duplicate-field", field = *field, place = in_outer(outer)),
            phrase!("files-duplicate-field-label"),
            Some(phrase!("files-duplicate-field-hint", field = *field)),
        ),
        RonError::InvalidValueForType { expected, found } => (
            phrase!("files-wrong-type", expected = expected_words(expected), found = found),
            phrase!("files-wrong-type-label"),
            Some(type_hint(expected)),
        ),
        RonError::ExpectedIdentifier => (
            phrase!("files-syntax-identifier"),
            phrase!("files-syntax-identifier-label"),
            Some(phrase!("files-syntax-identifier-hint")),
        ),
        RonError::ExpectedString => (
            phrase!("files-wrong-type-text"),
            phrase!("files-wrong-type-text-label"),
            Some(phrase!("files-wrong-type-text-hint")),
        ),
        RonError::ExpectedStringEnd => (
            phrase!("files-syntax-string-end"),
            phrase!("files-syntax-string-end-label"),
            Some(phrase!("files-syntax-string-end-hint")),
        ),
        RonError::ExpectedInteger => {
            (phrase!("files-wrong-type-integer"), phrase!("files-wrong-type-integer-label"), Some(type_hint("integer")))
        }
        RonError::ExpectedArray => {
            (phrase!("files-wrong-type-list"), phrase!("files-wrong-type-list-label"), Some(type_hint("sequence")))
        }
        RonError::ExpectedMap => (
            phrase!("files-wrong-type-map"),
            phrase!("files-wrong-type-map-label"),
            Some(phrase!("files-wrong-type-map-hint")),
        ),
        RonError::ExpectedComma => (
            phrase!("files-syntax-comma"),
            phrase!("files-syntax-comma-label"),
            Some(phrase!("files-syntax-comma-hint")),
        ),
        RonError::ExpectedMapColon => (
            phrase!("files-syntax-map-colon"),
            phrase!("files-syntax-map-colon-label"),
            Some(phrase!("files-syntax-map-colon-hint")),
        ),
        // ron's own words say which bracket it wanted; only the label and hint are ours.
        RonError::ExpectedStructLikeEnd | RonError::ExpectedArrayEnd | RonError::ExpectedMapEnd => (
            phrase!("files-syntax-detail", detail = err.to_string()),
            phrase!("files-syntax-unclosed-label"),
            Some(phrase!("files-syntax-unclosed-hint")),
        ),
        RonError::Eof => {
            (phrase!("files-syntax-eof"), phrase!("files-syntax-eof-label"), Some(phrase!("files-syntax-eof-hint")))
        }
        RonError::ExpectedDifferentStructName { expected, found } => (
            phrase!("files-syntax-struct-name", expected = *expected, found = found),
            phrase!("files-syntax-struct-name-label"),
            Some(phrase!("files-syntax-struct-name-hint", expected = *expected)),
        ),
        RonError::TrailingCharacters => (
            phrase!("files-syntax-trailing"),
            phrase!("files-syntax-trailing-label"),
            Some(phrase!("files-syntax-trailing-hint")),
        ),
        other => (phrase!("files-syntax-detail", detail = other.to_string()), phrase!("files-syntax-label"), None),
    }
}

/// What to write, from ron's words for the kind of value it expected ("an integer", ...).
/// The kind of value expected: our own kinds in words of every language, ron's and serde's
/// (`integer`, `a string`) as they give them.
fn expected_words(expected: &str) -> Arg {
    match expected {
        EXPECTING_ID => phrase!("files-expected-id").into(),
        EXPECTING_SCENES => phrase!("files-expected-scenes").into(),
        other => other.into(),
    }
}

fn type_hint(expected: &str) -> Phrase {
    if expected.contains("integer") {
        phrase!("files-wrong-type-hint-integer")
    } else if expected.contains("string") {
        phrase!("files-wrong-type-hint-text")
    } else if expected.contains("sequence") {
        phrase!("files-wrong-type-hint-list")
    } else {
        phrase!("files-wrong-type-hint", expected = expected)
    }
}
