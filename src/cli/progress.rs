//! `hold-the-line progress`: a trainee's results, strategy mastery, frequent mistakes and what to
//! practice next, from the progress store, opened read-only.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{EXIT_OK, EXIT_RUNTIME, ReportFormat, read_store};
use crate::sim::library;
use crate::store::progress::{practice_next, works_on};

pub fn run(
    scenarios_dir: &Path,
    data_dir: Option<&Path>,
    trainee: Option<&str>,
    format: ReportFormat,
) -> Result<ExitCode> {
    let store = match read_store(data_dir, EXIT_OK) {
        Ok(Some(store)) => store,
        Ok(None) => return Ok(ExitCode::SUCCESS),
        Err(code) => return Ok(code),
    };
    let path = store.path().to_owned();
    let found = store.resolve_trainee(trainee).and_then(|name| Ok((store.progress(&name)?, name)));
    let progress = match found {
        Ok((Some(progress), _)) => progress,
        Ok((None, name)) => {
            eprintln!("No progress for `{name}` in {}; pass --trainee NAME.", path.display());
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => {
            eprintln!("error: {}", err.explain());
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    let lib = library::load(&[scenarios_dir.to_path_buf()]);
    let catalog = lib.catalog.as_ref().map(|(_, c)| c);
    let next = practice_next(&progress, lib.scenarios.iter().map(|s| &s.scenario));
    let why = |id: &str| catalog.and_then(|c| c.mistake(&id.into())).map(|m| (m.name.clone(), m.why.clone()));
    let name =
        |id: &str| catalog.and_then(|c| c.strategy(&id.into())).map_or_else(|| id.to_owned(), |s| s.name.clone());
    match format {
        ReportFormat::Json => {
            let mut value = serde_json::to_value(&progress)?;
            value["practice_next"] = serde_json::json!(next.map(|s| &s.id));
            println!("{}", serde_json::to_string_pretty(&value)?);
        }
        ReportFormat::Text => {
            println!("Progress for {} ({})", progress.trainee, path.display());
            println!("\n  {:<32} {:>5} {:>5} {:>5}", "Scenario", "runs", "best", "last");
            for r in &progress.scenarios {
                let score = |s: Option<u8>| s.map_or_else(|| "-".to_owned(), |s| s.to_string());
                println!(
                    "  {:<32} {:>5} {:>5} {:>5}{}",
                    r.scenario_id,
                    r.finished_runs,
                    score(r.best),
                    score(r.last),
                    r.scoring_note()
                );
            }
            println!("\n  {:<40} {:>8}  {:<10} trend", "Strategy mastery (latest runs)", "applied", "");
            for m in &progress.mastery {
                let bar = crate::sim::numbers::text_bar(m.percent());
                println!(
                    "  {:<40} {:>3}% {:>2}/{:<2} {bar} {}",
                    name(&m.strategy),
                    m.percent(),
                    m.applied,
                    m.recommended,
                    m.trend.arrow()
                );
            }
            if !progress.mistakes.is_empty() {
                println!("\n  Most frequent mistakes:");
                for (id, count) in &progress.mistakes {
                    let (title, text) = why(id).unwrap_or_else(|| (id.clone(), String::new()));
                    println!("  - {title} x{count}: {text}");
                }
            }
            if let Some(s) = next {
                println!("\n  Practice next: {} ({}), hold-the-line play {}", s.title, s.difficulty, s.id);
                let weak: Vec<String> = works_on(&progress, s)
                    .iter()
                    .take(2)
                    .map(|m| format!("{} ({}%)", name(&m.strategy), m.percent()))
                    .collect();
                if !weak.is_empty() {
                    println!("  It works on {}.", weak.join(" and "));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
