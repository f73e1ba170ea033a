//! Validator benchmark: generates 1,000 scenarios of 20 scenes and times `validate` against
//! parsing alone, then single scenarios of 1,000 to 20,000 chained scenes (validation must grow
//! linearly). Run with `cargo bench --bench validate` (release mode); prints the figures.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use hold_the_line::sim::library;
use hold_the_line::sim::{Scenario, SourceFile, source::parse_scenario};

const SCENARIOS: usize = 1_000;
const SCENES: usize = 20;
const ROUNDS: usize = 5;

const STRATEGIES: [&str; 6] = ["listen_actively", "empathize", "apologize", "clarify", "offer_solutions", "follow_up"];

fn catalog() -> String {
    let mut out = String::from("Catalog(\n    strategies: [\n");
    for id in STRATEGIES {
        let _ = writeln!(
            out,
            "        Strategy(id: {id}, name: \"{id}\", summary: \"s\", why: \"w\", sources: [\"x.txt\"]),"
        );
    }
    out.push_str("    ],\n    mistakes: [\n        Mistake(id: interrupting, name: \"i\", why: \"w\", penalty: 25, sources: [\"x.txt\"]),\n        Mistake(id: dismissing, name: \"d\", why: \"w\", penalty: 35, sources: [\"x.txt\"]),\n    ],\n)\n");
    out
}

/// A 20-scene scenario shaped like real ones: three choices a scene, forward links, a side
/// branch that rejoins, and four endings.
fn scenario(n: usize, scenes: usize) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "Scenario(\n    id: \"bench-{n}\",\n    title: \"Benchmark {n}\",\n    setting: \"Generated\",\n    difficulty: Medium,\n    tags: [\"bench\"],\n    customer: (name: \"Pat\", about: \"A generated customer for timing the validator.\", mood: 40),\n    learning_goals: \"Timing.\",\n    reflection: [\"Was it fast?\"],\n    start: \"s0\",\n    scenes: {{\n"
    );
    for s in 0..scenes {
        let (a, b) = (STRATEGIES[s % 6], STRATEGIES[(s + 1) % 6]);
        let next = if s + 1 < scenes { format!("s{}", s + 1) } else { "resolved".into() };
        let skip = if s + 2 < scenes { format!("s{}", s + 2) } else { "unresolved".into() };
        let _ = write!(
            out,
            "        \"s{s}\": Scene(\n            situation: \"Scene {s} of scenario {n}: the customer is still waiting for an answer.\",\n            customer_says: [\"Variant one of what the customer says in scene {s}.\", \"Variant two, a little angrier, in scene {s}.\"],\n            recommended: [{a}, {b}],\n            choices: [\n                (say: \"The best response in scene {s}.\", uses: [{a}, {b}], mood: 5, next: \"{next}\", feedback: \"You did both things this moment needed.\"),\n                (say: \"A half-right response in scene {s}.\", uses: [{a}], mistakes: [interrupting], mood: -5, next: \"{skip}\", feedback: \"You got one thing right and cut in.\"),\n                (say: \"A dismissive response in scene {s}.\", mistakes: [dismissing], mood: -30, next: \"walkout\", feedback: \"The customer has had enough.\"),\n            ],\n        ),\n"
        );
    }
    out.push_str("        \"resolved\": Ending(outcome: Resolved, text: \"Sorted.\"),\n        \"unresolved\": Ending(outcome: Unresolved, text: \"Not sorted.\"),\n        \"walkout\": Ending(outcome: Walkout, text: \"Gone.\"),\n    },\n)\n");
    out
}

fn generate(dir: &Path) -> Vec<PathBuf> {
    std::fs::write(dir.join("strategies.ron"), catalog()).unwrap();
    (0..SCENARIOS)
        .map(|n| {
            let path = dir.join(format!("bench-{n:04}.scenario.ron"));
            std::fs::write(&path, scenario(n, SCENES)).unwrap();
            path
        })
        .collect()
}

fn best_of(mut f: impl FnMut()) -> Duration {
    (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let dir = std::env::temp_dir().join(format!("hold-the-line-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files = generate(&dir);
    let bytes: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();

    let parse_only = best_of(|| {
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            let parsed: Scenario = parse_scenario(&SourceFile::new(f.display().to_string(), text)).unwrap();
            std::hint::black_box(parsed);
        }
    });
    let mut clean = true;
    let validate = best_of(|| {
        let lib = library::load(std::slice::from_ref(&dir));
        clean &= !lib.diagnostics.has_errors()
            && lib.summaries.iter().all(|s| s.best.as_ref().is_some_and(|b| b.score == 100));
        std::hint::black_box(lib);
    });
    let with_paths = best_of(|| {
        let mut lib = library::load(std::slice::from_ref(&dir));
        std::hint::black_box(lib.check_paths());
        std::hint::black_box(lib);
    });
    std::fs::remove_dir_all(&dir).ok();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let bundled_paths = best_of(|| {
        let mut lib = library::load(std::slice::from_ref(&bundled));
        std::hint::black_box(lib.check_paths());
    });

    println!(
        "validate benchmark: {SCENARIOS} scenarios x {SCENES} scenes, {:.1} MB, best of {ROUNDS}",
        bytes as f64 / 1e6
    );
    println!("  parse only (read + ron into the model): {:>8.1} ms", parse_only.as_secs_f64() * 1e3);
    println!("  validate (parse + all checks + best path): {:>5.1} ms", validate.as_secs_f64() * 1e3);
    println!(
        "  ratio validate / parse: {:.2}x (target <= 1.5x; target total < 1000 ms)",
        validate.as_secs_f64() / parse_only.as_secs_f64()
    );
    println!(
        "  validate --paths (plus path analysis and surface bots): {:>6.1} ms ({:.2}x validate)",
        with_paths.as_secs_f64() * 1e3,
        with_paths.as_secs_f64() / validate.as_secs_f64()
    );
    println!(
        "  validate --paths over the bundled library: {:>6.1} ms (target < 1000 ms)",
        bundled_paths.as_secs_f64() * 1e3
    );
    assert!(clean, "the generated scenarios should validate clean with a best path of 100");
    long_scenarios();
}

/// One scenario of many chained scenes, at growing sizes: the time per scene must stay flat.
fn long_scenarios() {
    println!("  one long scenario (parse + all checks + best path), best of {ROUNDS}:");
    for scenes in [1_000, 2_000, 4_000, 20_000] {
        let dir = std::env::temp_dir().join(format!("hold-the-line-bench-long-{}-{scenes}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("strategies.ron"), catalog()).unwrap();
        std::fs::write(dir.join("long.scenario.ron"), scenario(0, scenes)).unwrap();
        let mut clean = true;
        let took = best_of(|| {
            let lib = library::load(std::slice::from_ref(&dir));
            clean &= !lib.diagnostics.has_errors();
            std::hint::black_box(lib);
        });
        std::fs::remove_dir_all(&dir).ok();
        let ms = took.as_secs_f64() * 1e3;
        println!("    {scenes:>6} scenes: {ms:>8.1} ms ({:.1} us a scene)", ms * 1e3 / scenes as f64);
        assert!(clean, "the long scenario should validate clean");
    }
    println!("    (target: 20,000 scenes under 1000 ms)");
}
