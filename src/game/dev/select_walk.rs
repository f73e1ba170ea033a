//! Autoplay on the select screen: reaches the wanted card with real arrow-key presses (so the
//! grid must scroll to follow the focus), shoots the screen with the card in view, then opens it
//! with Enter, as a trainee at a keyboard would.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::window::PrimaryWindow;

use super::autoplay::{ACT_AT, AutoPlay, drive};
use super::layout::{LayoutCheck, check_layout};
use crate::game::actions::{Action, Focus};
use crate::game::library::GameLibrary;

/// Frames between key presses, and from arriving at the card to the shot and to Enter.
const KEY_EVERY: u32 = 4;
const SHOOT_AFTER: u32 = 20;
const ENTER_AFTER: u32 = 40;
pub const SHOT: &str = "2-select.png";

fn key(window: Entity, code: KeyCode, logical: Key, state: ButtonState) -> KeyboardInput {
    KeyboardInput { key_code: code, logical_key: logical, state, text: None, repeat: false, window }
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource or query it reads
pub fn walk_to_card(
    mut auto: ResMut<AutoPlay>,
    library: Res<GameLibrary>,
    focus: Res<Focus>,
    cards: Query<(Entity, &Action)>,
    window: Query<Entity, With<PrimaryWindow>>,
    mut layout: ResMut<LayoutCheck>,
    mut keys: MessageWriter<KeyboardInput>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    let (frames, Ok(window)) = (auto.frames, window.single()) else { return };
    if frames < ACT_AT {
        return;
    }
    let wanted = library
        .cards
        .iter()
        .filter(|c| c.playable.is_some())
        .find(|c| auto.scenario.as_ref().is_none_or(|id| &c.id == id))
        .map(|c| Action::Open(c.file.clone()));
    let Some(target) = wanted.and_then(|w| cards.iter().find(|(_, a)| **a == w).map(|(e, _)| e)) else {
        error!("autoplay: no playable scenario {:?} on the select screen", auto.scenario);
        exit.write(AppExit::from_code(3));
        return;
    };
    let step = frames - ACT_AT;
    if focus.0 != Some(target) && auto.arrived.is_none() {
        match step % KEY_EVERY {
            0 => _ = keys.write(key(window, KeyCode::ArrowDown, Key::ArrowDown, ButtonState::Pressed)),
            1 => _ = keys.write(key(window, KeyCode::ArrowDown, Key::ArrowDown, ButtonState::Released)),
            _ => {}
        }
        return;
    }
    let arrived = *auto.arrived.get_or_insert(frames);
    if frames == arrived + SHOOT_AFTER {
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(auto.dir.join(SHOT)));
        layout.0 = Some((SHOT.to_owned(), auto.dir.join("layout.txt")));
    } else if frames == arrived + ENTER_AFTER {
        keys.write(key(window, KeyCode::Enter, Key::Enter, ButtonState::Pressed));
    } else if frames == arrived + ENTER_AFTER + 1 {
        keys.write(key(window, KeyCode::Enter, Key::Enter, ButtonState::Released));
    }
}

/// Added with `autoplay::plugin`: runs between the autoplay's step and its layout check.
pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        walk_to_card.run_if(in_state(crate::game::state::Screen::Select)).after(drive).before(check_layout),
    );
}
