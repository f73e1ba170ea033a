//! The progress store from the command line: exports, the class report, exit codes, and the
//! read-only commands (`progress`, `export`, `report`) never creating, moving or changing a file.

use crate::cli::{GIFT, run, stderr, stdout};
use crate::util::{TestData, snapshot};

#[test]
fn exports_carry_every_decision_as_csv_and_valid_xapi() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    assert!(
        run(&["--data-dir", d, "--trainee", "Ana", "play", GIFT, "--seed", "3", "--choices", "2,1"]).status.success()
    );
    assert!(
        run(&["--data-dir", d, "--trainee", "Ben", "play", GIFT, "--seed", "3", "--choices", "1"]).status.success()
    );
    assert!(
        run(&["--data-dir", d, "--trainee", "Cy", "play", GIFT, "--seed", "3", "--choices", "3,1"]).status.success(),
        "a run that cuts in: its first decision adds less than nothing"
    );

    let csv_file = data.path().join("ana.csv");
    let o = run(&["--data-dir", d, "--trainee", "Ana", "export", "--format", "csv", "-o", csv_file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(&csv_file).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("trainee,scenario,scenario_version,run,seed,step,scene,choice,choice_text,score,"),
        "{csv}"
    );
    assert_eq!(lines.len(), 3, "a header and Ana's two decisions only:\n{csv}");
    assert!(
        lines[1].starts_with("Ana,birthday-gift,") && lines[1].contains(",opening,0,") && lines[1].contains(",100,"),
        "{csv}"
    );

    let o = run(&["--data-dir", d, "export", "--format", "xapi"]);
    let statements: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON array");
    let statements = statements.as_array().unwrap();
    // Each decision is answered; each finished run is completed plus passed or failed. Ana: 2 + 2;
    // Ben: 1 + 2; Cy: 2 + 2.
    assert_eq!(statements.len(), 11);
    let cut_in = &statements[7]["result"]["score"];
    assert_eq!((cut_in["raw"].as_i64(), cut_in["scaled"].as_f64()), (Some(-60), Some(-0.6)), "{cut_in}");
    let iri = |v: &serde_json::Value| v.as_str().is_some_and(|s| s.starts_with("http://") || s.starts_with("https://"));
    let mut ids = std::collections::HashSet::new();
    for s in statements {
        let id = s["id"].as_str().unwrap();
        assert!(id.len() == 36 && id.chars().filter(|c| *c == '-').count() == 4 && ids.insert(id.to_owned()), "{id}");
        assert_eq!(s["actor"]["objectType"], "Agent");
        assert!(iri(&s["actor"]["account"]["homePage"]) && s["actor"]["account"]["name"].is_string());
        assert!(iri(&s["verb"]["id"]) && s["verb"]["display"]["en-US"].is_string());
        assert_eq!(s["object"]["objectType"], "Activity");
        assert!(iri(&s["object"]["id"]), "{}", s["object"]["id"]);
        // xAPI: scaled within -1..=1 and raw within min..=max (a decision's penalties can make
        // it negative under scoring model 2).
        let score = &s["result"]["score"];
        let scaled = score["scaled"].as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&scaled), "{score}");
        let (raw, min, max) =
            (score["raw"].as_i64().unwrap(), score["min"].as_i64().unwrap(), score["max"].as_i64().unwrap());
        assert!(min <= raw && raw <= max, "{score}");
        assert_eq!(s["context"]["extensions"]["https://hold-the-line.invalid/xapi/ext/scoring-model"], 2);
        assert!(s["result"]["success"].is_boolean() && s["result"]["response"].is_string());
        let duration = s["result"]["duration"].as_str().unwrap();
        assert!(
            duration.starts_with("PT")
                && duration.ends_with('S')
                && duration[2..duration.len() - 1].parse::<f64>().is_ok(),
            "{duration}"
        );
        let ts = s["timestamp"].as_str().unwrap();
        assert!(ts.len() == 24 && &ts[4..5] == "-" && &ts[10..11] == "T" && ts.ends_with('Z'), "{ts}");
        assert!(s["context"]["extensions"]["https://hold-the-line.invalid/xapi/ext/seed"].is_u64());
    }
    let verbs: Vec<&str> = statements.iter().map(|s| s["verb"]["id"].as_str().unwrap()).collect();
    assert_eq!(verbs.iter().filter(|v| v.ends_with("/completed")).count(), 3);
    assert_eq!(verbs.iter().filter(|v| v.ends_with("/passed") || v.ends_with("/failed")).count(), 3);
    assert!(verbs[3].ends_with("/failed"), "Ana's run scored 50, under the mastery score 65: {}", verbs[3]);
    let registration = |i: usize| statements[i]["context"]["registration"].as_str().unwrap().to_owned();
    assert!((1..4).all(|i| registration(i) == registration(0)), "one registration per run");
    assert_ne!(registration(0), registration(4), "each run its own registration");
    assert_eq!(statements[1]["result"]["score"]["scaled"], 0.0);
    assert_eq!(statements[2]["result"]["score"]["raw"], 50, "Ana's run scored 50");

    let o = run(&["--data-dir", d, "export", "--format", "csv", "--since", "yesterday"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_class_report_reads_exports_and_stores_and_escapes_names() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    for (who, choices) in [("Ana", "2,1"), ("<b>Ben</b>", "1"), ("Cy", "3,2")] {
        let o = run(&["--data-dir", d, "--trainee", who, "play", GIFT, "--seed", "3", "--choices", choices]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let csv = data.path().join("ana.csv");
    run(&["--data-dir", d, "--trainee", "Ana", "export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let store_copy = data.path().join("others.sqlite");
    // A store file as a trainer would collect it; Ana's rows arrive twice and count once.
    std::fs::copy(data.path().join("progress.sqlite"), &store_copy).unwrap();
    let html = data.path().join("report.html");
    let o = run(&[
        "report",
        csv.to_str().unwrap(),
        store_copy.to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
        "--scenarios",
        "tests/fixtures/library",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Weakest strategies across the class:"), "{text}");
    assert!(
        text.contains("Scenes where most of the class chose a mistake:")
            && text.contains("The Missing Birthday Gift / opening"),
        "{text}"
    );
    assert!(text.contains("The Missing Birthday Gift (birthday-gift): "), "versions are named: {text}");
    // Empathize was recommended once per trainee: Ana applied it, Ben and Cy did not.
    assert!(text.contains("Empathize: 33% (1 of 3 moments)"), "{text}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("&lt;b&gt;Ben&lt;/b&gt;") && !page.contains("<b>Ben</b>"), "names are escaped");
    assert!(page.contains("<strong>Weakest across the class:</strong> Empathize (33%)"), "{page}");
    assert!(
        page.contains("<svg") && !page.contains("<script") && !page.contains("http://fonts") && !page.contains("<link")
    );
    let o = run(&["report", "no-such.csv"]);
    assert_eq!(o.status.code(), Some(3), "a file that cannot be read is a runtime failure");
    assert!(stderr(&o).contains("no-such.csv"));
}

/// A folder holding a damaged store: a text file where `progress.sqlite` should be.
fn damaged_store() -> TestData {
    let data = TestData::new();
    std::fs::write(data.path().join("progress.sqlite"), "Ana: 3 runs\nBen: 1 run\n".repeat(100)).unwrap();
    data
}

#[test]
fn read_only_commands_report_a_damaged_store_and_leave_it_as_it_was() {
    let data = damaged_store();
    let store = data.path().join("progress.sqlite");
    let html_dir = tempfile::tempdir().unwrap();
    let html = html_dir.path().join("class.html");
    let before = snapshot(data.path());
    let commands: [Vec<&str>; 4] = [
        vec!["progress"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "xapi"],
        vec!["report", store.to_str().unwrap(), "--html", html.to_str().unwrap()],
    ];
    for args in commands {
        let o = data.run(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains(&store.display().to_string()) && err.contains("not a readable progress store"), "{err}");
        assert!(err.contains("open the game once to move it aside") && err.contains("restore a backup"), "{err}");
        assert!(!stdout(&o).contains("No progress for"), "{args:?}: not shown as an empty record");
        assert_eq!(snapshot(data.path()), before, "{args:?}: the folder is byte for byte as it was");
    }
    assert!(!html.exists(), "no report is written from nothing");
}

#[test]
fn read_only_commands_on_a_missing_store_say_so_and_create_nothing() {
    let data = TestData::new();
    let dir = data.path().display().to_string();
    let o = data.run(&["progress"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("no progress has been saved in {dir} yet")), "{}", stderr(&o));
    let o = data.run(&["export", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(3), "nothing to export is a failure a script can see");
    assert!(stderr(&o).contains(&format!("no progress has been saved in {dir} yet")), "{}", stderr(&o));
    assert!(snapshot(data.path()).is_empty(), "no store was created");
    let never = data.path().join("never-made");
    let o = data.run(&["--data-dir", never.to_str().unwrap(), "progress"]);
    assert!(o.status.success() && !never.exists(), "not even the folder");
}

#[test]
fn read_only_commands_change_nothing_in_a_real_store() {
    let data = TestData::new();
    for (who, choices) in [("Ana", "2,1"), ("Ben", "1")] {
        let o = data.run(&["--trainee", who, "play", GIFT, "--seed", "3", "--choices", choices]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let out = tempfile::tempdir().unwrap();
    let store = data.path().join("progress.sqlite");
    let html = out.path().join("class.html");
    let before = snapshot(data.path());
    for args in [
        vec!["--trainee", "Ana", "--scenarios", "tests/fixtures/library", "progress"],
        vec!["progress", "--format", "json"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "xapi", "--since", "2020-01-01"],
        vec!["report", store.to_str().unwrap(), "--html", html.to_str().unwrap()],
    ] {
        let o = data.run(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(snapshot(data.path()), before, "{args:?} changed the data folder");
    }
    assert!(stdout(&data.run(&["progress"])).contains("Progress for Ben"), "whoever practiced last");
}

#[test]
fn a_formula_for_a_name_is_exported_as_text_and_reported_as_typed() {
    let data = TestData::new();
    let name = r#"=HYPERLINK("http://x","y")"#;
    let o = data.run(&["--trainee", name, "play", GIFT, "--seed", "3", "--choices", "2,1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = data.run(&["export", "--format", "csv"]);
    let csv = stdout(&o);
    let row = csv.lines().nth(1).unwrap();
    // The CSV quotes the cell (it holds quotes); inside, it starts with ' so no spreadsheet runs it.
    assert!(row.starts_with(r#""'=HYPERLINK(""http://x"",""y"")""#), "{row}");

    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("class.csv");
    std::fs::write(&file, &csv).unwrap();
    let html = out.path().join("class.html");
    let o = run(&["report", file.to_str().unwrap(), "--html", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The terminal table cuts names to its column; the page shows the whole name, as typed.
    let table = stdout(&o);
    assert!(table.contains(" =HYPERLINK ") && !table.contains("'=HYPERLINK"), "{table}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"), "{page}");
    assert!(!page.contains("&#39;=HYPERLINK"), "the added quote is gone");
}

/// Issue 15: every statement an export holds keeps the xAPI 1.0.3 rules an LRS applies (required
/// properties, IRIs, UUIDs, score ranges, durations, timestamps), over a store of several
/// trainees with finished, unfinished, walked-out and penalised runs of every built-in scenario.
#[test]
fn every_exported_statement_keeps_the_xapi_rules() {
    let data = TestData::new();
    // Statements are also queued for an LRS (one that is not there: they stay queued).
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let endpoint = format!("http://127.0.0.1:{port}/xAPI/");
    let mut set = data.bin();
    set.args(["lrs", "set", "--endpoint", &endpoint, "--user", "k", "--platform", "Test <centre> & \"co\""]);
    assert!(set.env("HOLD_THE_LINE_LRS_SECRET", "s").output().unwrap().status.success());
    let scenarios: Vec<String> = std::fs::read_dir("scenarios")
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().to_str()?.strip_suffix(".scenario.ron").map(str::to_owned))
        .collect();
    assert!(scenarios.len() > 10);
    let answers = ["1,1,1,1,1,1,1,1,1,1", "2,3,1,2,3,1,2,3,1,2", "3,3,3,3,3,3,3,3,3,3", "2,1"];
    for (i, scenario) in scenarios.iter().enumerate() {
        let trainee = ["Ana Souza", "Ben O'Neil", "Cleo <Dev> & Co"][i % 3];
        let seed = (i + 1).to_string();
        // A choice past a scene's last one ends that run early: an unfinished run, also exported.
        data.run(&["--trainee", trainee, "play", scenario, "--seed", &seed, "--choices", answers[i % 4]]);
    }
    let o = data.run(&["export", "--format", "xapi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let statements: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON array");
    let mut statements = statements.as_array().unwrap().clone();
    assert!(statements.len() > 50, "{} statements", statements.len());
    let completed =
        statements.iter().filter(|s| s["verb"]["id"].as_str().is_some_and(|v| v.ends_with("completed"))).count();
    assert!(completed > 3, "finished runs are exported too: {completed}");
    let conn = rusqlite::Connection::open(data.path().join("progress.sqlite")).unwrap();
    let mut query = conn.prepare("SELECT body FROM lrs_queue").unwrap();
    let queued: Vec<serde_json::Value> = query
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|b| serde_json::from_str(&b.unwrap()).unwrap())
        .collect();
    assert_eq!(queued.len(), statements.len(), "every exported statement was queued too");
    assert!(queued.iter().all(
        |s| s["object"]["definition"]["interactionType"] == "choice" || s["verb"]["display"]["en-US"] != "answered"
    ));
    statements.extend(queued);
    let broken: Vec<String> = statements
        .iter()
        .flat_map(|s| {
            let id = hold_the_line::lrs::rules::id_of(s).to_owned();
            hold_the_line::lrs::rules::check(s).into_iter().map(move |p| format!("{id}: {p}"))
        })
        .collect();
    assert!(broken.is_empty(), "{} problems:\n{}", broken.len(), broken.join("\n"));
}
