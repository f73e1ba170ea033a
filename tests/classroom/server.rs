//! The classroom server with simulated phones on loopback: a full room voting at once, hidden
//! counts, reconnects, late joiners and shutdown with every stream open.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hold_the_line::net::{ClassServer, LiveRoom};
use hold_the_line::sim::Session;
use hold_the_line::sim::bundled;
use hold_the_line::sim::classroom::{Phase, Room};
use hold_the_line::sim::source::parse_scenario;

use super::http::{Events, join, vote};

pub const CODE: &str = "BKDR";

/// A room on a bundled scenario, served on a free loopback port.
pub fn serve(scenario: &str) -> (Arc<LiveRoom>, ClassServer) {
    let file = bundled::scenario_files().into_iter().find(|f| f.path.ends_with(scenario)).expect("bundled scenario");
    let scenario = parse_scenario(&file).unwrap();
    let session = Session::new(&scenario, &bundled::catalog(), 11).unwrap();
    let live = LiveRoom::new(Room::new(session, CODE.into()));
    let server = ClassServer::start(live.clone(), SocketAddr::from(([127, 0, 0, 1], 0))).expect("a free port");
    (live, server)
}

fn choices(live: &LiveRoom) -> usize {
    live.read(|r| r.session().current().unwrap().choices.len())
}

#[test]
fn sixty_phones_join_vote_and_change_votes_and_the_tally_is_exact() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    live.change(|r| r.open_voting()).unwrap();
    let n = choices(&live);
    let scene = live.read(|r| r.session().current().unwrap().number);
    let finals: Vec<usize> = std::thread::scope(|s| {
        let phones: Vec<_> = (0..60)
            .map(|i| {
                s.spawn(move || {
                    let token = join(at, CODE, &format!("Phone {i}"));
                    assert_eq!(vote(at, &token, scene, i % n).status, 204);
                    // Everyone changes their mind once; a third of them twice.
                    let mut last = (i * 7 + 1) % n;
                    assert_eq!(vote(at, &token, scene, last).status, 204);
                    if i % 3 == 0 {
                        last = (i + 2) % n;
                        assert_eq!(vote(at, &token, scene, last).status, 204);
                    }
                    last
                })
            })
            .collect();
        phones.into_iter().map(|p| p.join().unwrap()).collect()
    });
    live.change(|r| r.close_voting()).unwrap();
    let mut expected = vec![0; n];
    finals.iter().for_each(|c| expected[*c] += 1);
    assert_eq!(live.read(|r| r.voted()), (60, 60), "every phone counted once");
    assert_eq!(live.read(|r| r.tally()), expected, "the tally is exactly the last votes");
    let majority = live.read(|r| r.majority());
    // A tie waits for the instructor, who breaks it here with choice 1.
    let instructor = if majority.is_some() { None } else { Some(0) };
    live.change(|r| r.play(instructor).map(|_| ())).unwrap();
    let decided = live.read(|r| r.history()[0].clone());
    assert_eq!(decided.votes.len(), 60);
    assert_eq!(decided.played, majority.unwrap_or(0), "the room's majority is what was played");
}

#[test]
fn while_the_tally_is_hidden_no_event_carries_counts() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let (ana, ben) = (join(at, CODE, "Ana"), join(at, CODE, "Ben"));
    let mut stream = Events::open(at, &ben);
    assert_eq!(stream.status, 200);
    live.change(|r| r.open_voting()).unwrap();
    let scene = live.read(|r| r.session().current().unwrap().number);
    assert_eq!(vote(at, &ana, scene, 0).status, 204);
    assert_eq!(vote(at, &ben, scene, 1).status, 204);
    let hidden = stream.until(|e| e.json()["your_vote"] == 1 && e.json()["voted"][0] == 2);
    for event in &hidden {
        assert_eq!(event.name, "state");
        assert!(event.json()["tally"].is_null(), "counts sent while hidden: {}", event.data);
    }
    assert_eq!(hidden.last().unwrap().json()["voted"], serde_json::json!([2, 2]), "N of M is not a count per choice");
    live.change(|r| {
        r.show_tally(true);
        Ok::<_, ()>(())
    })
    .unwrap();
    let shown = stream.until(|e| !e.json()["tally"].is_null());
    let tally = &shown.last().unwrap().json()["tally"];
    assert_eq!((tally[0].as_u64(), tally[1].as_u64()), (Some(1), Some(1)));
}

#[test]
fn a_dropped_stream_reconnects_with_the_full_state_and_its_own_vote() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let ana = join(at, CODE, "Ana");
    live.change(|r| r.open_voting()).unwrap();
    let first = Events::open(at, &ana);
    drop(first);
    let scene = live.read(|r| r.session().current().unwrap().number);
    assert_eq!(vote(at, &ana, scene, 2).status, 204);
    // A new stream, as after a phone sleeps: no Last-Event-ID, and it still gets everything.
    let mut again = Events::open(at, &ana);
    let state = again.next().expect("the state at once").json();
    assert_eq!(state["phase"], "Voting");
    assert_eq!(state["you"], "Ana");
    assert_eq!(state["your_vote"], 2);
    assert_eq!(state["scene"]["number"], scene);
    assert!(!state["scene"]["choices"].as_array().unwrap().is_empty());
}

#[test]
fn shutdown_with_sixty_open_streams_takes_under_a_second_and_ends_each_stream() {
    let (_live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let mut streams: Vec<Events> = (0..60).map(|i| Events::open(at, &join(at, CODE, &format!("P{i}")))).collect();
    for stream in &mut streams {
        assert_eq!(stream.next().expect("a first state").name, "state");
    }
    assert_eq!(server.open_streams(), 60);
    let took = server.stop();
    assert!(took < Duration::from_secs(1), "shutdown took {took:?}");
    for stream in &mut streams {
        let last = stream.until(|e| e.name == "end");
        assert_eq!(last.last().map(|e| e.name.as_str()), Some("end"), "told the session ended");
        assert!(last.last().unwrap().data.contains("ended"));
        assert!(stream.is_closed());
    }
    assert!(std::net::TcpStream::connect_timeout(&at, Duration::from_millis(500)).is_err(), "no longer listening");
}

#[test]
fn a_late_joiner_votes_from_the_scene_they_join() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let early = join(at, CODE, "Early");
    live.change(|r| r.open_voting()).unwrap();
    assert_eq!(vote(at, &early, 1, 0).status, 204);
    live.change(|r| r.close_voting()).unwrap();
    live.change(|r| r.play(Some(0)).map(|_| ())).unwrap();
    live.change(|r| r.next_scene()).unwrap();
    let late = join(at, CODE, "Late");
    let old = vote(at, &late, 1, 0);
    assert_eq!((old.status, old.error()), (409, "voting-closed".into()), "scene 1 is decided");
    live.change(|r| r.open_voting()).unwrap();
    let scene = live.read(|r| r.session().current().unwrap().number);
    assert_eq!(scene, 2);
    assert_eq!(vote(at, &late, 1, 0).error(), "wrong-scene", "a vote for a past scene from a stale page");
    assert_eq!(vote(at, &late, 2, 1).status, 204);
    assert_eq!(vote(at, &early, 2, 1).status, 204);
    assert_eq!(live.read(|r| r.voted()), (2, 2));
    assert_eq!(live.read(|r| r.tally())[1], 2, "the late vote counts");
    while live.read(|r| r.phase()) != Phase::Over {
        live.change(|r| match r.phase() {
            Phase::Waiting => r.open_voting(),
            Phase::Voting => r.close_voting(),
            Phase::Closed => r.play(Some(0)).map(|_| ()),
            _ => r.next_scene(),
        })
        .unwrap();
    }
    let debrief = live.read(|r| r.debrief()).unwrap();
    let late = debrief.participants.iter().find(|p| p.name == "Late").unwrap();
    let early = debrief.participants.iter().find(|p| p.name == "Early").unwrap();
    assert_eq!(late.scenes + 1, early.scenes, "the late joiner is scored from scene 2 on");
    assert_eq!((late.voted, early.voted), (1, 2));
}

#[test]
fn a_removed_phone_is_told_and_its_token_stops_working() {
    let (live, server) = serve("lost-order.scenario.ron");
    let at = server.address();
    let ana = join(at, CODE, "Ana");
    let mut stream = Events::open(at, &ana);
    stream.next().unwrap();
    let id = live.read(|r| r.present().find(|p| p.name == "Ana").unwrap().id);
    live.change(|r| if r.remove(id) { Ok(()) } else { Err(()) }).unwrap();
    let end = stream.until(|e| e.name == "end");
    assert!(end.last().unwrap().data.contains("taken you out"), "{:?}", end.last());
    live.change(|r| r.open_voting()).unwrap();
    assert_eq!(vote(at, &ana, 1, 0).status, 401);
    assert_eq!(Events::open(at, &ana).status, 401);
}

#[test]
fn shutdown_does_not_wait_for_a_request_left_half_sent() {
    use std::io::Write;
    let (_live, server) = serve("lost-order.scenario.ron");
    let mut stalled = std::net::TcpStream::connect(server.address()).unwrap();
    stalled.write_all(b"POST /api/vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"tok").unwrap();
    let mut idle = std::net::TcpStream::connect(server.address()).unwrap();
    idle.write_all(b"GE").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let took = server.stop();
    assert!(took < Duration::from_secs(1), "shutdown took {took:?}");
}
