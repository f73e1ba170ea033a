//! Every CSV the program writes goes through here, so a cell a spreadsheet would run as a formula
//! (a trainee named `=HYPERLINK(...)`) is written as text, and reading an export back gives each
//! cell exactly as it was.

use std::borrow::Cow;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Characters that make a spreadsheet treat a cell as a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell needs the quote: it starts with a formula character, or already starts with
/// quotes before one (so a name really written `'=x` comes back as `'=x`, not `=x`).
fn needs_quote(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A cell as written: prefixed with `'` when a spreadsheet would otherwise run it (OWASP's
/// recommendation for CSV injection).
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if needs_quote(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// A cell as read back: the quote `neutralise` added is taken off, and nothing else.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

/// Rows as CSV with a header row, every cell neutralised.
pub fn write<T: Serialize>(rows: &[T]) -> Result<String, csv::Error> {
    // Serde decides the cells; they are then rewritten one by one, whatever the row type.
    let mut raw = csv::Writer::from_writer(Vec::new());
    for row in rows {
        raw.serialize(row)?;
    }
    let raw = raw.into_inner().map_err(|e| e.into_error())?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(raw.as_slice());
    let mut out = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        out.write_record(record?.iter().map(|cell| neutralise(cell).into_owned()))?;
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Rows from CSV written by `write` (or by hand, without the quotes), cells restored.
pub fn read<T: DeserializeOwned>(input: impl std::io::Read) -> Result<Vec<T>, csv::Error> {
    let mut reader = csv::Reader::from_reader(input);
    let headers = reader.headers()?.clone();
    reader
        .records()
        .map(|record| {
            let record = record?;
            let mut restored: csv::StringRecord = record.iter().map(restore).collect();
            restored.set_position(record.position().cloned());
            restored.deserialize(Some(&headers))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    struct Row {
        name: String,
        score: i64,
    }

    #[test]
    fn a_formula_cell_is_written_as_text_and_read_back_as_typed() {
        let names = [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tTab",
            "\rReturn",
            "'=already quoted",
            "''+two quotes",
            "'plain quote",
            "Ana",
            "O'Neil",
            "",
        ];
        let rows: Vec<Row> = names.iter().map(|n| Row { name: (*n).to_owned(), score: -5 }).collect();
        let text = write(&rows).unwrap();
        let first = text.lines().nth(1).unwrap();
        assert!(first.starts_with("\"'=HYPERLINK("), "{first}");
        assert!(text.contains(",'-5\n"), "a negative number is quoted too: {text}");
        assert!(text.contains("\nAna,") && text.contains("\nO'Neil,"), "ordinary cells are untouched: {text}");
        let back: Vec<Row> = read(text.as_bytes()).unwrap();
        assert_eq!(back, rows, "every name comes back exactly as written");
    }

    #[test]
    fn only_the_added_quote_is_removed() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(restore("'=1+1"), "=1+1");
        assert_eq!(restore("'hello"), "'hello");
        assert_eq!(restore("''=x"), "'=x");
        assert_eq!(neutralise("Ana"), "Ana");
    }
}
