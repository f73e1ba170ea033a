//! `hold-the-line report`: the class report from trainees' CSV exports or store files (stores are
//! opened read-only; only the HTML page is written).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::{EXIT_PROBLEMS, EXIT_RUNTIME, error_line, help_line};
use crate::sim::library;
use crate::store::csv_cells;
use crate::store::export::DecisionRow;
use crate::store::report::{Names, build, to_html, to_text};
use crate::store::{Store, StoreError};
use crate::tr;

/// Why a file gave no rows, with the exit code that fits: a file that is not an export is a
/// problem in the files; one that cannot be read at all is a runtime failure.
struct Unread {
    message: String,
    code: u8,
}

fn read(file: &Path) -> Result<Vec<DecisionRow>, Unread> {
    if file.extension().and_then(|e| e.to_str()) == Some("csv") {
        let input = std::fs::File::open(file)
            .map_err(|e| Unread { message: format!("{}: {e}", file.display()), code: EXIT_RUNTIME })?;
        csv_cells::read(input).map_err(|e| Unread {
            message: tr!("report-not-an-export", file = file.display().to_string(), problem = e.to_string()),
            code: EXIT_PROBLEMS,
        })
    } else {
        let unread = |e: StoreError| {
            let help = e.help().map_or_else(String::new, |help| format!("\n{}", help_line(help)));
            Unread {
                message: format!("{}{help}", tr!("report-not-a-store", problem = e.explain())),
                code: EXIT_RUNTIME,
            }
        };
        Store::open_read_only(file).and_then(|store| store.decisions(None, None)).map_err(unread)
    }
}

/// Readable names from the scenarios folder; ids stand in for whatever it does not have.
fn names(scenarios_dir: &Path) -> Names {
    let library = library::load(&[scenarios_dir.to_path_buf()]);
    Names {
        strategies: library
            .catalog
            .iter()
            .flat_map(|(_, c)| c.strategies.iter().map(|s| (s.id.as_str().to_owned(), s.name.clone())))
            .collect(),
        scenarios: library.scenarios.iter().map(|s| (s.scenario.id.clone(), s.scenario.title.clone())).collect(),
    }
}

pub fn run(files: &[PathBuf], html: &Path, scenarios_dir: &Path) -> Result<ExitCode> {
    let mut rows = Vec::new();
    let mut failed = None;
    for file in files {
        match read(file) {
            Ok(mut more) => rows.append(&mut more),
            Err(unread) => {
                eprintln!("{}", error_line(&unread.message));
                // A runtime failure outranks a problem in a file.
                failed = failed.max(Some(unread.code));
            }
        }
    }
    if rows.is_empty() {
        eprintln!("{}", error_line(tr!("report-no-decisions")));
        return Ok(ExitCode::from(failed.unwrap_or(EXIT_PROBLEMS)));
    }
    let report = build(&rows, names(scenarios_dir));
    print!("{}", to_text(&report));
    std::fs::write(html, to_html(&report))
        .with_context(|| tr!("report-cannot-write", file = html.display().to_string()))?;
    println!("\n{}", tr!("report-written", file = html.display().to_string()));
    Ok(failed.map_or(ExitCode::SUCCESS, ExitCode::from))
}
