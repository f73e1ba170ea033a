//! The classroom's secrets, from the operating system's randomness: participant tokens and room
//! codes (never from the game's seeded generator, whose numbers a seed reproduces).

/// An unguessable participant token: 122 random bits, 32 hex characters.
pub fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A fresh 4-consonant room code.
pub fn new_room_code() -> String {
    crate::sim::classroom::room_code(uuid::Uuid::new_v4().as_u64_pair().0)
}
