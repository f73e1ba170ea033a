//! The session state machine: seeded replays, feedback contents, endings and errors.

use super::*;
use crate::sim::SourceFile;
use crate::sim::source::{parse_catalog, parse_scenario};

fn fixture() -> (Scenario, Catalog) {
    let scenario =
        parse_scenario(&SourceFile::new("s", include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron")))
            .unwrap();
    let catalog =
        parse_catalog(&SourceFile::new("c", include_str!("../../tests/fixtures/library/strategies.ron"))).unwrap();
    (scenario, catalog)
}

/// What a trainee sees over a run that always picks the first choice shown.
fn first_choice_run(seed: u64) -> Vec<(String, Vec<usize>)> {
    let (scenario, catalog) = fixture();
    let mut session = Session::new(&scenario, &catalog, seed).unwrap();
    let mut seen = Vec::new();
    while let Some(p) = session.current() {
        seen.push((p.customer_says.clone(), p.choices.iter().map(|c| c.original).collect()));
        session.choose(0).unwrap();
    }
    seen
}

#[test]
fn session_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Session>();
}

#[test]
fn same_seed_same_run_different_seeds_differ() {
    assert_eq!(first_choice_run(42), first_choice_run(42));
    let runs: std::collections::HashSet<_> = (0..20).map(first_choice_run).collect();
    assert!(runs.len() > 3, "20 seeds gave only {} distinct runs", runs.len());
}

#[test]
fn best_choices_score_100_with_feedback_for_each() {
    let (scenario, catalog) = fixture();
    let mut session = Session::replay(&scenario, &catalog, 9, &[0]).unwrap();
    let step = &session.steps()[0].feedback;
    assert_eq!(step.score, 100);
    assert!(step.chose_best);
    assert_eq!(step.applied.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["listen_actively", "empathize"]);
    assert_eq!(step.off_target[0].id.as_str(), "apologize");
    assert_eq!((step.mood_before, step.mood_after, step.mood_change()), (25, 45, 20));
    assert!(step.applied[0].why.contains("heard"));

    let shown = session.current().unwrap().choices.iter().position(|c| c.original == 1).unwrap();
    let f = session.choose(shown).unwrap();
    assert_eq!(f.score, 0);
    assert!(!f.chose_best);
    assert_eq!(f.missed[0].name, "Offer solutions");
    assert_eq!(f.best.score, 100);
    assert!(f.best.say.contains("express"));
    let d = session.debrief().unwrap();
    assert_eq!((d.score, d.grade, d.outcome), (50, Grade::D, Outcome::Unresolved));
    assert_eq!(d.path, ["opening", "details", "unresolved"]);
    let offer = d.strategies.iter().find(|t| t.id.as_str() == "offer_solutions").unwrap();
    assert_eq!((offer.applied, offer.missed), (0, 1));
}

#[test]
fn mistakes_cost_their_penalty() {
    let (scenario, catalog) = fixture();
    let session = Session::replay(&scenario, &catalog, 1, &[1]).unwrap();
    let f = &session.steps()[0].feedback;
    // clarify is off-target; 0 of 2 recommended; interrupting 25 + dismissing 35, all of which
    // reaches the run (model 2 never swallows a penalty in a scene that earned nothing).
    assert_eq!((f.points.earned, f.points.penalty, f.score), (0, 60, -60));
    assert_eq!(f.mistakes.iter().map(|m| m.penalty).sum::<i32>(), 60);
    assert_eq!(f.best.applies, ["Listen actively", "Empathize"]);
}

#[test]
fn the_run_score_follows_model_2() {
    let (scenario, catalog) = fixture();
    // Cut in (0 earned, -60) then the best answer (100): (100 - 60) / 2 decisions = 20, where
    // model 1 (clamping the first scene at 0) gave 50.
    let session = Session::replay(&scenario, &catalog, 1, &[1, 0]).unwrap();
    let d = session.debrief().unwrap();
    assert_eq!(session.reference_scenes(), 2);
    assert_eq!((d.breakdown.earned, d.breakdown.penalties, d.breakdown.divisor), (100, 60, 2));
    assert_eq!((d.score, d.grade, d.model), (20, Grade::F, 2));
}

#[test]
fn mood_at_zero_walks_out_to_the_walkout_ending() {
    let (mut scenario, catalog) = fixture();
    if let Some((_, SceneNode::Scene(s))) = scenario.scenes.0.iter_mut().find(|(k, _)| k == "opening") {
        s.choices[1].mood = -40;
    }
    let session = Session::replay(&scenario, &catalog, 5, &[1]).unwrap();
    let d = session.debrief().expect("walked out");
    assert_eq!(d.outcome, Outcome::Walkout);
    assert_eq!(d.ending_id, "walked-out");
    assert_eq!(d.final_mood, 0);
    assert!(session.steps()[0].feedback.walked_out);
}

#[test]
fn bad_choices_are_errors_not_panics() {
    let (scenario, catalog) = fixture();
    let mut session = Session::new(&scenario, &catalog, 3).unwrap();
    assert_eq!(session.choose(7).unwrap_err(), SessionError::NoSuchChoice { given: 8, count: 3 });
    session.choose(0).unwrap();
    while !session.is_over() {
        session.choose(0).unwrap();
    }
    assert_eq!(session.choose(0).unwrap_err(), SessionError::Finished);
    let mut broken = scenario.clone();
    broken.start = "nowhere".into();
    assert!(matches!(Session::new(&broken, &catalog, 1), Err(SessionError::BadStart(_))));
}

#[test]
fn replay_rebuilds_the_exact_state() {
    let (scenario, catalog) = fixture();
    let mut live = Session::new(&scenario, &catalog, 77).unwrap();
    let shown = live.current().unwrap().choices.iter().position(|c| c.original == 0).unwrap();
    live.choose(shown).unwrap();
    let replayed = Session::replay(&scenario, &catalog, 77, &[0]).unwrap();
    assert_eq!(replayed.mood(), live.mood());
    assert_eq!(replayed.score_so_far(), live.score_so_far());
    let (a, b) = (live.current().unwrap(), replayed.current().unwrap());
    assert_eq!((&a.scene_id, &a.customer_says, a.variant), (&b.scene_id, &b.customer_says, b.variant));
    assert_eq!(
        a.choices.iter().map(|c| c.original).collect::<Vec<_>>(),
        b.choices.iter().map(|c| c.original).collect::<Vec<_>>()
    );
}
