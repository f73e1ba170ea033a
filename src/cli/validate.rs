//! `hold-the-line validate`: every problem with its location, then a summary.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::paths::{add_paths_json, paths_table};
use super::{EXIT_PROBLEMS, ReportFormat, color_stdout, error_line};
use crate::sim::coverage::{Coverage, MINIMUM};
use crate::sim::i18n::{LanguageReport, check_language};
use crate::sim::library::{self, Library};
use crate::text::Shown;
use crate::tr;

pub fn run(
    paths: &[PathBuf],
    format: ReportFormat,
    with_coverage: bool,
    with_paths: bool,
    lang: Option<&str>,
) -> Result<ExitCode> {
    let mut library = library::load(paths);
    let built_in = library.drop_built_in();
    let translation = match lang.map(crate::text::check_tag).transpose() {
        Ok(lang) => {
            // A file given: its folder's overlays.
            let folder = paths.first().map(|p| if p.is_file() { p.parent().unwrap_or(p) } else { p.as_path() });
            lang.map(|lang| check_language(&library, folder, &lang))
        }
        Err(problem) => {
            eprintln!("{}", error_line(problem));
            return Ok(ExitCode::from(super::EXIT_USAGE));
        }
    };
    if let Some(report) = &translation {
        library.diagnostics.0.extend(report.diagnostics.iter().cloned());
        library.diagnostics.sort();
    }
    // Before printing: the path analysis adds its `gameable` warnings to the diagnostics.
    let analyses = with_paths.then(|| library.check_paths());
    let coverage = with_coverage.then(|| {
        let catalog = library.catalog.as_ref().map(|(_, c)| c.clone()).unwrap_or_default();
        Coverage::measure(&catalog, library.scenarios.iter().map(|s| &s.scenario))
    });
    match format {
        ReportFormat::Text => {
            print!("{}", text_report(&library, color_stdout()));
            if built_in > 0 {
                if library.scenarios.is_empty() && library.broken.is_empty() {
                    println!("{}", tr!("validate-none-of-your-own", folder = folder_of(paths)));
                }
                println!("{}", built_in_note(built_in, &library.replaced));
            }
            if let Some(coverage) = &coverage {
                print!("\n{}", coverage_table(coverage));
            }
            if let Some(analyses) = &analyses {
                print!("\n{}", paths_table(&library, analyses));
            }
            if let Some(report) = &translation {
                println!("{}", translation_line(report));
            }
        }
        ReportFormat::Json => {
            let mut report = json_report(&library);
            if let Some(coverage) = &coverage {
                report["coverage"] = coverage_json(coverage);
            }
            if let Some(analyses) = &analyses {
                add_paths_json(&mut report, analyses);
            }
            if let Some(translation) = &translation {
                report["translation"] = translation_json(translation);
            }
            println!("{}", serde_json::to_string_pretty(&report)?)
        }
    }
    let short = coverage.as_ref().is_some_and(|c| c.short().next().is_some());
    Ok(if library.diagnostics.has_errors() || short { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}

/// One language's coverage in a line: the catalog, each translated scenario, and how many play
/// in English.
fn translation_line(report: &LanguageReport) -> String {
    let percent = |c: Option<crate::sim::i18n::Coverage>| {
        c.map_or_else(|| tr!("validate-translation-none"), |c| format!("{} %", c.percent()))
    };
    let done: Vec<String> = report.translated().map(|(id, c)| format!("{id} {} %", c.percent())).collect();
    let english = report.scenarios.len() - done.len();
    let mut line = tr!(
        "validate-translation",
        lang = &report.lang,
        name = crate::text::native_name(&report.lang),
        catalog = percent(report.catalog),
        done = done.len(),
        count = report.scenarios.len()
    );
    if !done.is_empty() {
        line.push_str(&format!(" ({})", done.join(", ")));
    }
    if english > 0 {
        line.push_str(&tr!("validate-translation-english", count = english));
    }
    line
}

fn translation_json(report: &LanguageReport) -> serde_json::Value {
    let coverage = |c: &crate::sim::i18n::Coverage| json!({"percent": c.percent(), "current": c.current, "missing": c.missing, "stale": c.stale, "orphaned": c.orphaned});
    json!({
        "language": report.lang,
        "catalog": report.catalog.as_ref().map(coverage),
        "scenarios": report.scenarios.iter().map(|(id, c)| json!({"id": id, "coverage": c.as_ref().map(coverage)})).collect::<Vec<_>>(),
    })
}

fn folder_of(paths: &[PathBuf]) -> String {
    paths.first().map_or_else(|| ".".into(), |p| p.display().to_string())
}

/// The bundled scenarios a trainer's folder is played beside, which `validate` does not list.
fn built_in_note(count: usize, replaced: &[String]) -> String {
    if replaced.is_empty() {
        tr!("validate-built-in", count = count)
    } else {
        tr!("validate-built-in-replaced", count = count, ids = replaced.join(", "))
    }
}

/// Rows of ids, a column per scenario (numbered, with a key below), a total, and a mark on
/// every row below the minimum.
pub fn coverage_table(coverage: &Coverage) -> String {
    let mut out = String::new();
    let width = coverage.strategies.iter().chain(&coverage.mistakes).map(|r| r.id.as_str().len()).max().unwrap_or(10);
    let header: String = (1..=coverage.scenarios.len()).map(|i| format!("{i:>3}")).collect();
    let total = tr!("validate-coverage-total");
    for (title, rows, verb) in [
        (tr!("validate-coverage-strategies"), &coverage.strategies, tr!("validate-coverage-strategies-count")),
        (tr!("validate-coverage-mistakes"), &coverage.mistakes, tr!("validate-coverage-mistakes-count")),
    ] {
        out.push_str(&format!("{title:<width$}  {header}  {total}  ({verb})\n"));
        for row in rows {
            let cells: String =
                row.per_scenario.iter().map(|n| if *n == 0 { "  .".to_owned() } else { format!("{n:>3}") }).collect();
            let flag = if row.total() < MINIMUM {
                format!("  {}", tr!("validate-coverage-below", minimum = MINIMUM))
            } else {
                String::new()
            };
            out.push_str(&format!("{:<width$}  {cells}  {:>5}{flag}\n", row.id.as_str(), row.total()));
        }
        out.push('\n');
    }
    for (i, id) in coverage.scenarios.iter().enumerate() {
        out.push_str(&format!("{:>3} = {id}\n", i + 1));
    }
    let short: Vec<&str> = coverage.short().map(|r| r.id.as_str()).collect();
    // `coverage ok:` and `coverage FAILED:` stay as they are, for scripts to match.
    if short.is_empty() {
        out.push_str(&format!("coverage ok: {}\n", tr!("validate-coverage-ok", minimum = MINIMUM)));
    } else {
        let failed = tr!("validate-coverage-failed", minimum = MINIMUM, ids = short.join(", "));
        out.push_str(&format!("coverage FAILED: {failed}\n"));
    }
    out
}

fn coverage_json(coverage: &Coverage) -> serde_json::Value {
    let rows = |rows: &[crate::sim::coverage::CoverageRow]| {
        rows.iter()
            .map(|r| json!({"id": r.id, "name": r.name, "total": r.total(), "per_scenario": r.per_scenario}))
            .collect::<Vec<_>>()
    };
    json!({
        "minimum": MINIMUM,
        "scenarios": coverage.scenarios,
        "strategies": rows(&coverage.strategies),
        "mistakes": rows(&coverage.mistakes),
        "short": coverage.short().map(|r| r.id.clone()).collect::<Vec<_>>(),
    })
}

pub fn text_report(library: &Library, color: bool) -> String {
    let mut out = String::new();
    for d in library.diagnostics.iter() {
        out.push_str(&d.render(color));
        out.push_str("\n\n");
    }
    for s in &library.summaries {
        let best = match &s.best {
            Some(b) => {
                let path: Vec<String> =
                    b.steps.iter().map(|(scene, choice, _)| format!("{scene}#{}", choice + 1)).collect();
                tr!("validate-best", score = b.score, path = path.join(" -> "), ending = &b.ending)
            }
            None => tr!("validate-best-none"),
        };
        // The difficulty as the file writes it (`Easy`), like the id.
        let difficulty = s.difficulty.to_string();
        let line =
            tr!("validate-scenario", id = &s.id, difficulty = difficulty, scenes = s.decision_scenes, best = best);
        out.push_str(&format!("  {line}\n"));
    }
    let scenes: usize = library.summaries.iter().map(|s| s.decision_scenes).sum();
    let (errors, warnings) = (library.diagnostics.errors(), library.diagnostics.warnings());
    let scenarios = library.scenarios.len() + library.broken.len();
    let summary = match &library.catalog {
        Some((_, c)) => tr!(
            "validate-summary-with-catalog",
            scenarios = scenarios,
            scenes = scenes,
            strategies = c.strategies.len(),
            mistakes = c.mistakes.len(),
            errors = errors,
            warnings = warnings
        ),
        None => tr!("validate-summary", scenarios = scenarios, scenes = scenes, errors = errors, warnings = warnings),
    };
    // `ok:` and `FAILED:` stay as they are, for scripts to match.
    out.push_str(&format!("{}: {summary}\n", if errors > 0 { "FAILED" } else { "ok" }));
    out
}

pub fn json_report(library: &Library) -> serde_json::Value {
    json!({
        "errors": library.diagnostics.errors(),
        "warnings": library.diagnostics.warnings(),
        "diagnostics": library.diagnostics.iter().map(Shown::to_json).collect::<Vec<_>>(),
        "scenarios": library.summaries.iter().map(|s| json!({
            "id": s.id,
            "title": s.title,
            "file": s.file,
            "difficulty": s.difficulty,
            "scenes": s.decision_scenes,
            "best_score": s.best.as_ref().map(|b| b.score),
            "best_path": s.best.as_ref().map(|b| b.steps.iter().map(|(scene, choice, score)| json!({"scene": scene, "choice": choice + 1, "score": score})).collect::<Vec<_>>()),
            "best_ending": s.best.as_ref().map(|b| b.ending.clone()),
        })).collect::<Vec<_>>(),
    })
}
