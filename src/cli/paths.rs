//! `validate --paths`: per scenario, the spread of run scores over every path and what each
//! surface bot scores, as a table or as JSON under each scenario.

use serde_json::{Value, json};

use crate::sim::analysis::{Analysis, SEEDS};
use crate::sim::library::Library;
use crate::tr;

/// One block per scenario: paths, min / median / max, outcome shares, then a row per bot.
pub fn paths_table(library: &Library, analyses: &[Option<Analysis>]) -> String {
    let (first, last) = (SEEDS.start().to_string(), SEEDS.end().to_string());
    let mut out = format!("{}\n", tr!("paths-title", first = first, last = last));
    // The bots' table: its columns widen to fit the words of the language in use.
    let (bot, mean, best) = (tr!("paths-bot"), tr!("paths-mean"), tr!("paths-best"));
    let (wm, wb) = (mean.chars().count().max(4), best.chars().count().max(4));
    for (summary, analysis) in library.summaries.iter().zip(analyses) {
        let Some(a) = analysis else {
            out.push_str(&format!("\n{}\n", tr!("paths-not-analysed", id = &summary.id)));
            continue;
        };
        let p = &a.paths;
        let o = &p.outcomes;
        let how = if p.exact { tr!("paths-exact") } else { tr!("paths-sampled") };
        let (id, count, min, median, max) = (&summary.id, p.count, p.min, p.median, p.max);
        let spread = tr!("paths-summary", id = id, count = count, how = how, min = min, median = median, max = max);
        out.push_str(&format!("\n{spread}\n"));
        let (resolved, escalated, unresolved, walkout) = (o.resolved, o.escalated, o.unresolved, o.walkout);
        let shares = tr!(
            "paths-outcomes",
            resolved = resolved,
            escalated = escalated,
            unresolved = unresolved,
            walkout = walkout
        );
        out.push_str(&format!("  {shares}\n"));
        out.push_str(&format!("  {bot:<16} {mean:>wm$} {best:>wb$}\n"));
        for b in &a.bots {
            out.push_str(&format!("  {:<16} {:>wm$} {:>wb$}\n", b.bot.name(), b.mean, b.best));
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
