//! `--benchmark` and `--benchmark-bare`: the window's figures on this machine. Time from
//! process start to the first drawn frame, frames per second while the UI animates, CPU used
//! while idle on the scene screen, and peak memory; the bare mode measures a minimal Bevy UI
//! app with the same features for comparison. `scripts/bench-window.sh` runs both under Xvfb.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::{EventLoopProxyWrapper, WinitSettings, WinitUserEvent};

use crate::game::actions::{Action, Activate};
use crate::game::library::GameLibrary;
use crate::game::screens::MoodFill;
use crate::game::state::Screen;

const MEASURE: Duration = Duration::from_secs(10);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Start,
    WaitFirstFrame,
    ToScene,
    Animate,
    Idle,
}

#[derive(Resource)]
struct Bench {
    phase: Phase,
    since: Instant,
    frames: u32,
    bare: bool,
    /// When the process began (taken first thing in `main`).
    started: Instant,
    /// The idle measurement's lines, written by its thread; the app prints them and quits.
    idle_report: Arc<Mutex<Option<Vec<String>>>>,
}

#[derive(Resource, Default)]
struct FirstFrame(Option<Duration>);

pub fn plugin(app: &mut App, bare: bool, started: Instant) {
    app.insert_resource(Bench {
        phase: Phase::Start,
        since: Instant::now(),
        frames: 0,
        bare,
        started,
        idle_report: Arc::default(),
    });
    app.init_resource::<FirstFrame>();
    app.insert_resource(WinitSettings::continuous());
    app.add_systems(Update, drive);
}

/// A minimal Bevy UI app: a camera and one line of text, the floor to compare against.
pub fn bare_app(app: &mut App) {
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands
            .spawn((Node { padding: UiRect::all(px(24)), ..default() }, children![Text::new("A bare Bevy UI app")]));
    });
}

/// Process CPU time in clock ticks (user + system), from /proc on Linux.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut bench: ResMut<Bench>,
    first: Res<FirstFrame>,
    screen: Option<Res<State<Screen>>>,
    library: Option<Res<GameLibrary>>,
    buttons: Query<(Entity, &Action)>,
    mut fills: Query<&mut MoodFill>,
    mut winit: ResMut<WinitSettings>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    let press = |commands: &mut Commands, wanted: &dyn Fn(&Action) -> bool| {
        if let Some((entity, _)) = buttons.iter().find(|(_, a)| wanted(a)) {
            commands.trigger(Activate { entity });
        }
    };
    match bench.phase {
        Phase::Start => {
            let started = bench.started;
            commands.spawn(Screenshot::primary_window()).observe(
                move |_: On<ScreenshotCaptured>, mut first: ResMut<FirstFrame>| {
                    first.0.get_or_insert_with(|| started.elapsed());
                },
            );
            bench.phase = Phase::WaitFirstFrame;
        }
        Phase::WaitFirstFrame => {
            let Some(at) = first.0 else { return };
            println!("bench: first frame {:.0} ms after process start", at.as_secs_f64() * 1e3);
            if bench.bare {
                println!("bench: peak memory {:.0} MB", peak_memory_mb().unwrap_or(f64::NAN));
                exit.write(AppExit::Success);
            }
            bench.phase = Phase::ToScene;
        }
        Phase::ToScene => match screen.as_deref().map(State::get) {
            Some(Screen::Title) => press(&mut commands, &|a| *a == Action::Start),
            Some(Screen::Select) if library.is_some_and(|l| !l.cards.is_empty()) => {
                press(&mut commands, &|a| matches!(a, Action::Open(_)));
            }
            Some(Screen::Scene) => {
                bench.phase = Phase::Animate;
                bench.since = Instant::now();
                bench.frames = 0;
            }
            _ => {}
        },
        Phase::Animate => {
            bench.frames += 1;
            // Keep the mood meter easing back and forth: layout and drawing change every frame.
            for mut fill in &mut fills {
                if fill.elapsed > 0.3 {
                    *fill = MoodFill { from: fill.to, to: if fill.to > 50.0 { 10.0 } else { 90.0 }, elapsed: 0.0 };
                }
            }
            if bench.since.elapsed() >= MEASURE {
                let fps = f64::from(bench.frames) / bench.since.elapsed().as_secs_f64();
                println!("bench: {fps:.1} frames per second over 10 s while the mood meter animates");
                for mut fill in &mut fills {
                    fill.elapsed = 10.0;
                }
                *winit = WinitSettings::desktop_app();
                bench.phase = Phase::Idle;
                // Measured on a thread, since the idle app runs no frames; it wakes the app when done.
                let report = Arc::clone(&bench.idle_report);
                let proxy = proxy.map(|p| (**p).clone());
                std::thread::spawn(move || {
                    // Let the last animated frames drain before measuring.
                    std::thread::sleep(Duration::from_secs(2));
                    let before = cpu_ticks();
                    std::thread::sleep(MEASURE);
                    let idle = match (before, cpu_ticks()) {
                        (Some(a), Some(b)) => {
                            format!("bench: {} CPU ticks used over 10 s idle on the scene screen", b - a)
                        }
                        _ => "bench: idle CPU not measurable here (no /proc)".to_owned(),
                    };
                    let memory = format!("bench: peak memory {:.0} MB", peak_memory_mb().unwrap_or(f64::NAN));
                    *report.lock().unwrap_or_else(|e| e.into_inner()) = Some(vec![idle, memory]);
                    if let Some(proxy) = proxy {
                        let _ = proxy.send_event(WinitUserEvent::WakeUp);
                    }
                });
            }
        }
        Phase::Idle => {
            let done = bench.idle_report.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(lines) = done {
                for line in lines {
                    println!("{line}");
                }
                exit.write(AppExit::Success);
            }
        }
    }
}
