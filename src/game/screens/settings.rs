//! The settings panel, over the title or the pause menu: text size, high contrast, reduced
//! motion and language, applied at once and saved for this computer, and the keyboard shortcuts.

use bevy::prelude::*;

use crate::game::access::{Pressed, dialog};
use crate::game::actions::{Action, Activate, Focus, Hotkey, SettingsMenu};
use crate::game::library::GameLibrary;
use crate::game::state::SettingsOpen;
use crate::game::theme::{LanguageChoices, Look};
use crate::game::ui::{UiFonts, bold, button, overlay, palette, panel, panel_node, text};
use crate::store::settings::Settings;
use crate::text::native_name;
use crate::tr;

#[derive(Component)]
struct SettingsOverlay;

/// What the keys do everywhere (message ids of the key and of what it does); the classroom
/// presenter lists its own keys on its screen.
const KEYS: [(&str, &str); 6] = [
    ("settings-key-move", "settings-key-move-does"),
    ("settings-key-choose", "settings-key-choose-does"),
    ("settings-key-number", "settings-key-number-does"),
    ("settings-key-scroll", "settings-key-scroll-does"),
    ("settings-key-back", "settings-key-back-does"),
    ("settings-key-mouse", "settings-key-mouse-does"),
];

pub(super) fn plugin(app: &mut App) {
    // After the keys: the panel is rebuilt in the frame a key changed a setting, and the keys
    // never see the ring on a control the rebuild has just replaced (it would jump to the first).
    app.add_systems(
        Update,
        show_or_hide
            .after(crate::game::actions::keyboard)
            .run_if(resource_changed::<SettingsOpen>.or_eager(resource_changed::<Look>)),
    );
}

fn on_off(on: bool) -> String {
    tr!(if on { "settings-on" } else { "settings-off" })
}

fn show_or_hide(
    open: Res<SettingsOpen>,
    look: Res<Look>,
    overlays: Query<Entity, With<SettingsOverlay>>,
    actions: Query<(Entity, &Action)>,
    mut focus: ResMut<Focus>,
    fonts: Res<UiFonts>,
    mut commands: Commands,
) {
    // Rebuilt whenever a setting changes: keep the ring on the control just used.
    let focused = focus.0.and_then(|f| actions.get(f).ok()).map(|(_, a)| a.clone());
    let closing = !open.0 && !overlays.is_empty();
    for overlay in &overlays {
        commands.entity(overlay).despawn();
    }
    if closing {
        // The ring goes back to the button that opened the panel (the title's or the pause
        // menu's Settings), not to the first control, where Enter would do something else.
        focus.0 = actions.iter().find(|(_, a)| **a == Action::Settings).map(|(e, _)| e).or(focus.0);
    }
    if !open.0 {
        return;
    }
    let s = &look.settings;
    let language = native_name(&crate::text::language());
    let controls = [
        (format!("1  {}", tr!("settings-text-size", percent = s.text_size)), Action::LargerText, None),
        (
            format!("2  {}", tr!("settings-high-contrast", state = on_off(s.high_contrast))),
            Action::ToggleHighContrast,
            Some(s.high_contrast),
        ),
        (
            format!("3  {}", tr!("settings-reduced-motion", state = on_off(s.reduced_motion))),
            Action::ToggleReducedMotion,
            Some(s.reduced_motion),
        ),
        (format!("4  {}", tr!("settings-language", language = language)), Action::NextLanguage, None),
        (format!("5  {}", tr!("settings-done")), Action::CloseSettings, None),
    ];
    let saved_where = match (&look.path, &look.problem) {
        (_, Some(problem)) => (problem.clone(), palette::BAD),
        (Some(path), None) => (tr!("settings-saved-in", path = path.display().to_string()), palette::MUTED),
        (None, None) => (tr!("settings-not-saved"), palette::MUTED),
    };
    let title = tr!("settings-title");
    let mut shade = commands.spawn((Name::new("Settings"), SettingsOverlay, overlay(20), dialog(&title)));
    shade.with_children(|o| {
        let fits = Node { max_height: percent(100), flex_shrink: 1.0, ..panel_node(px(720)) };
        o.spawn(panel(px(720))).insert(fits).with_children(|p| {
            p.spawn(bold(&fonts, title.as_str(), 30.0, palette::TEXT));
            p.spawn(text(&fonts, tr!("settings-apply-at-once"), 16.0, palette::TEXT));
            p.spawn(text(&fonts, saved_where.0, 14.0, saved_where.1));
            p.spawn(scrolling()).with_children(|body| {
                for (number, (label, action, pressed)) in controls.into_iter().enumerate() {
                    let refocus = focused.as_ref() == Some(&action);
                    let primary = action == Action::CloseSettings;
                    let mut control = body.spawn((
                        button(&fonts, label, number as u32, primary, action, change),
                        Hotkey(number + 1),
                        SettingsMenu,
                    ));
                    if let Some(pressed) = pressed {
                        control.insert(Pressed(pressed));
                    }
                    if refocus {
                        focus.0 = Some(control.id());
                    }
                }
                body.spawn(bold(&fonts, tr!("settings-keyboard"), 20.0, palette::TEXT));
                for (keys, what) in KEYS {
                    body.spawn(text(&fonts, format!("{}: {}", tr!(keys), tr!(what)), 16.0, palette::TEXT));
                }
            });
        });
    });
}

/// The controls and the key list, scrolling when large text makes them taller than the window.
fn scrolling() -> impl Bundle {
    (
        SettingsMenu,
        bevy::ui_widgets::ScrollArea,
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            min_height: px(0),
            flex_shrink: 1.0,
            overflow: Overflow::scroll_y(),
            ..default()
        },
    )
}

fn change(
    ev: On<Activate>,
    actions: Query<&Action>,
    mut look: ResMut<Look>,
    mut open: ResMut<SettingsOpen>,
    choices: Option<Res<LanguageChoices>>,
    mut library: ResMut<GameLibrary>,
) {
    let settings = look.settings.clone();
    match actions.get(ev.entity) {
        // The size shown goes up one step, and that size is what is saved.
        Ok(Action::LargerText) => look.change(|s| Settings { text_size: settings.larger_text().text_size, ..s }),
        Ok(Action::ToggleHighContrast) => look.change(|s| Settings { high_contrast: !settings.high_contrast, ..s }),
        Ok(Action::ToggleReducedMotion) => look.change(|s| Settings { reduced_motion: !settings.reduced_motion, ..s }),
        Ok(Action::NextLanguage) => {
            let offered = choices.map(|c| c.0.clone()).unwrap_or_default();
            let now = crate::text::language();
            let at = offered.iter().position(|l| *l == now);
            let Some(next) = at.map_or(offered.first(), |i| offered.get((i + 1) % offered.len())).cloned() else {
                return;
            };
            crate::text::set_language(&next);
            look.change(|s| Settings { language: Some(next.clone()), ..s });
            // Scenario texts follow at once; a run already started keeps its language.
            library.relanguage();
        }
        Ok(Action::CloseSettings) => open.0 = false,
        _ => {}
    }
}
