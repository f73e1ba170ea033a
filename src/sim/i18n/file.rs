//! The overlay file: one CSV per scenario (or the catalog) and language, a row per text with the
//! English it translates, so a spreadsheet or a translation tool opens it and an edit is found.

use super::{Row, State};
use crate::phrase;
use crate::sim::diagnostic::{Diagnostic, Severity};
use crate::sim::source::SourceFile;

/// The first line of every overlay. `status` and `translated_from` are written by
/// `i18n update`; a translator clears `status` once a stale translation is checked.
pub const OVERLAY_HEADER: [&str; 5] = ["key", "source", "translation", "status", "translated_from"];

/// Where a column is in every row.
pub(super) fn column(name: &str) -> usize {
    OVERLAY_HEADER.iter().position(|h| *h == name).unwrap_or(0)
}

/// A row as read, with the byte offset where its record starts (for located messages).
#[derive(Clone, Debug)]
pub struct ReadRow {
    pub row: Row,
    pub offset: usize,
}

/// Reads an overlay: every row it could read, and every problem (all of them, in one pass). A
/// row with a problem is left out, so its text plays in English.
pub fn parse_overlay(file: &SourceFile) -> (Vec<ReadRow>, Vec<Diagnostic>) {
    let mut rows: Vec<ReadRow> = Vec::new();
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(file.text.as_bytes());
    let mut records = reader.records();
    match records.next() {
        Some(Ok(header)) if header.iter().map(str::trim).eq(OVERLAY_HEADER) => {}
        Some(Ok(_)) | None => problems.push(
            file.at_offset(Severity::Error, "overlay-header", 0, 0, phrase!("overlays-overlay-header"))
                .with_label(phrase!("overlays-overlay-header-label", header = OVERLAY_HEADER.join(",")))
                .with_hint(phrase!("overlays-overlay-header-hint")),
        ),
        Some(Err(err)) => problems.push(csv_problem(file, &err)),
    }
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                problems.push(csv_problem(file, &err));
                continue;
            }
        };
        let offset = record.position().map_or(0, |p| p.byte() as usize);
        if record.len() != OVERLAY_HEADER.len() {
            problems.push(
                file.at_offset(
                    Severity::Error,
                    "overlay-row",
                    offset,
                    offset + 1,
                    phrase!("overlays-overlay-row-columns", found = record.len(), expected = OVERLAY_HEADER.len()),
                )
                .with_hint(phrase!("overlays-overlay-row-columns-hint")),
            );
            continue;
        }
        let field = |name: &str| record.get(column(name)).unwrap_or_default();
        let key = field("key").trim().to_owned();
        let translation = field("translation").to_owned();
        let state = match field("status").trim() {
            "stale" => State::Stale {
                was: Some(field("translated_from")).filter(|w| !w.is_empty()).unwrap_or(field("source")).to_owned(),
            },
            "" | "missing" | "orphaned" if translation.trim().is_empty() => State::Missing,
            "" | "missing" | "orphaned" => State::Current,
            other => {
                let at = field_offset(&file.text, offset, column("status"));
                problems.push(
                    file.at_offset(
                        Severity::Error,
                        "overlay-status",
                        at,
                        at + other.len(),
                        phrase!("overlays-overlay-status", status = other),
                    )
                    .with_label(phrase!("overlays-overlay-status-label"))
                    .with_hint(phrase!("overlays-overlay-status-hint")),
                );
                continue;
            }
        };
        if key.is_empty() {
            problems.push(file.at_offset(
                Severity::Error,
                "overlay-row",
                offset,
                offset + 1,
                phrase!("overlays-overlay-row-no-key"),
            ));
            continue;
        }
        if let Some(first) = rows.iter().find(|r| r.row.key == key) {
            let line = crate::sim::locate::line_col(&file.text, first.offset).0;
            problems.push(
                file.at_offset(
                    Severity::Error,
                    "overlay-duplicate",
                    offset,
                    offset + key.len(),
                    phrase!("overlays-overlay-duplicate", key = &key),
                )
                .with_label(phrase!("overlays-overlay-duplicate-label", line = line))
                .with_hint(phrase!("overlays-overlay-duplicate-hint")),
            );
            continue;
        }
        let row = Row { key, source: field("source").to_owned(), translation, state };
        rows.push(ReadRow { row, offset });
    }
    (rows, problems)
}

/// The CSV reader's own complaint (a quote left open, text that is not UTF-8), located. The
/// reason is the `csv` crate's own words, in English: passed on as it is.
fn csv_problem(file: &SourceFile, err: &csv::Error) -> Diagnostic {
    let offset = err.position().map_or(0, |p| p.byte() as usize);
    let message = phrase!("overlays-overlay-row-unreadable", reason = err.to_string());
    file.at_offset(Severity::Error, "overlay-row", offset, offset + 1, message)
        .with_hint(phrase!("overlays-overlay-row-unreadable-hint"))
}

/// The byte offset where field `n` (from 0) of the record starting at `start` begins, so a
/// message points at the translation, not the start of the row.
pub(super) fn field_offset(text: &str, start: usize, n: usize) -> usize {
    let (mut field, mut quoted, mut field_start) = (0, false, true);
    let mut chars = text[start.min(text.len())..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if field == n {
            return start + i;
        }
        match c {
            // A quote opens a field only at its start; inside, a doubled quote is a quote.
            '"' if field_start => quoted = true,
            '"' if quoted && chars.peek().is_some_and(|(_, next)| *next == '"') => _ = chars.next(),
            '"' if quoted => quoted = false,
            ',' if !quoted => {
                field += 1;
                field_start = true;
                continue;
            }
            '\n' if !quoted => break,
            _ => {}
        }
        field_start = false;
    }
    start
}

/// An overlay as `i18n update` writes it: the header, then a row per text.
pub fn write_overlay(rows: &[Row]) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    let mut write = |fields: [&str; 5]| writer.write_record(fields).expect("writing to memory");
    write(OVERLAY_HEADER);
    for row in rows {
        let (status, was) = match &row.state {
            State::Current => ("", ""),
            State::Missing => ("missing", ""),
            State::Stale { was } => ("stale", was.as_str()),
            State::Orphaned => ("orphaned", ""),
        };
        write([&row.key, &row.source, &row.translation, status, was]);
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV of UTF-8 text")
}
