//! One phone's event stream: its view of the room now, again after every change (only the
//! latest, so a phone on bad Wi-Fi never falls behind), and a last `end` event when the
//! instructor removes it or the session stops. Ending every stream is what lets the server
//! shut down at once: a graceful shutdown otherwise waits for open streams forever.

use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::response::sse::Event;
use futures_util::future::{Either, select};
use futures_util::stream::{self, Stream};
use serde::Serialize;
use tokio::sync::watch;

use super::live::LiveRoom;

/// What the phone shows when its stream ends for good.
#[derive(Serialize)]
struct Ended {
    message: &'static str,
}

const SESSION_ENDED: &str = "The session has ended. Thank you for taking part.";
const REMOVED: &str = "The instructor has taken you out of this session.";

/// One counted place among the open streams, given back when the stream is dropped.
pub(super) struct StreamSlot(Arc<AtomicUsize>);

impl StreamSlot {
    pub fn take(open: &Arc<AtomicUsize>, max: usize) -> Option<StreamSlot> {
        let taken = open.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < max).then_some(n + 1));
        taken.ok().map(|_| StreamSlot(open.clone()))
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
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
            return Some((event("end", &Ended { message: SESSION_ENDED }), None));
        }
        if !feed.first {
            let stopped = pin!(feed.stop.wait_for(|stopped| *stopped));
            let changed = pin!(feed.versions.changed());
            match select(changed, stopped).await {
                Either::Left((Ok(()), _)) => {}
                // The room is gone or the server is stopping.
                _ => return Some((event("end", &Ended { message: SESSION_ENDED }), None)),
            }
        }
        feed.first = false;
        feed.versions.mark_unchanged();
        let view = feed.live.read(|room| room.phone_view(&feed.token));
        if view.you.is_none() {
            return Some((event("end", &Ended { message: REMOVED }), None));
        }
        Some((event("state", &view), Some(feed)))
    })
}
