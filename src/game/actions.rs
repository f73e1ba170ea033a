//! How controls are reached: a click, Enter on the focused control and a number key all trigger
//! the same `Activate` event on it. What it then does is up to the observer its screen attached
//! (see `ui::button` and `activate_with`); each screen carries out its own `Action`s.

use std::sync::Arc;

use bevy::ecs::lifecycle::HookContext;
use bevy::ecs::observer::IntoEntityObserver;
use bevy::ecs::world::DeferredWorld;
use bevy::input::keyboard::KeyCode;
use bevy::picking::events::{Click, Over, Pointer};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use super::library::GameLibrary;
use super::recorder::Recorder;
use super::state::{ActiveRun, NameEntry, Paused, Screen, SettingsOpen};
use crate::sim::{Channel, Difficulty, Session};

/// A control the keyboard can reach; `order` is its place in the screen's tab order.
#[derive(Component, Clone, Copy, Debug)]
pub struct Focusable {
    pub order: u32,
}

/// The control that Enter activates and the ring is drawn around.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus(pub Option<Entity>);

#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Quit,
    /// Play the scenario from this file.
    Open(String),
    /// Show only this difficulty on the select screen (`None`: every level).
    FilterDifficulty(Option<Difficulty>),
    /// Show only this channel on the select screen (`None`: every channel).
    FilterChannel(Option<Channel>),
    /// Pick the choice shown at this 0-based position.
    Choose(usize),
    Continue,
    ReplaySameSeed,
    ReplayNewSeed,
    BackToList,
    BackToTitle,
    /// Close the pause menu.
    Unpause,
    /// Go on with the run left unfinished, at the scene where it stopped.
    ResumeSaved,
    /// Play the unfinished run's scenario from the start instead.
    RestartSaved,
    /// Stop offering an unfinished run that cannot be resumed.
    DiscardSaved,
    ShowProgress,
    /// Open the settings panel (text size, contrast, motion).
    Settings,
    CloseSettings,
    /// The next text size (100 % to 200 %, then back to 100 %).
    LargerText,
    ToggleHighContrast,
    ToggleReducedMotion,
    /// The next language offered (those translated that the font can draw).
    NextLanguage,
    /// Pick a scenario to run with the whole room voting from their phones.
    Classroom,
    ChangeTrainee,
    /// Practice as this profile.
    PickTrainee(String),
    /// Practice as the name typed on the picker (a new profile, or an existing one by name).
    NewTrainee,
}

/// Attaches a screen's observer to a control when it is spawned, so a widget function can
/// return a plain bundle and still carry what its control does (observers need the entity).
#[derive(Component)]
#[component(on_add = attach_observer)]
pub struct ActivateWith(Option<Attach>);

/// Attaches an observer to the entity it is given, once.
type Attach = Box<dyn FnOnce(&mut EntityCommands) + Send + Sync>;

/// The control runs `observer` (an `On<Activate>` system) when activated.
pub fn activate_with<M>(observer: impl IntoEntityObserver<M> + Sync) -> ActivateWith {
    ActivateWith(Some(Box::new(move |entity: &mut EntityCommands| {
        entity.observe(observer);
    })))
}

fn attach_observer(mut world: DeferredWorld, context: HookContext) {
    let attach = world.get_mut::<ActivateWith>(context.entity).and_then(|mut with| with.0.take());
    if let Some(attach) = attach {
        attach(&mut world.commands().entity(context.entity));
    }
}

/// Number keys reach the control with this 1-based number directly.
#[derive(Component, Clone, Copy, Debug)]
pub struct Hotkey(pub usize);

/// Fired on a control to carry out its action.
#[derive(EntityEvent, Clone, Copy, Debug)]
pub struct Activate {
    pub entity: Entity,
}

/// Controls of the pause menu: while it is open, only they take focus.
#[derive(Component, Clone, Copy, Debug)]
pub struct PauseMenu;

/// Controls of the settings panel: while it is open, only they take focus (over a pause menu too).
#[derive(Component, Clone, Copy, Debug)]
pub struct SettingsMenu;

/// The controls that take input now: the settings panel's while it is open, else the pause
/// menu's while paused, else the screen's. Keys, and a screen reader's clicks, reach only these.
pub fn in_reach(paused: bool, settings_open: bool, in_pause_menu: bool, in_settings: bool) -> bool {
    if settings_open { in_settings } else { !in_settings && in_pause_menu == paused }
}

pub(super) fn plugin(app: &mut App) {
    app.add_observer(click_activates);
    app.add_observer(hover_focuses);
    app.init_resource::<ButtonInput<KeyCode>>();
    app.init_resource::<Focus>();
    app.insert_resource(MouseMoved(true));
    app.add_systems(First, track_mouse);
    app.add_systems(Update, keyboard);
}

fn click_activates(mut ev: On<Pointer<Click>>, focusable: Query<(), With<Focusable>>, mut commands: Commands) {
    if focusable.contains(ev.entity) {
        ev.propagate(false);
        commands.trigger(Activate { entity: ev.entity });
    }
}

/// Whether the mouse moved since the last frame: a card that scrolls under a still mouse (the
/// keyboard moved the view) is not the trainee pointing at it, and must not take the focus.
#[derive(Resource)]
pub(crate) struct MouseMoved(pub(crate) bool);

fn track_mouse(
    windows: Query<&Window, With<PrimaryWindow>>,
    mut last: Local<Option<Vec2>>,
    mut moved: ResMut<MouseMoved>,
) {
    // Without a window (headless tests) pointer events can only come from a test: take them.
    let Ok(window) = windows.single() else {
        moved.0 = true;
        return;
    };
    let now = window.cursor_position();
    moved.0 = now != *last;
    *last = now;
}

fn hover_focuses(
    mut ev: On<Pointer<Over>>,
    focusable: Query<(), With<Focusable>>,
    moved: Res<MouseMoved>,
    mut focus: ResMut<Focus>,
) {
    if focusable.contains(ev.entity) {
        ev.propagate(false);
        if moved.0 {
            focus.0 = Some(ev.entity);
        }
    }
}

/// Starts a run of a scenario with a seed.
pub(super) fn start_run(
    commands: &mut Commands,
    recorder: &mut Recorder,
    library: &GameLibrary,
    file: &str,
    seed: u64,
) -> bool {
    let (Some(card), Some(catalog)) = (library.card_by_file(file), library.catalog.as_ref()) else { return false };
    let Some(scenario) = card.playable.clone() else { return false };
    match Session::from_shared(scenario, Arc::clone(catalog), seed) {
        Ok(session) => {
            recorder.start(&session);
            commands.insert_resource(ActiveRun { session, file: file.to_owned(), last: None, notice: None });
            true
        }
        Err(err) => {
            warn!("cannot start {file}: {err}");
            false
        }
    }
}

/// The number keys 1-9, on the top row or the keypad.
const NUMBER_KEYS: [(KeyCode, KeyCode); 9] = [
    (KeyCode::Digit1, KeyCode::Numpad1),
    (KeyCode::Digit2, KeyCode::Numpad2),
    (KeyCode::Digit3, KeyCode::Numpad3),
    (KeyCode::Digit4, KeyCode::Numpad4),
    (KeyCode::Digit5, KeyCode::Numpad5),
    (KeyCode::Digit6, KeyCode::Numpad6),
    (KeyCode::Digit7, KeyCode::Numpad7),
    (KeyCode::Digit8, KeyCode::Numpad8),
    (KeyCode::Digit9, KeyCode::Numpad9),
];

/// The number (1-9) just pressed, on the top row or the keypad.
pub fn number_pressed(keys: &ButtonInput<KeyCode>) -> Option<usize> {
    NUMBER_KEYS.iter().position(|(digit, numpad)| keys.any_just_pressed([*digit, *numpad])).map(|n| n + 1)
}

/// A control as the keyboard sees it: where it is in the tab order, its number key, its layer.
type Control = (Entity, &'static Focusable, Option<&'static Hotkey>, Has<PauseMenu>, Has<SettingsMenu>);

/// Arrows and Tab move focus, Enter or Space activate it, number keys pick directly, Esc goes
/// back (or opens the pause menu during a run, or closes the settings panel).
#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource or query it reads
pub(crate) fn keyboard(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    name: Res<NameEntry>,
    mut paused: ResMut<Paused>,
    mut settings: ResMut<SettingsOpen>,
    mut focus: ResMut<Focus>,
    controls: Query<Control>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    let mut reachable: Vec<(Entity, u32, Option<usize>)> = controls
        .iter()
        .filter(|(_, _, _, in_menu, in_settings)| in_reach(paused.0, settings.0, *in_menu, *in_settings))
        .map(|(e, f, h, _, _)| (e, f.order, h.map(|h| h.0)))
        .collect();
    reachable.sort_by_key(|(_, order, _)| *order);
    if focus.0.is_none_or(|f| !reachable.iter().any(|(e, _, _)| *e == f)) {
        focus.0 = reachable.first().map(|(e, _, _)| *e);
    }
    let at = focus.0.and_then(|f| reachable.iter().position(|(e, _, _)| *e == f)).unwrap_or(0);
    let shift = keys.pressed(KeyCode::ShiftLeft) || keys.pressed(KeyCode::ShiftRight);
    // On the picker, keys spell a name: digits are not shortcuts, and with text typed Enter,
    // Space and Esc belong to the name field.
    let picker = *screen.get() == Screen::Trainees;
    let typing = picker && !name.0.is_empty();
    let len = reachable.len();
    if len > 0 {
        if keys.just_pressed(KeyCode::ArrowDown)
            || keys.just_pressed(KeyCode::ArrowRight)
            || (keys.just_pressed(KeyCode::Tab) && !shift)
        {
            focus.0 = Some(reachable[(at + 1) % len].0);
        }
        if keys.just_pressed(KeyCode::ArrowUp)
            || keys.just_pressed(KeyCode::ArrowLeft)
            || (keys.just_pressed(KeyCode::Tab) && shift)
        {
            focus.0 = Some(reachable[(at + len - 1) % len].0);
        }
        let confirm = keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space]) && !typing;
        if confirm && let Some(entity) = focus.0 {
            commands.trigger(Activate { entity });
        }
    }
    if !picker
        && let Some(n) = number_pressed(&keys)
        && let Some((entity, _, _)) = reachable.iter().find(|(_, _, h)| *h == Some(n))
    {
        focus.0 = Some(*entity);
        commands.trigger(Activate { entity: *entity });
    }
    if keys.just_pressed(KeyCode::Escape) && settings.0 {
        settings.0 = false;
    } else if keys.just_pressed(KeyCode::Escape) && !typing {
        match screen.get() {
            Screen::Title => {}
            Screen::Progress | Screen::Trainees => next.set(Screen::Title),
            Screen::Select => next.set(Screen::Title),
            // The presenter's own keys handle Esc (it asks before ending the session).
            Screen::Classroom => {}
            Screen::Scene | Screen::Feedback => paused.0 = !paused.0,
            Screen::Debrief => next.set(Screen::Select),
        }
    }
}
