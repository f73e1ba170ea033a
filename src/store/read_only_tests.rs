//! Opening to read only: what `progress`, `export` and a class report rely on to change nothing.

use std::collections::BTreeMap;
use std::path::Path;

use super::*;

/// Every file in a folder with its bytes, to compare before and after.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn a_damaged_store_is_reported_and_left_exactly_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    let before = snapshot(dir.path());
    let err = Store::open_read_only(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    let text = err.explain();
    assert!(text.contains("progress.sqlite") && text.contains("damaged") && text.contains("left as it is"), "{text}");
    assert!(err.help().is_some_and(|help| help.contains("move it aside") && help.contains("restore a backup")));
    assert_eq!(snapshot(dir.path()), before, "nothing moved, created or changed");
}

#[test]
fn a_missing_or_empty_store_is_missing_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    assert!(matches!(Store::open_read_only(&path), Err(StoreError::Missing { .. })));
    assert!(snapshot(dir.path()).is_empty());
    std::fs::write(&path, "").unwrap();
    assert!(matches!(Store::open_read_only(&path), Err(StoreError::Missing { .. })));
    assert_eq!(snapshot(dir.path()).len(), 1);
}

#[test]
fn a_store_closed_by_the_game_is_read_without_creating_wal_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    {
        let mut store = Store::open(&path).unwrap().store;
        let ana = store.trainee("Ana").unwrap();
        store.start_run(ana, "birthday-gift", "abc", 1).unwrap();
    }
    let before = snapshot(dir.path());
    assert_eq!(before.keys().collect::<Vec<_>>(), ["progress.sqlite"]);
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ana");
    drop(store);
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_store_in_use_by_the_game_is_read_with_its_latest_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let mut writer = Store::open(&path).unwrap().store;
    let ana = writer.trainee("Ana").unwrap();
    writer.start_run(ana, "birthday-gift", "abc", 1).unwrap();
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.trainees().unwrap().len(), 1, "a write still in the WAL is seen");
}

#[test]
fn a_version_1_store_reads_without_being_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-v1/progress.sqlite"), &path).unwrap();
    let before = snapshot(dir.path());
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ben O'Neil");
    assert!(store.progress("Ana Souza").unwrap().is_some());
    assert!(!store.decisions(None, None).unwrap().is_empty());
    drop(store);
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn another_programs_database_is_not_taken_for_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE notes(text TEXT);").unwrap();
    let err = Store::open_read_only(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Damaged { error: None, .. }), "{err:?}");
}

#[test]
fn a_version_4_store_reads_with_an_empty_queue_and_its_open_runs_get_registrations_when_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        for migration in &schema::MIGRATIONS[..4] {
            conn.execute_batch(migration).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.execute_batch(
            "INSERT INTO trainees(id, name) VALUES (1, 'Ana');
             INSERT INTO runs(id, trainee_id, scenario_id, content_hash, seed) VALUES (1, 1, 'gift', 'abc', 3), (2, 1, 'gift', 'abc', 4);
             UPDATE runs SET ended_at = '2026-11-01T10:00:00.000Z', score = 80, outcome = 'Resolved' WHERE id = 1;
             INSERT INTO decisions(run_id, step, scene_id, variant, choice_index, choice_text, score, applied, missed, mistakes, mood_after)
             VALUES (1, 1, 'opening', 0, 0, 'Hello', 80, '', '', '', 50), (2, 1, 'opening', 0, 1, 'Hi', 40, '', '', '', 40);",
        )
        .unwrap();
    }
    let before = snapshot(dir.path());
    let store = Store::open_read_only(&path).unwrap();
    let rows = store.decisions(None, None).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.registration.is_none()));
    assert_eq!(store.queue_summary().unwrap(), queue::QueueSummary::default());
    assert_eq!(store.waiting_count().unwrap(), 0);
    drop(store);
    assert_eq!(snapshot(dir.path()), before, "read as it is");

    let store = Store::open(&path).unwrap().store;
    let rows = store.decisions(None, None).unwrap();
    assert_eq!(rows[0].registration, None, "a finished run keeps the ids it was exported with");
    let open = rows[1].registration.clone().expect("an open run may yet be queued");
    assert!(crate::lrs::formats::is_uuid(&open), "{open}");
}
