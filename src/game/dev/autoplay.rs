//! A scripted run for screenshots and the real-window test: it walks title, trainee picker,
//! select, scene, feedback, debrief and progress by triggering the same actions a trainee's
//! clicks do, saving one PNG per screen (and its layout check, see `layout`), then quits.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::layout::{LayoutCheck, check_layout};
use crate::game::actions::{Action, Activate};
use crate::game::library::GameLibrary;
use crate::game::state::{ActiveRun, Screen};
use crate::sim::scoring::{next_mood, score_choice};
use crate::sim::session::best_choice;

/// The settings panel, shot over the title at the end.
pub const SETTINGS_SHOT: &str = "8-settings.png";

/// Frames to wait on a screen before the screenshot (layout and fonts settle), and before acting.
const SHOOT_AT: u32 = 30;
pub(super) const ACT_AT: u32 = 60;

#[derive(Resource)]
pub struct AutoPlay {
    pub(super) dir: PathBuf,
    pub(super) scenario: Option<String>,
    screen: Option<Screen>,
    /// Frames since the current screen was entered.
    pub(super) frames: u32,
    shot: Vec<Screen>,
    /// On the select screen, the frame the keyboard focus reached the wanted card.
    pub(super) arrived: Option<u32>,
    /// Frames since the settings panel was opened over the last title screen.
    settings: Option<u32>,
}

impl AutoPlay {
    pub fn new(dir: PathBuf, scenario: Option<String>) -> Self {
        AutoPlay { dir, scenario, screen: None, frames: 0, shot: Vec::new(), arrived: None, settings: None }
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<LayoutCheck>();
    app.add_systems(Update, (drive, check_layout).chain().after(crate::game::actions::keyboard));
}

fn file_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Title => "1-title.png",
        Screen::Select => "2-select.png",
        Screen::Scene => "3-scene.png",
        Screen::Feedback => "4-feedback.png",
        Screen::Debrief => "5-debrief.png",
        Screen::Progress => "6-progress.png",
        Screen::Trainees => "7-trainees.png",
        Screen::Classroom => "9-classroom.png",
    }
}

/// The choice to make: on the first scene a weaker one (so the feedback screen shows missed
/// strategies and the best response), then the best.
fn pick(run: &ActiveRun) -> Option<usize> {
    let p = run.session.current()?;
    let scenario = run.session.scenario();
    let scene = scenario.scene(&p.scene_id)?;
    let catalog = run.session.catalog();
    let original = if p.number == 1 {
        scene
            .choices
            .iter()
            .enumerate()
            .filter(|(_, c)| next_mood(p.mood, c.mood) > 0 && scenario.scene(&c.next).is_some())
            .min_by_key(|(_, c)| score_choice(scene, c, catalog).points().net())
            .map_or_else(|| best_choice(scene, catalog).0, |(i, _)| i)
    } else {
        best_choice(scene, catalog).0
    };
    p.choices.iter().position(|c| c.original == original)
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource or query it reads
pub(super) fn drive(
    mut auto: ResMut<AutoPlay>,
    screen: Res<State<Screen>>,
    library: Res<GameLibrary>,
    run: Option<Res<ActiveRun>>,
    buttons: Query<(Entity, &Action)>,
    mut layout: ResMut<LayoutCheck>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    let now = *screen.get();
    if auto.screen != Some(now) {
        auto.screen = Some(now);
        auto.frames = 0;
        auto.arrived = None;
    }
    auto.frames += 1;
    if now == Screen::Select && library.cards.is_empty() {
        auto.frames = 1;
        return;
    }
    if now == Screen::Select {
        // Shot and opened by `select_walk`, with the keyboard.
        if !auto.shot.contains(&now) {
            auto.shot.push(now);
        }
        return;
    }
    if auto.frames == SHOOT_AT && !auto.shot.contains(&now) {
        auto.shot.push(now);
        let path = auto.dir.join(file_name(now));
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path));
        layout.0 = Some((file_name(now).to_owned(), auto.dir.join("layout.txt")));
    }
    if let Some(frames) = auto.settings.as_mut() {
        *frames += 1;
        let frames = *frames;
        if frames == SHOOT_AT {
            commands.spawn(Screenshot::primary_window()).observe(save_to_disk(auto.dir.join(SETTINGS_SHOT)));
            layout.0 = Some((SETTINGS_SHOT.to_owned(), auto.dir.join("layout.txt")));
        } else if frames == ACT_AT {
            exit.write(AppExit::Success);
        }
        return;
    }
    if auto.frames != ACT_AT {
        return;
    }
    let wanted = match now {
        // Title, then the picker, then back to the title to start; after the progress screen, the
        // settings panel over the title, then quit.
        Screen::Title if !auto.shot.contains(&Screen::Trainees) => Some(Action::ChangeTrainee),
        Screen::Title if auto.shot.contains(&Screen::Progress) => {
            auto.settings = Some(0);
            Some(Action::Settings)
        }
        Screen::Title => Some(Action::Start),
        Screen::Select => None,
        Screen::Scene => {
            // The select screen is walked with real keys: opening another card is a failure.
            let opened = run.as_ref().map(|r| r.session.scenario().id.clone());
            if let (Some(wanted), Some(opened)) = (&auto.scenario, &opened)
                && wanted != opened
            {
                error!("autoplay: opened {opened}, not {wanted}");
                exit.write(AppExit::from_code(3));
                return;
            }
            run.as_ref().and_then(|r| pick(r)).map(Action::Choose)
        }
        Screen::Feedback => Some(Action::Continue),
        Screen::Debrief => Some(Action::ShowProgress),
        Screen::Progress => Some(Action::BackToTitle),
        Screen::Trainees => Some(Action::BackToTitle),
        Screen::Classroom => None,
    };
    if let Some(entity) = wanted.and_then(|w| buttons.iter().find(|(_, a)| **a == w).map(|(e, _)| e)) {
        commands.trigger(Activate { entity });
    }
}
