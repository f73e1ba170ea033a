//! Saving a run as it is played, for the terminal and the game alike: open the trainee's store,
//! start or resume a run, save each scene and the end. A store that cannot be used turns into a
//! one-time warning (`problem`), never a crash, and the run goes on unsaved.

use std::path::Path;

use super::{Store, StoreError, UnfinishedRun, store_path, version_of};
use crate::sim::Session;

pub struct RunRecorder {
    store: Option<(Store, i64)>,
    run: Option<i64>,
    /// Why progress is not being saved, for the trainee to see.
    pub problem: Option<String>,
    /// Where a damaged store was moved to when it was replaced, to tell the trainee.
    pub moved_aside: Option<std::path::PathBuf>,
}

impl RunRecorder {
    /// A recorder that saves nothing (tests, or when no store is wanted).
    pub fn disabled() -> Self {
        RunRecorder { store: None, run: None, problem: None, moved_aside: None }
    }

    pub fn open(data_dir: Option<&Path>, trainee: &str) -> Self {
        let opened = store_path(data_dir).ok_or_else(|| "no data folder on this system".to_owned()).and_then(|path| {
            let opened = Store::open(&path).map_err(|e| e.to_string())?;
            let mut store = opened.store;
            let id = store.trainee(trainee).map_err(|e| e.to_string())?;
            Ok((store, id, opened.moved_aside))
        });
        match opened {
            Ok((store, id, moved_aside)) => {
                RunRecorder { store: Some((store, id)), run: None, problem: None, moved_aside }
            }
            Err(err) => {
                RunRecorder { problem: Some(format!("Progress will not be saved: {err}")), ..RunRecorder::disabled() }
            }
        }
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
