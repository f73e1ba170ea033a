//! Classroom live mode: the server with simulated phones, the phone page in a real browser,
//! and the presenter's instructor flow.

mod hostile;
mod instructor;
mod http;
mod server;
