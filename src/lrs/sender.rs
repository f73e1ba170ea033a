//! The background sender of the game and `play`: drains the queue on its own thread, backing
//! off while the LRS cannot be reached, pausing on a refused key, and following `lrs set` and
//! `lrs off` made while it runs.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::client::Client;
use super::config::LrsConfig;
use super::drain::{Drained, Stop, drain};
use crate::store::Store;
use crate::tr;

/// Where the background sender stands, for the title screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SenderStatus {
    /// Statements waiting in the queue.
    pub waiting: usize,
    /// Why they are waiting, when sending failed last time.
    pub stopped: Option<Stop>,
    /// Statements this sender delivered (including ones the LRS already had).
    pub sent: usize,
    /// Statements the LRS refused while this sender ran.
    pub refused: usize,
}

/// The queue sent in the background while the game or `play` runs.
pub struct Sender {
    status: Arc<Mutex<SenderStatus>>,
    wake: mpsc::Sender<Wake>,
    /// In a mutex only so the game can keep the sender in a resource (which must be `Sync`).
    done: Mutex<mpsc::Receiver<()>>,
}

enum Wake {
    /// Look at the queue now.
    Now,
    /// One last try, then stop.
    Finish,
}

/// How long the sender rests when the queue is empty before looking again.
const IDLE: Duration = Duration::from_secs(2);
/// The longest wait between tries while the LRS cannot be reached.
const LONGEST_WAIT: Duration = Duration::from_secs(300);

impl Sender {
    /// Starts sending the queue of the store at `store_path` (which the recorder has opened),
    /// following the settings file at `settings` when given.
    pub fn spawn(store_path: PathBuf, config: LrsConfig, settings: Option<PathBuf>) -> Sender {
        let status = Arc::new(Mutex::new(SenderStatus::default()));
        let (wake, woken) = mpsc::channel();
        let (finished, done) = mpsc::channel();
        let shared = Arc::clone(&status);
        std::thread::Builder::new()
            .name("lrs-sender".to_owned())
            .spawn(move || {
                run(&store_path, config, settings.as_deref(), &shared, &woken);
                let _ = finished.send(());
            })
            .expect("a thread can be started");
        Sender { status, wake, done: Mutex::new(done) }
    }

    /// The status as the sender updates it, for a screen to read while the sender runs.
    pub fn shared_status(&self) -> Arc<Mutex<SenderStatus>> {
        Arc::clone(&self.status)
    }

    pub fn status(&self) -> SenderStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Look at the queue now rather than at the next idle check.
    pub fn wake(&self) {
        let _ = self.wake.send(Wake::Now);
    }

    /// One last try to send what is waiting, given at most `patience` (a request under way is
    /// left to its own timeout, and whatever it did not send stays queued for next time).
    pub fn finish(self, patience: Duration) -> SenderStatus {
        let _ = self.wake.send(Wake::Finish);
        if let Ok(done) = self.done.lock() {
            let _ = done.recv_timeout(patience);
        }
        self.status()
    }
}

fn run(
    store_path: &Path,
    mut config: LrsConfig,
    settings: Option<&Path>,
    status: &Mutex<SenderStatus>,
    woken: &mpsc::Receiver<Wake>,
) {
    let mut client = Client::new(&config);
    let mut store: Option<Store> = None;
    let mut failures = 0u32;
    let mut last_round = false;
    loop {
        // `lrs set` changes the key or the address for the next round; `lrs off` stops sending
        // (what waits stays queued). A file that cannot be read keeps the settings in use.
        match settings.map(super::config::load) {
            Some(Ok(Some(now))) if now != config => {
                client = Client::new(&now);
                config = now;
                failures = 0;
            }
            Some(Ok(None)) => {
                if let Ok(mut status) = status.lock() {
                    status.stopped = Some(Stop::Refused(tr!("lrs-sending-turned-off")));
                }
                return;
            }
            _ => {}
        }
        let opened = match store.take() {
            Some(open) => Ok(open),
            None => Store::open_existing(store_path),
        };
        let drained = match opened {
            Ok(mut open) => {
                let drained = drain(&mut open, &client);
                let waiting = open.waiting_count().unwrap_or(0);
                if let Ok(mut status) = status.lock() {
                    status.waiting = waiting;
                    status.stopped = drained.stopped.clone();
                    status.sent += drained.sent + drained.already_there;
                    status.refused += drained.refused;
                }
                // A store that failed is opened afresh next time.
                if !matches!(drained.stopped, Some(Stop::Store(_))) {
                    store = Some(open);
                }
                drained
            }
            Err(err) => {
                let stopped = Some(Stop::Store(err.explain()));
                if let Ok(mut status) = status.lock() {
                    status.stopped = stopped.clone();
                }
                Drained { stopped, ..Drained::default() }
            }
        };
        if last_round {
            return;
        }
        let wait = match &drained.stopped {
            None => {
                failures = 0;
                IDLE
            }
            // Twice as long each time, from 4 s up to 5 minutes; a refused key is retried
            // rarely (someone may fix it on the LRS's side).
            Some(Stop::Unreachable(_) | Stop::Store(_)) => {
                failures = failures.saturating_add(1);
                (IDLE * 2u32.saturating_pow(failures.min(8))).min(LONGEST_WAIT)
            }
            Some(Stop::Refused(_)) => LONGEST_WAIT,
        };
        match woken.recv_timeout(wait) {
            Ok(Wake::Now) | Err(RecvTimeoutError::Timeout) => {}
            Ok(Wake::Finish) => last_round = true,
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}
