//! Classroom live mode: the server with simulated phones, the phone page in a real browser,
//! and the presenter's instructor flow.

mod browser;
mod hostile;
mod http;
mod instructor;
mod live_session;
mod server;
