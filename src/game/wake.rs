//! Keeps the reactive window drawing until what changed is on screen, with no input needed.
//!
//! `WinitSettings::desktop_app()` only runs a frame on input (or once a minute when the window
//! has no focus, as under Xvfb or behind another window). Three things change the picture
//! without input: the first frames (shaders still compiling in the background), a screen or
//! its data changing (state change, library loaded, hot reload), and assets finishing loading.
//! Each asks for a few more frames here, and an idle window still costs no CPU.
//! A screen reader also acts without input: it connects, or clicks a button, on its own
//! thread, so a small watcher thread wakes the loop for it (see `wake_for_screen_reader`); it
//! checks a queue every 50 ms and runs no frame unless a request is waiting.

use bevy::a11y::AccessibilityRequested;
use bevy::prelude::*;
use bevy::render::render_resource::PipelineCache;
use bevy::render::{Render, RenderApp, RenderSystems};
use bevy::window::RequestRedraw;
use bevy::winit::accessibility::WinitActionRequestHandlers;
use bevy::winit::{EventLoopProxy, EventLoopProxyWrapper, WinitUserEvent};

use super::state::Screen;

/// Frames drawn after a change: layout, text shaping and the glyph atlas each take one.
const SETTLE_FRAMES: u32 = 4;

/// Frames still to draw before the window may sleep.
#[derive(Resource)]
struct Settle(u32);

/// A way to wake the event loop from another thread (the render world cannot write main-world
/// messages; the screen reader's watcher is a thread of its own).
#[derive(Resource)]
struct Waker(EventLoopProxy<WinitUserEvent>);

pub fn plugin(app: &mut App) {
    app.add_message::<RequestRedraw>();
    app.insert_resource(Settle(SETTLE_FRAMES));
    app.add_systems(Last, settle);
    let proxy = app.world().get_resource::<EventLoopProxyWrapper>().map(|p| (**p).clone());
    if let Some(proxy) = &proxy {
        app.insert_resource(Waker(proxy.clone()));
        app.add_systems(Update, wake_for_screen_reader);
    }
    if let (Some(proxy), Some(render)) = (proxy, app.get_sub_app_mut(RenderApp)) {
        render.insert_resource(Waker(proxy));
        render.add_systems(Render, wake_while_compiling.in_set(RenderSystems::Cleanup));
    }
}

/// Something new or rewritten on screen.
type OnScreenChange = Or<(Added<Node>, Changed<Text>, Changed<BackgroundColor>)>;

/// Anything new or rewritten on screen, or a screen change on its way, earns a few frames.
fn settle(
    mut settle: ResMut<Settle>,
    screen: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    changed: Query<(), OnScreenChange>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let pending = !matches!(*next, NextState::Unchanged);
    if screen.is_changed() || pending || !changed.is_empty() {
        settle.0 = SETTLE_FRAMES;
    }
    if settle.0 > 0 {
        settle.0 -= 1;
        redraw.write(RequestRedraw);
    }
}

/// Shaders compile on background tasks and are only picked up by a later frame: while any is
/// waiting (and for the frame after the last one is ready), wake the loop for another frame.
/// Without this the first screen could stay black until the trainee moved the mouse.
fn wake_while_compiling(cache: Res<PipelineCache>, waker: Res<Waker>, mut was_waiting: Local<bool>) {
    let waiting = cache.waiting_pipelines().next().is_some();
    if waiting || *was_waiting {
        // Fails only when the event loop is gone, i.e. the app is quitting.
        let _ = waker.0.send_event(WinitUserEvent::WakeUp);
    }
    *was_waiting = waiting;
}

/// AccessKit queues a reader's requests (and turns the tree on when a reader connects) on its
/// own thread, and Bevy only reads them on its next frame, which a reactive window may not run
/// for a minute. Once the window's adapter exists, a thread checks every 50 ms and wakes the
/// loop when a request waits or a reader has just connected: a lock and a flag, no frames.
fn wake_for_screen_reader(
    mut started: Local<bool>,
    handlers: Option<Res<WinitActionRequestHandlers>>,
    requested: Option<Res<AccessibilityRequested>>,
    waker: Res<Waker>,
) {
    let (Some(handlers), Some(requested)) = (handlers, requested) else { return };
    if *started || handlers.is_empty() {
        return;
    }
    *started = true;
    debug!("watching for screen reader requests");
    let queues: Vec<_> = handlers.values().cloned().collect();
    let (requested, proxy) = (requested.clone(), waker.0.clone());
    let spawned = std::thread::Builder::new().name("screen-reader-waker".into()).spawn(move || {
        let mut was_on = false;
        loop {
            std::thread::sleep(std::time::Duration::from_millis(50));
            let waiting = queues.iter().any(|q| q.lock().is_ok_and(|q| !q.is_empty()));
            let on = requested.get();
            // Fails only once the event loop is gone: the game is quitting.
            if (waiting || (on && !was_on)) && proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                return;
            }
            was_on = on;
        }
    });
    if let Err(err) = spawned {
        warn!("screen readers may wait for input to be answered: {err}");
    }
}
