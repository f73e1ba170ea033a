//! Plain-text rendering of scenes, feedback and the debrief, for the terminal and golden tests.
//!
//! Every kind of feedback carries a word label ("applied", "missed", "mistake"), so nothing
//! depends on colour.

use std::fmt::Write;

use crate::sim::numbers::{percent, text_bar};
use crate::sim::{Debrief, Feedback, Presented, Scenario};

const WIDTH: usize = 88;

/// Word-wraps `text` to `WIDTH`, prefixing every line with `indent`.
pub fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > WIDTH {
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
    let _ = writeln!(out, "{} | {} | seed {seed}", scenario.setting, scenario.difficulty);
    out.push_str(&wrap(
        &format!("{}: {} (mood {}/100)", scenario.customer.name, scenario.customer.about, scenario.customer.mood),
        "",
    ));
    out
}

pub fn scene(p: &Presented, customer: &str) -> String {
    let mut out = String::new();
    let title = format!("-- Scene {}: {} ", p.number, p.scene_id);
    let _ = writeln!(out, "\n{title}{}", "-".repeat(WIDTH.saturating_sub(title.len())));
    let _ = writeln!(out, "Mood {}/100", p.mood);
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
    out.push_str(&wrap(&format!("You chose {shown}: {}", f.said), "> "));
    let change = f.mood_change();
    let _ = writeln!(out, "  Points: {} | mood {} -> {} ({change:+})", f.points.explain(), f.mood_before, f.mood_after);
    out.push_str(&wrap(&f.feedback, "  "));
    for s in &f.applied {
        out.push_str(&wrap(&format!("[applied] {}: {}", s.name, s.why), "  "));
    }
    for s in &f.missed {
        out.push_str(&wrap(&format!("[missed] {}: {}", s.name, s.why), "  "));
    }
    for s in &f.off_target {
        out.push_str(&wrap(
            &format!("[off-target] {}: fine in itself, but not what this moment called for.", s.name),
            "  ",
        ));
    }
    for m in &f.mistakes {
        out.push_str(&wrap(&format!("[mistake -{}] {}: {}", m.penalty, m.name, m.why), "  "));
    }
    if f.chose_best {
        out.push_str("  [best] That was the best response here.\n");
    } else {
        out.push_str(&wrap(&format!("[best {:+}] {}", f.best.score, spoken(&f.best.act, &f.best.say)), "  "));
        if !f.best.applies.is_empty() {
            out.push_str(&wrap(&format!("It applies: {}.", f.best.applies.join(", ")), "    "));
        }
    }
    if f.walked_out {
        out.push_str("  [walkout] The customer's mood hit 0: they have had enough.\n");
    }
    out
}

pub fn debrief(d: &Debrief) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n== Debrief {}", "=".repeat(WIDTH - 11));
    let _ = writeln!(out, "Score {}/100 | grade {}: {}", d.score, d.grade.letter(), d.grade.label());
    out.push_str(&wrap(&format!("How: {}", d.breakdown.explain()), "  "));
    let _ = writeln!(out, "Outcome: {} | final mood {}/100", d.outcome, d.final_mood);
    out.push_str(&wrap(&d.ending_text, "  "));
    out.push_str(&wrap(&format!("Path: {}", d.path.join(" -> ")), ""));
    if !d.strategies.is_empty() {
        let name_width = d.strategies.iter().map(|s| s.name.len()).max().unwrap_or(8).max(8);
        let _ = writeln!(out, "\n  {:<name_width$}  applied  missed  off-target", "Strategy");
        for s in &d.strategies {
            let _ = writeln!(
                out,
                "  {:<name_width$}  {:>7}  {:>6}  {:>10}  {}",
                s.name,
                s.applied,
                s.missed,
                s.off_target,
                percent(s.applied, s.applied + s.missed).map(text_bar).unwrap_or_default()
            );
        }
    }
    if !d.mistakes.is_empty() {
        let _ = writeln!(out, "\n  Mistakes:");
        for m in &d.mistakes {
            let _ = writeln!(out, "  - {} x{} (-{} points)", m.name, m.count, m.points);
        }
    }
    if !d.reflection.is_empty() {
        let _ = writeln!(out, "\n  Reflect:");
        for q in &d.reflection {
            out.push_str(&wrap(&format!("- {q}"), "  "));
        }
    }
    out
}
