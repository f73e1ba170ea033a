//! Located problems in trainer files, and how they are printed (rustc style) or exported (JSON).

use std::fmt;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// Where in a file a problem sits: 1-based line and column (columns count characters).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    /// How many characters to underline on that line (at least 1).
    pub width: usize,
}

/// One problem: what is wrong, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case name for the kind of problem (AUTHORING.md lists them all).
    pub code: &'static str,
    pub file: String,
    #[serde(flatten)]
    pub span: Span,
    pub message: String,
    /// A short note under the caret.
    pub label: String,
    pub hint: Option<String>,
    /// The text of the offending line, for the caret display.
    #[serde(skip)]
    pub source_line: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, the part editors and terminals turn into a link.
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.file, self.span.line, self.span.column)
    }

    /// Renders rustc-style: header, `--> file:line:col`, the line with a caret, then the hint.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(self.message.as_str()).id(self.code);
        let mut report: Vec<Group> = Vec::with_capacity(2);
        if self.span.line == 0 || self.source_line.is_empty() && self.span.column <= 1 {
            report.push(title.element(annotate_snippets::Origin::path(self.file.as_str())));
        } else {
            let start = byte_offset(&self.source_line, self.span.column.saturating_sub(1));
            let end = byte_offset(&self.source_line, self.span.column.saturating_sub(1) + self.span.width.max(1))
                .max(start + 1)
                .min(self.source_line.len().max(start + 1));
            report.push(
                title.element(
                    Snippet::source(self.source_line.as_str())
                        .line_start(self.span.line)
                        .path(self.file.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end).label(self.label.as_str())),
                ),
            );
        }
        if let Some(hint) = &self.hint {
            report.push(Group::with_title(Level::HELP.secondary_title(hint.as_str())));
        }
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        renderer.render(&report)
    }
}

fn byte_offset(line: &str, chars: usize) -> usize {
    line.char_indices().nth(chars).map_or(line.len(), |(i, _)| i)
}

/// Everything found in one pass, in file order, errors and warnings kept apart by severity.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn errors(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.0.len() - self.errors()
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| (&a.file, a.span.line, a.span.column).cmp(&(&b.file, b.span.line, b.span.column)));
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
}
