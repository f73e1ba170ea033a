//! `hold-the-line progress`: a trainee's results, strategy mastery, frequent mistakes and what to
//! practice next, from the progress store, opened read-only.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{EXIT_OK, EXIT_RUNTIME, ReportFormat, error_line, read_store};
use crate::sim::library;
use crate::store::progress::{practice_next, works_on};
use crate::tr;

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
            eprintln!("{}", tr!("progress-cmd-none-for", name = &name, file = path.display().to_string()));
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => {
            eprintln!("{}", error_line(err.explain()));
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
            println!("{}", tr!("progress-cmd-title", trainee = &progress.trainee, file = path.display().to_string()));
            // The columns widen to fit the words of the language in use.
            let (runs, best, last) = (tr!("progress-cmd-runs"), tr!("progress-cmd-best"), tr!("progress-cmd-last"));
            let width = |word: &str, at_least: usize| word.chars().count().max(at_least);
            let (wr, wb, wl) = (width(&runs, 5), width(&best, 5), width(&last, 5));
            println!("\n  {:<32} {runs:>wr$} {best:>wb$} {last:>wl$}", tr!("progress-cmd-scenario"));
            for r in &progress.scenarios {
                let score = |s: Option<u8>| s.map_or_else(|| "-".to_owned(), |s| s.to_string());
                println!(
                    "  {:<32} {:>wr$} {:>wb$} {:>wl$}{}",
                    r.scenario_id,
                    r.finished_runs,
                    score(r.best),
                    score(r.last),
                    r.scoring_note()
                );
            }
            let mastery = tr!("progress-cmd-mastery");
            let wm = width(&mastery, 40);
            println!("\n  {mastery:<wm$} {:>8}  {:<10} {}", tr!("progress-cmd-applied"), "", tr!("progress-cmd-trend"));
            for m in &progress.mastery {
                let bar = crate::sim::numbers::text_bar(m.percent());
                println!(
                    "  {:<wm$} {:>3}% {:>2}/{:<2} {bar} {}",
                    name(&m.strategy),
                    m.percent(),
                    m.applied,
                    m.recommended,
                    m.trend.arrow()
                );
            }
            if !progress.mistakes.is_empty() {
                println!("\n  {}", tr!("progress-cmd-frequent-mistakes"));
                for (id, count) in &progress.mistakes {
                    let (title, text) = why(id).unwrap_or_else(|| (id.clone(), String::new()));
                    println!("  - {title} x{count}: {text}");
                }
            }
            if let Some(s) = next {
                let difficulty = crate::text::words::difficulty(s.difficulty);
                let line = tr!("progress-cmd-practice-next", title = &s.title, difficulty = difficulty, id = &s.id);
                println!("\n  {line}");
                let weak: Vec<String> = works_on(&progress, s)
                    .iter()
                    .take(2)
                    .map(|m| format!("{} ({}%)", name(&m.strategy), m.percent()))
                    .collect();
                match weak.as_slice() {
                    [] => {}
                    [one] => println!("  {}", tr!("progress-cmd-works-on-one", first = one)),
                    [first, second, ..] => {
                        println!("  {}", tr!("progress-cmd-works-on-two", first = first, second = second))
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
