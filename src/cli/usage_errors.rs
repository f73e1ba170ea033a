//! Mistakes on the command line (an unknown option, a missing value) said in the language in use,
//! in the same shape as clap's own messages: what is wrong, a tip, the usage, where to read more.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use super::error_line;
use crate::text::t;
use crate::tr;

/// Says clap's usage errors with the words of `help.ftl`.
#[derive(Debug)]
pub struct UsageWords;

impl ErrorFormatter for UsageWords {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut out = error_line(message(error));
        let tips = [
            (ContextKind::SuggestedSubcommand, "usage-similar-command"),
            (ContextKind::SuggestedArg, "usage-similar-argument"),
            (ContextKind::SuggestedValue, "usage-similar-value"),
        ];
        let similar = |kind, id| {
            let found = error.get(kind)?;
            let count = if let ContextValue::Strings(all) = found { all.len() } else { 1 };
            Some(tr!(id, similar = quoted(found), count = count))
        };
        let mut tip_lines: Vec<String> = tips.iter().filter_map(|(kind, id)| similar(*kind, *id)).collect();
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            tip_lines.extend(suggestions.iter().map(|s| advice(&s.to_string())));
        }
        if !tip_lines.is_empty() {
            out.push('\n');
            for tip in tip_lines {
                out.push_str(&format!("\n  {tip}"));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = match usage.strip_prefix("Usage:") {
                Some(rest) => format!("{}:{rest}", t("help-usage")),
                None => usage,
            };
            out.push_str(&format!("\n\n{usage}"));
        }
        out.push_str(&format!("\n\n{}\n", tr!("usage-more", help = "--help")));
        StyledStr::from(out)
    }
}

/// What is wrong, from the error's kind and the details clap gathered.
fn message(error: &clap::error::Error<UsageWords>) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let number = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let said = match error.kind() {
        ErrorKind::UnknownArgument => Some(tr!("usage-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => {
            text(ContextKind::InvalidSubcommand).map(|c| tr!("usage-unknown-command", command = c))
        }
        ErrorKind::InvalidValue => {
            let mut said = if value.is_empty() {
                tr!("usage-value-missing", arg = arg)
            } else {
                tr!("usage-invalid-value", value = value, arg = arg)
            };
            if let Some(values) = listed(error.get(ContextKind::ValidValue)) {
                said.push_str(&format!("\n  [{}]", tr!("usage-possible-values", values = values)));
            }
            Some(said)
        }
        ErrorKind::ValueValidation => Some(match std::error::Error::source(error) {
            Some(reason) => tr!("usage-invalid-value-because", value = value, arg = arg, reason = reason.to_string()),
            None => tr!("usage-invalid-value", value = value, arg = arg),
        }),
        ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(missing)) => {
                Some(missing.iter().fold(t("usage-missing-arguments"), |all, a| format!("{all}\n  {a}")))
            }
            _ => None,
        },
        ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|c| {
            let mut said = tr!("usage-missing-command", command = c);
            if let Some(values) = listed(error.get(ContextKind::ValidSubcommand)) {
                said.push_str(&format!("\n  [{}]", tr!("usage-commands", values = values)));
            }
            said
        }),
        ErrorKind::ArgumentConflict => Some(match error.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => tr!("usage-used-twice", arg = arg),
            Some(ContextValue::String(prior)) => tr!("usage-conflict", arg = arg, other = quoted_one(prior)),
            Some(ContextValue::Strings(all)) => {
                all.iter().fold(tr!("usage-conflict-these", arg = arg), |said, other| format!("{said}\n  {other}"))
            }
            _ => tr!("usage-conflict-others", arg = arg),
        }),
        ErrorKind::TooManyValues => Some(tr!("usage-too-many-values", value = value, arg = arg)),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = number(ContextKind::MinValues).or(number(ContextKind::ExpectedNumValues));
            expected
                .zip(number(ContextKind::ActualNumValues))
                .map(|(expected, given)| tr!("usage-wrong-count", arg = arg, expected = expected, given = given))
        }
        ErrorKind::NoEquals => Some(tr!("usage-needs-equals", arg = arg)),
        ErrorKind::InvalidUtf8 => Some(t("usage-not-utf8")),
        _ => None,
    };
    // A kind clap adds later is still said, in its own words, rather than lost.
    said.unwrap_or_else(|| error.kind().as_str().unwrap_or_default().to_owned())
}

/// A value or values clap named, each in quotes: `'--seed'` or `'--seed', '--size'`.
fn quoted(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => quoted_one(s),
        ContextValue::Strings(all) => all.iter().map(|s| quoted_one(s)).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn quoted_one(value: &str) -> String {
    format!("'{value}'")
}

/// clap's own advice, which it writes in English, in our words: the three forms clap 4 gives
/// (how to pass a value that starts with `-`, a command's option, a needless `--`); any other
/// advice is shown as clap wrote it rather than lost.
fn advice(clap_wrote: &str) -> String {
    let between = |text: &str, start: &str, end: &str| text.strip_prefix(start)?.strip_suffix(end).map(str::to_owned);
    if let Some(rest) = between(clap_wrote, "to pass '", "'")
        && let Some((arg, instead)) = rest.split_once("' as a value, use '")
    {
        return tr!("usage-tip-as-value", arg = arg, instead = instead);
    }
    if let Some(command) = between(clap_wrote, "subcommand '", "' exists; to use it, remove the '--' before it") {
        return tr!("usage-tip-remove-dashes", command = command);
    }
    if let Some(what) = between(clap_wrote, "'", "' exists") {
        return tr!("usage-tip-exists", what = what);
    }
    tr!("usage-tip", advice = clap_wrote)
}

/// The values of a list clap gathered, comma-separated; `None` when there are none.
fn listed(value: Option<&ContextValue>) -> Option<String> {
    match value {
        Some(ContextValue::Strings(all)) if !all.is_empty() => Some(all.join(", ")),
        _ => None,
    }
}
