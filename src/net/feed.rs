//! One phone's event stream: its view of the room now, again after every change (only the
//! latest, so a phone on bad Wi-Fi never falls behind), and a last `end` event when the
//! instructor removes it or the session stops. Ending every stream is what lets the server
//! shut down at once: a graceful shutdown otherwise waits for open streams forever.

use std::collections::HashMap;
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::response::sse::Event;
use futures_util::future::{Either, select};
use futures_util::stream::{self, Stream};
use serde::Serialize;
use tokio::sync::watch;

use super::live::LiveRoom;

/// What the phone shows when its stream ends for good.
#[derive(Serialize)]
struct Ended {
    message: String,
}

/// The sentences are looked up when sent, so they are in the language in use at that moment.
const SESSION_ENDED: &str = "phone-session-ended";
const REMOVED: &str = "phone-removed";

fn ended(id: &str) -> Result<Event, axum::Error> {
    event("end", &Ended { message: crate::text::t(id) })
}

/// Streams open at once for one participant: a phone and a second tab, with room for a
/// reconnect before the old connection is noticed gone. More is one person taking everyone's.
pub(super) const STREAMS_PER_TOKEN: usize = 4;

/// Open streams: in all, and per participant.
#[derive(Default)]
pub(super) struct OpenStreams {
    total: AtomicUsize,
    per_token: Mutex<HashMap<String, usize>>,
}

impl OpenStreams {
    pub fn count(&self) -> usize {
        self.total.load(Ordering::SeqCst)
    }
}

/// One counted place among the open streams, given back when the stream is dropped.
pub(super) struct StreamSlot {
    open: Arc<OpenStreams>,
    token: String,
}

impl StreamSlot {
    pub fn take(open: &Arc<OpenStreams>, max: usize, token: &str) -> Option<StreamSlot> {
        let mut per_token = open.per_token.lock().unwrap_or_else(PoisonError::into_inner);
        let mine = per_token.entry(token.to_owned()).or_default();
        if *mine >= STREAMS_PER_TOKEN || open.total.load(Ordering::SeqCst) >= max {
            return None;
        }
        *mine += 1;
        open.total.fetch_add(1, Ordering::SeqCst);
        Some(StreamSlot { open: open.clone(), token: token.to_owned() })
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut per_token = self.open.per_token.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = per_token.get_mut(&self.token) {
            *n -= 1;
            if *n == 0 {
                per_token.remove(&self.token);
            }
        }
        self.open.total.fetch_sub(1, Ordering::SeqCst);
    }
}

fn event(name: &str, data: &impl Serialize) -> Result<Event, axum::Error> {
    Event::default().event(name).json_data(data)
}

struct Feed {
    live: Arc<LiveRoom>,
    token: String,
    versions: watch::Receiver<u64>,
    stop: watch::Receiver<bool>,
    first: bool,
    _slot: StreamSlot,
}

pub(super) fn stream(
    live: Arc<LiveRoom>,
    token: String,
    stop: watch::Receiver<bool>,
    slot: StreamSlot,
) -> impl Stream<Item = Result<Event, axum::Error>> {
    let versions = live.subscribe();
    let feed = Feed { live, token, versions, stop, first: true, _slot: slot };
    stream::unfold(Some(feed), |feed| async move {
        let mut feed = feed?;
        if *feed.stop.borrow() {
            return Some((ended(SESSION_ENDED), None));
        }
        if !feed.first {
            let stopped = pin!(feed.stop.wait_for(|stopped| *stopped));
            let changed = pin!(feed.versions.changed());
            match select(changed, stopped).await {
                Either::Left((Ok(()), _)) => {}
                // The room is gone or the server is stopping.
                _ => return Some((ended(SESSION_ENDED), None)),
            }
        }
        feed.first = false;
        feed.versions.mark_unchanged();
        let view = feed.live.read(|room| room.phone_view(&feed.token));
        if view.you.is_none() {
            return Some((ended(REMOVED), None));
        }
        Some((event("state", &view), Some(feed)))
    })
}
