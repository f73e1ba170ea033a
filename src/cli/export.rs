//! `hold-the-line export`: the store's decisions as CSV or xAPI statements.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::{EXIT_PROBLEMS, EXIT_USAGE, ExportFormat};
use crate::store::export::{to_csv, to_xapi};
use crate::store::{Store, store_path};

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
            eprintln!("error: --since takes a date as YYYY-MM-DD, e.g. 2026-11-01 (got `{date}`)");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    }
    let Some(path) = store_path(data_dir).filter(|p| p.is_file()) else {
        eprintln!("error: no progress store found; play a scenario first, or pass --data-dir DIR");
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    };
    let store = match Store::open(&path) {
        Ok(opened) => opened.store,
        Err(err) => {
            eprintln!("error: {err}");
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    let rows = store.decisions(trainee, since)?;
    let text = match format {
        ExportFormat::Csv => to_csv(&rows)?,
        ExportFormat::Xapi => serde_json::to_string_pretty(&to_xapi(&rows))? + "\n",
    };
    match output {
        Some(file) => std::fs::write(file, text).with_context(|| format!("cannot write {}", file.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
