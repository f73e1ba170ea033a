//! Progress store benchmark: fills a store with 200 trainees x 50 runs x 8 scenes (80,000
//! decisions) and times saving one scene (p50/p99), the progress query for one trainee, and the
//! class report over all 200 trainees' CSV exports. Run with `cargo bench --bench store`.

use std::time::{Duration, Instant};

use hold_the_line::sim::source::{parse_catalog, parse_scenario};
use hold_the_line::sim::{Session, SourceFile};
use hold_the_line::store::Store;
use hold_the_line::store::csv_cells;
use hold_the_line::store::export::{DecisionRow, to_csv};
use hold_the_line::store::report::{build, to_html};

const TRAINEES: usize = 200;
const RUNS: usize = 50;
const SCENES: usize = 8;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let read = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
    let scenario = parse_scenario(&SourceFile::new("s", read("birthday-gift.scenario.ron"))).unwrap();
    let catalog = parse_catalog(&SourceFile::new("c", read("strategies.ron"))).unwrap();
    // Real steps to save: a played scene with its feedback, varied by which choice was made.
    let steps: Vec<_> = (0..3)
        .map(|original| Session::replay(&scenario, &catalog, 1, &[original]).unwrap().steps()[0].clone())
        .collect();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let mut store = Store::open(&path).unwrap().store;
    let mut saves = Vec::with_capacity(TRAINEES * RUNS * SCENES);
    let fill = Instant::now();
    for t in 0..TRAINEES {
        let trainee = store.trainee(&format!("trainee-{t:03}")).unwrap();
        for r in 0..RUNS {
            let run = store.start_run(trainee, &format!("scenario-{}", r % 12), "0123456789abcdef", r as u64).unwrap();
            for s in 0..SCENES {
                let step = &steps[(t + r + s) % steps.len()];
                let start = Instant::now();
                store.record_decision(run, s + 1, step, None, None).unwrap();
                saves.push(start.elapsed());
            }
        }
    }
    let filled = fill.elapsed();
    saves.sort();
    let pct = |p: f64| saves[((saves.len() as f64 - 1.0) * p) as usize];

    let start = Instant::now();
    let progress = store.progress("trainee-042").unwrap().unwrap();
    let progress_time = start.elapsed();
    assert_eq!(progress.scenarios.len(), 12);

    let exports = tempfile::tempdir().unwrap();
    for t in 0..TRAINEES {
        let name = format!("trainee-{t:03}");
        let rows = store.decisions(Some(&name), None).unwrap();
        std::fs::write(exports.path().join(format!("{name}.csv")), to_csv(&rows).unwrap()).unwrap();
    }
    let start = Instant::now();
    let mut rows: Vec<DecisionRow> = Vec::new();
    for entry in std::fs::read_dir(exports.path()).unwrap() {
        let file = std::fs::File::open(entry.unwrap().path()).unwrap();
        rows.extend(csv_cells::read::<DecisionRow>(file).unwrap());
    }
    let report = build(&rows, Default::default());
    let html = to_html(&report);
    let report_time = start.elapsed();
    assert_eq!(report.trainees.len(), TRAINEES);
    assert!(html.len() > 1000);

    println!(
        "store benchmark: {TRAINEES} trainees x {RUNS} runs x {SCENES} scenes = {} decisions (filled in {:.1} s)",
        saves.len(),
        filled.as_secs_f64()
    );
    println!("  save one scene: p50 {:.3} ms, p99 {:.3} ms (target p99 < 5 ms)", ms(pct(0.50)), ms(pct(0.99)));
    println!("  progress for one trainee: {:.1} ms (target < 50 ms)", ms(progress_time));
    println!(
        "  report over {TRAINEES} CSV exports ({} rows): {:.0} ms (target < 2000 ms)",
        rows.len(),
        ms(report_time)
    );
}
