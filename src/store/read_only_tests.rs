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
