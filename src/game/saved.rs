//! The run a trainee left unfinished (quit, closed the window, or a crash), checked against the
//! library as it is now; `store::resume` decides whether it can be resumed exactly.

use super::library::GameLibrary;
use super::recorder::Recorder;
use crate::store::UnfinishedRun;
use crate::store::recorder::StoreUnavailable;
pub use crate::store::resume::Resumable;
use crate::store::resume::classify;

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
/// the library is still loading, so a run is never called missing before the files are read; an
/// error when the store cannot be read, so the title says so instead of offering nothing.
pub fn saved_run(recorder: &Recorder, library: &GameLibrary) -> Result<Option<SavedRun>, StoreUnavailable> {
    if library.generation == 0 {
        return Ok(None);
    }
    let Some(run) = recorder.read(|r| r.unfinished())? else { return Ok(None) };
    let card = library.cards.iter().find(|c| c.id == run.scenario_id);
    let title = card.map_or_else(|| run.scenario_id.clone(), |c| c.title.clone());
    let file = card.filter(|c| c.playable.is_some()).map(|c| c.file.clone());
    let state = classify(&run, card.and_then(|c| c.playable.clone()).zip(library.catalog.clone()));
    Ok(Some(SavedRun { run, title, file, state }))
}
