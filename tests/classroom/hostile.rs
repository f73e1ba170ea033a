//! Every hostile or broken request the phone API can get is refused with its status, and the
//! room is exactly as it was afterwards.

use std::net::SocketAddr;

use hold_the_line::net::{LiveRoom, MAX_BODY_BYTES, PHONE_PAGE, phone_page};
use hold_the_line::sim::classroom::MAX_PARTICIPANTS;
use serde_json::json;

use super::http::{Events, JSON, join, post, send, vote};
use super::server::{CODE, serve};

/// What a refused request must not change.
fn fingerprint(live: &LiveRoom) -> String {
    live.read(|r| {
        let names: Vec<String> = r.present().map(|p| format!("{}:{}", p.id, p.name)).collect();
        format!("{:?} {:?} {:?} {:?} {names:?}", r.phase(), r.voted(), r.tally(), r.history().len())
    })
}

fn refused(at: SocketAddr, method: &str, path: &str, kind: Option<&str>, body: &str) -> u16 {
    send(at, method, path, kind, body).status
}

#[test]
fn malformed_and_cross_site_requests_are_refused_and_change_nothing() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let ana = join(at, CODE, "Ana");
    live.change(|r| r.open_voting()).unwrap();
    assert_eq!(vote(at, &ana, 1, 0).status, 204);
    let before = fingerprint(&live);
    let version = live.version();
    let good = json!({"token": ana, "scene": 1, "choice": 1}).to_string();
    // A cross-site HTML form can only send these content types: refused before anything runs.
    assert_eq!(refused(at, "POST", "/api/vote", Some("application/x-www-form-urlencoded"), &good), 415);
    assert_eq!(refused(at, "POST", "/api/vote", Some("text/plain"), &good), 415);
    assert_eq!(refused(at, "POST", "/api/vote", None, &good), 415);
    assert_eq!(refused(at, "GET", "/api/vote", None, ""), 405);
    // The token only counts in the body, never in the address.
    assert_eq!(refused(at, "POST", &format!("/api/vote?token={ana}"), JSON, r#"{"scene":1,"choice":1}"#), 422);
    assert_eq!(refused(at, "POST", "/api/vote", JSON, "{not json"), 400);
    assert_eq!(refused(at, "POST", "/api/vote", JSON, r#"{"token":"x","scene":-1,"choice":0}"#), 422);
    let huge = json!({"code": CODE, "name": "x".repeat(MAX_BODY_BYTES * 2)}).to_string();
    assert_eq!(refused(at, "POST", "/api/join", JSON, &huge), 413);
    let cases = [
        (json!({"code": "ZZZZ", "name": "Mallory"}), "/api/join", 403, "wrong-code"),
        (json!({"code": CODE, "name": "   "}), "/api/join", 422, "bad-name"),
        (json!({"code": CODE, "name": "n".repeat(25)}), "/api/join", 422, "bad-name"),
        (json!({"token": "0".repeat(32), "scene": 1, "choice": 0}), "/api/vote", 401, "unknown-token"),
        (json!({"token": ana, "scene": 9, "choice": 0}), "/api/vote", 409, "wrong-scene"),
        (json!({"token": ana, "scene": 1, "choice": 99}), "/api/vote", 422, "unknown-choice"),
        (json!({"token": "0".repeat(32)}), "/api/events", 401, "unknown-token"),
    ];
    for (body, path, status, error) in cases {
        let reply = post(at, path, &body);
        assert_eq!((reply.status, reply.error()), (status, error.to_owned()), "{path} {body}");
        assert!(!reply.json()["message"].as_str().unwrap().is_empty(), "a sentence for the phone");
    }
    assert_eq!(fingerprint(&live), before, "nothing changed");
    assert_eq!(live.version(), version, "no phone was even told about a refused request");
    live.change(|r| r.close_voting()).unwrap();
    let closed = vote(at, &ana, 1, 2);
    assert_eq!((closed.status, closed.error()), (409, "voting-closed".into()));
    assert_eq!(live.read(|r| r.vote_of(&ana)), Some(0), "the vote before closing stands");
}

#[test]
fn floods_locked_and_full_rooms_are_refused() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let ana = join(at, CODE, "Ana");
    live.change(|r| r.open_voting()).unwrap();
    // One participant hammering the vote button: a burst passes, then 429.
    let statuses: Vec<u16> = (0..60).map(|i| vote(at, &ana, 1, i % 2).status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 204 || *s == 429));
    // Someone else is not slowed down by it.
    let ben = join(at, CODE, "Ben");
    assert_eq!(vote(at, &ben, 1, 0).status, 204);
    live.change(|r| {
        r.lock(true);
        Ok::<_, ()>(())
    })
    .unwrap();
    let before = fingerprint(&live);
    let locked = post(at, "/api/join", &json!({"code": CODE, "name": "Carla"}));
    assert_eq!((locked.status, locked.error()), (423, "locked".into()));
    let rejoin = post(at, "/api/join", &json!({"code": CODE, "name": "Ben", "token": ben}));
    assert_eq!(rejoin.status, 200, "a phone already in the room can reload while it is locked");
    assert_eq!(fingerprint(&live), before);
    live.change(|r| {
        r.lock(false);
        Ok::<_, ()>(())
    })
    .unwrap();
    for i in 2..MAX_PARTICIPANTS {
        join(at, CODE, &format!("P{i}"));
    }
    let before = fingerprint(&live);
    let full = post(at, "/api/join", &json!({"code": CODE, "name": "One too many"}));
    assert_eq!((full.status, full.error()), (409, "full".into()));
    assert_eq!(fingerprint(&live), before);
}

#[test]
fn one_address_flooding_is_cut_off_without_touching_the_room() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let before = fingerprint(&live);
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let floods: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(move || {
                    (0..200)
                        .map(|_| post(at, "/api/join", &json!({"code": "ZZZZ", "name": "Flood"})).status)
                        .collect::<Vec<u16>>()
                })
            })
            .collect();
        floods.into_iter().flat_map(|f| f.join().unwrap()).collect::<Vec<u16>>()
    });
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert!(limited >= 300, "the address limit held ({limited} of 1600 refused with 429)");
    assert!(statuses.iter().all(|s| *s == 403 || *s == 429));
    assert_eq!(fingerprint(&live), before);
}

#[test]
fn the_phone_page_is_one_self_contained_file() {
    let (_live, server) = serve("lost-order.scenario.ron");
    let reply = send(server.address(), "GET", "/?code=BKDR", None, "");
    assert_eq!(reply.status, 200);
    assert!(reply.headers.to_ascii_lowercase().contains("content-type: text/html; charset=utf-8"));
    assert!(reply.headers.to_ascii_lowercase().contains("content-security-policy: default-src 'none'"));
    // The template with the words of the language in use filled in (nothing here switches it).
    let page = phone_page();
    assert_eq!(reply.body, page);
    assert!(!page.contains("{{"), "every mark of the template is filled in");
    // The served page, words and all, as well as the template.
    for outside in ["http://", "https://", "//cdn", "<script src", "<link", "@import", "localhost", ".innerHTML"] {
        assert!(!PHONE_PAGE.contains(outside) && !page.contains(outside), "the page must not use `{outside}`");
    }
    assert!(page.contains("textContent"));
    assert!(page.contains(r#"name="viewport""#));
}

#[test]
fn one_participant_cannot_take_every_stream() {
    let (_live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let (ana, ben) = (join(at, CODE, "Ana"), join(at, CODE, "Ben"));
    let mut open: Vec<Events> = Vec::new();
    let statuses: Vec<u16> = (0..8)
        .map(|_| {
            let events = Events::open(at, &ana);
            let status = events.status;
            open.push(events);
            status
        })
        .collect();
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 4, "a few tabs, not more: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == 200 || *s == 503));
    assert_eq!(Events::open(at, &ben).status, 200, "the others still get theirs");
    open.clear();
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(Events::open(at, &ana).status, 200, "closed tabs give their places back");
}
