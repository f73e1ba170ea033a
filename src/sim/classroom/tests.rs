//! The room's rules, each refused request leaving the room as it was.

use super::*;
use crate::sim::source::{SourceFile, parse_catalog, parse_scenario};

const CATALOG: &str = include_str!("../../../tests/fixtures/library/strategies.ron");
const GIFT: &str = include_str!("../../../tests/fixtures/library/birthday-gift.scenario.ron");

fn room() -> Room {
    let scenario = parse_scenario(&SourceFile::new("g", GIFT)).unwrap();
    let catalog = parse_catalog(&SourceFile::new("c", CATALOG)).unwrap();
    Room::new(Session::new(&scenario, &catalog, 7).unwrap(), "BKDR".into())
}

/// The shown position of the file's choice `original` in the scene on screen.
fn shown(room: &Room, original: usize) -> usize {
    room.session().current().unwrap().choices.iter().position(|c| c.original == original).unwrap()
}

#[test]
fn room_codes_are_four_consonants() {
    let codes: Vec<String> = (0..500u64).map(|n| room_code(n * 7919)).collect();
    assert!(codes.iter().all(|c| c.len() == 4 && c.bytes().all(|b| CODE_LETTERS.contains(&b))));
    assert!(codes.iter().all(|c| !c.bytes().any(|b| b"AEIOUY".contains(&b))));
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), codes.len());
}

#[test]
fn joining_needs_the_code_and_a_real_name_and_a_token_rejoins() {
    let mut r = room();
    assert_eq!(r.join("XXXX", "Ana", "t1"), Err(RoomError::WrongCode));
    assert_eq!(r.join("bkdr", "   ", "t1"), Err(RoomError::BadName));
    assert_eq!(r.join("bkdr", &"a".repeat(MAX_NAME_CHARS + 1), "t1"), Err(RoomError::BadName));
    assert_eq!(r.join("bkdr", "A\u{7}na", "t1"), Err(RoomError::BadName));
    assert_eq!(r.present().count(), 0, "nothing changed");
    let ana = r.join(" bkdr ", "Ana", "t1").unwrap();
    assert_eq!(r.join("BKDR", "Ana S.", "t1"), Ok(ana), "a reload is the same participant");
    assert_eq!(r.present().next().unwrap().name, "Ana S.");
    r.lock(true);
    assert_eq!(r.join("BKDR", "Ben", "t2"), Err(RoomError::Locked));
    assert_eq!(r.join("BKDR", "Ana", "t1"), Ok(ana), "a locked room still lets its own back in");
    r.lock(false);
    for i in 0..MAX_PARTICIPANTS - 1 {
        r.join("BKDR", &format!("P{i}"), &format!("p{i}")).unwrap();
    }
    assert_eq!(r.join("BKDR", "One too many", "late"), Err(RoomError::Full));
}

#[test]
fn votes_count_once_change_until_close_and_refusals_change_nothing() {
    let mut r = room();
    let tokens: Vec<String> = (0..60).map(|i| format!("token-{i}")).collect();
    for (i, t) in tokens.iter().enumerate() {
        r.join("BKDR", &format!("P{i}"), t).unwrap();
    }
    assert_eq!(r.vote(&tokens[0], 1, 0), Err(RoomError::VotingClosed), "not open yet");
    r.open_voting().unwrap();
    for (i, t) in tokens.iter().enumerate() {
        r.vote(t, 1, i % 3).unwrap();
    }
    // Ten change their mind: each still counts once.
    for t in &tokens[..10] {
        r.vote(t, 1, 2).unwrap();
    }
    assert_eq!(r.vote("nobody", 1, 0), Err(RoomError::UnknownToken));
    assert_eq!(r.vote(&tokens[0], 2, 0), Err(RoomError::WrongScene));
    assert_eq!(r.vote(&tokens[0], 1, 3), Err(RoomError::UnknownChoice));
    // 0,3,6,9 moved from 0 to 2, 1,4,7 from 1, 2,5,8 were on 2 already.
    assert_eq!(r.tally(), vec![16, 17, 27]);
    assert_eq!(r.voted(), (60, 60));
    assert_eq!(r.vote_of(&tokens[0]), Some(2));
    let removed = r.present().next().unwrap().id;
    assert!(r.remove(removed));
    assert_eq!(r.tally(), vec![16, 17, 26], "a removed participant's vote no longer counts");
    assert_eq!(r.vote(&tokens[0], 1, 1), Err(RoomError::UnknownToken));
    r.close_voting().unwrap();
    assert_eq!(r.vote(&tokens[1], 1, 0), Err(RoomError::VotingClosed));
    assert_eq!(r.tally(), vec![16, 17, 26]);
    assert_eq!(r.majority(), Some(2));
}

#[test]
fn a_tie_waits_for_the_instructor_and_an_override_is_recorded() {
    let mut r = room();
    r.join("BKDR", "Ana", "a").unwrap();
    r.join("BKDR", "Ben", "b").unwrap();
    assert_eq!(r.play(None).err(), Some(RoomError::NotNow(Phase::Waiting)));
    r.open_voting().unwrap();
    r.vote("a", 1, 0).unwrap();
    r.vote("b", 1, 1).unwrap();
    r.close_voting().unwrap();
    assert_eq!(r.majority(), None);
    assert_eq!(r.play(None).err(), Some(RoomError::NoMajority), "a tie is the instructor's call");
    assert_eq!(r.phase(), Phase::Closed, "nothing played");
    let best = shown(&r, 0);
    r.play(Some(best)).unwrap();
    assert_eq!(r.phase(), Phase::Feedback);
    assert!(r.history()[0].overridden);
    assert_eq!(r.history()[0].votes.len(), 2);
}

#[test]
fn a_whole_class_run_ends_in_a_debrief_with_each_participants_own_score() {
    let mut r = room();
    r.join("BKDR", "Ana", "a").unwrap();
    r.join("BKDR", "Ben", "b").unwrap();
    // Scene 1: Ana and Ben pick the best answer (file choice 0); Cy has not joined yet.
    r.open_voting().unwrap();
    let best = shown(&r, 0);
    let interrupting = shown(&r, 1);
    r.vote("a", 1, best).unwrap();
    r.vote("b", 1, interrupting).unwrap();
    r.vote("b", 1, best).unwrap();
    r.close_voting().unwrap();
    assert_eq!(r.majority(), Some(best));
    r.play(None).unwrap();
    r.next_scene().unwrap();
    // Scene 2 (`details`): a late joiner votes from here on.
    let cy = r.join("BKDR", "Cy", "c").unwrap();
    assert_eq!(r.participants().iter().find(|p| p.id == cy).unwrap().joined_at, 2);
    r.open_voting().unwrap();
    let options = shown(&r, 0);
    let ticket = shown(&r, 1);
    r.vote("a", 2, options).unwrap();
    r.vote("b", 2, ticket).unwrap();
    r.vote("c", 2, options).unwrap();
    r.close_voting().unwrap();
    r.play(None).unwrap();
    r.next_scene().unwrap();
    assert_eq!(r.phase(), Phase::Over);
    let d = r.debrief().expect("the debrief once the run is over");
    assert_eq!(d.path, ["opening", "details", "resolved"]);
    assert_eq!(d.room_score, 100);
    assert_eq!((d.scenes[0].best_share, d.scenes[1].best_share), (100, 67));
    assert!(d.scenes.iter().all(|s| s.played_best));
    let scores: Vec<(&str, u8, usize, usize)> =
        d.participants.iter().map(|p| (p.name.as_str(), p.score, p.voted, p.scenes)).collect();
    // Ben's ticket earns nothing: (100 + 0) / 2 = 50. Cy joined for one scene and got it right.
    assert_eq!(scores, [("Ana", 100, 2, 2), ("Ben", 50, 2, 2), ("Cy", 100, 1, 1)]);
}

#[test]
fn the_most_tempting_mistake_is_named() {
    let mut r = room();
    for t in ["a", "b", "c"] {
        r.join("BKDR", t, t).unwrap();
    }
    r.open_voting().unwrap();
    let (best, rushed) = (shown(&r, 0), shown(&r, 1));
    r.vote("a", 1, rushed).unwrap();
    r.vote("b", 1, rushed).unwrap();
    r.vote("c", 1, best).unwrap();
    r.close_voting().unwrap();
    r.play(Some(best)).unwrap();
    r.next_scene().unwrap();
    r.open_voting().unwrap();
    r.close_voting().unwrap();
    r.play(Some(shown(&r, 0))).unwrap();
    r.next_scene().unwrap();
    let d = r.debrief().unwrap();
    let (say, votes) = d.scenes[0].tempting.clone().expect("a tempting mistake");
    assert!(say.contains("order number first"), "{say}");
    assert_eq!((votes, d.scenes[0].best_share), (2, 33));
    assert_eq!(d.scenes[1].votes, 0);
}

#[test]
fn a_phone_sees_no_counts_while_the_tally_is_hidden_and_the_distribution_with_the_feedback() {
    let mut r = room();
    r.join("BKDR", "Ana", "a").unwrap();
    r.join("BKDR", "Ben", "b").unwrap();
    r.open_voting().unwrap();
    r.vote("a", 1, 0).unwrap();
    let ana = r.phone_view("a");
    assert_eq!((ana.you.as_deref(), ana.your_vote, ana.voted), (Some("Ana"), Some(0), (1, 2)));
    assert!(ana.tally.is_none(), "hidden: no counts at all");
    assert_eq!(ana.scene.as_ref().unwrap().choices.len(), 3);
    let json = serde_json::to_string(&r.phone_view("b")).unwrap();
    assert!(!json.contains("Ana"), "a phone never sees another participant's name: {json}");
    r.show_tally(true);
    assert_eq!(r.phone_view("b").tally, Some(vec![1, 0, 0]));
    r.show_tally(false);
    r.vote("b", 1, 0).unwrap();
    r.close_voting().unwrap();
    r.play(None).unwrap();
    let after = r.phone_view("b");
    assert_eq!(after.tally, Some(vec![2, 0, 0]), "revealed with the feedback");
    assert_eq!(after.feedback.as_ref().unwrap().played, 0);
    assert!(after.scene.is_none());
    let stranger = r.phone_view("nobody");
    assert!(stranger.you.is_none() && stranger.your_vote.is_none());
}

#[test]
fn invisible_or_reversed_names_are_refused() {
    let mut r = room();
    for name in ["\u{200B}", "\u{200B}\u{200B}", "Ana\u{202E}nimda", "\u{FEFF}Ben", "Cl\u{00AD}eo"] {
        assert_eq!(r.join("BKDR", name, "t"), Err(RoomError::BadName), "{name:?}");
    }
    assert_eq!(r.present().count(), 0);
    r.join("BKDR", "José María", "b").unwrap();
    assert_eq!(r.present().next().map(|p| p.name.as_str()), Some("José María"), "accents are names, not tricks");
}
