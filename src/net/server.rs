//! The classroom server: the phone page and its API on the local network, on a thread of its
//! own with a single-threaded runtime, running only while classroom mode is open.

use std::future::IntoFuture;
use std::io;
use std::net::{SocketAddr, TcpListener};
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use futures_util::future::{Either, select};
use tokio::sync::watch;

use super::feed::OpenStreams;
use super::limits::RateLimit;
use super::live::LiveRoom;
use super::routes::{self, ADDRESS_BURST, ADDRESS_PER_SECOND, Shared, TOKEN_BURST, TOKEN_PER_SECOND};

/// The port tried first: easy to read off a projector and to type.
pub const DEFAULT_PORT: u16 = 8321;
/// How long a stop waits for requests in flight before dropping them.
pub const SHUTDOWN_GRACE: Duration = Duration::from_millis(300);

pub struct ClassServer {
    address: SocketAddr,
    stop: watch::Sender<bool>,
    streams: Arc<OpenStreams>,
    thread: Option<JoinHandle<io::Result<()>>>,
}

impl ClassServer {
    /// Listens on `address` (port 0 picks a free one) and serves `live` until stopped or dropped.
    pub fn start(live: Arc<LiveRoom>, address: SocketAddr) -> io::Result<ClassServer> {
        let listener = TcpListener::bind(address)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let (stop, stopped) = watch::channel(false);
        let streams = Arc::new(OpenStreams::default());
        let shared = Shared {
            live,
            stop: stopped.clone(),
            streams: streams.clone(),
            per_address: Arc::new(Mutex::new(RateLimit::new(ADDRESS_BURST, ADDRESS_PER_SECOND))),
            per_token: Arc::new(Mutex::new(RateLimit::new(TOKEN_BURST, TOKEN_PER_SECOND))),
        };
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()?;
        let thread = std::thread::Builder::new().name("classroom-server".into()).spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                let app = routes::router(shared).into_make_service_with_connect_info::<SocketAddr>();
                let (mut graceful, mut deadline) = (stopped.clone(), stopped);
                let serve = axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = graceful.wait_for(|s| *s).await;
                    })
                    .into_future();
                // A graceful shutdown waits for requests in flight, and a device that sent half a
                // request and went quiet would make it wait forever (and freeze the presenter,
                // which waits for this thread): after a short grace, drop whatever is left.
                let give_up = async move {
                    let _ = deadline.wait_for(|s| *s).await;
                    tokio::time::sleep(SHUTDOWN_GRACE).await;
                };
                match select(pin!(serve), pin!(give_up)).await {
                    Either::Left((served, _)) => served,
                    Either::Right(((), _)) => Ok(()),
                }
            })
        })?;
        Ok(ClassServer { address, stop, streams, thread: Some(thread) })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Event streams open now.
    pub fn open_streams(&self) -> usize {
        self.streams.count()
    }

    /// Ends every phone's stream with `end`, stops listening and waits for the thread; returns
    /// how long that took.
    pub fn stop(mut self) -> Duration {
        self.shut_down()
    }

    fn shut_down(&mut self) -> Duration {
        let started = Instant::now();
        self.stop.send_replace(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        started.elapsed()
    }
}

impl Drop for ClassServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}
