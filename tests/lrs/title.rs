//! The title screen says how many results wait for the LRS, and why, while it cannot be reached.

use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::stub::{SECRET, USER, closed_port};
use super::{play, set_lrs, waiting};
use crate::game::{FIXTURES, app_with};
use crate::util::TestData;
use hold_the_line::game::library::GameLibrary;
use hold_the_line::game::recorder::{LrsLink, Recorder};
use hold_the_line::lrs::config::LrsConfig;
use hold_the_line::lrs::link::Link;
use hold_the_line::lrs::sender::Sender;

/// The waiting line's text, when it is shown.
fn shown_waiting_line(app: &mut App) -> Option<String> {
    let mut lines = app.world_mut().query::<(&Text, &ChildOf)>();
    let found: Vec<(String, Entity)> = lines
        .iter(app.world())
        .filter(|(t, _)| t.0.contains("waiting to send"))
        .map(|(t, c)| (t.0.clone(), c.parent()))
        .collect();
    found
        .into_iter()
        .find(|(_, parent)| app.world().get::<Node>(*parent).is_some_and(|n| n.display != Display::None))
        .map(|(t, _)| t)
}

#[test]
fn the_title_screen_counts_results_waiting_for_an_unreachable_lrs() {
    let data = TestData::new();
    let endpoint = format!("http://127.0.0.1:{}/xAPI/", closed_port());
    assert!(set_lrs(&data, &endpoint, SECRET, &[]).status.success());
    play(&data, "Ana");
    assert_eq!(waiting(data.path()), 4);

    let library = GameLibrary::from_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES));
    let mut app = app_with(library);
    assert_eq!(shown_waiting_line(&mut app), None, "no LRS, no line");
    app.insert_resource(Recorder::open(Some(data.path()), Some("Ana")));
    let sender = Sender::spawn(data.path().join("progress.sqlite"), LrsConfig::new(&endpoint, USER, SECRET), None);
    let link = Link { sender: Some(sender), problem: None };
    app.insert_resource(LrsLink(link.view()));
    let start = Instant::now();
    let line = loop {
        app.update();
        if let Some(line) = shown_waiting_line(&mut app) {
            break line;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the title never showed the waiting results");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(line.starts_with("4 results waiting to send to your organisation's records: "), "{line}");
    assert!(line.contains("connection was refused") && line.contains("kept on this computer"), "{line}");
}
