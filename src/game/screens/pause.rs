//! The pause menu over a run (Esc): resume, back to the list, back to the title, or settings.

use bevy::prelude::*;

use crate::game::access::dialog;
use crate::game::actions::{Action, Activate, Hotkey, PauseMenu};
use crate::game::state::{Paused, Screen, SettingsOpen};
use crate::game::theme::Look;
use crate::game::ui::{UiFonts, bold, button, overlay, palette, panel};
use crate::tr;

#[derive(Component)]
struct PauseOverlay;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_or_hide.run_if(resource_changed::<Paused>.or_eager(resource_changed::<Look>)));
    app.add_systems(OnExit(Screen::Scene), close);
    app.add_systems(OnExit(Screen::Feedback), close);
}

fn close(mut paused: ResMut<Paused>) {
    paused.0 = false;
}

fn show_or_hide(
    paused: Res<Paused>,
    overlays: Query<Entity, With<PauseOverlay>>,
    fonts: Res<UiFonts>,
    mut commands: Commands,
) {
    for overlay in &overlays {
        commands.entity(overlay).despawn();
    }
    if !paused.0 {
        return;
    }
    let title = tr!("pause-title");
    commands.spawn((
        Name::new("Pause menu"),
        PauseOverlay,
        overlay(10),
        dialog(&title),
        children![(
            panel(px(420)),
            children![
                bold(&fonts, title.clone(), 30.0, palette::TEXT),
                (
                    button(&fonts, format!("1  {}", tr!("pause-resume")), 0, true, Action::Unpause, leave),
                    Hotkey(1),
                    PauseMenu
                ),
                (
                    button(&fonts, format!("2  {}", tr!("pause-back-to-list")), 1, false, Action::BackToList, leave),
                    Hotkey(2),
                    PauseMenu
                ),
                (
                    button(&fonts, format!("3  {}", tr!("pause-back-to-title")), 2, false, Action::BackToTitle, leave),
                    Hotkey(3),
                    PauseMenu
                ),
                (
                    button(&fonts, format!("4  {}", tr!("common-settings")), 3, false, Action::Settings, leave),
                    Hotkey(4),
                    PauseMenu
                ),
            ],
        )],
    ));
}

/// Every choice but Settings closes the menu; two also leave the run. Settings opens over it.
fn leave(
    ev: On<Activate>,
    actions: Query<&Action>,
    mut paused: ResMut<Paused>,
    mut settings: ResMut<SettingsOpen>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Ok(action) = actions.get(ev.entity) else { return };
    if *action == Action::Settings {
        settings.0 = true;
        return;
    }
    paused.0 = false;
    match action {
        Action::BackToList => next.set(Screen::Select),
        Action::BackToTitle => next.set(Screen::Title),
        _ => {}
    }
}
