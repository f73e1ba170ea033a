//! The trainer's class report, from several trainees' CSV exports or store files: mastery per
//! trainee and strategy, the class's weakest strategies, and the scenes where most of the class
//! chose a mistake. Rendered as a terminal table and as one self-contained, printable HTML page.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::export::DecisionRow;

#[derive(Clone, Debug, Default)]
pub struct ClassReport {
    pub trainees: Vec<String>,
    pub strategies: Vec<String>,
    /// (trainee, strategy) -> (applied, recommended)
    pub mastery: BTreeMap<(String, String), (usize, usize)>,
    /// Class-wide (applied, recommended) per strategy, weakest first.
    pub weakest: Vec<(String, usize, usize)>,
    /// Scenes where over half of the trainees who reached them made a mistake, with the most
    /// chosen wrong answer: (scenario, scene, trainees with a mistake, trainees there, answer).
    pub trouble_scenes: Vec<(String, String, usize, usize, String)>,
    /// Scenario versions (content hashes) the results came from.
    pub versions: BTreeMap<String, BTreeSet<String>>,
    /// Decisions counted (each once, however many files it came in).
    pub decisions: usize,
    /// Readable names from the catalog and scenario files, where the report could read them.
    pub names: Names,
}

/// Strategy names and scenario titles by id; reports fall back to the id for anything unknown
/// (a scenario removed since, or a report made away from the scenarios folder).
#[derive(Clone, Debug, Default)]
pub struct Names {
    pub strategies: BTreeMap<String, String>,
    pub scenarios: BTreeMap<String, String>,
}

impl Names {
    pub fn strategy<'a>(&'a self, id: &'a str) -> &'a str {
        self.strategies.get(id).map_or(id, String::as_str)
    }

    pub fn scenario<'a>(&'a self, id: &'a str) -> &'a str {
        self.scenarios.get(id).map_or(id, String::as_str)
    }
}

fn ids(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(|s| !s.is_empty())
}

pub fn build(rows: &[DecisionRow], names: Names) -> ClassReport {
    let mut report = ClassReport { names, ..ClassReport::default() };
    let trainees: BTreeSet<&str> = rows.iter().map(|r| r.trainee.as_str()).collect();
    let mut strategies = BTreeSet::new();
    let mut class: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // (scenario, scene) -> trainee -> made a mistake there at least once
    let mut scenes: BTreeMap<(String, String), BTreeMap<String, bool>> = BTreeMap::new();
    let mut wrong_answers: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
    // The same decision can arrive twice (a trainee's export and the store it came from).
    let mut seen = BTreeSet::new();
    for r in rows {
        if !seen.insert((&r.trainee, &r.scenario, &r.run_started, r.run, r.step)) {
            continue;
        }
        report.decisions += 1;
        report.versions.entry(r.scenario.clone()).or_default().insert(r.scenario_version.clone());
        for (list, applied) in [(&r.applied, true), (&r.missed, false)] {
            for id in ids(list) {
                strategies.insert(id.to_owned());
                let cell = report.mastery.entry((r.trainee.clone(), id.to_owned())).or_default();
                let total = class.entry(id.to_owned()).or_default();
                cell.1 += 1;
                total.1 += 1;
                if applied {
                    cell.0 += 1;
                    total.0 += 1;
                }
            }
        }
        let key = (r.scenario.clone(), r.scene.clone());
        let mistake = !r.mistakes.is_empty();
        *scenes.entry(key.clone()).or_default().entry(r.trainee.clone()).or_default() |= mistake;
        if mistake {
            *wrong_answers.entry(key).or_default().entry(r.choice_text.clone()).or_default() += 1;
        }
    }
    report.trainees = trainees.into_iter().map(str::to_owned).collect();
    report.strategies = strategies.into_iter().collect();
    let mut weakest: Vec<(String, usize, usize)> = class.into_iter().map(|(s, (a, n))| (s, a, n)).collect();
    weakest.sort_by(|x, y| (x.1 * y.2).cmp(&(y.1 * x.2)).then(x.0.cmp(&y.0)));
    report.weakest = weakest;
    for (key, who) in scenes {
        let reached = who.len();
        let erred = who.values().filter(|m| **m).count();
        if erred * 2 > reached {
            let answer = wrong_answers
                .get(&key)
                .and_then(|a| a.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0))))
                .map(|(text, _)| text.clone())
                .unwrap_or_default();
            report.trouble_scenes.push((key.0, key.1, erred, reached, answer));
        }
    }
    report
}

fn percent(applied: usize, total: usize) -> Option<usize> {
    crate::sim::numbers::percent(applied, total).map(usize::from)
}

pub fn to_text(report: &ClassReport) -> String {
    let mut out = String::new();
    let names = &report.names;
    let width = report.strategies.iter().map(|s| names.strategy(s).chars().count()).max().unwrap_or(8).max(8);
    let _ = write!(out, "{:<width$}", "Strategy");
    for t in &report.trainees {
        let _ = write!(out, " {:>10}", t.chars().take(10).collect::<String>());
    }
    let _ = writeln!(out, " {:>7}", "class");
    for s in &report.strategies {
        let _ = write!(out, "{:<width$}", names.strategy(s));
        for t in &report.trainees {
            let cell = report.mastery.get(&(t.clone(), s.clone())).and_then(|(a, n)| percent(*a, *n));
            let _ = write!(out, " {:>10}", cell.map_or_else(|| "-".into(), |p| format!("{p}%")));
        }
        let class = report.weakest.iter().find(|w| &w.0 == s).and_then(|w| percent(w.1, w.2));
        let _ = writeln!(out, " {:>7}", class.map_or_else(|| "-".into(), |p| format!("{p}%")));
    }
    let _ = writeln!(out, "\nWeakest strategies across the class:");
    for (s, a, n) in report.weakest.iter().take(3) {
        let _ = writeln!(out, "  {}: {}% ({a} of {n} moments)", names.strategy(s), percent(*a, *n).unwrap_or(0));
    }
    if !report.trouble_scenes.is_empty() {
        let _ = writeln!(out, "\nScenes where most of the class chose a mistake:");
        for (scenario, scene, erred, reached, answer) in &report.trouble_scenes {
            let _ =
                writeln!(out, "  {} / {scene}: {erred} of {reached}; most chosen: {answer}", names.scenario(scenario));
        }
    }
    let _ = writeln!(out, "\nScenario versions in these results:");
    for (scenario, versions) in &report.versions {
        let title = names.scenario(scenario);
        let named = if title == scenario { scenario.clone() } else { format!("{title} ({scenario})") };
        let _ = writeln!(out, "  {named}: {}", versions.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    out
}

/// Escapes text for HTML, so trainee names and answers can never become markup.
pub fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

pub fn to_html(report: &ClassReport) -> String {
    let mut h = String::new();
    h.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hold the Line: class report</title>\n<style>\n");
    h.push_str("body{font-family:system-ui,sans-serif;color:#1f2933;background:#fff;margin:2rem;max-width:60rem}\nh1{color:#1d4e89}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccd1d8;padding:.3rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}\n.low{background:#f8e1e1}.mid{background:#fbf0d9}.high{background:#e1f0e6}.note{color:#52606d}\n@media print{body{margin:0}section{break-inside:avoid}}\n</style></head><body>\n");
    let names = &report.names;
    let _ = writeln!(
        h,
        "<h1>Class report</h1>\n<p class=\"note\">{} trainees, {} decisions. Each figure is the share of the moments where a strategy was recommended that the trainee applied it.</p>",
        report.trainees.len(),
        report.decisions
    );
    let weakest: Vec<String> = report
        .weakest
        .iter()
        .take(3)
        .map(|(s, a, n)| format!("{} ({}%)", escape(names.strategy(s)), percent(*a, *n).unwrap_or(0)))
        .collect();
    if !weakest.is_empty() {
        let _ = writeln!(h, "<p><strong>Weakest across the class:</strong> {}.</p>", weakest.join(", "));
    }
    h.push_str("<section><h2>Class mastery by strategy</h2>\n");
    let bar_height = 22;
    let chart_height = report.weakest.len() * bar_height + 10;
    let _ = writeln!(
        h,
        "<svg width=\"720\" height=\"{chart_height}\" role=\"img\" aria-label=\"Class mastery by strategy\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    for (i, (s, a, n)) in report.weakest.iter().enumerate() {
        let p = percent(*a, *n).unwrap_or(0);
        let y = i * bar_height + 5;
        let _ = writeln!(
            h,
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{}</text><rect x=\"300\" y=\"{y}\" width=\"{}\" height=\"16\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{p}%</text>",
            y + 13,
            escape(names.strategy(s)),
            p * 3,
            if p < 50 {
                "#a61b1b"
            } else if p < 80 {
                "#8a5a00"
            } else {
                "#1b6e3a"
            },
            306 + p * 3,
            y + 13
        );
    }
    h.push_str("</svg></section>\n<section><h2>Trainee by strategy</h2>\n<table><tr><th>Strategy</th>");
    for t in &report.trainees {
        let _ = write!(h, "<th>{}</th>", escape(t));
    }
    h.push_str("</tr>\n");
    for s in &report.strategies {
        let _ = write!(h, "<tr><td>{}</td>", escape(names.strategy(s)));
        for t in &report.trainees {
            match report.mastery.get(&(t.clone(), s.clone())).and_then(|(a, n)| percent(*a, *n)) {
                Some(p) => {
                    let class = if p < 50 {
                        "low"
                    } else if p < 80 {
                        "mid"
                    } else {
                        "high"
                    };
                    let _ = write!(h, "<td class=\"{class}\">{p}%</td>");
                }
                None => h.push_str("<td>-</td>"),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table></section>\n<section><h2>Scenes where most of the class chose a mistake</h2>\n");
    if report.trouble_scenes.is_empty() {
        h.push_str("<p>None.</p>\n");
    } else {
        h.push_str("<table><tr><th>Scenario / scene</th><th>Trainees</th><th>Most chosen wrong answer</th></tr>\n");
        for (scenario, scene, erred, reached, answer) in &report.trouble_scenes {
            let _ = writeln!(
                h,
                "<tr><td>{} / {}</td><td>{erred} of {reached}</td><td style=\"text-align:left\">{}</td></tr>",
                escape(names.scenario(scenario)),
                escape(scene),
                escape(answer)
            );
        }
        h.push_str("</table>\n");
    }
    h.push_str("</section>\n<section><h2>Scenario versions</h2><ul>\n");
    for (scenario, versions) in &report.versions {
        let _ = writeln!(
            h,
            "<li>{} (<code>{}</code>): {}</li>",
            escape(names.scenario(scenario)),
            escape(scenario),
            escape(&versions.iter().cloned().collect::<Vec<_>>().join(", "))
        );
    }
    h.push_str("</ul></section>\n</body></html>\n");
    h
}
