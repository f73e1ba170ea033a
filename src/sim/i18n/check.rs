//! `validate --lang`: an overlay against the texts it translates, as located warnings (missing,
//! stale, orphaned, placeholders and figures that differ), and its coverage.

use super::file::{column, field_offset, parse_overlay};
use super::{Coverage, Entry, State, coverage, update};
use crate::phrase;
use crate::sim::diagnostic::{Arg, Diagnostic, Phrase, Severity};
use crate::sim::locate::line_col;
use crate::sim::source::SourceFile;

/// Checks one overlay against the texts as they are now: every problem in one pass (errors for
/// a file or row that cannot be read, warnings for the rest), and the coverage after an update.
pub fn check_overlay(file: &SourceFile, now: &[Entry]) -> (Coverage, Vec<Diagnostic>) {
    let (read, mut out) = parse_overlay(file);
    let rows: Vec<_> = read.iter().map(|r| r.row.clone()).collect();
    let updated = update(&rows, now);
    let warn = |offset: usize, width: usize, message: Phrase| {
        file.at_offset(Severity::Warning, "translation", offset, offset + width.max(1), message)
    };
    let mut untranslated = Vec::new();
    for row in &updated {
        let Some(at) = read.iter().find(|r| r.row.key == row.key) else {
            untranslated.push((None, row.key.as_str()));
            continue;
        };
        let translation_at = field_offset(&file.text, at.offset, column("translation"));
        match &row.state {
            State::Missing => untranslated.push((Some(at.offset), row.key.as_str())),
            State::Current => {}
            State::Stale { was } => out.push(
                warn(
                    translation_at,
                    row.translation.chars().count(),
                    phrase!("overlays-translation-stale", key = &row.key),
                )
                .with_label(phrase!("overlays-translation-stale-label", was = clip(was)))
                .with_hint(phrase!("overlays-translation-stale-hint", source = clip(&row.source))),
            ),
            State::Orphaned => out.push(
                warn(at.offset, row.key.len(), phrase!("overlays-translation-orphaned", key = &row.key))
                    .with_label(phrase!("overlays-translation-orphaned-label"))
                    .with_hint(phrase!("overlays-translation-orphaned-hint")),
            ),
        }
        if matches!(row.state, State::Current | State::Stale { .. }) {
            let (want, got) = (placeholders(&row.source), placeholders(&row.translation));
            if want != got {
                out.push(
                    warn(
                        translation_at,
                        row.translation.chars().count(),
                        phrase!("overlays-translation-figures", key = &row.key),
                    )
                    .with_label(phrase!("overlays-translation-figures-label", want = listed(&want), got = listed(&got)))
                    .with_hint(phrase!("overlays-translation-figures-hint")),
                );
            }
        }
    }
    if let Some(first) = untranslated.first() {
        let offset = first.0.unwrap_or(0);
        let lines: Vec<String> =
            untranslated.iter().filter_map(|(o, _)| o.map(|o| line_col(&file.text, o).0.to_string())).take(5).collect();
        let absent = untranslated.iter().filter(|(o, _)| o.is_none()).count();
        let count = untranslated.len();
        let message = if lines.is_empty() {
            phrase!("overlays-translation-untranslated", count = count, first = first.1)
        } else {
            // Line numbers are figures, not words: the list and its "…" are the same in every language.
            let more = if count > 5 { "…" } else { "" };
            let lines = format!("{}{more}", lines.join(", "));
            phrase!("overlays-translation-untranslated-lines", count = count, first = first.1, lines = lines)
        };
        let d = warn(offset, 1, message).with_label(phrase!("overlays-translation-untranslated-label"));
        out.push(if absent > 0 {
            d.with_hint(phrase!("overlays-translation-untranslated-hint", absent = absent))
        } else {
            d
        });
    }
    (coverage(&updated), out)
}

/// The figures and `{placeholders}` of a text, sorted: what a translation must keep. Digits are
/// compared as written, so "3:30" keeps 3 and 30 and "1,200" keeps 1 and 200 in any order.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '{' {
            let end = text[i..].find('}').map_or(text.len(), |e| i + e + 1);
            found.push(text[i..end].to_owned());
            while chars.peek().is_some_and(|(j, _)| *j < end) {
                chars.next();
            }
        } else if c.is_ascii_digit() {
            let mut digits = c.to_string();
            while let Some((_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                digits.push(*d);
                chars.next();
            }
            found.push(digits);
        }
    }
    found.sort();
    found
}

/// The figures as a list, or the word for none in the language in use.
fn listed(items: &[String]) -> Arg {
    if items.is_empty() { phrase!("overlays-translation-figures-none").into() } else { items.join(" ").into() }
}

fn clip(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    if short.len() < text.len() { format!("{short}…") } else { short }
}
