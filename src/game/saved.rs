//! The run a trainee left unfinished (quit, closed the window, or a crash): whether it can be
//! resumed exactly, rebuilt from its seed and choices, or must start over because the file changed.

use std::sync::Arc;

use super::library::GameLibrary;
use super::recorder::Recorder;
use crate::sim::Session;
use crate::store::UnfinishedRun;
use crate::store::version_of;

pub enum Resumable {
    /// Rebuilt at the exact scene, mood and score the trainee left.
    Ready(Box<Session>),
    /// The scenario or catalog was edited since; the old choices may not mean the same now.
    Changed,
    /// The scenario is no longer in the library (or cannot be played).
    Missing,
}

pub struct SavedRun {
    pub run: UnfinishedRun,
    /// The scenario's title, or its id when it is gone.
    pub title: String,
    /// The file to start it over from, when it is still in the library.
    pub file: Option<String>,
    pub state: Resumable,
}

impl SavedRun {
    /// The scene the trainee will be at, counting from 1.
    pub fn scene_number(&self) -> usize {
        self.run.choices.len() + 1
    }
}

/// The current trainee's unfinished run, checked against the library as it is now. `None` while
/// the library is still loading, so a run is never called missing before the files are read.
pub fn saved_run(recorder: &Recorder, library: &GameLibrary) -> Option<SavedRun> {
    if library.generation == 0 {
        return None;
    }
    let run = recorder.read(|r| r.unfinished())?;
    let card = library.cards.iter().find(|c| c.id == run.scenario_id);
    let title = card.map_or_else(|| run.scenario_id.clone(), |c| c.title.clone());
    let file = card.filter(|c| c.playable.is_some()).map(|c| c.file.clone());
    let state = match (card.and_then(|c| c.playable.clone()), library.catalog.clone()) {
        (Some(scenario), Some(catalog)) if version_of(&scenario, &catalog) == run.content_hash => {
            match Session::replay_shared(scenario, Arc::clone(&catalog), run.seed, &run.choices) {
                Ok(session) if !session.is_over() => Resumable::Ready(Box::new(session)),
                _ => Resumable::Changed,
            }
        }
        (Some(_), Some(_)) => Resumable::Changed,
        _ => Resumable::Missing,
    };
    Some(SavedRun { run, title, file, state })
}
