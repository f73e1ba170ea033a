//! Sending the queue: `drain` posts the waiting statements in batches and marks each one sent or
//! refused (the one rule for `lrs push`, the end of `play` and the game); `Sender` runs it on
//! its own thread, backing off while the LRS cannot be reached and stopping on a refused key.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::client::{Answer, Client};
use super::config::LrsConfig;
use crate::store::queue::{Queued, SentAs};
use crate::store::{Store, StoreError};

/// Statements per request (small enough for any LRS's limit; a scenario's run fits in one).
pub const BATCH: usize = 50;

/// What one drain did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drained {
    pub sent: usize,
    pub already_there: usize,
    pub refused: usize,
    /// Why sending stopped with statements still waiting (`None`: the queue is empty).
    pub stopped: Option<Stop>,
}

/// Why a drain stopped early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Try again later: the LRS cannot be reached, or is busy.
    Unreachable(String),
    /// Do not retry until someone fixes the key or the address.
    Refused(String),
    /// The store could not be read or written.
    Store(String),
}

impl Stop {
    /// The word `lrs status` and the title screen key on.
    pub fn outcome(&self) -> &'static str {
        match self {
            Stop::Unreachable(_) => "unreachable",
            Stop::Refused(_) => "refused",
            Stop::Store(_) => "store",
        }
    }

    pub fn reason(&self) -> &str {
        match self {
            Stop::Unreachable(why) | Stop::Refused(why) | Stop::Store(why) => why,
        }
    }
}

/// Sends every waiting statement, oldest first, until the queue is empty or the LRS stops us.
pub fn drain(store: &mut Store, client: &Client) -> Drained {
    let mut drained = Drained::default();
    let stop = loop {
        let batch = match store.waiting(BATCH) {
            Ok(batch) if batch.is_empty() => break None,
            Ok(batch) => batch,
            Err(err) => break Some(Stop::Store(err.explain())),
        };
        match send(store, client, &batch, &mut drained) {
            Ok(()) => {}
            Err(stop) => break Some(stop),
        }
    };
    let (outcome, detail) = match &stop {
        None => ("sent", format!("{} sent, {} refused", drained.sent + drained.already_there, drained.refused)),
        Some(stop) => (stop.outcome(), stop.reason().to_owned()),
    };
    let noted = store.note_attempt(outcome, &detail, drained.sent + drained.already_there > 0);
    drained.stopped = stop.or(noted.err().map(|err: StoreError| Stop::Store(err.explain())));
    drained
}

/// Sends one batch. A statement the LRS refuses is found by halving the batch, so the others
/// still go; a conflict means an earlier try reached the LRS, so each is asked about alone.
fn send(store: &mut Store, client: &Client, batch: &[Queued], drained: &mut Drained) -> Result<(), Stop> {
    let bodies: Vec<&str> = batch.iter().map(|q| q.body.as_str()).collect();
    let keys: Vec<i64> = batch.iter().map(|q| q.key).collect();
    let stored = |store: &mut Store, how| store.mark_sent(&keys, how).map_err(|e| Stop::Store(e.explain()));
    match client.post_statements(&bodies) {
        Answer::Stored => {
            stored(store, SentAs::Stored)?;
            drained.sent += batch.len();
        }
        Answer::Conflict(_) if batch.len() == 1 => {
            stored(store, SentAs::AlreadyThere)?;
            drained.already_there += 1;
        }
        Answer::Refused { status, reason } if batch.len() == 1 => {
            store.mark_refused(batch[0].key, status, &reason).map_err(|e| Stop::Store(e.explain()))?;
            drained.refused += 1;
        }
        Answer::Conflict(_) => {
            for one in batch.chunks(1) {
                send(store, client, one, drained)?;
            }
        }
        Answer::Refused { .. } => {
            let (first, second) = batch.split_at(batch.len() / 2);
            send(store, client, first, drained)?;
            send(store, client, second, drained)?;
        }
        Answer::Credentials { reason, .. } => {
            return Err(Stop::Refused(format!(
                "the LRS refused the key ({reason}): check it with `hold-the-line lrs test`"
            )));
        }
        Answer::NotAnLrs { reason, .. } => {
            return Err(Stop::Refused(format!("no LRS answers at the endpoint ({reason}): check the address")));
        }
        Answer::Busy { reason, .. } => return Err(Stop::Unreachable(format!("the LRS is busy or failing ({reason})"))),
        Answer::Unreachable(why) => return Err(Stop::Unreachable(why)),
    }
    Ok(())
}

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
    /// Starts sending the queue of the store at `store_path` (which the recorder has opened).
    pub fn spawn(store_path: PathBuf, config: LrsConfig) -> Sender {
        let status = Arc::new(Mutex::new(SenderStatus::default()));
        let (wake, woken) = mpsc::channel();
        let (finished, done) = mpsc::channel();
        let shared = Arc::clone(&status);
        std::thread::Builder::new()
            .name("lrs-sender".to_owned())
            .spawn(move || {
                run(&store_path, &config, &shared, &woken);
                let _ = finished.send(());
            })
            .expect("a thread can be started");
        Sender { status, wake, done: Mutex::new(done) }
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

fn run(store_path: &Path, config: &LrsConfig, status: &Mutex<SenderStatus>, woken: &mpsc::Receiver<Wake>) {
    let client = Client::new(config);
    let mut store: Option<Store> = None;
    let mut failures = 0u32;
    let mut last_round = false;
    loop {
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
