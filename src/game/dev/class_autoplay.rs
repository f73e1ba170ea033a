//! A classroom session that runs itself, for the real-window test and the docs' screenshots.
//! It writes `classroom.json` (the join link and room code) for the test's phones, waits for
//! the test to write `go` once they have joined, then plays every scene with the instructor's
//! real keys (pressed into the input, read by the presenter's key system): open voting, wait
//! until everyone voted, show the votes (first scene), close, play, next. It saves a screenshot
//! and a layout check of the join panel, voting, the tally, the feedback and the debrief, ends
//! the session with Esc twice and quits. Gives up (exit code 4) when a step waits too long.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use bevy::input::InputSystems;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::layout::{LayoutCheck, check_layout};
use crate::game::classroom::Class;
use crate::game::state::Screen;
use crate::sim::classroom::Phase;

/// Frames on an unchanged screen before its screenshot (layout and glyphs settle).
const SETTLE: u32 = 8;
/// How long one step may wait for the room (phones voting) before the run gives up.
const PATIENCE: Duration = Duration::from_secs(120);
/// How long the test's phones may take to join (browsers start slowly on a loaded machine).
const JOIN_PATIENCE: Duration = Duration::from_secs(300);

#[derive(Resource)]
pub struct ClassAutoPlay {
    dir: PathBuf,
    announced: bool,
    /// The key pressed last frame, released this one.
    held: Option<KeyCode>,
    /// Frames since the room or the screen last changed.
    still: u32,
    seen: Option<(u64, Phase)>,
    shots: Vec<&'static str>,
    since: Instant,
    created: Instant,
    scene_one_done: bool,
}

impl ClassAutoPlay {
    pub fn new(dir: PathBuf) -> Self {
        ClassAutoPlay {
            dir,
            announced: false,
            held: None,
            still: 0,
            seen: None,
            shots: Vec::new(),
            since: Instant::now(),
            created: Instant::now(),
            scene_one_done: false,
        }
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<LayoutCheck>();
    app.add_systems(PreUpdate, drive.after(InputSystems));
    app.add_systems(Update, check_layout);
}

fn shoot(auto: &mut ClassAutoPlay, name: &'static str, commands: &mut Commands, layout: &mut LayoutCheck) {
    auto.shots.push(name);
    auto.since = Instant::now();
    commands.spawn(Screenshot::primary_window()).observe(save_to_disk(auto.dir.join(name)));
    layout.0 = Some((name.to_owned(), auto.dir.join("layout.txt")));
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource it reads
fn drive(
    mut auto: ResMut<ClassAutoPlay>,
    screen: Res<State<Screen>>,
    class: Option<Res<Class>>,
    mut keys: ResMut<ButtonInput<KeyCode>>,
    mut layout: ResMut<LayoutCheck>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    if let Some(key) = auto.held.take() {
        keys.release(key);
        return;
    }
    let joining = !auto.dir.join("go").exists();
    if joining {
        // The clock for each step starts once everyone is in.
        auto.since = Instant::now();
    }
    if auto.since.elapsed() > PATIENCE || auto.created.elapsed() > JOIN_PATIENCE && joining {
        error!("class autoplay: waited {PATIENCE:?} on {:?} (shots so far {:?})", screen.get(), auto.shots);
        exit.write(AppExit::from_code(4));
        return;
    }
    if *screen.get() == Screen::Title && auto.shots.contains(&"c5-debrief.png") {
        exit.write(AppExit::Success);
        return;
    }
    let Some(class) = class.filter(|_| *screen.get() == Screen::Classroom) else { return };
    if !auto.announced {
        let code = class.live.read(|r| r.code().to_owned());
        let info = serde_json::json!({ "url": class.url(), "link": class.link(), "code": code, "port": class.port() });
        let _ = std::fs::write(auto.dir.join("classroom.json"), info.to_string());
        auto.announced = true;
    }
    let (phase, (voted, present), version) = class.live.read(|r| (r.phase(), r.voted(), class.live.version()));
    if auto.seen != Some((version, phase)) {
        auto.seen = Some((version, phase));
        auto.still = 0;
    }
    auto.still += 1;
    if auto.still < SETTLE {
        return;
    }
    let first = !auto.scene_one_done;
    let mut press = |auto: &mut ClassAutoPlay, key: KeyCode| {
        keys.press(key);
        auto.held = Some(key);
        auto.since = Instant::now();
        auto.still = 0;
    };
    match phase {
        Phase::Waiting if joining => {}
        Phase::Waiting if first && !auto.shots.contains(&"c1-join.png") => {
            shoot(&mut auto, "c1-join.png", &mut commands, &mut layout)
        }
        Phase::Waiting => press(&mut auto, KeyCode::Space),
        Phase::Voting if voted < present || present == 0 => {}
        Phase::Voting if first && !auto.shots.contains(&"c2-voting.png") => {
            shoot(&mut auto, "c2-voting.png", &mut commands, &mut layout)
        }
        Phase::Voting if first && !class.live.read(|r| r.tally_visible()) => press(&mut auto, KeyCode::KeyT),
        Phase::Voting if first && !auto.shots.contains(&"c3-tally.png") => {
            shoot(&mut auto, "c3-tally.png", &mut commands, &mut layout)
        }
        Phase::Voting => press(&mut auto, KeyCode::Space),
        Phase::Closed if class.live.read(|r| r.majority()).is_some() => press(&mut auto, KeyCode::Space),
        // A tie: the instructor decides.
        Phase::Closed => press(&mut auto, KeyCode::Digit1),
        Phase::Feedback if first && !auto.shots.contains(&"c4-feedback.png") => {
            shoot(&mut auto, "c4-feedback.png", &mut commands, &mut layout)
        }
        Phase::Feedback => {
            auto.scene_one_done = true;
            press(&mut auto, KeyCode::Space)
        }
        Phase::Over if !auto.shots.contains(&"c5-debrief.png") => {
            shoot(&mut auto, "c5-debrief.png", &mut commands, &mut layout)
        }
        Phase::Over => press(&mut auto, KeyCode::Escape),
    }
}
