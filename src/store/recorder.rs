//! Saving a run as it is played, for the terminal and the game alike: open the trainee's store,
//! start or resume a run, save each scene and the end. A store that cannot be used turns into a
//! one-time warning (`problem`), never a crash, and the run goes on unsaved; reads then say why
//! instead of looking like an empty record.

use std::fmt;
use std::path::Path;

use super::class::ClassRecord;
use super::progress::Progress;
use super::xapi::{Interaction, Target};
use super::{DEFAULT_TRAINEE, Store, StoreError, TraineeSummary, UnfinishedRun, store_path, version_of};
use crate::sim::Session;
use crate::sim::classroom::Room;

/// Why the recorder cannot read the trainee's record: the store failed, now or earlier (the text
/// names the file and what happened).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreUnavailable(pub String);

impl fmt::Display for StoreUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreUnavailable {}

pub struct RunRecorder {
    store: Option<(Store, i64)>,
    run: Option<i64>,
    /// The class session being saved, in classroom mode.
    class: Option<ClassRecord>,
    /// Why the store was given up, kept for reads after `problem` has been shown.
    failure: Option<String>,
    /// The organisation's LRS settings, when results are queued for it.
    queue_for: Option<Target>,
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
        RunRecorder {
            store: None,
            run: None,
            class: None,
            queue_for: None,
            failure: None,
            trainee: DEFAULT_TRAINEE.to_owned(),
            problem: None,
            moved_aside: None,
        }
    }

    /// Opens the store for `trainee`, or for whoever used it last when no name is given.
    pub fn open(data_dir: Option<&Path>, trainee: Option<&str>) -> Self {
        let opened = store_path(data_dir).ok_or_else(|| crate::text::t("recorder-no-data-folder")).and_then(|path| {
            let opened = Store::open(&path).map_err(|e| e.explain())?;
            let mut store = opened.store;
            let name = store.resolve_trainee(trainee).map_err(|e| e.explain())?;
            let (id, name) = store.profile(&name).map_err(|e| e.explain())?;
            Ok((store, id, name, opened.moved_aside))
        });
        match opened {
            Ok((store, id, trainee, moved_aside)) => {
                RunRecorder { store: Some((store, id)), trainee, moved_aside, ..RunRecorder::disabled() }
            }
            Err(err) => {
                let mut recorder =
                    RunRecorder { trainee: trainee.unwrap_or(DEFAULT_TRAINEE).to_owned(), ..RunRecorder::disabled() };
                recorder.give_up(err);
                recorder
            }
        }
    }

    /// From now on every decision and run also queues its statements for the LRS.
    pub fn queue_for(&mut self, target: Target) {
        self.queue_for = Some(target);
    }

    /// The store's file, while runs are being saved.
    pub fn store_path(&self) -> Option<std::path::PathBuf> {
        self.store.as_ref().map(|(store, _)| store.path().to_owned())
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
            Err(err) => self.give_up(err.explain()),
        }
    }

    /// Saving stops for this session: the trainee is told once, and later reads say why.
    fn give_up(&mut self, why: String) {
        self.problem = Some(crate::tr!("recorder-not-saving", why = &why));
        self.failure = Some(why);
        self.store = None;
    }

    /// A read of the record: empty when nothing is being saved by choice, an error when the
    /// store failed (so a broken store never looks like a trainee with no progress).
    fn read<T: Default>(&self, what: impl FnOnce(&Store, i64) -> Result<T, StoreError>) -> Result<T, StoreUnavailable> {
        match (&self.store, &self.failure) {
            (Some((store, trainee)), _) => what(store, *trainee).map_err(|e| StoreUnavailable(e.explain())),
            (None, Some(why)) => Err(StoreUnavailable(why.clone())),
            (None, None) => Ok(T::default()),
        }
    }

    /// Profiles on this store, the most recently used first.
    pub fn trainees(&self) -> Result<Vec<TraineeSummary>, StoreUnavailable> {
        self.read(|store, _| store.trainees())
    }

    /// The current trainee's progress (`None` when nothing is saved yet).
    pub fn progress(&self) -> Result<Option<Progress>, StoreUnavailable> {
        self.read(|store, _| store.progress(&self.trainee))
    }

    /// The trainee chose to start over instead of resuming this run.
    pub fn abandon(&mut self, run: i64) {
        self.with(|store, _, _| store.abandon_run(run).map(|_| None));
    }

    fn with(&mut self, what: impl FnOnce(&mut Store, i64, Option<i64>) -> Result<Option<i64>, StoreError>) {
        let Some((store, trainee)) = self.store.as_mut() else { return };
        match what(store, *trainee, self.run) {
            Ok(run) => self.run = run.or(self.run),
            Err(err) => self.give_up(err.explain()),
        }
    }

    /// The trainee's unfinished run, if any, to offer for resume.
    pub fn unfinished(&self) -> Result<Option<UnfinishedRun>, StoreUnavailable> {
        self.read(|store, trainee| store.unfinished_run(trainee))
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

    /// After each choice: the scene, and the debrief when the run is over, in one transaction
    /// with the statements they make for the LRS.
    pub fn record(&mut self, session: &Session) {
        let n = session.steps().len();
        let Some(step) = session.steps().last() else { return };
        // In English as written, whatever language the run was shown in (the LRS's `en-US`).
        let scene = session.scenario_as_written().scene(&step.scene_id);
        let target = self.queue_for.clone();
        let catalog = session.catalog_as_written();
        let queue = target.as_ref().zip(scene).map(|(target, scene)| (target, Interaction::of(scene, catalog)));
        self.with(|store, _, run| {
            run.map_or(Ok(None), |run| store.record_decision(run, n, step, session.debrief(), queue).map(|_| None))
        });
    }
}

/// Classroom sessions: saved under the classroom's profile, never the trainee's.
impl RunRecorder {
    fn with_class(&mut self, what: impl FnOnce(&mut Store, ClassRecord) -> Result<(), StoreError>) {
        let (Some((store, _)), Some(record)) = (self.store.as_mut(), self.class) else { return };
        if let Err(err) = what(store, record) {
            self.give_up(err.explain());
        }
    }

    /// A class session begins in `room`.
    pub fn start_class(&mut self, room: &Room) {
        self.class = None;
        let session = room.session();
        let (id, version) = (session.scenario().id.clone(), version_of(session.scenario(), session.catalog()));
        let Some((store, _)) = self.store.as_mut() else { return };
        match store.start_class(room.code(), &id, &version, session.seed()) {
            Ok(record) => self.class = Some(record),
            Err(err) => self.give_up(err.explain()),
        }
    }

    /// After the room's answer is played: the scene, who is in the room and every vote.
    pub fn record_class_scene(&mut self, room: &Room) {
        let (Some(step), Some(decided)) = (room.session().steps().last(), room.history().last()) else { return };
        let number = room.session().steps().len();
        let votes = room.vote_results(decided);
        self.with_class(|store, record| store.record_class_scene(record, number, step, &votes, room.participants()));
    }

    /// The session ends: one ended before its debrief is closed as abandoned (every scene
    /// decided so far stays saved).
    pub fn end_class(&mut self) {
        self.with_class(|store, record| store.abandon_run(record.run));
        self.class = None;
    }

    /// The class debrief is on: the room's result and each participant's own score.
    pub fn finish_class(&mut self, room: &Room) {
        let (Some(debrief), Some(class)) = (room.session().debrief(), room.debrief()) else { return };
        self.with_class(|store, record| store.finish_class(record, debrief, room.participants(), &class.participants));
        self.class = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_store_reads_as_failed_and_a_disabled_one_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the data folder should be: the store cannot be created.
        let blocked = dir.path().join("not-a-folder");
        std::fs::write(&blocked, "x").unwrap();
        let mut failed = RunRecorder::open(Some(&blocked), Some("Ana"));
        assert!(!failed.is_saving());
        let warning = failed.problem.take().expect("told once");
        assert!(warning.starts_with("Progress will not be saved: ") && warning.contains("not-a-folder"), "{warning}");
        let err = failed.progress().expect_err("a failure, not an empty record");
        assert!(err.0.contains("not-a-folder"), "{err}");
        assert!(failed.trainees().is_err() && failed.unfinished().is_err());

        let off = RunRecorder::disabled();
        assert_eq!(off.trainees(), Ok(Vec::new()));
        assert_eq!(off.unfinished(), Ok(None));
    }

    #[test]
    fn an_empty_record_is_empty_not_failed() {
        let dir = tempfile::tempdir().unwrap();
        let recorder = RunRecorder::open(Some(dir.path()), None);
        assert!(recorder.is_saving() && recorder.problem.is_none());
        assert_eq!(recorder.trainee, DEFAULT_TRAINEE);
        assert!(matches!(recorder.progress(), Ok(Some(_))), "the default profile exists, with nothing in it");
        assert_eq!(recorder.unfinished(), Ok(None));
    }
}
