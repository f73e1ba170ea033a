//! Joining a run's recorder to the organisation's LRS, the same way for the game and `play`:
//! with an LRS set, every decision queues its statements and a sender empties the queue.

use std::sync::{Arc, Mutex};

use super::config::{config_path, load};
use super::sender::{Sender, SenderStatus};
use crate::store::recorder::RunRecorder;
use crate::tr;

/// The LRS side of a session: the sender when one runs, or why results are not being queued.
#[derive(Default)]
pub struct Link {
    pub sender: Option<Sender>,
    /// The LRS settings could not be used (file, line and column, and what to do).
    pub problem: Option<String>,
}

/// What a screen shows of the link, while the session that owns the sender keeps it (the game
/// gives the sender a last moment to send after its window closes).
#[derive(Clone, Default)]
pub struct LinkView {
    status: Option<Arc<Mutex<SenderStatus>>>,
    problem: Option<String>,
}

/// Reads the LRS settings and, when an LRS is set and progress is saved, queues results for it.
pub fn attach(recorder: &mut RunRecorder) -> Link {
    let Some(path) = config_path() else { return Link::default() };
    let config = match load(&path) {
        Ok(Some(config)) => config,
        Ok(None) => return Link::default(),
        Err(problem) => {
            return Link { sender: None, problem: Some(tr!("lrs-results-not-sent", problem = problem)) };
        }
    };
    let Some(store) = recorder.store_path() else { return Link::default() };
    recorder.queue_for(config.target());
    Link { sender: Some(Sender::spawn(store, config, Some(path))), problem: None }
}

impl Link {
    pub fn view(&self) -> LinkView {
        LinkView { status: self.sender.as_ref().map(Sender::shared_status), problem: self.problem.clone() }
    }
}

impl LinkView {
    /// What the trainee should know when results are waiting because the LRS cannot take them:
    /// "12 results waiting to send: …". `None` while sending works (or no LRS is set).
    pub fn waiting_note(&self) -> Option<String> {
        if let Some(problem) = &self.problem {
            return Some(problem.clone());
        }
        let status = self.status.as_ref()?.lock().ok()?.clone();
        let stop = status.stopped.filter(|_| status.waiting > 0)?;
        Some(tr!("lrs-waiting-note", count = status.waiting, reason = stop.reason()))
    }
}

/// "1 result" / "12 results".
pub fn results(n: usize) -> String {
    tr!("lrs-results", count = n)
}
