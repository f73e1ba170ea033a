//! `validate --paths`: per scenario, the spread of run scores over every path and what each
//! surface bot scores, as a table or as JSON under each scenario.

use serde_json::{Value, json};

use crate::sim::analysis::{Analysis, SEEDS};
use crate::sim::library::Library;
use crate::sim::numbers::counted;

/// One block per scenario: paths, min / median / max, outcome shares, then a row per bot.
pub fn paths_table(library: &Library, analyses: &[Option<Analysis>]) -> String {
    let mut out = format!("Paths (model 2 run scores; bots play seeds {}-{})\n", SEEDS.start(), SEEDS.end());
    for (summary, analysis) in library.summaries.iter().zip(analyses) {
        let Some(a) = analysis else {
            out.push_str(&format!("\n{}: not analysed (fix its errors first)\n", summary.id));
            continue;
        };
        let p = &a.paths;
        let o = &p.outcomes;
        out.push_str(&format!(
            "\n{}: {} ({}), min {}, median {}, max {}\n",
            summary.id,
            counted(p.count, "path"),
            if p.exact { "exact" } else { "sampled" },
            p.min,
            p.median,
            p.max
        ));
        out.push_str(&format!(
            "  outcomes: resolved {}%, escalated {}%, unresolved {}%, walkout {}%\n",
            o.resolved, o.escalated, o.unresolved, o.walkout
        ));
        out.push_str(&format!("  {:<16} {:>4} {:>4}\n", "bot", "mean", "best"));
        for b in &a.bots {
            out.push_str(&format!("  {:<16} {:>4} {:>4}\n", b.bot.name(), b.mean, b.best));
        }
    }
    out
}

/// Adds `paths` and `bots` to each scenario of a `validate --format json` report.
pub fn add_paths_json(report: &mut Value, analyses: &[Option<Analysis>]) {
    let Some(scenarios) = report["scenarios"].as_array_mut() else { return };
    for (scenario, analysis) in scenarios.iter_mut().zip(analyses) {
        let (paths, bots) = match analysis {
            Some(a) => (json!(a.paths), json!(a.bots)),
            None => (Value::Null, Value::Null),
        };
        scenario["paths"] = paths;
        scenario["bots"] = bots;
    }
}
