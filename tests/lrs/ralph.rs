//! A real LRS: Ralph (`ralph-malph`, installed by `.ci/run` in a virtual environment) on
//! loopback, with its file backend in a fresh folder and Basic auth. What `play` sends is read
//! back and compared field by field; a statement Ralph refuses is reported with its reason.

use serde_json::Value;

use super::ralph_server::{KEY, Ralph, SECRET, venv};
use super::stub::closed_port;
use super::{play, queue};
use crate::cli::{stderr, stdout};
use crate::util::TestData;

/// The queued statements' bodies, by id.
fn queued_bodies(data: &std::path::Path) -> Vec<Value> {
    let conn = rusqlite::Connection::open(data.join("progress.sqlite")).unwrap();
    let mut query = conn.prepare("SELECT body FROM lrs_queue ORDER BY id").unwrap();
    query
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|b| serde_json::from_str(&b.unwrap()).unwrap())
        .collect()
}

#[test]
fn a_played_run_reaches_ralph_as_sent_and_a_refused_statement_says_why() {
    let Some(venv) = venv() else { return };
    let ralph = Ralph::start(&venv);
    let data = TestData::new();
    let o = data
        .bin()
        .args(["lrs", "set", "--endpoint", &ralph.endpoint(), "--user", KEY, "--platform", "Test centre"])
        .env("HOLD_THE_LINE_LRS_SECRET", SECRET)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let test = data.run(&["lrs", "test"]);
    assert!(stdout(&test).contains("the key is accepted"), "{}", stdout(&test));

    let o = play(&data, "Ana");
    assert!(stderr(&o).contains("4 results sent to the LRS."), "{}", stderr(&o));
    let sent = queued_bodies(data.path());
    let stored = ralph.statements();
    assert_eq!(stored.len(), 4, "{stored:#?}");
    for ours in &sent {
        let theirs = stored.iter().find(|s| s["id"] == ours["id"]).expect("every statement stored");
        for (field, value) in ours.as_object().unwrap() {
            assert_eq!(&theirs[field], value, "{field} of {}", ours["id"]);
        }
        assert_eq!(theirs["context"]["platform"], "Test centre");
        assert_eq!(theirs["context"]["registration"], sent[0]["context"]["registration"], "one registration per run");
    }
    let verbs: Vec<&str> = sent.iter().map(|s| s["verb"]["display"]["en-US"].as_str().unwrap()).collect();
    assert_eq!(verbs, ["answered", "answered", "completed", "failed"]);
    // The first answer as the transcript showed it: the choice the response names is the one said.
    let transcript = stdout(&o);
    let first = &sent[0];
    let said = first["result"]["extensions"]["https://hold-the-line.invalid/xapi/ext/said"].as_str().unwrap();
    assert!(transcript.contains(&format!("You chose 2: {}", &said[..said.len().min(40)])), "{said}\n{transcript}");
    let response = first["result"]["response"].as_str().unwrap();
    let choices = first["object"]["definition"]["choices"].as_array().unwrap();
    let picked = choices.iter().find(|c| c["id"] == response).expect("the response is one of the choices");
    assert_eq!(picked["description"]["en-US"], said);
    assert_eq!(first["object"]["definition"]["interactionType"], "choice");
    assert_eq!(sent[3]["result"]["score"]["raw"], 50);
    assert_eq!(sent[3]["result"]["success"], false);

    // A statement Ralph refuses (an older build's, say, with no verb): the rest still go.
    let offline = format!("http://127.0.0.1:{}/xAPI/", closed_port());
    let set = |endpoint: &str| {
        let args = ["lrs", "set", "--endpoint", endpoint, "--user", KEY];
        assert!(data.bin().args(args).env("HOLD_THE_LINE_LRS_SECRET", SECRET).output().unwrap().status.success());
    };
    set(&offline);
    play(&data, "Ben");
    let conn = rusqlite::Connection::open(data.path().join("progress.sqlite")).unwrap();
    conn.execute(
        "UPDATE lrs_queue SET body = json_remove(body, '$.verb') WHERE id = (SELECT MAX(id) FROM lrs_queue)",
        [],
    )
    .unwrap();
    set(&ralph.endpoint());
    let push = data.run(&["lrs", "push"]);
    assert_eq!(push.status.code(), Some(1), "{}", stdout(&push));
    assert!(
        stdout(&push).contains("Sent 3 results") && stdout(&push).contains("refused 1 result"),
        "{}",
        stdout(&push)
    );
    let status = stdout(&data.run(&["lrs", "status"]));
    assert!(status.contains("HTTP 422: verb: Field required"), "{status}");
    assert_eq!(ralph.statements().len(), 7);
    assert_eq!(queue(data.path()).iter().filter(|(_, sent, _)| *sent).count(), 7);
}
