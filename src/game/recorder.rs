//! The game's handle on the run recorder: every scene of a game run is saved like `play` does.

use std::sync::Mutex;

use bevy::prelude::*;

use crate::sim::Session;
use crate::sim::classroom::Room;
use crate::store::recorder::RunRecorder;
use crate::tr;

/// The session's link to the organisation's LRS (empty when none is set): the title screen
/// shows what is waiting when it cannot be reached.
#[derive(Resource, Default)]
pub struct LrsLink(pub crate::lrs::link::LinkView);

/// A resource needs `Sync`; the store's connection is not, so it sits behind a mutex.
#[derive(Resource)]
pub struct Recorder {
    inner: Mutex<RunRecorder>,
    /// Why progress is not being saved, shown on the title screen.
    pub problem: Option<String>,
    /// Something the trainee should know that does not stop saving (a damaged file moved aside).
    pub notice: Option<String>,
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
        let notice = recorder
            .moved_aside
            .take()
            .map(|aside| tr!("common-progress-file-damaged", file = aside.display().to_string()));
        if let Some(notice) = &notice {
            warn!("{notice}");
        }
        Recorder { inner: Mutex::new(recorder), problem, notice }
    }
}

impl Recorder {
    pub fn open(data_dir: Option<&std::path::Path>, trainee: Option<&str>) -> Recorder {
        Recorder::from(RunRecorder::open(data_dir, trainee))
    }

    fn with<T>(&mut self, what: impl FnOnce(&mut RunRecorder) -> T) -> T {
        let recorder = self.inner.get_mut().unwrap_or_else(|p| p.into_inner());
        let result = what(recorder);
        if let Some(problem) = recorder.problem.take() {
            warn!("{problem}");
            self.problem = Some(problem);
        }
        result
    }

    /// Reads the recorder without changing it.
    pub fn read<T>(&self, what: impl FnOnce(&RunRecorder) -> T) -> T {
        what(&self.inner.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn trainee(&self) -> String {
        self.read(|r| r.trainee.clone())
    }

    pub fn switch_trainee(&mut self, name: &str) {
        self.with(|r| r.switch_trainee(name));
    }

    pub fn resume(&mut self, run: i64) {
        self.with(|r| r.resume(run));
    }

    pub fn abandon(&mut self, run: i64) {
        self.with(|r| r.abandon(run));
    }

    pub fn reversion(&mut self, session: &Session) {
        self.with(|r| r.reversion(session));
    }

    pub fn start(&mut self, session: &Session) {
        self.with(|r| r.start(session));
    }

    pub fn record(&mut self, session: &Session) {
        self.with(|r| r.record(session));
    }

    pub fn start_class(&mut self, room: &Room) {
        self.with(|r| r.start_class(room));
    }

    pub fn record_class_scene(&mut self, room: &Room) {
        self.with(|r| r.record_class_scene(room));
    }

    pub fn finish_class(&mut self, room: &Room) {
        self.with(|r| r.finish_class(room));
    }

    pub fn end_class(&mut self) {
        self.with(|r| r.end_class());
    }
}
