//! Scenario translations as overlays (no Bevy): every translatable text of a scenario under a
//! stable key, and an overlay that keeps, per key, the source it translates, the translation and
//! its state. Updating an overlay never deletes a translation: an edited source marks it stale,
//! a removed one marks it orphaned.

mod apply;
mod check;
mod file;
mod ids;
mod language;

pub use apply::{
    CATALOG_OVERLAY, Overlays, PSEUDO_LANGUAGE, SOURCE_LANGUAGE, localize, localize_catalog, overlay_files,
    overlay_folder, overlay_id, pseudo,
};
pub use check::{check_overlay, placeholders};
pub use file::{OVERLAY_HEADER, ReadRow, parse_overlay, write_overlay};
pub use ids::with_choice_ids;
pub use language::{LanguageReport, check_language};

use super::model::{Catalog, Scenario, SceneNode};

/// One translatable text of a scenario or of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable across edits that do not touch it: `opening.says.2`, `opening.choice.calm.say`.
    pub key: String,
    pub source: String,
}

/// The key part naming a choice: its `id:` when it has one (so reordering keeps translations),
/// else its place in the scene from 1.
pub fn choice_key(id: &str, index: usize) -> String {
    if id.is_empty() { (index + 1).to_string() } else { id.to_owned() }
}

/// Visits every translatable text of a scenario with its key, in file order: the one place the
/// keys are made, for listing (`entries`) and for translating (`localize`). Customer lines and
/// reflections are numbered from 1. The customer's name, ids and tags are not translated.
pub(super) fn visit_scenario(scenario: &mut Scenario, mut text: impl FnMut(String, &mut String)) {
    text("title".into(), &mut scenario.title);
    text("setting".into(), &mut scenario.setting);
    text("customer.about".into(), &mut scenario.customer.about);
    text("learning_goals".into(), &mut scenario.learning_goals);
    for (n, line) in scenario.reflection.iter_mut().enumerate() {
        text(format!("reflection.{}", n + 1), line);
    }
    for (id, node) in &mut scenario.scenes.0 {
        match node {
            SceneNode::Scene(scene) => {
                text(format!("{id}.situation"), &mut scene.situation);
                for (n, line) in scene.customer_says.iter_mut().enumerate() {
                    text(format!("{id}.says.{}", n + 1), line);
                }
                for (n, choice) in scene.choices.iter_mut().enumerate() {
                    let c = choice_key(&choice.id, n);
                    text(format!("{id}.choice.{c}.act"), &mut choice.act);
                    text(format!("{id}.choice.{c}.say"), &mut choice.say);
                    text(format!("{id}.choice.{c}.feedback"), &mut choice.feedback);
                }
            }
            SceneNode::Ending(ending) => text(format!("{id}.text"), &mut ending.text),
        }
    }
}

/// Visits every translatable text of the catalog: each strategy's name, summary, why and
/// examples, each mistake's name and why. Sources are file names and stay as they are.
pub(super) fn visit_catalog(catalog: &mut Catalog, mut text: impl FnMut(String, &mut String)) {
    for s in &mut catalog.strategies {
        let id = s.id.as_str().to_owned();
        text(format!("strategy.{id}.name"), &mut s.name);
        text(format!("strategy.{id}.summary"), &mut s.summary);
        text(format!("strategy.{id}.why"), &mut s.why);
        for (n, example) in s.examples.iter_mut().enumerate() {
            text(format!("strategy.{id}.example.{}", n + 1), example);
        }
    }
    for m in &mut catalog.mistakes {
        let id = m.id.as_str().to_owned();
        text(format!("mistake.{id}.name"), &mut m.name);
        text(format!("mistake.{id}.why"), &mut m.why);
    }
}

/// Every translatable text of a scenario, in file order (empty texts have nothing to translate).
pub fn entries(scenario: &Scenario) -> Vec<Entry> {
    let mut out = Vec::new();
    visit_scenario(&mut scenario.clone(), |key, source| collect(&mut out, key, source));
    out
}

/// Every translatable text of the catalog, in file order.
pub fn catalog_entries(catalog: &Catalog) -> Vec<Entry> {
    let mut out = Vec::new();
    visit_catalog(&mut catalog.clone(), |key, source| collect(&mut out, key, source));
    out
}

fn collect(out: &mut Vec<Entry>, key: String, source: &str) {
    if !source.trim().is_empty() {
        out.push(Entry { key, source: source.to_owned() });
    }
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

/// Brings an overlay up to the texts as they are now (`entries` or `catalog_entries`): new texts
/// added untranslated, an edited source recorded with the old one kept as `was` (the translation
/// stays), removed texts kept as orphaned. Nothing translated is ever dropped. Rows follow the
/// file's order, orphans last.
pub fn update(rows: &[Row], now: &[Entry]) -> Vec<Row> {
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
mod tests;
