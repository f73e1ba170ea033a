//! The game with a progress store: runs are saved, an unfinished run resumes at the exact scene,
//! the progress screen shows the saved mastery, and the picker switches trainees.

use std::path::Path;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyCode, KeyboardInput};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;

use crate::game::{FIXTURES, best_shown, digit, press, screen, temp_library, texts, trigger, until};
use hold_the_line::game::actions::Action;
use hold_the_line::game::library::GameLibrary;
use hold_the_line::game::recorder::Recorder;
use hold_the_line::game::state::{ActiveRun, SeedChoice};
use hold_the_line::game::{GamePlugin, Screen};
use hold_the_line::store::Store;

/// The game on a library folder, saving to `data` as `trainee` (or whoever practiced last).
fn app_saving(library: &Path, data: &Path, trainee: Option<&str>) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(GameLibrary::from_dir(library));
    app.insert_resource(SeedChoice(Some(7)));
    app.insert_resource(Recorder::open(Some(data), trainee));
    app.add_plugins(GamePlugin);
    app.update();
    app
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES)
}

/// Answers the scene on screen with its best choice and continues past the feedback.
fn answer_best(app: &mut App) {
    assert_eq!(screen(app), Screen::Scene);
    let n = best_shown(app);
    press(app, digit(n + 1));
    assert_eq!(screen(app), Screen::Feedback);
    press(app, KeyCode::Enter);
}

/// Keys typed on a real keyboard: the text they produce, and the key itself for Enter or Esc.
fn type_keys(app: &mut App, typed: &str) {
    for c in typed.chars() {
        app.world_mut().write_message(KeyboardInput {
            key_code: KeyCode::KeyA,
            logical_key: Key::Character(c.to_string().into()),
            state: ButtonState::Pressed,
            text: Some(c.to_string().into()),
            repeat: false,
            window: Entity::PLACEHOLDER,
        });
        app.update();
    }
}

fn press_named(app: &mut App, code: KeyCode, key: Key) {
    app.world_mut().write_message(KeyboardInput {
        key_code: code,
        logical_key: key,
        state: ButtonState::Pressed,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    press(app, code);
}

#[test]
fn finishing_a_scenario_writes_the_run_and_the_progress_screen_shows_its_mastery() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app_saving(&fixtures(), data.path(), Some("Ana"));
    assert!(texts(&mut app).contains("Practicing as\nAna"), "{}", texts(&mut app));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    let mut scenes = 0;
    until(
        &mut app,
        "reaching the debrief",
        |app| screen(app) == Screen::Debrief,
        |app| {
            answer_best(app);
            scenes += 1;
        },
    );
    let store = Store::open(&data.path().join("progress.sqlite")).unwrap().store;
    let progress = store.progress("Ana").unwrap().expect("Ana has a profile");
    assert_eq!(progress.scenarios[0].scenario_id, "birthday-gift");
    assert_eq!((progress.scenarios[0].finished_runs, progress.scenarios[0].best), (1, Some(100)));
    assert_eq!(store.decisions(Some("Ana"), None).unwrap().len(), scenes);

    // The debrief's tallies are what the progress screen shows as mastery.
    let debrief = app.world().resource::<ActiveRun>().session.debrief().unwrap().clone();
    trigger(&mut app, Action::ShowProgress);
    assert_eq!(screen(&app), Screen::Progress);
    let shown = texts(&mut app);
    assert!(shown.contains("Progress: Ana") && shown.contains("1 finished run"), "{shown}");
    for tally in debrief.strategies.iter().filter(|t| t.applied + t.missed > 0) {
        let total = tally.applied + tally.missed;
        let percent = (200 * tally.applied + total) / (2 * total);
        let figure = format!("{percent}%  {}/{total}", tally.applied);
        assert!(shown.contains(&tally.name) && shown.contains(&figure), "{} {figure} not in:\n{shown}", tally.name);
    }
    assert!(shown.contains("best 100 · last 100 · 1 run"), "{shown}");
    assert!(shown.contains("Practice next"), "{shown}");
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn quitting_mid_run_offers_resume_at_the_exact_scene_on_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let (mood, score, scene_id) = {
        let mut app = app_saving(&fixtures(), data.path(), Some("Ana"));
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Digit1);
        answer_best(&mut app);
        let run = app.world().resource::<ActiveRun>();
        let left = (run.session.mood(), run.session.score_so_far(), run.session.current().unwrap().scene_id.clone());
        // The window closes here: nothing more is written.
        left
    };
    let mut app = app_saving(&fixtures(), data.path(), None);
    let shown = texts(&mut app);
    assert!(shown.contains("Practicing as\nAna"), "the last trainee is back: {shown}");
    assert!(
        shown.contains("Unfinished: The Missing Birthday Gift") && shown.contains("1  Resume at scene 2"),
        "{shown}"
    );
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    let run = app.world().resource::<ActiveRun>();
    assert_eq!(run.session.steps().len(), 1);
    assert_eq!(
        (run.session.mood(), run.session.score_so_far(), run.session.current().unwrap().scene_id.clone()),
        (mood, score, scene_id)
    );
    assert!(texts(&mut app).contains("Resumed at scene 2"));
    until(&mut app, "finishing the resumed run", |app| screen(app) == Screen::Debrief, answer_best);
    let store = Store::open(&data.path().join("progress.sqlite")).unwrap().store;
    let progress = store.progress("Ana").unwrap().unwrap();
    assert_eq!(progress.scenarios[0].finished_runs, 1, "the resumed run finished as one run");
    let steps = app.world().resource::<ActiveRun>().session.steps().len();
    assert_eq!(store.decisions(Some("Ana"), None).unwrap().len(), steps, "every scene saved once");
    drop(app);
    let mut app = app_saving(&fixtures(), data.path(), None);
    assert!(!texts(&mut app).contains("Unfinished"), "a finished run is not offered again");
}

#[test]
fn an_edited_scenario_is_not_resumed_but_started_over() {
    let library = temp_library(|t| t);
    let data = tempfile::tempdir().unwrap();
    {
        let mut app = app_saving(library.path(), data.path(), Some("Ben"));
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Digit1);
        answer_best(&mut app);
    }
    // The first card is "Second Gift" (cards sort by title).
    let file = library.path().join("second.scenario.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("Dana Reyes", "Dana Reyes-Ortiz", 1)).unwrap();
    let mut app = app_saving(library.path(), data.path(), Some("Ben"));
    let shown = texts(&mut app);
    assert!(shown.contains("edited since") && shown.contains("1  Start it over"), "{shown}");
    assert!(!shown.contains("Resume at scene"), "{shown}");
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    let run = app.world().resource::<ActiveRun>();
    assert!(run.session.steps().is_empty(), "started from the first scene");
    assert_eq!(run.session.seed(), 7, "with the saved run's seed");
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Digit3);
    assert_eq!(screen(&app), Screen::Title);
    assert!(!texts(&mut app).contains("Unfinished"), "the edited run was set aside; the new one has no answers yet");
}

#[test]
fn the_picker_adds_a_typed_name_and_switches_whose_runs_are_saved() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app_saving(&fixtures(), data.path(), Some("Ana"));
    // "3  Change trainee", by its number key: the 3 is not typed into the name field.
    app.world_mut().write_message(KeyboardInput {
        key_code: KeyCode::Digit3,
        logical_key: Key::Character("3".into()),
        state: ButtonState::Pressed,
        text: Some("3".into()),
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    press(&mut app, KeyCode::Digit3);
    assert_eq!(screen(&app), Screen::Trainees);
    let shown = texts(&mut app);
    assert!(shown.contains("Ana") && shown.contains("Type a name..."), "{shown}");
    type_keys(&mut app, "Cleo 2");
    assert_eq!(screen(&app), Screen::Trainees, "digits spell the name instead of picking");
    assert!(texts(&mut app).contains("Cleo 2|"));
    press_named(&mut app, KeyCode::Backspace, Key::Backspace);
    press_named(&mut app, KeyCode::Backspace, Key::Backspace);
    press_named(&mut app, KeyCode::Enter, Key::Enter);
    assert_eq!(screen(&app), Screen::Title);
    assert!(texts(&mut app).contains("Practicing as\nCleo"), "{}", texts(&mut app));

    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    answer_best(&mut app);
    let store = Store::open(&data.path().join("progress.sqlite")).unwrap().store;
    assert_eq!(store.decisions(Some("Cleo"), None).unwrap().len(), 1, "Cleo's answer is saved as hers");
    assert!(store.decisions(Some("Ana"), None).unwrap().is_empty());
    let names: Vec<String> = store.trainees().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Cleo"], "Ana opened the game but never played");

    // Esc with a name typed clears it; a second Esc goes back.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Digit3);
    trigger(&mut app, Action::ChangeTrainee);
    type_keys(&mut app, "Zed");
    press_named(&mut app, KeyCode::Escape, Key::Escape);
    assert_eq!(screen(&app), Screen::Trainees);
    assert!(texts(&mut app).contains("Type a name..."));
    type_keys(&mut app, "Ana");
    press_named(&mut app, KeyCode::Enter, Key::Enter);
    assert!(texts(&mut app).contains("Practicing as\nAna"));
    assert!(!texts(&mut app).contains("Unfinished"), "Cleo's unfinished run is hers, not Ana's");
    trigger(&mut app, Action::ChangeTrainee);
    trigger(&mut app, Action::PickTrainee("Cleo".into()));
    let shown = texts(&mut app);
    assert!(shown.contains("Practicing as\nCleo") && shown.contains("Resume at scene 2"), "{shown}");
}

#[test]
fn a_damaged_progress_file_is_kept_aside_and_the_title_says_where() {
    let data = tempfile::tempdir().unwrap();
    let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(data.path().join("progress.sqlite"), &junk).unwrap();
    let mut app = app_saving(&fixtures(), data.path(), Some("Ana"));
    let shown = texts(&mut app);
    assert!(shown.contains("Your progress file was damaged") && shown.contains("corrupt-"), "{shown}");
    let aside = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("corrupt-"))
        .expect("the damaged file is kept");
    assert_eq!(std::fs::read(aside).unwrap(), junk);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    answer_best(&mut app);
    let store = Store::open(&data.path().join("progress.sqlite")).unwrap().store;
    assert_eq!(store.decisions(Some("Ana"), None).unwrap().len(), 1, "saving goes on in a fresh store");
}

#[test]
fn a_store_that_cannot_be_used_is_named_on_every_screen_not_shown_as_empty() {
    let data = tempfile::tempdir().unwrap();
    // A file where the data folder should be: no store can be opened there.
    let blocked = data.path().join("data");
    std::fs::write(&blocked, "not a folder").unwrap();
    let mut app = app_saving(&fixtures(), &blocked, Some("Ana"));
    let title = texts(&mut app);
    assert!(title.contains("Progress will not be saved") && title.contains("data"), "{title}");
    trigger(&mut app, Action::ShowProgress);
    let shown = texts(&mut app);
    assert!(shown.contains("Your progress could not be read: ") && shown.contains("data"), "{shown}");
    assert!(!shown.contains("No scenes answered yet"), "a failure is not an empty record: {shown}");
    trigger(&mut app, Action::BackToTitle);
    trigger(&mut app, Action::ChangeTrainee);
    let shown = texts(&mut app);
    assert!(shown.contains("The saved profiles could not be read: "), "{shown}");
    assert!(!shown.contains("No profiles yet"), "{shown}");
}

/// Picks the choice with this index in the scenario file, wherever it is shown.
fn choose_original(app: &mut App, original: usize) {
    let shown = app
        .world()
        .resource::<ActiveRun>()
        .session
        .current()
        .unwrap()
        .choices
        .iter()
        .position(|c| c.original == original);
    press(app, digit(shown.unwrap() + 1));
    press(app, KeyCode::Enter);
}

fn reload(app: &mut App, dir: &Path) {
    let rebuilt = hold_the_line::sim::library::load(&[dir.to_path_buf()]);
    app.world_mut().resource_mut::<GameLibrary>().rebuild(rebuilt);
    app.update();
    app.update();
}

#[test]
fn an_edit_mid_run_keeps_the_record_straight() {
    let library = temp_library(|t| t);
    let data = tempfile::tempdir().unwrap();
    let mut app = app_saving(library.path(), data.path(), Some("Ana"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    choose_original(&mut app, 1);
    let file = library.path().join("second.scenario.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let open = || Store::open(&data.path().join("progress.sqlite")).unwrap().store;

    // An edit that keeps the answers: the same run goes on, recorded as of the new version.
    std::fs::write(&file, text.replace("So? Can you get it here", "So? Can you get this here")).unwrap();
    reload(&mut app, library.path());
    let run = app.world().resource::<ActiveRun>();
    let version = hold_the_line::store::version_of(run.session.scenario(), run.session.catalog());
    let saved = open().unfinished_run(1).unwrap().expect("still the same unfinished run");
    assert_eq!((saved.run_id, saved.choices.len(), saved.content_hash), (1, 1, version));

    // An edit that removes the answer given (another takes its place): the run restarts, as a
    // new run in the record.
    let cut = text.find("                (\n                    say: \"\\\"Ma'am").unwrap();
    let end = text.find("                (\n                    say: \"\\\"Deliveries").unwrap();
    std::fs::write(&file, format!("{}{}", &text[..cut], &text[end..])).unwrap();
    reload(&mut app, library.path());
    assert!(texts(&mut app).contains("so the run restarted"), "{}", texts(&mut app));
    choose_original(&mut app, 0);
    assert!(app.world().resource::<Recorder>().problem.is_none(), "saving goes on");
    let store = open();
    let saved = store.unfinished_run(1).unwrap().expect("the new run");
    assert_eq!((saved.run_id, saved.choices.as_slice()), (2, &[0][..]));
    assert_eq!(store.decisions(Some("Ana"), None).unwrap().len(), 2, "the first run's answer is kept too");
}
