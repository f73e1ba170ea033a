//! Sending the queue once: the waiting statements go in batches and each is marked sent or
//! refused with the LRS's reason. The one rule for `lrs push`, the end of `play` and the game's
//! background sender.

use serde_json::Value;

use super::client::{Answer, Client};
use crate::store::queue::{Queued, SentAs};
use crate::store::{Store, StoreError};
use crate::tr;

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
    /// Do not retry until someone fixes the key, the address or the settings.
    Refused(String),
    /// The store could not be read or written.
    Store(String),
}

impl Stop {
    /// The word `lrs status` shows for the last try.
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

/// A statement the LRS would not take, before it is marked.
struct Refusal {
    key: i64,
    status: u16,
    reason: String,
}

/// Sends every waiting statement, oldest first, until the queue is empty or the LRS stops us.
/// A round with nothing waiting writes nothing (the game's sender looks every few seconds).
pub fn drain(store: &mut Store, client: &Client) -> Drained {
    let mut drained = Drained::default();
    let mut tried = false;
    let stop = loop {
        let batch = match store.waiting(BATCH) {
            Ok(batch) if batch.is_empty() => break None,
            Ok(batch) => batch,
            Err(err) => break Some(Stop::Store(err.explain())),
        };
        tried = true;
        if let Err(stop) = send_batch(store, client, &batch, &mut drained) {
            break Some(stop);
        }
    };
    if !tried && stop.is_none() {
        return drained;
    }
    let (outcome, detail) = match &stop {
        None => ("sent", format!("{} sent, {} refused", drained.sent + drained.already_there, drained.refused)),
        Some(stop) => (stop.outcome(), stop.reason().to_owned()),
    };
    let noted = store.note_attempt(outcome, &detail, drained.sent + drained.already_there > 0);
    drained.stopped = stop.or(noted.err().map(|err: StoreError| Stop::Store(err.explain())));
    drained
}

/// One batch. When the LRS refuses every statement of it, one by one, the fault is not in the
/// statements (a proxy, a header, a setting the LRS rejects): nothing is set aside and sending
/// stops with the LRS's reason.
fn send_batch(store: &mut Store, client: &Client, batch: &[Queued], drained: &mut Drained) -> Result<(), Stop> {
    let mut refusals = Vec::new();
    send(store, client, batch, drained, &mut refusals)?;
    if batch.len() > 1 && refusals.len() == batch.len() {
        let first = &refusals[0];
        return Err(Stop::Refused(tr!("lrs-refuses-every-statement", reason = &first.reason)));
    }
    for refusal in &refusals {
        store.mark_refused(refusal.key, refusal.status, &refusal.reason).map_err(|e| Stop::Store(e.explain()))?;
    }
    drained.refused += refusals.len();
    Ok(())
}

/// Sends statements, halving a refused batch to find the statements the LRS objects to.
fn send(
    store: &mut Store,
    client: &Client,
    batch: &[Queued],
    drained: &mut Drained,
    refusals: &mut Vec<Refusal>,
) -> Result<(), Stop> {
    let bodies: Vec<&str> = batch.iter().map(|q| q.body.as_str()).collect();
    let ids: Vec<&str> = batch.iter().map(|q| q.statement_id.as_str()).collect();
    let keys: Vec<i64> = batch.iter().map(|q| q.key).collect();
    let mark = |store: &mut Store, how| store.mark_sent(&keys, how).map_err(|e| Stop::Store(e.explain()));
    match client.post_statements(&bodies, &ids) {
        Answer::Stored => {
            mark(store, SentAs::Stored)?;
            drained.sent += batch.len();
        }
        // A conflict: the LRS holds a statement with this id. Ours, from a try whose answer was
        // lost, counts as sent; a different one is a refusal to look into.
        Answer::Conflict(reason) if batch.len() == 1 => match client.get_statement(ids[0]) {
            Ok(Some(theirs)) if holds(&theirs, &batch[0].body) => {
                mark(store, SentAs::AlreadyThere)?;
                drained.already_there += 1;
            }
            Ok(_) => refusals.push(Refusal {
                key: batch[0].key,
                status: 409,
                reason: format!("{reason} (a different statement has this id)"),
            }),
            Err(answer) => return Err(stop_for(answer)),
        },
        Answer::Conflict(_) => {
            for one in batch.chunks(1) {
                send(store, client, one, drained, refusals)?;
            }
        }
        Answer::Refused { status, reason } if batch.len() == 1 => {
            refusals.push(Refusal { key: batch[0].key, status, reason });
        }
        Answer::Refused { .. } => {
            let (first, second) = batch.split_at(batch.len() / 2);
            send(store, client, first, drained, refusals)?;
            send(store, client, second, drained, refusals)?;
        }
        other => return Err(stop_for(other)),
    }
    Ok(())
}

/// Why sending stops on an answer that is about neither a statement nor a conflict.
fn stop_for(answer: Answer) -> Stop {
    match answer {
        Answer::Credentials { reason, .. } => Stop::Refused(tr!("lrs-key-refused", reason = reason)),
        Answer::NotAnLrs { reason, .. } => Stop::Refused(tr!("lrs-no-lrs-at-endpoint", reason = reason)),
        Answer::Busy { reason, .. } => Stop::Unreachable(tr!("lrs-busy", reason = reason)),
        Answer::Unreachable(why) => Stop::Unreachable(why),
        Answer::Stored => Stop::Refused(tr!("lrs-read-answered-as-write")),
        Answer::Conflict(reason) | Answer::Refused { reason, .. } => Stop::Refused(reason),
    }
}

/// Whether the LRS's statement is ours: every property we sent is there, unchanged (an LRS adds
/// `stored`, `authority` and `version`, and may write the timestamp its own way).
fn holds(theirs: &Value, ours: &str) -> bool {
    let Ok(Value::Object(ours)) = serde_json::from_str::<Value>(ours) else { return false };
    ours.iter().filter(|(key, _)| *key != "timestamp").all(|(key, value)| theirs.get(key) == Some(value))
}
