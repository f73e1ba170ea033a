//! The phone page's HTTP interface: the page itself, join, vote and the event stream. Nothing
//! here decides anything: each handler checks a request against the room's rules and answers
//! with the status the refusal deserves. No route lets a phone act as the instructor.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use super::feed;
use super::limits::RateLimit;
use super::live::LiveRoom;
use super::secrets::new_token;
use crate::sim::classroom::{MAX_PARTICIPANTS, RoomError};

/// Larger than any real request (a 24-character name, a 32-character token).
pub const MAX_BODY_BYTES: usize = 2048;
/// Open event streams at once: two tabs per participant.
pub const MAX_STREAMS: usize = 2 * MAX_PARTICIPANTS;
/// Per phone address: a whole class behind one address (a NAT, the tests' loopback) still fits.
pub const ADDRESS_BURST: u32 = 600;
pub const ADDRESS_PER_SECOND: u32 = 100;
/// Per participant: tapping between answers is fine, a script is not.
pub const TOKEN_BURST: u32 = 20;
pub const TOKEN_PER_SECOND: u32 = 5;

#[derive(Clone)]
pub(super) struct Shared {
    pub live: Arc<LiveRoom>,
    pub stop: watch::Receiver<bool>,
    pub streams: Arc<feed::OpenStreams>,
    pub per_address: Arc<Mutex<RateLimit<IpAddr>>>,
    pub per_token: Arc<Mutex<RateLimit<String>>>,
}

pub(super) fn router(shared: Shared) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/api/join", post(join))
        .route("/api/vote", post(vote))
        .route("/api/events", post(events))
        .layer(middleware::from_fn_with_state(shared.clone(), limit_address))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(shared)
}

/// A refusal: its status, and a body the page can show.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    error: &'static str,
    message: String,
}

#[derive(Serialize)]
struct RefusalBody<'a> {
    error: &'a str,
    message: &'a str,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = RefusalBody { error: self.error, message: &self.message };
        (self.status, Json(body)).into_response()
    }
}

impl From<RoomError> for Refusal {
    fn from(error: RoomError) -> Refusal {
        let status = match error {
            RoomError::WrongCode => StatusCode::FORBIDDEN,
            RoomError::Locked => StatusCode::LOCKED,
            RoomError::UnknownToken => StatusCode::UNAUTHORIZED,
            RoomError::BadName | RoomError::UnknownChoice => StatusCode::UNPROCESSABLE_ENTITY,
            RoomError::Full
            | RoomError::WrongScene
            | RoomError::VotingClosed
            | RoomError::NoMajority
            | RoomError::NotNow(_)
            | RoomError::Session(_) => StatusCode::CONFLICT,
        };
        Refusal { status, error: error.id(), message: crate::text::say(&error.phrase()) }
    }
}

fn too_many() -> Refusal {
    Refusal {
        status: StatusCode::TOO_MANY_REQUESTS,
        error: "too-many-requests",
        // In the language in use when refused, like every other sentence to the phone.
        message: crate::text::t("phone-too-many-requests"),
    }
}

async fn limit_address(
    State(shared): State<Shared>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let allowed = shared.per_address.lock().unwrap_or_else(PoisonError::into_inner).allow(from.ip(), Instant::now());
    if allowed { next.run(request).await } else { too_many().into_response() }
}

fn limit_token(shared: &Shared, token: &str) -> Result<(), Refusal> {
    let mut limit = shared.per_token.lock().unwrap_or_else(PoisonError::into_inner);
    // Only known tokens get a bucket, so made-up tokens cannot fill the table.
    if shared.live.read(|room| room.is_present(token)) && !limit.allow(token.to_owned(), Instant::now()) {
        return Err(too_many());
    }
    Ok(())
}

async fn page() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
                 connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            ),
        ],
        // Built for each request, so a language changed mid-class reaches the next page load.
        super::phone_words::phone_page(),
    )
}

#[derive(Deserialize)]
struct JoinRequest {
    code: String,
    name: String,
    /// The token this phone kept from an earlier join (a reload or a phone that slept).
    token: Option<String>,
}

#[derive(Serialize)]
struct Joined {
    token: String,
    id: u32,
}

async fn join(State(shared): State<Shared>, Json(request): Json<JoinRequest>) -> Result<Json<Joined>, Refusal> {
    if let Some(kept) = &request.token {
        limit_token(&shared, kept)?;
    }
    // The kept token is checked and used under one lock: a removal in between cannot hand a
    // removed participant's token to a new one.
    let (token, id) = shared.live.change(|room| {
        let token = match request.token {
            Some(kept) if room.is_present(&kept) => kept,
            _ => new_token(),
        };
        room.join(&request.code, &request.name, &token).map(|id| (token, id))
    })?;
    Ok(Json(Joined { token, id }))
}

#[derive(Deserialize)]
struct VoteRequest {
    token: String,
    /// The scene number the page shows, so a vote from a stale page is refused, not misplaced.
    scene: usize,
    /// The shown position, 0-based.
    choice: usize,
}

async fn vote(State(shared): State<Shared>, Json(request): Json<VoteRequest>) -> Result<StatusCode, Refusal> {
    limit_token(&shared, &request.token)?;
    shared.live.change(|room| room.vote(&request.token, request.scene, request.choice))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct EventsRequest {
    token: String,
}

/// The phone's live view: the full state at once (so a phone back from sleep needs no
/// `Last-Event-ID`), then the latest state after each change, then `end` when the session stops.
async fn events(State(shared): State<Shared>, Json(request): Json<EventsRequest>) -> Result<Response, Refusal> {
    if !shared.live.read(|room| room.is_present(&request.token)) {
        return Err(RoomError::UnknownToken.into());
    }
    limit_token(&shared, &request.token)?;
    let Some(slot) = feed::StreamSlot::take(&shared.streams, MAX_STREAMS, &request.token) else {
        return Err(Refusal {
            status: StatusCode::SERVICE_UNAVAILABLE,
            error: "busy",
            message: crate::text::t("phone-too-many-pages"),
        });
    };
    let stream = feed::stream(shared.live.clone(), request.token, shared.stop.clone(), slot);
    let sse = Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)));
    Ok(([(header::CACHE_CONTROL, "no-store")], sse).into_response())
}
