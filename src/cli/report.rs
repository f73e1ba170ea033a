//! `hold-the-line report`: the class report from trainees' CSV exports or store files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::EXIT_PROBLEMS;
use crate::sim::library;
use crate::store::Store;
use crate::store::export::DecisionRow;
use crate::store::report::{Names, build, to_html, to_text};

fn read(file: &Path) -> Result<Vec<DecisionRow>, String> {
    if file.extension().and_then(|e| e.to_str()) == Some("csv") {
        let mut reader = csv::Reader::from_path(file).map_err(|e| format!("{}: {e}", file.display()))?;
        reader
            .deserialize()
            .collect::<Result<Vec<DecisionRow>, _>>()
            .map_err(|e| format!("{}: {e} (is this a `hold-the-line export --format csv` file?)", file.display()))
    } else {
        let store =
            Store::open_read_only(file).map_err(|e| format!("{e} (pass CSV exports or progress.sqlite files)"))?;
        store.decisions(None, None).map_err(|e| e.to_string())
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
    let mut failed = false;
    for file in files {
        match read(file) {
            Ok(mut more) => rows.append(&mut more),
            Err(err) => {
                eprintln!("error: {err}");
                failed = true;
            }
        }
    }
    if rows.is_empty() {
        eprintln!("error: no decisions found in the files given");
        return Ok(ExitCode::from(EXIT_PROBLEMS));
    }
    let report = build(&rows, names(scenarios_dir));
    print!("{}", to_text(&report));
    std::fs::write(html, to_html(&report)).with_context(|| format!("cannot write {}", html.display()))?;
    println!("\nHTML report written to {}", html.display());
    Ok(if failed { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}
