//! The trainee picker for shared classroom PCs: every profile on this computer, the latest first,
//! and a name field to add one. Each trainee's runs, resume and progress are kept apart.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;

use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, activate_with, keyboard};
use crate::game::recorder::Recorder;
use crate::game::state::{NameEntry, Screen};
use crate::game::ui::{ButtonColors, Focusable, UiFonts, bold, button, content_node, palette, row, text};
use crate::store::TraineeSummary;
use crate::tr;

/// Longer names do not fit the title screen or a report's column.
const MAX_NAME: usize = 40;
/// Profiles shown as buttons; the rest are reached by typing the name.
const MAX_SHOWN: usize = 24;

/// The text that shows what is being typed.
#[derive(Component)]
struct NameField;

pub(super) fn plugin(app: &mut App) {
    // Headless tests run without the input plugin; the game window has it already.
    app.add_message::<KeyboardInput>();
    on_screen(app, Screen::Trainees, spawn);
    app.add_systems(OnEnter(Screen::Trainees), |mut name: ResMut<NameEntry>| name.0.clear());
    app.add_systems(OnExit(Screen::Trainees), |mut name: ResMut<NameEntry>| name.0.clear());
    // After the shared keyboard system, which leaves Enter and Esc alone while a name is typed.
    // Typing reads keys on every screen, so the key that opened the picker is not typed into it.
    app.add_systems(Update, (type_name.after(keyboard), show_name.after(type_name).run_if(in_state(Screen::Trainees))));
}

/// One profile: the name, how many runs it finished and when it last practiced.
fn profile(fonts: &UiFonts, name: &str, detail: String, order: u32, current: bool) -> impl Bundle {
    (
        Node {
            width: px(250),
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(12), px(8)),
            row_gap: px(2),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        BackgroundColor(palette::SURFACE),
        BorderColor::all(if current { palette::PRIMARY } else { palette::BORDER }),
        Outline { width: px(3), offset: px(2), color: Color::NONE },
        ButtonColors { normal: palette::SURFACE, focused: palette::SURFACE_ALT },
        Focusable { order },
        Action::PickTrainee(name.to_owned()),
        activate_with(practice_as),
        children![bold(fonts, name.to_owned(), 18.0, palette::TEXT), text(fonts, detail, 14.0, palette::MUTED)],
    )
}

fn field_text(name: &str) -> String {
    if name.is_empty() { tr!("trainees-type-name") } else { format!("{name}|") }
}

fn spawn(mut screen: ScreenBuilder, recorder: Res<Recorder>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let current = recorder.trainee();
    // A store that cannot be read is said, not shown as "no profiles yet".
    let (mut profiles, unreadable) = match recorder.read(|r| r.trainees()) {
        Ok(profiles) => (profiles, None),
        Err(err) => (Vec::new(), Some(err)),
    };
    // The current trainee is listed even before their first run.
    if !profiles.iter().any(|p| p.name == current) {
        profiles.insert(0, TraineeSummary { name: current.clone(), last_active: None, finished_runs: 0 });
    }
    commands.spawn(screen_root_for("Trainee picker", Screen::Trainees)).with_children(|root| {
        root.spawn(bold(&fonts, tr!("trainees-heading"), 30.0, palette::TEXT));
        root.spawn(text(&fonts, tr!("trainees-intro"), 17.0, palette::MUTED));
        root.spawn(row()).with_children(|r| {
            r.spawn((
                Node {
                    width: px(420),
                    padding: UiRect::axes(px(12), px(10)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(palette::SURFACE),
                BorderColor::all(palette::PRIMARY),
                children![(text(&fonts, field_text(""), 20.0, palette::MUTED), NameField)],
            ));
            r.spawn(button(&fonts, tr!("trainees-add"), 999, true, Action::NewTrainee, practice_as));
        });
        if let Some(err) = &unreadable {
            root.spawn(text(&fonts, tr!("trainees-unreadable", error = err.to_string()), 16.0, palette::BAD));
        } else if profiles.is_empty() {
            root.spawn(text(&fonts, tr!("trainees-none"), 16.0, palette::MUTED));
        }
        root.spawn(Node {
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            column_gap: px(10),
            row_gap: px(10),
            ..content_node()
        })
        .with_children(|grid| {
            for (i, p) in profiles.iter().take(MAX_SHOWN).enumerate() {
                let mark = if p.name == current { format!(" · {}", tr!("trainees-current")) } else { String::new() };
                let detail = match p.last_active.as_deref() {
                    Some(when) => tr!(
                        "trainees-detail",
                        runs = p.finished_runs,
                        date = when.get(..10).unwrap_or(when),
                        mark = mark
                    ),
                    None => tr!("trainees-new-profile", mark = mark),
                };
                grid.spawn(profile(&fonts, &p.name, detail, 1 + i as u32, p.name == current));
            }
        });
        if profiles.len() > MAX_SHOWN {
            let more = profiles.len() - MAX_SHOWN;
            root.spawn(text(&fonts, tr!("trainees-more", count = more), 15.0, palette::MUTED));
        }
        root.spawn(button(&fonts, tr!("common-back-to-title"), 1000, false, Action::BackToTitle, practice_as));
        root.spawn(text(&fonts, tr!("trainees-keys"), 15.0, palette::MUTED));
    });
}

/// Letters (and digits, spaces, accents) spell the name; Backspace deletes, Esc clears it, and
/// Enter practices as it.
fn type_name(
    mut keys: MessageReader<KeyboardInput>,
    screen: Res<State<Screen>>,
    mut name: ResMut<NameEntry>,
    buttons: Query<(Entity, &Action)>,
    mut commands: Commands,
) {
    if *screen.get() != Screen::Trainees {
        keys.clear();
        return;
    }
    for key in keys.read() {
        if key.state != ButtonState::Pressed {
            continue;
        }
        match &key.logical_key {
            Key::Backspace => {
                name.0.pop();
            }
            Key::Escape => name.0.clear(),
            Key::Enter => {
                if let Some((entity, _)) = buttons.iter().find(|(_, a)| **a == Action::NewTrainee)
                    && !name.0.trim().is_empty()
                {
                    commands.trigger(Activate { entity });
                }
            }
            _ => {
                for c in key.text.iter().flat_map(|t| t.chars()).filter(|c| !c.is_control()) {
                    if (c != ' ' || !name.0.is_empty()) && name.0.chars().count() < MAX_NAME {
                        name.0.push(c);
                    }
                }
            }
        }
    }
}

fn show_name(name: Res<NameEntry>, mut field: Query<(&mut Text, &mut TextColor), With<NameField>>) {
    if !name.is_changed() {
        return;
    }
    for (mut shown, mut color) in &mut field {
        shown.0 = field_text(&name.0);
        color.0 = if name.0.is_empty() { palette::MUTED } else { palette::TEXT };
    }
}

/// Picking a profile, or adding the typed one, switches whose runs are saved and returns to the
/// title, which then offers that trainee's unfinished run; back to title keeps the trainee.
fn practice_as(
    ev: On<Activate>,
    actions: Query<&Action>,
    mut entry: ResMut<NameEntry>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
) {
    let name = match actions.get(ev.entity) {
        Ok(Action::PickTrainee(name)) => name.clone(),
        Ok(Action::NewTrainee) => entry.0.trim().to_owned(),
        Ok(Action::BackToTitle) => return next.set(Screen::Title),
        _ => return,
    };
    if name.is_empty() {
        return;
    }
    entry.0.clear();
    recorder.switch_trainee(&name);
    next.set(Screen::Title);
}
