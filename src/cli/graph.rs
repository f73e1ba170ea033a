//! `hold-the-line graph`: the branching graph as Mermaid or Graphviz DOT, best path highlighted.

use std::collections::HashSet;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{GraphFormat, load_one};
use crate::sim::bestpath::best_path;
use crate::sim::scoring::{ScenePoints, score_choice};
use crate::sim::{Catalog, Scenario, SceneNode};
use crate::text::words;
use crate::tr;

pub fn run(scenarios_dir: &Path, name: &str, format: GraphFormat) -> Result<ExitCode> {
    let (library, found) = match load_one(scenarios_dir, name) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let catalog = library.catalog.as_ref().map(|(_, c)| c.clone()).unwrap_or_default();
    print!("{}", render(&found.scenario, &catalog, format));
    Ok(ExitCode::SUCCESS)
}

/// One arrow: from scene, choice number (file order, 1-based), to scene, points, mood change,
/// whether it makes a mistake, whether it is on the best path.
struct Edge<'a> {
    from: &'a str,
    choice: usize,
    to: &'a str,
    points: ScenePoints,
    mood: i32,
    mistake: bool,
    best: bool,
}

impl Edge<'_> {
    fn label(&self) -> String {
        let (choice, earned, mood) = (self.choice, self.points.earned, format!("{:+}", self.mood));
        if self.points.penalty > 0 {
            let penalty = self.points.penalty;
            tr!("graph-edge-with-mistake", choice = choice, earned = earned, penalty = penalty, mood = mood)
        } else {
            tr!("graph-edge", choice = choice, earned = earned, mood = mood)
        }
    }
}

fn edges<'a>(scenario: &'a Scenario, catalog: &Catalog) -> (Vec<Edge<'a>>, HashSet<String>) {
    let best = best_path(scenario, catalog);
    let best_steps: HashSet<(String, usize)> =
        best.iter().flat_map(|b| b.steps.iter().map(|(s, c, _)| (s.clone(), *c))).collect();
    let mut best_nodes: HashSet<String> = best_steps.iter().map(|(s, _)| s.clone()).collect();
    if let Some(b) = &best {
        best_nodes.insert(b.ending.clone());
    }
    let mut out = Vec::new();
    for (id, node) in &scenario.scenes.0 {
        if let SceneNode::Scene(scene) = node {
            for (i, choice) in scene.choices.iter().enumerate() {
                out.push(Edge {
                    from: id,
                    choice: i + 1,
                    to: &choice.next,
                    points: score_choice(scene, choice, catalog).points(),
                    mood: choice.mood,
                    mistake: !choice.mistakes.is_empty(),
                    best: best_steps.contains(&(id.clone(), i)),
                });
            }
        }
    }
    (out, best_nodes)
}

fn short(text: &str, max: usize) -> String {
    let clean: String = text.chars().map(|c| if c == '"' { '\'' } else { c }).collect();
    if clean.chars().count() <= max {
        clean
    } else {
        format!("{}...", clean.chars().take(max).collect::<String>().trim_end())
    }
}

pub fn render(scenario: &Scenario, catalog: &Catalog, format: GraphFormat) -> String {
    match format {
        GraphFormat::Mermaid => mermaid(scenario, catalog),
        GraphFormat::Dot => dot(scenario, catalog),
    }
}

/// What goes before a scene's id in its box: `START: `, `RECOVERY: ` or nothing.
fn scene_mark(start: bool, recovery: bool) -> String {
    match (start, recovery) {
        (_, true) => format!("{}: ", tr!("graph-recovery")),
        (true, false) => format!("{}: ", tr!("graph-start")),
        (false, false) => String::new(),
    }
}

/// Mermaid node ids must be plain words; scene ids may hold dashes.
fn node_id(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

fn mermaid(scenario: &Scenario, catalog: &Catalog) -> String {
    let (edges, best_nodes) = edges(scenario, catalog);
    let recovery = scenario.recovery_scenes();
    let mut out = String::new();
    let _ = writeln!(out, "---\ntitle: \"{}\"\n---\nflowchart TD", short(&scenario.title, 80));
    for (id, node) in &scenario.scenes.0 {
        let start = scene_mark(*id == scenario.start, recovery.contains(&id.as_str()));
        match node {
            SceneNode::Scene(s) => {
                let _ = writeln!(
                    out,
                    "    {}[\"{start}{id}<br/><small>{}</small>\"]",
                    node_id(id),
                    short(&s.situation, 60)
                );
            }
            SceneNode::Ending(e) => {
                let ending = tr!("graph-ending", outcome = words::outcome(e.outcome));
                let _ = writeln!(out, "    {}([\"{ending}: {id}\"])", node_id(id));
            }
        }
    }
    let (mut best_links, mut mistake_links) = (Vec::new(), Vec::new());
    for (n, e) in edges.iter().enumerate() {
        let arrow = if e.mistake { "-.->" } else { "-->" };
        let _ = writeln!(out, "    {} {arrow}|\"{}\"| {}", node_id(e.from), e.label(), node_id(e.to));
        if e.best {
            best_links.push(n.to_string());
        } else if e.mistake {
            mistake_links.push(n.to_string());
        }
    }
    let _ = writeln!(out, "    classDef ending fill:#eef3f8,stroke:#4a6680");
    let _ = writeln!(out, "    classDef best stroke:#1b7f3b,stroke-width:3px");
    let _ = writeln!(out, "    classDef recovery fill:#fff4e0,stroke:#b35c00");
    for id in &recovery {
        let _ = writeln!(out, "    class {} recovery", node_id(id));
    }
    for (id, node) in &scenario.scenes.0 {
        if matches!(node, SceneNode::Ending(_)) {
            let _ = writeln!(out, "    class {} ending", node_id(id));
        }
    }
    for id in scenario.scenes.0.iter().map(|(id, _)| id).filter(|id| best_nodes.contains(*id)) {
        let _ = writeln!(out, "    class {} best", node_id(id));
    }
    if !best_links.is_empty() {
        let _ = writeln!(out, "    linkStyle {} stroke:#1b7f3b,stroke-width:3px", best_links.join(","));
    }
    if !mistake_links.is_empty() {
        let _ = writeln!(out, "    linkStyle {} stroke:#b3261e,stroke-dasharray:4", mistake_links.join(","));
    }
    out
}

fn dot(scenario: &Scenario, catalog: &Catalog) -> String {
    let (edges, best_nodes) = edges(scenario, catalog);
    let recovery = scenario.recovery_scenes();
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", quote(&scenario.id));
    let _ = writeln!(out, "    label=\"{}\"; labelloc=t; rankdir=TB;", quote(&scenario.title));
    let _ = writeln!(out, "    node [shape=box, style=rounded, fontname=\"Helvetica\"];");
    for (id, node) in &scenario.scenes.0 {
        let best = if best_nodes.contains(id) { ", color=\"#1b7f3b\", penwidth=3" } else { "" };
        let recovers = recovery.contains(&id.as_str());
        let best = if recovers { ", style=\"rounded,filled\", fillcolor=\"#fff4e0\"" } else { best };
        match node {
            SceneNode::Scene(s) => {
                let start = scene_mark(*id == scenario.start, recovers);
                let _ = writeln!(
                    out,
                    "    \"{}\" [label=\"{start}{}\\n{}\"{best}];",
                    quote(id),
                    quote(id),
                    quote(&short(&s.situation, 40))
                );
            }
            SceneNode::Ending(e) => {
                let ending = tr!("graph-ending", outcome = words::outcome(e.outcome));
                let _ = writeln!(
                    out,
                    "    \"{}\" [shape=doubleoctagon, style=filled, fillcolor=\"#eef3f8\", label=\"{}\\n{}\"{best}];",
                    quote(id),
                    quote(&ending),
                    quote(id)
                );
            }
        }
    }
    for e in &edges {
        let style = match (e.best, e.mistake) {
            (true, _) => ", color=\"#1b7f3b\", penwidth=3",
            (false, true) => ", color=\"#b3261e\", style=dashed",
            (false, false) => "",
        };
        let _ = writeln!(out, "    \"{}\" -> \"{}\" [label=\"{}\"{style}];", quote(e.from), quote(e.to), e.label());
    }
    out.push_str("}\n");
    out
}
