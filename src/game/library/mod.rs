//! The scenario library in the game: cards for the select screen, and last good versions kept
//! through broken edits. Pure data; `reload` feeds it from the `scenarios://` asset source.

mod reload;

pub use reload::asset_plugin;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;

use crate::sim::bundled::is_built_in;
use crate::sim::i18n::Overlays;
use crate::sim::library::{self, SCENARIO_SUFFIX};
use crate::sim::{Catalog, Channel, Difficulty, Library, Scenario};
use crate::text::Shown;

/// One scenario as the select screen shows it.
#[derive(Clone, Debug)]
pub struct Card {
    pub file: String,
    pub id: String,
    pub title: String,
    pub setting: String,
    pub difficulty: Option<Difficulty>,
    pub channel: Option<Channel>,
    pub tags: Vec<String>,
    pub scenes: usize,
    /// The validator's located messages for this file (errors only), rendered as text.
    pub problems: Vec<String>,
    /// The version to play: the current one, or the last good one when the file is broken.
    pub playable: Option<Arc<Scenario>>,
    /// Where it comes from: built in, the trainer's folder, or the trainer's file in place of
    /// a built-in one.
    pub origin: Origin,
    /// Played in English while the game speaks another language: no translation yet.
    pub in_english: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// A file in the scenarios folder (in a clone, or a standalone folder, every card).
    Folder,
    /// A file in the trainer's folder with the id of a built-in scenario, played instead of it.
    Replaces,
}

impl Card {
    /// The file is broken but an earlier version still plays.
    pub fn is_stale(&self) -> bool {
        self.playable.is_some() && !self.problems.is_empty()
    }
}

/// Which cards the select screen shows: one difficulty, one channel, or all. A card with errors
/// is always shown, so a filter never hides a broken file from the trainer who broke it.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CardFilter {
    pub difficulty: Option<Difficulty>,
    pub channel: Option<Channel>,
}

impl CardFilter {
    pub fn admits(&self, card: &Card) -> bool {
        !card.problems.is_empty()
            || (self.difficulty.is_none_or(|d| card.difficulty == Some(d))
                && self.channel.is_none_or(|c| card.channel == Some(c)))
    }
}

#[derive(Resource, Debug)]
pub struct GameLibrary {
    /// Where the scenarios come from, for messages.
    pub source: String,
    pub catalog: Option<Arc<Catalog>>,
    pub cards: Vec<Card>,
    /// Problems in the catalog itself, shown above the cards.
    pub catalog_problems: Vec<String>,
    good: HashMap<String, Arc<Scenario>>,
    /// Bumped on every rebuild, so screens can tell when to refresh.
    pub generation: u64,
    /// The library as last read, in English, to lay another language over without reading again.
    read: Option<Library>,
    /// Overlay files that could not be read, or rows left out (those texts show in English).
    pub translation_problems: Vec<String>,
}

impl GameLibrary {
    pub fn empty(source: String) -> Self {
        GameLibrary {
            source,
            catalog: None,
            cards: Vec::new(),
            catalog_problems: Vec::new(),
            good: HashMap::new(),
            generation: 0,
            read: None,
            translation_problems: Vec::new(),
        }
    }

    /// Reads a folder from disk (tests and tools; the game uses the asset source).
    pub fn from_dir(dir: &Path) -> Self {
        let mut lib = GameLibrary::empty(dir.display().to_string());
        lib.rebuild(library::load(&[dir.to_path_buf()]));
        lib
    }

    /// Lays the language in use over the library as last read (the language was changed, or an
    /// overlay file was edited).
    pub fn relanguage(&mut self) {
        if let Some(library) = self.read.take() {
            self.rebuild(library);
        }
    }

    /// Takes a freshly validated library, in the language in use (each text translated where
    /// its overlay has it); broken files keep their last good version.
    pub fn rebuild(&mut self, library: Library) {
        let overlays = Overlays::load(Some(Path::new(&self.source)), &crate::text::language());
        self.translation_problems = overlays.problems.iter().map(|d| d.render(false)).collect();
        let speaks_english = overlays.lang == crate::sim::i18n::SOURCE_LANGUAGE;
        let errors_in = |file: &str| -> Vec<String> { library.file_errors(file).map(|d| d.render(false)).collect() };
        self.catalog_problems = library.catalog_errors().map(|d| d.render(false)).collect();
        if let Some((_, catalog)) = &library.catalog
            && (self.catalog_problems.is_empty() || self.catalog.is_none())
        {
            self.catalog = Some(Arc::new(overlays.catalog(catalog)));
        }
        let mut cards = Vec::new();
        for loaded in &library.scenarios {
            let problems = errors_in(&loaded.file.path);
            let in_english = !speaks_english && !overlays.translates(&loaded.scenario);
            let s = &overlays.scenario(&loaded.scenario);
            if library.blocking(&loaded.file.path).is_empty() {
                self.good.insert(loaded.file.path.clone(), Arc::new(s.clone()));
            }
            cards.push(Card {
                file: loaded.file.path.clone(),
                id: s.id.clone(),
                title: s.title.clone(),
                setting: s.setting.clone(),
                difficulty: Some(s.difficulty),
                channel: s.channel,
                tags: s.tags.clone(),
                scenes: s.decision_scene_count(),
                problems,
                playable: self.good.get(&loaded.file.path).cloned(),
                origin: if is_built_in(&loaded.file.path) {
                    Origin::BuiltIn
                } else if library.replaced.contains(&s.id) {
                    Origin::Replaces
                } else {
                    Origin::Folder
                },
                in_english,
            });
        }
        for (file, diagnostic) in &library.broken {
            let old = self.good.get(file).cloned();
            let name = Path::new(file).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
            cards.push(Card {
                file: file.clone(),
                id: old.as_ref().map_or_else(|| name.trim_end_matches(SCENARIO_SUFFIX).to_owned(), |s| s.id.clone()),
                title: old.as_ref().map_or_else(|| name.clone(), |s| s.title.clone()),
                setting: old.as_ref().map_or_else(String::new, |s| s.setting.clone()),
                difficulty: old.as_ref().map(|s| s.difficulty),
                channel: old.as_ref().and_then(|s| s.channel),
                tags: old.as_ref().map_or_else(Vec::new, |s| s.tags.clone()),
                scenes: old.as_ref().map_or(0, |s| s.decision_scene_count()),
                problems: vec![diagnostic.render(false)],
                playable: old,
                origin: Origin::Folder,
                in_english: false,
            });
        }
        cards.sort_by(|a, b| {
            (a.difficulty.is_none(), a.difficulty, &a.title).cmp(&(b.difficulty.is_none(), b.difficulty, &b.title))
        });
        self.cards = cards;
        self.generation += 1;
        self.read = Some(library);
    }

    pub fn card_by_file(&self, file: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.file == file)
    }
}
