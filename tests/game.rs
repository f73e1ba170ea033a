//! The game without a window: every screen walked by key presses and by button actions, with
//! the state and score checked against `sim` at each step.

use std::path::Path;

use bevy::input::keyboard::KeyCode;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;

use hold_the_line::game::actions::{Action, Activate};
use hold_the_line::game::library::GameLibrary;
use hold_the_line::game::state::{ActiveRun, Paused, SeedChoice};
use hold_the_line::game::{GamePlugin, Screen};
use hold_the_line::sim::Session;
use hold_the_line::sim::session::best_choice;

pub(crate) const FIXTURES: &str = "tests/fixtures/library";

pub(crate) fn app_with(library: GameLibrary) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(library);
    app.insert_resource(SeedChoice(Some(7)));
    app.add_plugins(GamePlugin);
    app.update();
    app
}

pub(crate) fn app() -> App {
    app_with(GameLibrary::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES)))
}

pub(crate) fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// One key press, seen for exactly one frame, then a frame for the state change to land.
pub(crate) fn press(app: &mut App, key: KeyCode) {
    app.world_mut().resource_mut::<ButtonInput<KeyCode>>().press(key);
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(key);
    input.clear();
    app.update();
}

/// More scenes than any fixture run has: a walk that takes longer is a bug, and fails.
pub(crate) const MAX_STEPS: usize = 50;

/// Runs `step` until `done`, failing with `what` (instead of hanging) after `MAX_STEPS`.
pub(crate) fn until(app: &mut App, what: &str, done: impl Fn(&App) -> bool, mut step: impl FnMut(&mut App)) {
    for _ in 0..MAX_STEPS {
        if done(app) {
            return;
        }
        step(app);
    }
    panic!("{what}: not done after {MAX_STEPS} steps, still on {:?}", screen(app));
}

pub(crate) fn digit(n: usize) -> KeyCode {
    [KeyCode::Digit1, KeyCode::Digit2, KeyCode::Digit3, KeyCode::Digit4, KeyCode::Digit5][n - 1]
}

/// The display position of the best choice in the scene on screen.
pub(crate) fn best_shown(app: &App) -> usize {
    let run = app.world().resource::<ActiveRun>();
    let p = run.session.current().expect("a scene is waiting");
    let scene = run.session.scenario().scene(&p.scene_id).unwrap();
    let (original, _) = best_choice(scene, run.session.catalog());
    p.choices.iter().position(|c| c.original == original).unwrap()
}

pub(crate) fn actions(app: &mut App) -> Vec<(Entity, Action)> {
    let mut q = app.world_mut().query::<(Entity, &Action)>();
    q.iter(app.world()).map(|(e, a)| (e, a.clone())).collect()
}

pub(crate) fn texts(app: &mut App) -> String {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world()).map(|t| t.0.clone()).collect::<Vec<_>>().join("\n")
}

pub(crate) fn trigger(app: &mut App, wanted: Action) {
    let entity =
        actions(app).into_iter().find(|(_, a)| *a == wanted).unwrap_or_else(|| panic!("no {wanted:?} button")).0;
    app.world_mut().trigger(Activate { entity });
    app.update();
}

#[test]
fn the_keyboard_alone_plays_a_whole_scenario() {
    let mut app = app();
    assert_eq!(screen(&app), Screen::Title);
    assert!(texts(&mut app).contains("Hold the Line"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Select);
    assert!(texts(&mut app).contains("The Missing Birthday Gift"));
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    let shown_texts = texts(&mut app);
    assert!(shown_texts.contains("Dana Reyes") && shown_texts.contains("seed 7"), "{shown_texts}");

    let mut chosen = Vec::new();
    until(
        &mut app,
        "answering every scene by key",
        |app| screen(app) != Screen::Scene,
        |app| {
            let n = best_shown(app);
            let original = app.world().resource::<ActiveRun>().session.current().unwrap().choices[n].original;
            chosen.push(original);
            press(app, digit(n + 1));
            assert_eq!(screen(app), Screen::Feedback);
            let (feedback, number) = app.world().resource::<ActiveRun>().last.clone().unwrap();
            assert_eq!((feedback.score, number), (100, n + 1));
            assert!(texts(app).contains("+100 points"));
            press(app, KeyCode::Enter);
        },
    );
    assert_eq!(screen(&app), Screen::Debrief);
    let expected = Session::replay(
        app.world().resource::<ActiveRun>().session.scenario(),
        app.world().resource::<ActiveRun>().session.catalog(),
        7,
        &chosen,
    )
    .unwrap();
    let debrief = app.world().resource::<ActiveRun>().session.debrief().unwrap().clone();
    assert_eq!(debrief.score, expected.debrief().unwrap().score);
    assert_eq!(debrief.score, 100);
    let shown = texts(&mut app);
    assert!(shown.contains("100/100") && shown.contains("Grade A") && shown.contains("Listen actively"), "{shown}");
    // The debrief says how the number was made.
    assert!(shown.contains(&format!("How: {}", hold_the_line::text::words::run_score(&debrief.breakdown))), "{shown}");
    assert!(shown.contains("strategy points / "), "{shown}");

    // Replay with the same seed starts the same run again.
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    assert_eq!(app.world().resource::<ActiveRun>().session.seed(), 7);
    assert!(app.world().resource::<ActiveRun>().session.steps().is_empty());
}

#[test]
fn arrows_move_focus_and_enter_confirms() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Scene);
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Feedback);
    assert_eq!(app.world().resource::<ActiveRun>().last.as_ref().unwrap().1, 3, "the third choice was focused");
    press(&mut app, KeyCode::ArrowUp);
    assert_eq!(screen(&app), Screen::Feedback);
}

#[test]
fn button_actions_walk_every_screen_and_back() {
    let mut app = app();
    trigger(&mut app, Action::Start);
    assert_eq!(screen(&app), Screen::Select);
    let file =
        actions(&mut app).into_iter().find_map(|(_, a)| if let Action::Open(f) = a { Some(f) } else { None }).unwrap();
    trigger(&mut app, Action::Open(file));
    assert_eq!(screen(&app), Screen::Scene);
    until(
        &mut app,
        "reaching the debrief by button actions",
        |app| screen(app) == Screen::Debrief,
        |app| {
            if screen(app) == Screen::Scene {
                let n = best_shown(app);
                trigger(app, Action::Choose(n));
            } else {
                trigger(app, Action::Continue);
            }
        },
    );
    assert_eq!(app.world().resource::<ActiveRun>().session.debrief().unwrap().score, 100);
    trigger(&mut app, Action::ReplayNewSeed);
    assert_eq!(screen(&app), Screen::Scene);
    trigger(&mut app, Action::Choose(0));
    assert_eq!(screen(&app), Screen::Feedback);
    // Each screen's UI went away with it.
    let mut names = app.world_mut().query::<&Name>();
    let left: Vec<String> = names.iter(app.world()).map(|n| n.to_string()).collect();
    assert!(
        left.contains(&"Feedback screen".to_owned())
            && !left.iter().any(|n| n == "Scene screen" || n == "Title screen"),
        "{left:?}"
    );
}

#[test]
fn escape_opens_the_pause_menu_and_goes_back() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title, "Esc on the list goes back to the title");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Escape);
    assert!(app.world().resource::<Paused>().0);
    assert!(texts(&mut app).contains("Paused"));
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene, "1 resumes: number keys reach only the pause menu while it is open");
    assert!(!app.world().resource::<Paused>().0);
    assert!(app.world().resource::<ActiveRun>().session.steps().is_empty(), "no choice was made behind the menu");
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Digit2);
    assert_eq!(screen(&app), Screen::Select);
    assert!(!app.world().resource::<Paused>().0);
    assert!(!texts(&mut app).contains("Paused"));
}

pub(crate) fn temp_library(edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    std::fs::copy(src.join("strategies.ron"), dir.path().join("strategies.ron")).unwrap();
    let text = std::fs::read_to_string(src.join("birthday-gift.scenario.ron")).unwrap();
    std::fs::write(dir.path().join("birthday-gift.scenario.ron"), &text).unwrap();
    std::fs::write(
        dir.path().join("second.scenario.ron"),
        edit(text.replace("\"birthday-gift\"", "\"second\"").replace("The Missing Birthday Gift", "Second Gift")),
    )
    .unwrap();
    dir
}

#[test]
fn a_broken_file_is_a_card_with_its_message_and_the_rest_still_play() {
    let dir = temp_library(|t| t.replace("next: \"resolved\"", "next: \"resolvd\""));
    let mut app = app_with(GameLibrary::from_dir(dir.path()));
    press(&mut app, KeyCode::Enter);
    let shown = texts(&mut app);
    assert!(
        shown.contains("CANNOT PLAY")
            && shown.contains("second.scenario.ron:54:27")
            && shown.contains("did you mean `resolved`"),
        "{shown}"
    );
    let opens = actions(&mut app).into_iter().filter(|(_, a)| matches!(a, Action::Open(_))).count();
    assert_eq!(opens, 1, "only the good scenario can be opened");
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
}

#[test]
fn an_edit_reaches_the_scene_on_screen_and_a_broken_edit_keeps_the_last_good_version() {
    let dir = temp_library(|t| t);
    let mut app = app_with(GameLibrary::from_dir(dir.path()));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    let file = app.world().resource::<ActiveRun>().file.clone();
    let path = Path::new(&file);
    let text = std::fs::read_to_string(path).unwrap();
    let said = app.world().resource::<ActiveRun>().session.current().unwrap().customer_says.clone();

    std::fs::write(path, text.replace(&said, "EDITED LINE")).unwrap();
    let rebuilt = hold_the_line::sim::library::load(&[dir.path().to_path_buf()]);
    app.world_mut().resource_mut::<GameLibrary>().rebuild(rebuilt);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Scene);
    let shown = texts(&mut app);
    assert!(shown.contains("EDITED LINE") && shown.contains("Scenario updated"), "{shown}");

    std::fs::write(path, text.replace("mood: -30", "mood: -300")).unwrap();
    let rebuilt = hold_the_line::sim::library::load(&[dir.path().to_path_buf()]);
    app.world_mut().resource_mut::<GameLibrary>().rebuild(rebuilt);
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(shown.contains("EDITED LINE") && shown.contains("still playing the last good version"), "{shown}");
    let card = app.world().resource::<GameLibrary>().card_by_file(&file).unwrap().clone();
    assert!(card.is_stale());
}

/// A real mouse click, as the picking backend sends it, on the button's label (it bubbles up).
pub(crate) fn click(app: &mut App, wanted: Action) {
    use bevy::camera::NormalizedRenderTarget;
    use bevy::picking::backend::HitData;
    use bevy::picking::events::{Click, Pointer};
    use bevy::picking::pointer::{Location, PointerButton, PointerId};
    let button = actions(app).into_iter().find(|(_, a)| *a == wanted).unwrap_or_else(|| panic!("no {wanted:?}")).0;
    let label = app.world().entity(button).get::<Children>().and_then(|c| c.first().copied()).unwrap_or(button);
    let location = Location { target: NormalizedRenderTarget::None { width: 1, height: 1 }, position: Vec2::ZERO };
    let event = Click {
        button: PointerButton::Primary,
        hit: HitData::new(Entity::PLACEHOLDER, 0.0, None, None),
        duration: std::time::Duration::from_millis(80),
        count: 1,
    };
    app.world_mut().trigger(Pointer::new(PointerId::Mouse, location, event, label));
    app.update();
}

#[test]
fn the_mouse_alone_plays_a_whole_scenario() {
    let mut app = app();
    click(&mut app, Action::Start);
    assert_eq!(screen(&app), Screen::Select);
    let file =
        actions(&mut app).into_iter().find_map(|(_, a)| if let Action::Open(f) = a { Some(f) } else { None }).unwrap();
    click(&mut app, Action::Open(file));
    until(
        &mut app,
        "reaching the debrief by mouse",
        |app| screen(app) == Screen::Debrief,
        |app| match screen(app) {
            Screen::Scene => {
                let n = best_shown(app);
                click(app, Action::Choose(n));
                assert_eq!(screen(app), Screen::Feedback);
            }
            _ => click(app, Action::Continue),
        },
    );
    assert_eq!(app.world().resource::<ActiveRun>().session.debrief().unwrap().score, 100);
    click(&mut app, Action::BackToList);
    assert_eq!(screen(&app), Screen::Select);
}

#[test]
fn a_mistake_that_earns_nothing_still_shows_its_penalty_on_the_feedback_screen() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    // "Ma'am, I need your order number first.": no recommended strategy, two mistakes (-60).
    let shown = {
        let run = app.world().resource::<ActiveRun>();
        run.session.current().unwrap().choices.iter().position(|c| c.original == 1).unwrap()
    };
    press(&mut app, digit(shown + 1));
    assert_eq!(screen(&app), Screen::Feedback);
    let on_screen = texts(&mut app);
    assert!(on_screen.contains("-60 points"), "{on_screen}");
    assert!(
        on_screen.contains("+0 strategy points, -60 for mistakes = -60 (taken from your run score)"),
        "{on_screen}"
    );
}

#[test]
fn the_window_title_names_the_scenario_being_played() {
    use bevy::window::{PrimaryWindow, Window};
    let mut app = app();
    app.add_plugins(hold_the_line::game::chrome::plugin);
    let window = app.world_mut().spawn((Window::default(), PrimaryWindow)).id();
    app.update();
    assert_eq!(app.world().get::<Window>(window).unwrap().title, "Hold the Line");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    app.update();
    assert_eq!(app.world().get::<Window>(window).unwrap().title, "The Missing Birthday Gift - Hold the Line");
}
