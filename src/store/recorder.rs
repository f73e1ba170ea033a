//! Saving a run as it is played, for the terminal and the game alike: open the trainee's store,
//! start or resume a run, save each scene and the end. A store that cannot be used turns into a
//! one-time warning (`problem`), never a crash, and the run goes on unsaved.

use std::path::Path;

use super::progress::Progress;
use super::{DEFAULT_TRAINEE, Store, StoreError, TraineeSummary, UnfinishedRun, store_path, version_of};
use crate::sim::Session;

pub struct RunRecorder {
    store: Option<(Store, i64)>,
    run: Option<i64>,
    /// Whose runs these are.
    pub trainee: String,
    /// Why progress is not being saved, for the trainee to see.
    pub problem: Option<String>,
    /// Where a damaged store was moved to when it was replaced, to tell the trainee.
    pub moved_aside: Option<std::path::PathBuf>,
}

impl RunRecorder {
    /// A recorder that saves nothing (tests, or when no store is wanted).
    pub fn disabled() -> Self {
        RunRecorder { store: None, run: None, trainee: DEFAULT_TRAINEE.to_owned(), problem: None, moved_aside: None }
    }

    /// Opens the store for `trainee`, or for whoever used it last when no name is given.
    pub fn open(data_dir: Option<&Path>, trainee: Option<&str>) -> Self {
        let opened = store_path(data_dir).ok_or_else(|| "no data folder on this system".to_owned()).and_then(|path| {
            let opened = Store::open(&path).map_err(|e| e.to_string())?;
            let mut store = opened.store;
            let (id, name) = store.profile(&store.resolve_trainee(trainee)).map_err(|e| e.to_string())?;
            Ok((store, id, name, opened.moved_aside))
        });
        match opened {
            Ok((store, id, trainee, moved_aside)) => {
                RunRecorder { store: Some((store, id)), run: None, trainee, problem: None, moved_aside }
            }
            Err(err) => RunRecorder {
                problem: Some(format!("Progress will not be saved: {err}")),
                trainee: trainee.unwrap_or(DEFAULT_TRAINEE).to_owned(),
                ..RunRecorder::disabled()
            },
        }
    }

    /// Whether runs are being saved.
    pub fn is_saving(&self) -> bool {
        self.store.is_some()
    }

    /// Practice continues as another profile (created on first use); a run in progress is left
    /// unfinished, to be offered for resume when that trainee comes back.
    pub fn switch_trainee(&mut self, name: &str) {
        self.run = None;
        self.trainee = super::tidy_name(name);
        let Some((store, id)) = self.store.as_mut() else { return };
        match store.profile(name) {
            Ok((new_id, known_as)) => {
                *id = new_id;
                self.trainee = known_as;
            }
            Err(err) => {
                self.problem = Some(format!("Progress will not be saved: {err}"));
                self.store = None;
            }
        }
    }

    /// Profiles on this store, the most recently used first.
    pub fn trainees(&self) -> Vec<TraineeSummary> {
        self.store.as_ref().and_then(|(store, _)| store.trainees().ok()).unwrap_or_default()
    }

    /// The current trainee's progress (empty when nothing is saved yet).
    pub fn progress(&self) -> Option<Progress> {
        self.store.as_ref().and_then(|(store, _)| store.progress(&self.trainee).ok().flatten())
    }

    /// The trainee chose to start over instead of resuming this run.
    pub fn abandon(&mut self, run: i64) {
        self.with(|store, _, _| store.abandon_run(run).map(|_| None));
    }

    fn with(&mut self, what: impl FnOnce(&mut Store, i64, Option<i64>) -> Result<Option<i64>, StoreError>) {
        let Some((store, trainee)) = self.store.as_mut() else { return };
        match what(store, *trainee, self.run) {
            Ok(run) => self.run = run.or(self.run),
            Err(err) => {
                self.problem = Some(format!("Progress will not be saved: {err}"));
                self.store = None;
            }
        }
    }

    /// The trainee's unfinished run, if any, to offer for resume.
    pub fn unfinished(&self) -> Option<UnfinishedRun> {
        self.store.as_ref().and_then(|(store, trainee)| store.unfinished_run(*trainee).ok().flatten())
    }

    /// Continue saving into a resumed run.
    pub fn resume(&mut self, run: i64) {
        self.run = Some(run);
    }

    /// A new run begins.
    pub fn start(&mut self, session: &Session) {
        self.run = None;
        let (id, version, seed) =
            (session.scenario().id.clone(), version_of(session.scenario(), session.catalog()), session.seed());
        self.with(|store, trainee, _| store.start_run(trainee, &id, &version, seed).map(Some));
    }

    /// The run's scenario was edited and the answers so far replay the same on the new
    /// version: the run goes on, recorded as of that version.
    pub fn reversion(&mut self, session: &Session) {
        let version = version_of(session.scenario(), session.catalog());
        self.with(|store, _, run| run.map_or(Ok(None), |run| store.set_run_version(run, &version).map(|_| None)));
    }

    /// After each choice: the scene, and the debrief when the run is over.
    pub fn record(&mut self, session: &Session) {
        let n = session.steps().len();
        if let Some(step) = session.steps().last() {
            self.with(|store, _, run| run.map_or(Ok(None), |run| store.record_step(run, n, step).map(|_| None)));
        }
        if let Some(debrief) = session.debrief() {
            self.with(|store, _, run| run.map_or(Ok(None), |run| store.finish_run(run, debrief).map(|_| None)));
        }
    }
}
