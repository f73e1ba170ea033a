//! The validator's and the readers' problems in words: each phrase looked up in the language in
//! use, then printed rustc style for a terminal or as JSON for tools.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::{Value, json};

use super::{Texts, current};
use crate::sim::{Arg, Diagnostic, Phrase, Severity};

impl Texts {
    /// A phrase in these texts' language; a phrase inside it is said first.
    pub fn phrase(&self, phrase: &Phrase) -> String {
        if phrase.args.is_empty() {
            return self.get(phrase.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &phrase.args {
            args.set(*name, self.value(value.clone()));
        }
        self.get(phrase.id, Some(&args))
    }

    /// An argument as Fluent takes it: numbers as numbers (for plurals), a phrase said first in
    /// these texts' language.
    pub fn value(&self, arg: Arg) -> FluentValue<'static> {
        match arg {
            Arg::Number(n) => FluentValue::from(n),
            Arg::Text(s) => FluentValue::from(s),
            Arg::Phrase(p) => FluentValue::from(self.phrase(&p)),
        }
    }
}

/// The start of a rendered problem's hint line, `help:` in English.
pub fn help_prefix() -> String {
    format!("{}:", current().get("problem-help", None))
}

/// A phrase in the language in use.
pub fn say(phrase: &Phrase) -> String {
    current().phrase(phrase)
}

/// A diagnostic said in the language in use: printed, or handed to tools.
pub trait Shown {
    /// Rustc style: header with the code, `--> file:line:col`, the line with a caret and its
    /// label, then the hint.
    fn render(&self, color: bool) -> String;
    /// The JSON object `validate --format json` lists: the location, the code and the words.
    fn to_json(&self) -> Value;
}

impl Shown for Diagnostic {
    fn render(&self, color: bool) -> String {
        let texts = current();
        let message = texts.phrase(&self.message);
        let label = self.label.as_ref().map(|l| texts.phrase(l)).unwrap_or_default();
        let hint = self.hint.as_ref().map(|h| texts.phrase(h));
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(texts.get("problem-error", None)),
            Severity::Warning => Level::WARNING.with_name(texts.get("problem-warning", None)),
        };
        let title = level.primary_title(message.as_str()).id(self.code);
        let mut report: Vec<Group> = Vec::with_capacity(2);
        if self.span.line == 0 || self.source_line.is_empty() && self.span.column <= 1 {
            report.push(title.element(annotate_snippets::Origin::path(self.file.as_str())));
        } else {
            let column = self.span.column.saturating_sub(1);
            let start = byte_offset(&self.source_line, column);
            let end = byte_offset(&self.source_line, column + self.span.width.max(1))
                .max(start + 1)
                .min(self.source_line.len().max(start + 1));
            report.push(
                title.element(
                    Snippet::source(self.source_line.as_str())
                        .line_start(self.span.line)
                        .path(self.file.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end).label(label.as_str())),
                ),
            );
        }
        if let Some(hint) = &hint {
            let help = Level::HELP.with_name(texts.get("problem-help", None));
            report.push(Group::with_title(help.secondary_title(hint.as_str())));
        }
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        renderer.render(&report)
    }

    fn to_json(&self) -> Value {
        let texts = current();
        json!({
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "line": self.span.line,
            "column": self.span.column,
            "width": self.span.width,
            "message": texts.phrase(&self.message),
            "label": self.label.as_ref().map(|l| texts.phrase(l)).unwrap_or_default(),
            "hint": self.hint.as_ref().map(|h| texts.phrase(h)),
        })
    }
}

fn byte_offset(line: &str, chars: usize) -> usize {
    line.char_indices().nth(chars).map_or(line.len(), |(i, _)| i)
}
