//! Located problems in trainer files, and how they are printed (rustc style) or exported (JSON).

use std::fmt;

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

/// Words shown to a person, as a Fluent message id and its arguments. `sim` decides what to
/// say; the `text` layer says it in the language in use (`locales/<lang>/problems-*.ftl`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a phrase: numbers stay numbers so Fluent picks the plural form; a phrase
/// inside a phrase is said first, in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Number(i64),
    Text(String),
    Phrase(Phrase),
}

impl Phrase {
    pub fn new(id: &'static str) -> Self {
        Phrase { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// A text or number argument as written, for tests and ids (`""` when absent).
    pub fn arg_text(&self, name: &str) -> String {
        match self.arg(name) {
            Some(Arg::Text(s)) => s.clone(),
            Some(Arg::Number(n)) => n.to_string(),
            Some(Arg::Phrase(p)) => p.id.to_owned(),
            None => String::new(),
        }
    }

    /// Every text argument of this phrase and the phrases inside it, for tests that look for a
    /// name or an id whatever the language.
    pub fn texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (_, arg) in &self.args {
            match arg {
                Arg::Text(s) => out.push(s.clone()),
                Arg::Number(n) => out.push(n.to_string()),
                Arg::Phrase(p) => out.extend(p.texts()),
            }
        }
        out
    }

    /// Whether any argument, here or in a phrase inside, holds `needle` (the id does not count).
    pub fn mentions(&self, needle: &str) -> bool {
        self.texts().iter().any(|t| t.contains(needle))
    }
}

macro_rules! numeric_arg {
    ($($t:ty),*) => { $( impl From<$t> for Arg { fn from(n: $t) -> Arg { Arg::Number(n as i64) } } )* };
}
numeric_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<Phrase> for Arg {
    fn from(p: Phrase) -> Arg {
        Arg::Phrase(p)
    }
}

/// `phrase!("id")` or `phrase!("id", name = value, ...)`: a [`Phrase`] to be said later.
#[macro_export]
macro_rules! phrase {
    ($id:expr) => { $crate::sim::Phrase::new($id) };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::sim::Phrase::new($id)$(.with(stringify!($name), $value))+
    };
}

/// One problem: what is wrong, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case name for the kind of problem (AUTHORING.md lists them all).
    pub code: &'static str,
    pub file: String,
    pub span: Span,
    pub message: Phrase,
    /// A short note under the caret.
    pub label: Option<Phrase>,
    pub hint: Option<Phrase>,
    /// The text of the offending line, for the caret display.
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

    pub fn with_label(mut self, label: Phrase) -> Self {
        self.label = Some(label);
        self
    }

    pub fn with_hint(mut self, hint: Phrase) -> Self {
        self.hint = Some(hint);
        self
    }
}

/// Everything found in one pass, in file order, errors and warnings kept apart by severity.
#[derive(Clone, Debug, Default)]
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
