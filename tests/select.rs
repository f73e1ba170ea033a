//! The select screen for a growing library: filters by difficulty and channel (headless), and
//! a hundred cards at 1024x600 in the real window, reached and opened by the keyboard alone.

use std::path::Path;

use bevy::input::keyboard::KeyCode;
use hold_the_line::game::Screen;
use hold_the_line::game::actions::Action;
use hold_the_line::game::library::GameLibrary;
use hold_the_line::game::ui::Focus;
use hold_the_line::sim::{Channel, Difficulty};

use crate::game::{FIXTURES, actions, app_with, press, screen, texts, trigger};
use crate::window::{check_layout, drive};

const LEVELS: [&str; 3] = ["Easy", "Medium", "Hard"];
const CHANNELS: [&str; 5] = ["InPerson", "Phone", "Chat", "Email", "Video"];

/// `n` copies of the fixture scenario, levels and channels taken in turn, plus one broken file.
fn many_scenarios(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    std::fs::copy(src.join("strategies.ron"), dir.path().join("strategies.ron")).unwrap();
    let text = std::fs::read_to_string(src.join("birthday-gift.scenario.ron")).unwrap();
    for i in 0..n {
        let copy = text
            .replace("\"birthday-gift\"", &format!("\"gift-{i:03}\""))
            .replace("The Missing Birthday Gift", &format!("Gift {i:03}"))
            .replace("difficulty: Medium", &format!("difficulty: {}", LEVELS[i % 3]))
            .replace("channel: Phone", &format!("channel: {}", CHANNELS[i % 5]));
        std::fs::write(dir.path().join(format!("gift-{i:03}.scenario.ron")), copy).unwrap();
    }
    std::fs::write(dir.path().join("zz-broken.scenario.ron"), text.replace("next: \"resolved\"", "next: \"resolvd\""))
        .unwrap();
    dir
}

fn openable(app: &mut bevy::prelude::App) -> usize {
    actions(app).into_iter().filter(|(_, a)| matches!(a, Action::Open(_))).count()
}

#[test]
fn filters_narrow_the_cards_and_never_hide_a_broken_file() {
    let dir = many_scenarios(30);
    let mut app = app_with(GameLibrary::from_dir(dir.path()));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Select);
    assert_eq!(openable(&mut app), 30);
    assert!(texts(&mut app).contains("31 scenarios"), "{}", texts(&mut app));

    trigger(&mut app, Action::FilterDifficulty(Some(Difficulty::Hard)));
    assert_eq!(openable(&mut app), 10);
    let shown = texts(&mut app);
    assert!(shown.contains("Showing 11 of 31") && shown.contains("CANNOT PLAY"), "{shown}");
    // The focus stays on the filter pressed, so the arrows go on from there.
    let focused = app.world().resource::<Focus>().0.expect("a focused control");
    assert_eq!(app.world().get::<Action>(focused), Some(&Action::FilterDifficulty(Some(Difficulty::Hard))));

    // Hard and Email: copies 8 and 23 (i % 3 == 2 and i % 5 == 3).
    trigger(&mut app, Action::FilterChannel(Some(Channel::Email)));
    assert_eq!(openable(&mut app), 2);
    let shown = texts(&mut app);
    assert!(shown.contains("Gift 008") && shown.contains("Gift 023") && !shown.contains("Gift 002"), "{shown}");

    trigger(&mut app, Action::FilterDifficulty(None));
    assert_eq!(openable(&mut app), 6, "every level, by email");
    trigger(&mut app, Action::FilterChannel(None));
    assert_eq!(openable(&mut app), 30);

    // Number keys open the cards as shown: with a filter, 1 is the first card left.
    trigger(&mut app, Action::FilterChannel(Some(Channel::Video)));
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    let run = app.world().resource::<hold_the_line::game::state::ActiveRun>();
    assert_eq!(run.session.scenario().channel, Some(Channel::Video));
}

#[test]
fn a_hundred_cards_at_1024x600_scroll_to_the_keyboard_focus() {
    let dir = many_scenarios(100);
    let out = tempfile::tempdir().unwrap();
    // The last card: the hardest level sorts last, and among them the highest number.
    let Some(shots) = drive(dir.path(), "gift-098", out.path(), "1024x600") else { return };
    assert!(shots.iter().all(|s| s.is_file()), "every screen was shot, so Enter opened the card");
    check_layout(out.path(), "1024x600");
    let report = std::fs::read_to_string(out.path().join("layout.txt")).unwrap();
    let select: Vec<&str> = report.lines().filter(|l| l.contains("2-select.png")).collect();
    assert!(select.contains(&"focus 2-select.png: in view"), "the focused card is out of sight:\n{report}");
    let cut: Vec<&str> = report.lines().filter(|l| l.starts_with("offscreen") || l.contains("OUT OF VIEW")).collect();
    assert!(cut.is_empty(), "controls out of reach at 1024x600:\n{}", cut.join("\n"));
    if let Some(keep) = std::env::var_os("SCREENSHOTS_DIR") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(out.path().join("2-select.png"), Path::new(&keep).join("select-100-cards.png")).unwrap();
    }
}
