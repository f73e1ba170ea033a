//! The game's handle on the run recorder: every scene of a game run is saved like `play` does.

use std::sync::Mutex;

use bevy::prelude::*;

use crate::sim::Session;
use crate::store::recorder::RunRecorder;

/// A resource needs `Sync`; the store's connection is not, so it sits behind a mutex.
#[derive(Resource)]
pub struct Recorder {
    inner: Mutex<RunRecorder>,
    /// Why progress is not being saved, shown on the title screen.
    pub problem: Option<String>,
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder::from(RunRecorder::disabled())
    }
}

impl From<RunRecorder> for Recorder {
    fn from(mut recorder: RunRecorder) -> Self {
        let problem = recorder.problem.take();
        if let Some(problem) = &problem {
            warn!("{problem}");
        }
        Recorder { inner: Mutex::new(recorder), problem }
    }
}

impl Recorder {
    pub fn open(data_dir: Option<&std::path::Path>, trainee: &str) -> Recorder {
        Recorder::from(RunRecorder::open(data_dir, trainee))
    }

    fn with(&mut self, what: impl FnOnce(&mut RunRecorder)) {
        let recorder = self.inner.get_mut().unwrap_or_else(|p| p.into_inner());
        what(recorder);
        if let Some(problem) = recorder.problem.take() {
            warn!("{problem}");
            self.problem = Some(problem);
        }
    }

    pub fn start(&mut self, session: &Session) {
        self.with(|r| r.start(session));
    }

    pub fn record(&mut self, session: &Session) {
        self.with(|r| r.record(session));
    }
}
