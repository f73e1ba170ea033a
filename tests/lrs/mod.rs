//! Results pushed to a Learning Record Store: the settings, the queue through every fault a
//! network can make (refused, 500, slow, dropped mid-batch, a refused key, a refused statement,
//! the sender killed), a real LRS (Ralph), and the title screen's count.

mod ralph;
pub mod ralph_server;
mod stub;
mod title;
mod window;

use std::path::Path;
use std::process::Output;

use crate::cli::{GIFT, stderr, stdout};
use crate::util::TestData;
use stub::{Mode, SECRET, Stub, USER, closed_port};

/// Sets the LRS for this test's config folder, with the secret given the way scripts give it.
fn set_lrs(data: &TestData, endpoint: &str, secret: &str, extra: &[&str]) -> Output {
    let mut args = vec!["lrs", "set", "--endpoint", endpoint, "--user", USER];
    args.extend_from_slice(extra);
    data.bin().args(&args).env("HOLD_THE_LINE_LRS_SECRET", secret).output().unwrap()
}

/// Gift wrapping, seed 3, choices 2 then 1: two decisions and a run that ends at 50 (failed),
/// so four statements: answered, answered, completed, failed.
fn play(data: &TestData, trainee: &str) -> Output {
    let o = data.run(&["--trainee", trainee, "play", GIFT, "--seed", "3", "--choices", "2,1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

/// The queue as the store holds it: (statement id, sent, refused reason).
fn queue(data: &Path) -> Vec<(String, bool, Option<String>)> {
    let conn = rusqlite::Connection::open(data.join("progress.sqlite")).unwrap();
    let mut query =
        conn.prepare("SELECT statement_id, sent_at IS NOT NULL, rejected_reason FROM lrs_queue ORDER BY id").unwrap();
    query.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
}

fn waiting(data: &Path) -> usize {
    queue(data).iter().filter(|(_, sent, refused)| !sent && refused.is_none()).count()
}

#[test]
fn the_settings_are_private_and_the_secret_is_never_shown() {
    let data = TestData::new();
    let o = set_lrs(&data, "https://lrs.example.org/xAPI/statements", "hunter2-secret", &["--platform", "Lisbon"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("https://lrs.example.org/xAPI/ as stub-key"), "{}", stdout(&o));
    let file = data.path().join("config/lrs.ron");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600, "only the owner reads it");
    }
    let status = data.run(&["lrs", "status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let shown = format!("{}{}{}{}", stdout(&o), stderr(&o), stdout(&status), stderr(&status));
    assert!(!shown.contains("hunter2"), "the secret is never printed:\n{shown}");
    assert!(
        stdout(&status).contains("key stub-key, secret set") && stdout(&status).contains("platform: Lisbon"),
        "{shown}"
    );

    // Piped in, as `echo … | hold-the-line lrs set`; the platform set before is kept.
    let mut child = data
        .bin()
        .args(["lrs", "set", "--endpoint", "https://lrs.example.org/xAPI/", "--user", "other-key"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"piped-secret\n").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("\"piped-secret\"") && saved.contains("\"Lisbon\""), "{saved}");

    let bad = set_lrs(&data, "ftp://lrs.example.org", "s", &["--mastery-score", "120", "--registration", "nope"]);
    assert_eq!(bad.status.code(), Some(2));
    for expected in [
        "endpoint: `ftp://lrs.example.org/` is not a web address",
        "registration: `nope` is not a UUID",
        "mastery_score",
    ] {
        assert!(stderr(&bad).contains(expected), "{expected} in {}", stderr(&bad));
    }
    std::fs::write(&file, "(\n  endpoint: \"https://x.org/\",\n  user: \"k\",\n  secret: \"s\",\n  colour: 3,\n)")
        .unwrap();
    let broken = data.run(&["lrs", "push"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr(&broken).contains("lrs.ron:5:") && stderr(&broken).contains("lrs set"), "{}", stderr(&broken));

    let off = data.run(&["lrs", "off"]);
    assert!(off.status.success() && !file.exists(), "{}", stdout(&off));
    let push = data.run(&["lrs", "push"]);
    assert_eq!(push.status.code(), Some(2));
    assert!(stderr(&push).contains("no LRS is set"), "{}", stderr(&push));
}

#[test]
fn results_wait_while_the_lrs_is_unreachable_and_go_once_it_answers() {
    let data = TestData::new();
    let port = closed_port();
    assert!(set_lrs(&data, &format!("http://127.0.0.1:{port}/xAPI/"), SECRET, &[]).status.success());
    let o = play(&data, "Ana");
    assert!(stderr(&o).contains("4 results waiting to send") && stderr(&o).contains("refused"), "{}", stderr(&o));
    assert_eq!(waiting(data.path()), 4, "every statement queued with its decision");
    let status = stdout(&data.run(&["lrs", "status"]));
    assert!(status.contains("Queue: 4 waiting, 0 sent, 0 refused") && status.contains("(unreachable)"), "{status}");

    let lrs = Stub::start_at(port, Mode::Normal);
    let push = data.run(&["lrs", "push"]);
    assert!(push.status.success(), "{}{}", stdout(&push), stderr(&push));
    assert!(
        stdout(&push).contains("Sent 4 results") && stdout(&push).contains("Nothing is waiting"),
        "{}",
        stdout(&push)
    );
    let ids: Vec<String> =
        queue(data.path()).into_iter().map(|(id, sent, _)| if sent { id } else { String::new() }).collect();
    lrs.seen(|seen| {
        assert_eq!(
            seen.stored.keys().cloned().collect::<std::collections::BTreeSet<_>>(),
            ids.iter().cloned().collect()
        );
        assert!(seen.versions.iter().all(|v| v.as_deref() == Some("1.0.3")), "{:?}", seen.versions);
    });
    assert!(stdout(&data.run(&["lrs", "status"])).contains("Queue: 0 waiting, 4 sent"));

    // With the LRS answering, `play` sends as it goes and says so at the end.
    let o = play(&data, "Ben");
    assert!(stderr(&o).contains("4 results sent to the LRS."), "{}", stderr(&o));
    assert_eq!(lrs.seen(|seen| seen.stored.len()), 8);
}

#[test]
fn server_errors_slow_answers_and_dropped_connections_lose_nothing_and_store_nothing_twice() {
    let data = TestData::new();
    let offline = format!("http://127.0.0.1:{}/xAPI/", closed_port());
    assert!(set_lrs(&data, &offline, SECRET, &[]).status.success());
    play(&data, "Ana");
    let lrs = Stub::start(Mode::Fail { status: 500, n: 1 });
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &["--timeout", "1"]).status.success());
    let failed = data.run(&["lrs", "push"]);
    assert_eq!(failed.status.code(), Some(3));
    assert!(stdout(&failed).contains("HTTP 500: stub failure") && stdout(&failed).contains("4 results still waiting"));
    assert!(data.run(&["lrs", "push"]).status.success(), "the LRS is back");
    assert_eq!(waiting(data.path()), 0);

    // The LRS stores the batch but the connection drops before its answer, then it answers too
    // late: the batch is sent again each time, and the LRS, holding the same statements, does
    // not store them twice.
    assert!(set_lrs(&data, &offline, SECRET, &[]).status.success());
    play(&data, "Ben");
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    lrs.set_mode(Mode::DropAfterStoring { n: 1 });
    let dropped = data.run(&["lrs", "push"]);
    assert_eq!(dropped.status.code(), Some(3), "{}", stdout(&dropped));
    lrs.set_mode(Mode::Slow(std::time::Duration::from_secs(3)));
    let slow = data.run(&["lrs", "push"]);
    assert_eq!(slow.status.code(), Some(3), "{}", stdout(&slow));
    assert!(stdout(&slow).contains("did not answer in time") && stdout(&slow).contains("4 results still waiting"));
    lrs.set_mode(Mode::Normal);
    let push = data.run(&["lrs", "push"]);
    assert!(push.status.success() && stdout(&push).contains("Sent 4 results"), "{}", stdout(&push));

    let queued = queue(data.path());
    assert_eq!(queued.len(), 8);
    assert!(queued.iter().all(|(_, sent, _)| *sent), "{queued:?}");
    lrs.seen(|seen| {
        assert_eq!(seen.stored.len(), 8, "each statement stored once");
        assert!(queued.iter().all(|(id, _, _)| seen.stored.contains_key(id)));
        // Ana's four went twice (500, then sent); Ben's three times (dropped, slow, sent).
        assert_eq!(seen.statements_received, 4 * 2 + 4 * 3, "only unanswered batches are sent again");
    });
}

#[test]
fn a_refused_key_stops_sending_and_lrs_test_explains_it() {
    let data = TestData::new();
    let lrs = Stub::start(Mode::Normal);
    assert!(set_lrs(&data, &lrs.endpoint(), "wrong-secret", &[]).status.success());
    let o = play(&data, "Ana");
    assert!(
        stderr(&o).contains("the LRS refused the key (HTTP 401: Invalid authentication credentials)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(waiting(data.path()), 4);
    let test = data.run(&["lrs", "test"]);
    assert_eq!(test.status.code(), Some(3));
    assert!(stdout(&test).contains("it speaks 1.0.3") && stdout(&test).contains("the key or its secret is wrong"));

    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let test = data.run(&["lrs", "test"]);
    assert!(test.status.success() && stdout(&test).contains("the key is accepted"), "{}", stdout(&test));
    assert!(data.run(&["lrs", "push"]).status.success());
    assert_eq!(lrs.seen(|s| s.stored.len()), 4);

    let nobody = TestData::new();
    let port = closed_port();
    assert!(set_lrs(&nobody, &format!("http://127.0.0.1:{port}/xAPI/"), SECRET, &[]).status.success());
    let test = nobody.run(&["lrs", "test"]);
    assert_eq!(test.status.code(), Some(3));
    assert!(
        stdout(&test).contains("nothing answered") && stdout(&test).contains("is the LRS running"),
        "{}",
        stdout(&test)
    );
}

#[test]
fn a_statement_the_lrs_refuses_is_kept_with_its_reason_and_the_rest_still_go() {
    let data = TestData::new();
    let lrs = Stub::start(Mode::RefuseVerb("failed".into()));
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let port = closed_port();
    // Queued while offline, then pushed in one batch the LRS refuses for one statement.
    assert!(set_lrs(&data, &format!("http://127.0.0.1:{port}/xAPI/"), SECRET, &[]).status.success());
    play(&data, "Ana");
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let push = data.run(&["lrs", "push"]);
    assert_eq!(push.status.code(), Some(1), "{}", stdout(&push));
    assert!(
        stdout(&push).contains("Sent 3 results") && stdout(&push).contains("refused 1 result"),
        "{}",
        stdout(&push)
    );
    let status = stdout(&data.run(&["lrs", "status"]));
    assert!(status.contains("Queue: 0 waiting, 3 sent, 1 refused"), "{status}");
    assert!(status.contains("Ana failed https://hold-the-line.invalid/xapi/scenarios/birthday-gift"), "{status}");
    assert!(status.contains("HTTP 400: statement ") && status.contains("does not take `failed`"), "{status}");

    lrs.set_mode(Mode::Normal);
    let again = data.run(&["lrs", "push", "--retry-refused"]);
    assert!(again.status.success() && stdout(&again).contains("Sent 1 result to"), "{}", stdout(&again));
    assert_eq!(lrs.seen(|s| s.stored.len()), 4);
}

#[test]
fn killing_the_sender_mid_batch_loses_nothing() {
    let data = TestData::new();
    let port = closed_port();
    assert!(set_lrs(&data, &format!("http://127.0.0.1:{port}/xAPI/"), SECRET, &[]).status.success());
    play(&data, "Ana");
    play(&data, "Ben");
    let lrs = Stub::start(Mode::Hang);
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let mut sender = data.bin().args(["lrs", "push"]).stdout(std::process::Stdio::null()).spawn().unwrap();
    lrs.wait_for("the batch", |seen| seen.posts == 1);
    sender.kill().unwrap(); // SIGKILL: no cleanup runs
    sender.wait().unwrap();

    let conn = rusqlite::Connection::open(data.path().join("progress.sqlite")).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    assert_eq!(waiting(data.path()), 8, "nothing was marked sent without an answer");

    lrs.set_mode(Mode::Normal);
    let push = data.run(&["lrs", "push"]);
    assert!(push.status.success() && stdout(&push).contains("Sent 8 results"), "{}", stdout(&push));
    assert_eq!(lrs.seen(|s| s.stored.len()), 8, "stored once each");
}

#[test]
fn a_portal_a_refusal_of_everything_and_a_clashing_id_are_told_apart() {
    let data = TestData::new();
    assert!(set_lrs(&data, &format!("http://127.0.0.1:{}/xAPI/", closed_port()), SECRET, &[]).status.success());
    play(&data, "Ana");
    let lrs = Stub::start(Mode::Portal);
    assert!(set_lrs(&data, &lrs.endpoint(), SECRET, &[]).status.success());
    let portal = data.run(&["lrs", "push"]);
    assert_eq!(portal.status.code(), Some(3));
    assert!(
        stdout(&portal).contains("not as an xAPI LRS does") && stdout(&portal).contains("Please sign in"),
        "{}",
        stdout(&portal)
    );
    assert_eq!(waiting(data.path()), 4, "a web page answering 200 marks nothing sent");

    lrs.set_mode(Mode::RefuseAll);
    let all = data.run(&["lrs", "push"]);
    assert_eq!(all.status.code(), Some(3));
    assert!(stdout(&all).contains("the LRS refuses every statement (HTTP 400: Bad Request)"), "{}", stdout(&all));
    assert_eq!(waiting(data.path()), 4, "nothing set aside when the fault is not in the statements");

    // Sent, then asked about again: an LRS that answers 409 to its own copy has it already; one
    // holding a different statement under the id has not.
    lrs.set_mode(Mode::Normal);
    assert!(data.run(&["lrs", "push"]).status.success());
    let conn = rusqlite::Connection::open(data.path().join("progress.sqlite")).unwrap();
    conn.execute("UPDATE lrs_queue SET sent_at = NULL", []).unwrap();
    conn.execute(
        "UPDATE lrs_queue SET body = json_set(body, '$.result.response', 'edited') WHERE id = (SELECT MIN(id) FROM lrs_queue)",
        [],
    )
    .unwrap();
    lrs.set_mode(Mode::ConflictOnRepeat);
    let again = data.run(&["lrs", "push"]);
    assert_eq!(again.status.code(), Some(1), "{}", stdout(&again));
    assert!(
        stdout(&again).contains("Sent 3 results") && stdout(&again).contains("(3 it already had)"),
        "{}",
        stdout(&again)
    );
    let status = stdout(&data.run(&["lrs", "status"]));
    assert!(status.contains("a different statement has this id"), "{status}");
    assert_eq!(lrs.seen(|s| s.stored.len()), 4);
}
