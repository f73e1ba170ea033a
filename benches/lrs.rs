//! LRS benchmark: queues 10,000 statements (2,500 runs of a scenario, each decision and run end
//! saved with its statements in one transaction), comparing a scene's save with and without the
//! queue (p50/p99), then pushes them all to Ralph on loopback and prints statements per second.
//! Run with `cargo bench --bench lrs` (the push needs the Ralph environment `.ci/run` installs).

#[path = "../tests/lrs/ralph_server.rs"]
#[allow(dead_code)] // the benchmark reads no statements back
mod ralph_server;

use std::time::{Duration, Instant};

use hold_the_line::lrs::client::Client;
use hold_the_line::lrs::config::LrsConfig;
use hold_the_line::lrs::drain::drain;
use hold_the_line::sim::source::{parse_catalog, parse_scenario};
use hold_the_line::sim::{Session, SourceFile};
use hold_the_line::store::Store;
use hold_the_line::store::xapi::{Interaction, Target};

const STATEMENTS: usize = 10_000;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Saves `runs` runs into a fresh store, queued for the LRS or not; returns each save's time.
fn save_runs(path: &std::path::Path, sessions: &[Session], runs: usize, queue: bool) -> (Store, Vec<Duration>) {
    let mut store = Store::open(path).unwrap().store;
    let target = Target::default();
    let mut saves = Vec::new();
    for r in 0..runs {
        let trainee = store.trainee(&format!("trainee-{:03}", r % 200)).unwrap();
        let session = &sessions[r % sessions.len()];
        let run = store.start_run(trainee, &session.scenario().id, "0123456789abcdef", session.seed()).unwrap();
        for (n, step) in session.steps().iter().enumerate() {
            let last = n + 1 == session.steps().len();
            let scene = session.scenario().scene(&step.scene_id).unwrap();
            let interaction = Interaction::of(scene, session.catalog());
            let ended = if last { session.debrief() } else { None };
            let start = Instant::now();
            store.record_decision(run, n + 1, step, ended, queue.then_some((&target, interaction))).unwrap();
            saves.push(start.elapsed());
        }
    }
    saves.sort();
    (store, saves)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let read = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
    let scenario = parse_scenario(&SourceFile::new("s", read("birthday-gift.scenario.ron"))).unwrap();
    let catalog = parse_catalog(&SourceFile::new("c", read("strategies.ron"))).unwrap();
    // Whole runs, varied by the choices made: two decisions and an ending, four statements.
    let sessions: Vec<Session> = (0..3)
        .flat_map(|a| (0..3).map(move |b| (a, b)))
        .filter_map(|(a, b)| Session::replay(&scenario, &catalog, 1, &[a, b]).ok())
        .filter(Session::is_over)
        .collect();
    let per_run = sessions[0].steps().len() + 2;
    let runs = STATEMENTS / per_run;

    let dir = tempfile::tempdir().unwrap();
    let (_, plain) = save_runs(&dir.path().join("plain.sqlite"), &sessions, runs, false);
    let (mut store, queued) = save_runs(&dir.path().join("queued.sqlite"), &sessions, runs, true);
    let pct = |saves: &[Duration], p: f64| ms(saves[((saves.len() as f64 - 1.0) * p) as usize]);
    let waiting = store.waiting_count().unwrap();
    println!("lrs benchmark: {runs} runs, {} scene saves, {waiting} statements queued", queued.len());
    println!("  save one scene without the queue: p50 {:.3} ms, p99 {:.3} ms", pct(&plain, 0.5), pct(&plain, 0.99));
    println!(
        "  save one scene with its statements queued: p50 {:.3} ms, p99 {:.3} ms (target p99 < 5 ms)",
        pct(&queued, 0.5),
        pct(&queued, 0.99)
    );

    let Some(venv) = ralph_server::venv() else { return };
    let ralph = ralph_server::Ralph::start(&venv);
    let config = LrsConfig::new(&ralph.endpoint(), ralph_server::KEY, ralph_server::SECRET);
    let start = Instant::now();
    let drained = drain(&mut store, &Client::new(&config));
    let took = start.elapsed();
    assert_eq!(drained.stopped, None, "{drained:?}");
    assert_eq!(drained.sent, waiting);
    println!(
        "  push {} statements to Ralph (file backend, batches of {}): {:.1} s, {:.0} statements/s",
        drained.sent,
        hold_the_line::lrs::drain::BATCH,
        took.as_secs_f64(),
        drained.sent as f64 / took.as_secs_f64()
    );
}
