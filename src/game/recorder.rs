//! Saves every scene of a game run to the progress store, like `play` does in the terminal.

use std::sync::Mutex;

use bevy::prelude::*;

use crate::sim::Session;
use crate::store::{Store, version_of};

/// The store and trainee this game records to; without one (no store, read-only folder) the
/// game plays on and says once that progress is not saved.
#[derive(Resource, Default)]
pub struct Recorder {
    store: Option<Mutex<(Store, i64)>>,
    run: Option<i64>,
    /// Why progress is not being saved, for the title screen.
    pub problem: Option<String>,
}

impl Recorder {
    pub fn open(data_dir: Option<&std::path::Path>, trainee: &str) -> Recorder {
        let opened = crate::store::store_path(data_dir)
            .ok_or_else(|| "no data folder on this system".to_owned())
            .and_then(|path| {
                let opened = Store::open(&path).map_err(|e| e.to_string())?;
                let mut store = opened.store;
                let id = store.trainee(trainee).map_err(|e| e.to_string())?;
                Ok((store, id))
            });
        match opened {
            Ok(store) => Recorder { store: Some(Mutex::new(store)), run: None, problem: None },
            Err(err) => {
                warn!("progress will not be saved: {err}");
                Recorder { store: None, run: None, problem: Some(format!("Progress will not be saved: {err}")) }
            }
        }
    }

    fn with(
        &mut self,
        what: impl FnOnce(&mut Store, i64, Option<i64>) -> Result<Option<i64>, crate::store::StoreError>,
    ) {
        let Some(lock) = &self.store else { return };
        let result = {
            let mut guard = lock.lock().unwrap_or_else(|p| p.into_inner());
            let (store, trainee) = &mut *guard;
            what(store, *trainee, self.run)
        };
        match result {
            Ok(run) => self.run = run.or(self.run),
            Err(err) => {
                warn!("progress will not be saved: {err}");
                self.problem = Some(format!("Progress will not be saved: {err}"));
                self.store = None;
            }
        }
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
