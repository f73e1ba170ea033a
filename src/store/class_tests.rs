//! Class sessions in the store: saved scene by scene, read back one row per person and scene,
//! safe in a spreadsheet, and an older store read without them.

use std::collections::BTreeMap;

use super::*;
use crate::sim::classroom::Room;
use crate::sim::source::{parse_catalog, parse_scenario};
use crate::sim::{Session, SourceFile};

fn room() -> Room {
    let scenario =
        parse_scenario(&SourceFile::new("s", include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron")))
            .unwrap();
    let catalog =
        parse_catalog(&SourceFile::new("c", include_str!("../../tests/fixtures/library/strategies.ron"))).unwrap();
    Room::new(Session::new(&scenario, &catalog, 42).unwrap(), "BKDR".into())
}

/// Plays a scene: everyone present votes `choice` (shown position), the room plays it.
fn play_scene(room: &mut Room, recorder: &mut recorder::RunRecorder, voters: &[&str], choice: usize) {
    room.open_voting().unwrap();
    let number = room.session().current().unwrap().number;
    for token in voters {
        room.vote(token, number, choice).unwrap();
    }
    room.close_voting().unwrap();
    room.play(Some(choice)).unwrap();
    recorder.record_class_scene(room);
    room.next_scene().unwrap();
}

#[test]
fn a_class_session_is_saved_and_exported_one_row_per_person_and_scene() {
    let dir = tempfile::tempdir().unwrap();
    let mut recorder = recorder::RunRecorder::open(Some(dir.path()), Some("Teacher"));
    let mut room = room();
    recorder.start_class(&room);
    room.join("BKDR", "=HYPERLINK(\"x\")", "a").unwrap();
    room.join("BKDR", "Ben", "b").unwrap();
    play_scene(&mut room, &mut recorder, &["a"], 0);
    room.join("BKDR", "Late", "c").unwrap();
    while !room.session().is_over() {
        play_scene(&mut room, &mut recorder, &["a", "b", "c"], 0);
    }
    recorder.finish_class(&room);
    assert!(recorder.problem.is_none(), "{:?}", recorder.problem);

    let store = Store::open_read_only(&dir.path().join("progress.sqlite")).unwrap();
    let rows = store.class_votes(None).unwrap();
    let scenes = room.history().len() as i64;
    let mut per_person: BTreeMap<&str, usize> = BTreeMap::new();
    rows.iter().for_each(|r| *per_person.entry(r.name.as_str()).or_default() += 1);
    assert_eq!(per_person["Ben"] as i64, scenes);
    assert_eq!(per_person["Late"] as i64, scenes - 1, "from the scene they joined");
    let ben_first = rows.iter().find(|r| r.name == "Ben" && r.step == 1).unwrap();
    assert_eq!((ben_first.vote.as_str(), ben_first.vote_best), ("", None), "Ben did not vote in scene 1");
    let debrief = room.debrief().unwrap();
    for row in &rows {
        let own = debrief.participants.iter().find(|p| p.name == row.name).unwrap();
        assert_eq!(row.own_score, Some(i64::from(own.score)), "{}", row.name);
        assert_eq!(row.room_code, "BKDR");
    }
    let csv = csv_cells::write(&rows).unwrap();
    assert!(csv.contains("'=HYPERLINK"), "a formula name is written as text:\n{csv}");
    let back: Vec<class::ClassVoteRow> = csv_cells::read(csv.as_bytes()).unwrap();
    assert_eq!(back, rows, "the export reads back exactly");
    // The room's run is in the ordinary export, and the room is not a trainee.
    let decisions = store.decisions(Some(class::CLASS_TRAINEE), None).unwrap();
    assert_eq!(decisions.len() as i64, scenes);
    assert!(decisions.last().unwrap().run_score.is_some(), "the run finished");
    assert!(store.trainees().unwrap().iter().all(|t| t.name != class::CLASS_TRAINEE));
}

#[test]
fn a_store_from_before_classes_reads_with_no_class_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-v1/progress.sqlite"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let store = Store::open_read_only(&path).unwrap();
    assert!(store.class_votes(None).unwrap().is_empty());
    assert!(!store.trainees().unwrap().is_empty(), "its trainees still listed");
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before, "read, not migrated");
}
