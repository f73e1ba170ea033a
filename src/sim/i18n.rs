//! Scenario translations as overlays (no Bevy): every translatable text of a scenario under a
//! stable key, and an overlay that keeps, per key, the source it translates, the translation and
//! its state. Updating an overlay never deletes a translation: an edited source marks it stale,
//! a removed one marks it orphaned.

use super::model::{Scenario, SceneNode};

/// One translatable text of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable across edits that do not touch it: `opening.says.2`, `opening.choice.3.say`.
    pub key: String,
    pub source: String,
}

/// Every translatable text, in file order. Customer lines and reflections are numbered from 1;
/// choices by their place in the scene (1, 2…).
pub fn entries(scenario: &Scenario) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut add = |key: String, source: &str| {
        if !source.trim().is_empty() {
            out.push(Entry { key, source: source.to_owned() });
        }
    };
    add("title".into(), &scenario.title);
    add("setting".into(), &scenario.setting);
    add("customer.about".into(), &scenario.customer.about);
    add("learning_goals".into(), &scenario.learning_goals);
    for (n, line) in scenario.reflection.iter().enumerate() {
        add(format!("reflection.{}", n + 1), line);
    }
    for (id, node) in &scenario.scenes.0 {
        match node {
            SceneNode::Scene(scene) => {
                add(format!("{id}.situation"), &scene.situation);
                for (n, line) in scene.customer_says.iter().enumerate() {
                    add(format!("{id}.says.{}", n + 1), line);
                }
                for (n, choice) in scene.choices.iter().enumerate() {
                    add(format!("{id}.choice.{}.act", n + 1), &choice.act);
                    add(format!("{id}.choice.{}.say", n + 1), &choice.say);
                    add(format!("{id}.choice.{}.feedback", n + 1), &choice.feedback);
                }
            }
            SceneNode::Ending(ending) => add(format!("{id}.text"), &ending.text),
        }
    }
    out
}

/// Where a translation stands against the scenario as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    /// Translated from the current source.
    Current,
    /// Not translated yet.
    Missing,
    /// Translated from an older source (`was`): to be checked.
    Stale { was: String },
    /// The scenario no longer has this text: kept, in case it comes back or is moved.
    Orphaned,
}

/// One overlay row: the key, the source it translates, and the translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub source: String,
    pub translation: String,
    pub state: State,
}

/// How an overlay compares with the scenario, before or after an update.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub current: usize,
    pub missing: usize,
    pub stale: usize,
    pub orphaned: usize,
}

impl Coverage {
    /// Share of the scenario's texts translated from their current source, 0-100.
    pub fn percent(&self) -> u8 {
        super::numbers::percent(self.current, self.current + self.missing + self.stale).unwrap_or(100)
    }
}

/// Brings an overlay up to the scenario: new texts added untranslated, an edited source recorded
/// with the old one kept as `was` (the translation stays), removed texts kept as orphaned.
/// Nothing translated is ever dropped. Rows follow the scenario's order, orphans last.
pub fn update(rows: &[Row], scenario: &Scenario) -> Vec<Row> {
    let now = entries(scenario);
    let mut out: Vec<Row> = now
        .iter()
        .map(|entry| match rows.iter().find(|r| r.key == entry.key) {
            None => Row {
                key: entry.key.clone(),
                source: entry.source.clone(),
                translation: String::new(),
                state: State::Missing,
            },
            Some(row) => Row {
                key: row.key.clone(),
                source: entry.source.clone(),
                translation: row.translation.clone(),
                state: state_of(row, &entry.source),
            },
        })
        .collect();
    for row in rows.iter().filter(|r| !now.iter().any(|e| e.key == r.key)) {
        if !row.translation.trim().is_empty() {
            out.push(Row { state: State::Orphaned, ..row.clone() });
        }
    }
    out
}

/// A row's state against the source now: a translation made from another source is stale. A
/// row already stale stays so, keeping the source it was translated from, until the translator
/// clears the mark (or the source goes back to that text).
fn state_of(row: &Row, source: &str) -> State {
    if row.translation.trim().is_empty() {
        return State::Missing;
    }
    match &row.state {
        State::Stale { was } if was == source => State::Current,
        State::Stale { was } => State::Stale { was: was.clone() },
        _ if row.source != source => State::Stale { was: row.source.clone() },
        _ => State::Current,
    }
}

/// Counts the rows of an updated overlay by state.
pub fn coverage(rows: &[Row]) -> Coverage {
    let mut coverage = Coverage::default();
    for row in rows {
        match row.state {
            State::Current => coverage.current += 1,
            State::Missing => coverage.missing += 1,
            State::Stale { .. } => coverage.stale += 1,
            State::Orphaned => coverage.orphaned += 1,
        }
    }
    coverage
}

/// The translation for `key`, when it is current (a stale or missing one falls back to the
/// source, per text).
pub fn translated<'a>(rows: &'a [Row], key: &str) -> Option<&'a str> {
    rows.iter().find(|r| r.key == key && r.state == State::Current).map(|r| r.translation.as_str())
}

#[cfg(test)]
#[path = "i18n_tests.rs"]
mod tests;
