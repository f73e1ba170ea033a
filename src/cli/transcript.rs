//! Plain-text rendering of scenes, feedback and the debrief, for the terminal and golden tests.
//!
//! Every kind of feedback carries a word label ("applied", "missed", "mistake"), so nothing
//! depends on colour.

use std::fmt::Write;

use crate::sim::numbers::{percent, text_bar};
use crate::sim::{Debrief, Feedback, Presented, Scenario};
use crate::text::words;
use crate::tr;

const WIDTH: usize = 88;

/// Word-wraps `text` to `WIDTH`, prefixing every line with `indent`.
pub fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let chars = |s: &str| s.chars().count();
        if !line.is_empty() && chars(indent) + chars(&line) + 1 + chars(word) > WIDTH {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

pub fn header(scenario: &Scenario, seed: u64) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", scenario.title);
    let _ = writeln!(
        out,
        "{} | {} | {}",
        scenario.setting,
        words::difficulty(scenario.difficulty),
        tr!("transcript-seed", seed = seed.to_string())
    );
    let c = &scenario.customer;
    out.push_str(&wrap(&tr!("transcript-customer", name = &c.name, about = &c.about, mood = c.mood), ""));
    out
}

pub fn scene(p: &Presented, customer: &str) -> String {
    let mut out = String::new();
    let title = format!("-- {} ", tr!("transcript-scene", number = p.number, id = &p.scene_id));
    let _ = writeln!(out, "\n{title}{}", "-".repeat(WIDTH.saturating_sub(title.chars().count())));
    let _ = writeln!(out, "{}", tr!("transcript-mood", mood = p.mood));
    out.push_str(&wrap(&p.situation, ""));
    out.push_str(&wrap(&format!("{customer}: \"{}\"", p.customer_says.trim_matches('"')), "  "));
    out.push('\n');
    for (i, c) in p.choices.iter().enumerate() {
        let numbered = wrap(&spoken(&c.act, &c.say), "     ");
        let _ = write!(out, "  {}. {}", i + 1, numbered.trim_start());
    }
    out
}

/// A choice as the trainee reads it: the stage direction, if any, in brackets before the words.
fn spoken(act: &str, say: &str) -> String {
    if act.is_empty() { say.to_owned() } else { format!("[{act}] {say}") }
}

pub fn feedback(f: &Feedback, shown: usize) -> String {
    let mut out = String::new();
    out.push('\n');
    out.push_str(&wrap(&tr!("transcript-you-chose", number = shown, said = &f.said), "> "));
    let change = format!("{:+}", f.mood_change());
    let points = words::points(f.points);
    let (before, after) = (f.mood_before, f.mood_after);
    let _ = writeln!(
        out,
        "  {}",
        tr!("transcript-points", points = points, before = before, after = after, change = change)
    );
    out.push_str(&wrap(&f.feedback, "  "));
    for s in &f.applied {
        out.push_str(&wrap(&tr!("transcript-applied", name = &s.name, why = &s.why), "  "));
    }
    for s in &f.missed {
        out.push_str(&wrap(&tr!("transcript-missed", name = &s.name, why = &s.why), "  "));
    }
    for s in &f.off_target {
        out.push_str(&wrap(&tr!("transcript-off-target", name = &s.name), "  "));
    }
    for m in &f.mistakes {
        out.push_str(&wrap(&tr!("transcript-mistake", penalty = m.penalty, name = &m.name, why = &m.why), "  "));
    }
    if f.chose_best {
        out.push_str(&wrap(&tr!("transcript-best-here"), "  "));
    } else {
        let said = spoken(&f.best.act, &f.best.say);
        out.push_str(&wrap(&tr!("transcript-best", score = format!("{:+}", f.best.score), said = said), "  "));
        if !f.best.applies.is_empty() {
            out.push_str(&wrap(&tr!("transcript-it-applies", names = f.best.applies.join(", ")), "    "));
        }
    }
    if f.walked_out {
        out.push_str(&wrap(&tr!("transcript-walkout"), "  "));
    }
    out
}

pub fn debrief(d: &Debrief) -> String {
    let mut out = String::new();
    let title = format!("== {} ", tr!("transcript-debrief"));
    let _ = writeln!(out, "\n{title}{}", "=".repeat(WIDTH.saturating_sub(title.chars().count())));
    let label = words::grade_label(d.grade);
    let _ = writeln!(out, "{}", tr!("transcript-score", score = d.score, letter = d.grade.letter(), label = label));
    out.push_str(&wrap(&tr!("transcript-how", how = words::run_score(&d.breakdown)), "  "));
    let outcome = words::outcome(d.outcome);
    let _ = writeln!(out, "{}", tr!("transcript-outcome", outcome = outcome, mood = d.final_mood));
    out.push_str(&wrap(&d.ending_text, "  "));
    out.push_str(&wrap(&tr!("transcript-path", path = d.path.join(" -> ")), ""));
    if !d.strategies.is_empty() {
        let heading = tr!("transcript-table-strategy");
        let width = |s: &str| s.chars().count();
        let name_width = d.strategies.iter().map(|s| width(&s.name)).chain([width(&heading)]).max().unwrap_or(8).max(8);
        // Each count under its column's heading, as wide as the heading in this language.
        let columns = [tr!("transcript-col-applied"), tr!("transcript-col-missed"), tr!("transcript-col-off-target")];
        let [a, m, o] = columns.each_ref().map(|c| width(c));
        let _ = writeln!(out, "\n  {heading:<name_width$}  {}", columns.join("  "));
        for s in &d.strategies {
            let _ = writeln!(
                out,
                "  {:<name_width$}  {:>a$}  {:>m$}  {:>o$}  {}",
                s.name,
                s.applied,
                s.missed,
                s.off_target,
                percent(s.applied, s.applied + s.missed).map(text_bar).unwrap_or_default()
            );
        }
    }
    if !d.mistakes.is_empty() {
        let _ = writeln!(out, "\n  {}", tr!("transcript-mistakes"));
        for m in &d.mistakes {
            let _ = writeln!(
                out,
                "  {}",
                tr!("transcript-mistake-count", name = &m.name, count = m.count, points = m.points)
            );
        }
    }
    if !d.reflection.is_empty() {
        let _ = writeln!(out, "\n  {}", tr!("transcript-reflect"));
        for q in &d.reflection {
            out.push_str(&wrap(&format!("- {q}"), "  "));
        }
    }
    out
}
