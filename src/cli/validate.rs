//! `hold-the-line validate`: every problem with its location, then a summary.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::{EXIT_PROBLEMS, ReportFormat, color_stdout};
use crate::sim::library::{self, Library};

pub fn run(paths: &[PathBuf], format: ReportFormat) -> Result<ExitCode> {
    let library = library::load(paths);
    match format {
        ReportFormat::Text => print!("{}", text_report(&library, color_stdout())),
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&json_report(&library))?),
    }
    Ok(if library.diagnostics.has_errors() { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

pub fn text_report(library: &Library, color: bool) -> String {
    let mut out = String::new();
    for d in library.diagnostics.iter() {
        out.push_str(&d.render(color));
        out.push_str("\n\n");
    }
    for s in &library.summaries {
        let best = match &s.best {
            Some(b) => format!(
                "best {}: {} -> {}",
                b.score,
                b.steps
                    .iter()
                    .map(|(scene, choice, _)| format!("{scene}#{}", choice + 1))
                    .collect::<Vec<_>>()
                    .join(" -> "),
                b.ending
            ),
            None => "best: none (fix the errors first)".into(),
        };
        out.push_str(&format!("  {} ({}, {}): {best}\n", s.id, s.difficulty, plural(s.decision_scenes, "scene")));
    }
    let scenes: usize = library.summaries.iter().map(|s| s.decision_scenes).sum();
    let (errors, warnings) = (library.diagnostics.errors(), library.diagnostics.warnings());
    let catalog = match &library.catalog {
        Some((_, c)) => format!(
            " against {} and {}",
            plural(c.strategies.len(), "strategy").replace("strategys", "strategies"),
            plural(c.mistakes.len(), "mistake")
        ),
        None => String::new(),
    };
    out.push_str(&format!(
        "{}: {} ({}){catalog}, {}, {}\n",
        if errors > 0 { "FAILED" } else { "ok" },
        plural(library.scenarios.len() + library.broken.len(), "scenario"),
        plural(scenes, "scene"),
        plural(errors, "error"),
        plural(warnings, "warning"),
    ));
    out
}

pub fn json_report(library: &Library) -> serde_json::Value {
    json!({
        "errors": library.diagnostics.errors(),
        "warnings": library.diagnostics.warnings(),
        "diagnostics": library.diagnostics.0,
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
