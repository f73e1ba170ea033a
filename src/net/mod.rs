//! The classroom's network side: which address phones should use to reach this laptop, and the
//! local server for the phone page. The room's rules are `sim::classroom`'s.

pub mod address;
mod feed;
pub mod limits;
pub mod live;
mod phone_words;
pub mod qr;
mod routes;
mod secrets;
pub mod server;

pub use live::LiveRoom;
pub use phone_words::{PHONE_PAGE, phone_page};
pub use routes::{MAX_BODY_BYTES, MAX_STREAMS};
pub use secrets::{new_room_code, new_token};
pub use server::{ClassServer, DEFAULT_PORT};
