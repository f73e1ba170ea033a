//! The store: saving scene by scene, resuming, and never losing or clobbering a file.

use super::*;
use crate::sim::source::{parse_catalog, parse_scenario};
use crate::sim::{Session, SourceFile};

fn session() -> Session {
    let scenario =
        parse_scenario(&SourceFile::new("s", include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron")))
            .unwrap();
    let catalog =
        parse_catalog(&SourceFile::new("c", include_str!("../../tests/fixtures/library/strategies.ron"))).unwrap();
    Session::new(&scenario, &catalog, 42).unwrap()
}

#[test]
fn a_run_saved_scene_by_scene_resumes_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let mut live = session();
    {
        let mut store = Store::open(&path).unwrap().store;
        let trainee = store.trainee("Ana").unwrap();
        assert_eq!(store.trainee("Ana").unwrap(), trainee, "a name maps to one profile");
        let run = store.start_run(trainee, "birthday-gift", "abc", 42).unwrap();
        let shown = live.current().unwrap().choices.iter().position(|c| c.original == 1).unwrap();
        live.choose(shown).unwrap();
        store.record_step(run, 1, &live.steps()[0]).unwrap();
    }
    let store = Store::open(&path).unwrap().store;
    let trainee = 1;
    let saved = store.unfinished_run(trainee).unwrap().expect("an unfinished run");
    assert_eq!((saved.scenario_id.as_str(), saved.seed, saved.choices.len()), ("birthday-gift", 42, 1));
    let rebuilt = Session::replay(live.scenario(), live.catalog(), saved.seed, &saved.choices).unwrap();
    assert_eq!((rebuilt.mood(), rebuilt.score_so_far()), (live.mood(), live.score_so_far()));
    assert_eq!(rebuilt.current().unwrap().scene_id, live.current().unwrap().scene_id);
}

#[test]
fn a_finished_run_is_not_offered_for_resume() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite")).unwrap().store;
    let trainee = store.trainee("Ben").unwrap();
    let run = store.start_run(trainee, "birthday-gift", "abc", 1).unwrap();
    let mut s = session();
    while !s.is_over() {
        s.choose(0).unwrap();
        let n = s.steps().len();
        store.record_step(run, n, &s.steps()[n - 1]).unwrap();
    }
    store.finish_run(run, s.debrief().unwrap()).unwrap();
    assert_eq!(store.unfinished_run(trainee).unwrap(), None);
}

#[test]
fn a_corrupt_file_is_moved_aside_and_a_fresh_store_starts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&path, &junk).unwrap();
    let opened = Store::open(&path).unwrap();
    let aside = opened.moved_aside.expect("moved aside");
    assert_eq!(std::fs::read(&aside).unwrap(), junk, "the old file is kept byte for byte");
    let mut store = opened.store;
    assert!(store.trainee("Cleo").is_ok());
}

#[test]
fn a_store_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Newer { .. }));
    assert!(err.to_string().contains("newer Hold the Line") && err.to_string().contains("progress.sqlite"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn content_hash_is_stable_and_sensitive() {
    assert_eq!(content_hash("a", "b"), content_hash("a", "b"));
    assert_ne!(content_hash("a", "b"), content_hash("a", "c"));
    assert_ne!(content_hash("ab", ""), content_hash("a", "b"));
    // FNV-1a 64 of the single separator byte 0x00: pins the algorithm across releases.
    assert_eq!(content_hash("", ""), "af63bd4c8601b7df");
}

#[test]
fn a_version_1_store_migrates_with_its_runs_intact_and_resumable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-v1/progress.sqlite"), &path).unwrap();
    let store = Store::open(&path).unwrap().store;
    let version: i64 = store.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);

    let trainees = store.trainees().unwrap();
    let names: Vec<&str> = trainees.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Ben O'Neil", "Ana Souza"], "whoever practiced last comes first");
    assert!(trainees.iter().all(|t| t.last_active.is_some()), "last use is filled in from the runs");
    assert_eq!(trainees.iter().map(|t| t.finished_runs).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ben O'Neil");
    assert_eq!(store.resolve_trainee(Some("Cleo")).unwrap(), "Cleo");

    let ana = store.progress("Ana Souza").unwrap().expect("Ana's progress survives");
    let best: Vec<(&str, Option<u8>)> = ana.scenarios.iter().map(|r| (r.scenario_id.as_str(), r.best)).collect();
    assert_eq!(best, [("bank-fee-misunderstanding", Some(0)), ("utility-bill-shock", Some(50))]);

    let ben = store.conn.query_row("SELECT id FROM trainees WHERE name = 'Ben O''Neil'", [], |r| r.get(0)).unwrap();
    let saved = store.unfinished_run(ben).unwrap().expect("Ben's unfinished run is still offered");
    assert_eq!((saved.scenario_id.as_str(), saved.seed, saved.choices.as_slice()), ("lost-order", 7, &[2, 2, 1][..]));
    // The version of the scenario this store was recorded against (the bundled one has since
    // been rewritten; a changed file is `resume`'s business, tested there).
    let scenario =
        parse_scenario(&SourceFile::new("s", include_str!("../../tests/fixtures/store-v1/lost-order.scenario.ron")))
            .unwrap();
    let catalog = parse_catalog(&SourceFile::new("c", include_str!("../../scenarios/strategies.ron"))).unwrap();
    let rebuilt = Session::replay(&scenario, &catalog, saved.seed, &saved.choices).expect("the run replays");
    assert_eq!(rebuilt.steps().len(), 3);
    assert!(!rebuilt.is_over());
}

#[test]
fn starting_a_scenario_again_abandons_its_unfinished_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite")).unwrap().store;
    let ana = store.trainee("Ana").unwrap();
    let ben = store.trainee("Ben").unwrap();
    let mut live = session();
    let first = store.start_run(ana, "birthday-gift", "abc", 42).unwrap();
    live.choose(0).unwrap();
    store.record_step(first, 1, &live.steps()[0]).unwrap();
    let bens = store.start_run(ben, "birthday-gift", "abc", 42).unwrap();
    store.record_step(bens, 1, &live.steps()[0]).unwrap();

    let second = store.start_run(ana, "birthday-gift", "abc", 43).unwrap();
    assert_eq!(store.unfinished_run(ana).unwrap(), None, "a run with no scene answered is not worth resuming");
    store.record_step(second, 1, &live.steps()[0]).unwrap();
    assert_eq!(store.unfinished_run(ana).unwrap().map(|r| r.run_id), Some(second));
    let outcome: Option<String> =
        store.conn.query_row("SELECT outcome FROM runs WHERE id = ?1", [first], |r| r.get(0)).unwrap();
    assert_eq!(outcome.as_deref(), Some("abandoned"));
    let kept: i64 =
        store.conn.query_row("SELECT COUNT(*) FROM decisions WHERE run_id = ?1", [first], |r| r.get(0)).unwrap();
    assert_eq!(kept, 1, "the abandoned run's decisions stay for the record");
    assert_eq!(store.unfinished_run(ben).unwrap().map(|r| r.run_id), Some(bens), "other trainees are untouched");

    store.abandon_run(second).unwrap();
    assert_eq!(store.unfinished_run(ana).unwrap(), None);
}

#[test]
fn the_latest_trainee_is_chosen_when_none_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite")).unwrap().store;
    assert_eq!(store.resolve_trainee(None).unwrap(), DEFAULT_TRAINEE, "an empty store");
    let ana = store.trainee("Ana").unwrap();
    store.start_run(ana, "birthday-gift", "abc", 1).unwrap();
    // No pause between runs: the order is by which run started last, not by the clock.
    let ben = store.trainee("Ben").unwrap();
    store.start_run(ben, "birthday-gift", "abc", 1).unwrap();
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ben");
    store.trainee("Ana").unwrap();
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ben", "looking someone up is not practicing");
    store.start_run(ana, "birthday-gift", "abc", 2).unwrap();
    assert_eq!(store.resolve_trainee(None).unwrap(), "Ana");
    store.trainee("Typo").unwrap();
    let names: Vec<String> = store.trainees().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Ana", "Ben"], "a profile that never played is not listed");
}

fn scenario_as(id: &str, difficulty: crate::sim::Difficulty, recommends: &str) -> crate::sim::Scenario {
    let mut s =
        parse_scenario(&SourceFile::new("s", include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron")))
            .unwrap();
    s.id = id.to_owned();
    s.difficulty = difficulty;
    for (_, node) in s.scenes.0.iter_mut() {
        if let crate::sim::SceneNode::Scene(scene) = node {
            scene.recommended = vec![recommends.into()];
        }
    }
    s
}

fn mastery(strategy: &str, applied: usize, recommended: usize) -> progress::Mastery {
    progress::Mastery { strategy: strategy.to_owned(), recommended, applied, trend: progress::Trend::New }
}

#[test]
fn practice_next_suits_the_trainee_and_works_on_weak_strategies() {
    use crate::sim::Difficulty::{Easy, Hard, Medium};
    use progress::{Progress, ScenarioResult, practice_next};
    let library = [
        scenario_as("hard-listen", Hard, "listen_actively"),
        scenario_as("easy-listen", Easy, "listen_actively"),
        scenario_as("easy-empathy", Easy, "empathize"),
        scenario_as("medium-empathy", Medium, "empathize"),
    ];
    let pick = |p: &Progress| practice_next(p, library.iter()).map(|s| s.id.clone()).unwrap();

    let beginner =
        Progress { mastery: vec![mastery("empathize", 0, 4), mastery("listen_actively", 3, 4)], ..Default::default() };
    assert_eq!(pick(&beginner), "easy-empathy", "easy first, on the weakest strategy");
    let worked: Vec<&str> = progress::works_on(&beginner, &library[2]).iter().map(|m| m.strategy.as_str()).collect();
    assert_eq!(worked, ["empathize"], "what it works on is named");
    let strong = Progress {
        mastery: vec![mastery("empathize", 9, 10), mastery("listen_actively", 7, 10)],
        ..Default::default()
    };
    assert_eq!(pick(&strong), "hard-listen", "a strong trainee is stretched");
    assert!(pick(&Progress::default()).starts_with("easy-"), "a newcomer starts easy");

    let played = |id: &str, best| ScenarioResult {
        scenario_id: id.into(),
        finished_runs: 1,
        best: Some(best),
        last: Some(best),
        scoring_model: 2,
    };
    let all_played = Progress {
        scenarios: vec![
            played("hard-listen", 90),
            played("easy-listen", 40),
            played("easy-empathy", 70),
            played("medium-empathy", 80),
        ],
        ..strong
    };
    assert_eq!(pick(&all_played), "easy-listen", "once all are played, the lowest best score");
}

#[test]
fn a_name_typed_in_another_case_or_spacing_is_the_same_trainee() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite")).unwrap().store;
    let (ana, name) = store.profile("Ana  Souza ").unwrap();
    assert_eq!(name, "Ana Souza");
    assert_eq!(store.profile("ana souza").unwrap(), (ana, "Ana Souza".to_owned()));
    assert_ne!(store.profile("Ana Sousa").unwrap().0, ana, "a different name is a different trainee");
    assert!(store.progress("ANA SOUZA").unwrap().is_some());
}

#[test]
fn runs_left_before_any_answer_do_not_count_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("p.sqlite")).unwrap().store;
    let ana = store.trainee("Ana").unwrap();
    let mut s = session();
    let run = store.start_run(ana, "birthday-gift", "abc", 42).unwrap();
    while !s.is_over() {
        s.choose(0).unwrap();
        let n = s.steps().len();
        store.record_step(run, n, &s.steps()[n - 1]).unwrap();
    }
    store.finish_run(run, s.debrief().unwrap()).unwrap();
    for seed in 0..12 {
        store.start_run(ana, "other-scenario", "abc", seed).unwrap();
    }
    let progress = store.progress("Ana").unwrap().unwrap();
    let tried: Vec<&str> = progress.scenarios.iter().map(|r| r.scenario_id.as_str()).collect();
    assert_eq!(tried, ["birthday-gift"], "opened and left is not tried");
    assert!(!progress.mastery.is_empty(), "the real run stays within the latest runs");
}

#[test]
fn a_store_busy_in_another_window_reads_the_same_from_every_call() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let mut store = Store::open(&path).unwrap().store;
    let ana = store.trainee("Ana").unwrap();
    // A short wait keeps the test quick; the game waits 5 s before giving up.
    store.conn.busy_timeout(std::time::Duration::from_millis(20)).unwrap();
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE; INSERT INTO trainees(name) VALUES ('Other window');").unwrap();
    let errors = [
        store.profile("Ben").map(|_| ()).unwrap_err(),
        store.start_run(ana, "birthday-gift", "abc", 1).map(|_| ()).unwrap_err(),
        store.abandon_run(1).unwrap_err(),
    ];
    for err in errors {
        assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
        assert!(err.to_string().contains("busy in another program"), "{err}");
    }
    other.execute_batch("COMMIT").unwrap();
    assert!(store.profile("Ben").is_ok(), "free again once the other window is done");
}

#[test]
fn scores_from_an_older_scoring_model_show_only_until_a_newer_run_exists() {
    use super::progress::ScenarioResult;
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("progress.sqlite")).unwrap().store;
    let trainee = store.trainee("Ana").unwrap();
    let mut session = session();
    let run = store.start_run(trainee, &session.scenario().id, "v", 1).unwrap();
    session.choose(0).unwrap();
    store.record_step(run, 1, &session.steps()[0]).unwrap();
    // A run as model 1 recorded it: an inflated 95.
    store.conn.execute("UPDATE runs SET score = 95, scoring_model = 1, ended_at = 'x' WHERE id = ?1", [run]).unwrap();
    let result = |store: &Store| -> ScenarioResult { store.progress("Ana").unwrap().unwrap().scenarios.remove(0) };
    let old = result(&store);
    assert_eq!((old.best, old.scoring_model, old.scoring_note()), (Some(95), 1, " (old scoring model)"));

    let run = store.start_run(trainee, &session.scenario().id, "v", 2).unwrap();
    store.record_step(run, 1, &session.steps()[0]).unwrap();
    store.conn.execute("UPDATE runs SET score = 40, ended_at = 'x' WHERE id = ?1", [run]).unwrap();
    let new = result(&store);
    assert_eq!((new.best, new.last, new.finished_runs, new.scoring_note()), (Some(40), Some(40), 2, ""));
}
