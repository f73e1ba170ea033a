//! The one room the presenter and the phones share. Every change goes through `change`, which
//! publishes a new version to the phones' event streams and wakes the presenter's window.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::watch;

use crate::sim::classroom::Room;

type Wake = Box<dyn Fn() + Send + Sync>;

pub struct LiveRoom {
    room: Mutex<Room>,
    version: watch::Sender<u64>,
    wake: Mutex<Option<Wake>>,
}

impl LiveRoom {
    pub fn new(room: Room) -> Arc<LiveRoom> {
        Arc::new(LiveRoom { room: Mutex::new(room), version: watch::Sender::new(0), wake: Mutex::new(None) })
    }

    fn lock(&self) -> MutexGuard<'_, Room> {
        // A panic while holding the lock leaves the room as the last whole change left it: the
        // room's methods check before they write, so the data is still consistent.
        self.room.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Looks at the room without changing it.
    pub fn read<R>(&self, look: impl FnOnce(&Room) -> R) -> R {
        look(&self.lock())
    }

    /// Changes the room; when `apply` succeeds the phones and the presenter hear of it. A refused
    /// request publishes nothing, so a flood of bad requests costs the other phones nothing.
    pub fn change<T, E>(&self, apply: impl FnOnce(&mut Room) -> Result<T, E>) -> Result<T, E> {
        let result = apply(&mut self.lock());
        if result.is_ok() {
            self.publish();
        }
        result
    }

    /// Tells every stream and the presenter that the room changed.
    pub fn publish(&self) {
        self.version.send_modify(|v| *v += 1);
        if let Some(wake) = self.wake.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
            wake();
        }
    }

    /// How many changes so far: the presenter redraws when this moves.
    pub fn version(&self) -> u64 {
        *self.version.borrow()
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.version.subscribe()
    }

    /// Called after every change, from whichever thread made it (the presenter's window wakes).
    pub fn on_change(&self, wake: impl Fn() + Send + Sync + 'static) {
        *self.wake.lock().unwrap_or_else(PoisonError::into_inner) = Some(Box::new(wake));
    }
}
