//! The title screen: the name, what it is for, start and quit.

use bevy::prelude::*;

use super::{ScreenRoot, clear, on_screen};
use crate::game::actions::{Action, Hotkey};
use crate::game::recorder::Recorder;
use crate::game::state::Screen;
use crate::game::ui::{UiFonts, bold, button, palette, screen_root, text};

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Title, spawn);
}

fn spawn(mut commands: Commands, fonts: Res<UiFonts>, recorder: Res<Recorder>, roots: Query<Entity, With<ScreenRoot>>) {
    clear(&mut commands, &roots);
    if let Some(problem) = &recorder.problem {
        commands.spawn((
            ScreenRoot,
            DespawnOnExit(Screen::Title),
            Node { position_type: PositionType::Absolute, top: px(12), left: px(12), ..default() },
            // Above the screen's full-window background.
            GlobalZIndex(1),
            children![text(&fonts, problem.clone(), 15.0, palette::BAD)],
        ));
    }
    commands.spawn((
        Name::new("Title screen"),
        ScreenRoot,
        DespawnOnExit(Screen::Title),
        screen_root(),
        children![
            (Node { flex_grow: 1.0, ..default() }),
            bold(&fonts, "Hold the Line", 64.0, palette::PRIMARY),
            text(&fonts, "Practice difficult customer conversations, and see which strategies work and why.", 24.0, palette::TEXT),
            text(&fonts, "Every choice is scored against proven customer-service strategies, with feedback after each scene.", 18.0, palette::MUTED),
            (Node { height: px(24), ..default() }),
            (button(&fonts, "1  Start practicing", 0, true), Action::Start, Hotkey(1)),
            (button(&fonts, "2  Quit", 1, false), Action::Quit, Hotkey(2)),
            (Node { flex_grow: 1.0, ..default() }),
            text(&fonts, "Mouse or keyboard: arrows or Tab to move, Enter to choose, number keys for a shortcut, Esc to go back.", 16.0, palette::MUTED),
        ],
    ));
}
