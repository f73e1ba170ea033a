//! The instructor's flow on the presenter, without a window: every step by a key press, the room
//! and the screen checked after each, and the session saved in the store.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use bevy::input::keyboard::KeyCode;
use bevy::prelude::*;

use hold_the_line::game::Screen;
use hold_the_line::game::actions::Action;
use hold_the_line::game::classroom::{Class, Presenter, open_class};
use hold_the_line::game::recorder::Recorder;
use hold_the_line::game::state::{ClassroomPick, ClassroomRequest};
use hold_the_line::sim::classroom::Phase;
use hold_the_line::store::Store;

use crate::game::{app, press, screen, texts, trigger};

fn phase(app: &App) -> Phase {
    app.world().resource::<Class>().live.read(|r| r.phase())
}

/// Three phones in the room, voting straight into it (the server is tested on its own).
fn join_three(app: &App) -> Vec<String> {
    let live = app.world().resource::<Class>().live.clone();
    let code = live.read(|r| r.code().to_owned());
    ["Ana", "Ben", "Carla"]
        .iter()
        .map(|name| {
            let token = format!("token-{name}");
            live.change(|r| r.join(&code, name, &token)).unwrap();
            token
        })
        .collect()
}

fn vote_all(app: &App, tokens: &[String], choice: usize) {
    let live = app.world().resource::<Class>().live.clone();
    let number = live.read(|r| r.session().current().unwrap().number);
    for token in tokens {
        live.change(|r| r.vote(token, number, choice)).unwrap();
    }
}

#[test]
fn the_instructor_runs_a_class_from_the_keyboard_and_it_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app();
    app.insert_resource(Recorder::open(Some(data.path()), Some("Instructor")));
    let file = app.world().resource::<hold_the_line::game::library::GameLibrary>().cards[0].file.clone();
    open_class(app.world_mut(), &file, 7, Some(IpAddr::V4(Ipv4Addr::LOCALHOST)), Some(0));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Classroom);
    let shown = texts(&mut app);
    let code = app.world().resource::<Class>().live.read(|r| r.code().to_owned());
    assert!(
        shown.contains(&code.chars().map(|c| format!("{c} ")).collect::<String>().trim_end().to_owned()),
        "{shown}"
    );
    assert!(shown.contains("http://127.0.0.1:") && shown.contains("0 joined"), "{shown}");
    // Nobody for a minute: the checklist of what to try appears, and goes once someone joins.
    app.world_mut().resource_mut::<Class>().started -= Duration::from_secs(61);
    app.update();
    app.update();
    let help = texts(&mut app);
    assert!(help.contains("Nobody has joined yet") && help.contains("same Wi-Fi"), "{help}");
    let tokens = join_three(&app);
    app.update();
    assert!(texts(&mut app).contains("3 joined"), "the join count follows the room");
    assert!(!texts(&mut app).contains("Nobody has joined yet"));
    assert!(!texts(&mut app).contains("Ana"), "names stay off the projector");

    press(&mut app, KeyCode::Digit1);
    assert_eq!(phase(&app), Phase::Waiting, "a number does nothing before voting");
    press(&mut app, KeyCode::Space);
    assert_eq!(phase(&app), Phase::Voting);
    vote_all(&app, &tokens[..2], 1);
    app.update();
    assert!(texts(&mut app).contains("2 of 3 voted"), "{}", texts(&mut app));
    assert!(!texts(&mut app).contains("2 votes"), "the tally is hidden by default");
    press(&mut app, KeyCode::KeyT);
    assert!(texts(&mut app).contains("2 votes"), "T shows the tally");
    // The countdown: K starts it, and voting closes by itself when it runs out.
    press(&mut app, KeyCode::KeyK);
    assert!(texts(&mut app).contains("s left"), "the seconds show");
    app.world_mut().resource_mut::<Presenter>().countdown = Some(Instant::now());
    app.update();
    app.update();
    assert_eq!(phase(&app), Phase::Closed, "the countdown closed voting");
    assert!(!texts(&mut app).contains("s left"));
    // A number past the choices plays nothing and saves nothing (saving goes on afterwards).
    press(&mut app, KeyCode::Digit9);
    assert_eq!(phase(&app), Phase::Closed);
    assert!(texts(&mut app).contains("There is no such choice"), "{}", texts(&mut app));
    // The instructor overrides the room's answer (1, shown second) with the first.
    press(&mut app, KeyCode::Digit1);
    assert_eq!(phase(&app), Phase::Feedback);
    let decided = app.world().resource::<Class>().live.read(|r| r.history()[0].clone());
    assert_eq!((decided.played, decided.overridden), (0, true));
    assert!(texts(&mut app).contains("How the room voted"));

    press(&mut app, KeyCode::KeyP);
    assert!(texts(&mut app).contains("Carla"), "P lists the people");
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::Delete);
    let present: Vec<String> =
        app.world().resource::<Class>().live.read(|r| r.present().map(|p| p.name.clone()).collect());
    assert_eq!(present, ["Ana", "Carla"], "the selected participant (Ben) is removed");
    press(&mut app, KeyCode::KeyL);
    assert!(app.world().resource::<Class>().live.read(|r| r.is_locked()));

    let remaining = [tokens[0].clone(), tokens[2].clone()];
    for _ in 0..50 {
        match phase(&app) {
            Phase::Over => break,
            Phase::Voting => {
                vote_all(&app, &remaining, 0);
                press(&mut app, KeyCode::Space);
            }
            _ => press(&mut app, KeyCode::Space),
        }
    }
    assert_eq!(phase(&app), Phase::Over);
    assert!(texts(&mut app).contains("Class debrief"), "{}", texts(&mut app));

    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Classroom, "one Esc only asks");
    assert!(app.world().resource::<Presenter>().confirm_end);
    let port = app.world().resource::<Class>().port();
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    app.update();
    assert!(app.world().get_resource::<Class>().is_none());
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err(), "the server stopped with the session");

    let store = Store::open_read_only(&data.path().join("progress.sqlite")).unwrap();
    let rows = store.class_votes(None).unwrap();
    let scenes = rows.iter().map(|r| r.step).max().unwrap();
    assert!(scenes >= 2);
    let ben: Vec<_> = rows.iter().filter(|r| r.name == "Ben").collect();
    assert_eq!(ben.len(), 1, "Ben was in scene 1 only: removed during its feedback");
    assert!(!ben[0].vote.is_empty(), "his scene 1 vote is kept");
    let carla = rows.iter().find(|r| r.name == "Carla" && r.step == 1).unwrap();
    assert_eq!((carla.vote.as_str(), carla.vote_points), ("", None), "Carla did not vote in scene 1");
    let ana: Vec<_> = rows.iter().filter(|r| r.name == "Ana").collect();
    assert_eq!(ana.len() as i64, scenes, "Ana has a row for every scene");
    assert!(ana.iter().all(|r| !r.vote.is_empty() && r.own_score.is_some()));
    assert!(store.trainees().unwrap().iter().all(|t| t.name != "Classroom"), "the room is not offered as a trainee");
}

#[test]
fn the_title_screens_classroom_entry_picks_a_scenario_then_opens_the_presenter() {
    let mut app = app();
    trigger(&mut app, Action::Classroom);
    assert_eq!(screen(&app), Screen::Select);
    assert!(texts(&mut app).contains("Choose a scenario for the class"));
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Enter);
    assert!(!texts(&mut app).contains("for the class"), "leaving the class's select screen leaves classroom mode");
    press(&mut app, KeyCode::Escape);
    trigger(&mut app, Action::Classroom);
    // Loopback only in tests (the title's entry would listen on every interface).
    app.world_mut().resource_mut::<ClassroomPick>().0 =
        ClassroomRequest { scenario: None, host: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)), port: Some(0) };
    press(&mut app, KeyCode::Digit1);
    app.update();
    assert_eq!(screen(&app), Screen::Classroom);
    assert_eq!(phase(&app), Phase::Waiting);
    assert!(texts(&mut app).contains("Space opens voting"));
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, KeyCode::Enter);
    assert!(
        texts(&mut app).contains("Choose a scenario") && !texts(&mut app).contains("for the class"),
        "practice again"
    );
}
