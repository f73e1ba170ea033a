//! `hold-the-line export`: the store's decisions as CSV or xAPI statements, or the classroom
//! sessions' votes one row per participant and scene; the store is opened
//! read-only, and only the `--output` file is written.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::{EXIT_RUNTIME, EXIT_USAGE, ExportFormat, error_line, read_store};
use crate::store::csv_cells;
use crate::store::export::to_csv;
use crate::store::xapi::to_xapi;
use crate::tr;

pub fn run(
    data_dir: Option<&Path>,
    trainee: Option<&str>,
    format: ExportFormat,
    since: Option<&str>,
    output: Option<&Path>,
) -> Result<ExitCode> {
    if let Some(date) = since {
        let valid = date.len() == 10
            && date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        if !valid {
            eprintln!("{}", error_line(tr!("export-since-format", date = date)));
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    }
    let store = match read_store(data_dir, EXIT_RUNTIME) {
        Ok(Some(store)) => store,
        // `read_store` only returns `Ok(None)` when a missing store is not an error.
        Ok(None) => return Ok(ExitCode::from(EXIT_RUNTIME)),
        Err(code) => return Ok(code),
    };
    let read = match format {
        ExportFormat::ClassCsv => store.class_votes(since).map(|rows| csv_cells::write(&rows)),
        ExportFormat::Csv => store.decisions(trainee, since).map(|rows| to_csv(&rows)),
        ExportFormat::Xapi => store.decisions(trainee, since).and_then(|rows| {
            let queued = store.queued_bodies()?;
            Ok(Ok(serde_json::to_string_pretty(&to_xapi(&rows, &queued)).expect("JSON values always serialize") + "\n"))
        }),
    };
    let text = match read {
        Ok(text) => text?,
        Err(err) => {
            eprintln!("{}", error_line(err.explain()));
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    match output {
        Some(file) => {
            std::fs::write(file, text).with_context(|| tr!("export-cannot-write", file = file.display().to_string()))?
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
