//! Property tests of the session: replays are exact, scores follow AUTHORING.md's formula, and
//! resuming after any prefix of choices ends where the uninterrupted run ends.
//!
//! Scenarios come from two places: the bundled ones (what trainees play) and small random ones
//! built from a strategy (shapes no author wrote: one scene, many endings, heavy penalties).

use std::path::Path;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;

use super::model::{
    Catalog, Channel, Choice, Customer, Difficulty, Ending, Id, Outcome, Scenario, Scene, SceneNode, Scenes,
};
use super::{Session, library};

/// A run that loops is cut off here; the properties still compare the unfinished state.
const MAX_STEPS: usize = 60;
/// Enough cases to cover every bundled scenario several times, few enough to stay well under a
/// second per property in a debug build.
const CASES: u32 = 128;

/// The bundled library, loaded and checked once for the whole test binary.
fn bundled() -> &'static (Arc<Catalog>, Vec<Arc<Scenario>>) {
    static BUNDLED: OnceLock<(Arc<Catalog>, Vec<Arc<Scenario>>)> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let library = library::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")]);
        assert!(!library.diagnostics.has_errors(), "the bundled scenarios validate clean");
        let catalog = library.catalog.expect("the bundled catalog").1;
        (Arc::new(catalog), library.scenarios.into_iter().map(|s| Arc::new(s.scenario)).collect())
    })
}

fn ids(all: &[Id], picks: &[usize]) -> Vec<Id> {
    picks.iter().map(|&p| all[p % all.len()].clone()).collect()
}

/// A small scenario whose links all resolve and run forward, so every run ends: scenes 0..n,
/// each choice leading to a later scene or to one of the endings.
fn generated() -> impl Strategy<Value = Scenario> {
    let choice =
        (prop::collection::vec(0..64usize, 0..4), prop::collection::vec(0..64usize, 0..3), -60..=40i32, 0..64usize);
    let scene = (1..4usize, prop::collection::vec(0..64usize, 1..4), prop::collection::vec(choice, 1..5));
    let outcomes = [Outcome::Resolved, Outcome::Escalated, Outcome::Unresolved, Outcome::Walkout];
    (1..=100i32, prop::collection::vec(scene, 1..6), prop::collection::vec(0..4usize, 1..4)).prop_map(
        move |(mood, scenes, endings)| {
            let catalog = &bundled().0;
            let strategies: Vec<Id> = catalog.strategies.iter().map(|s| s.id.clone()).collect();
            let mistakes: Vec<Id> = catalog.mistakes.iter().map(|m| m.id.clone()).collect();
            let n = scenes.len();
            let mut nodes: Vec<(String, SceneNode)> = Vec::new();
            for (i, (variants, recommended, choices)) in scenes.into_iter().enumerate() {
                let choices = choices
                    .into_iter()
                    .map(|(uses, made, mood, next)| Choice {
                        id: String::new(),
                        act: String::new(),
                        say: format!("say {i}"),
                        uses: ids(&strategies, &uses),
                        mistakes: ids(&mistakes, &made),
                        mood,
                        // Later scenes and the endings: forward links only, so no loops.
                        next: match next % (n - i - 1 + endings.len()) {
                            k if k < n - i - 1 => format!("s{}", i + 1 + k),
                            k => format!("end{}", k - (n - i - 1)),
                        },
                        feedback: "fb".into(),
                    })
                    .collect();
                let customer_says = (0..variants).map(|v| format!("line {v}")).collect();
                let scene = Scene {
                    situation: "s".into(),
                    customer_says,
                    recommended: ids(&strategies, &recommended),
                    choices,
                };
                nodes.push((format!("s{i}"), SceneNode::Scene(scene)));
            }
            for (e, &o) in endings.iter().enumerate() {
                nodes.push((format!("end{e}"), SceneNode::Ending(Ending { outcome: outcomes[o], text: "end".into() })));
            }
            Scenario {
                id: "generated".into(),
                title: "t".into(),
                setting: "s".into(),
                difficulty: Difficulty::Easy,
                channel: Some(Channel::Phone),
                tags: Vec::new(),
                customer: Customer { name: "Pat".into(), about: "a".into(), mood },
                learning_goals: String::new(),
                reflection: Vec::new(),
                start: "s0".into(),
                scenes: Scenes(nodes),
                translated_from: None,
            }
        },
    )
}

/// A bundled scenario or a generated one, with a seed and the picks that choose each step.
fn case() -> impl Strategy<Value = (Arc<Scenario>, u64, Vec<u8>)> {
    let bundled_one = (0..bundled().1.len()).prop_map(|i| Arc::clone(&bundled().1[i]));
    let scenario = prop_oneof![bundled_one, generated().prop_map(Arc::new)];
    (scenario, any::<u64>(), prop::collection::vec(any::<u8>(), 0..40))
}

/// Plays a run choosing `picks[k] % shown` at step k (cycling), and returns it with the choices
/// made, by their index in the file.
fn play(scenario: &Arc<Scenario>, seed: u64, picks: &[u8]) -> (Session, Vec<usize>) {
    let mut session = Session::from_shared(Arc::clone(scenario), Arc::clone(&bundled().0), seed).unwrap();
    let mut made = Vec::new();
    for &pick in picks.iter().cycle().take(if picks.is_empty() { 0 } else { MAX_STEPS }) {
        let Some(presented) = session.current() else { break };
        let shown = usize::from(pick) % presented.choices.len();
        made.push(presented.choices[shown].original);
        session.choose(shown).unwrap();
    }
    (session, made)
}

/// Everything a trainee saw and the run's end, as text that two runs can be compared by.
fn transcript(session: &Session) -> String {
    format!("{:?}\n{:?}\n{:?}", session.steps(), session.current(), session.debrief())
}

/// Half up, as AUTHORING.md says; in floating point so the test does not copy the code's integers.
fn round_half_up(x: f64) -> i64 {
    (x + 0.5).floor() as i64
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn seed_and_choices_replay_the_same_transcript((scenario, seed, picks) in case()) {
        let (session, made) = play(&scenario, seed, &picks);
        let again = Session::replay_shared(Arc::clone(&scenario), Arc::clone(&bundled().0), seed, &made).unwrap();
        prop_assert_eq!(transcript(&again), transcript(&session));
    }

    #[test]
    fn the_score_follows_the_documented_formula((scenario, seed, picks) in case()) {
        let catalog = &bundled().0;
        let (session, _) = play(&scenario, seed, &picks);
        let mut mood = i64::from(scenario.customer.mood.clamp(0, 100));
        let mut scene_scores = Vec::new();
        for step in session.steps() {
            let scene = scenario.scene(&step.scene_id).unwrap();
            let choice = &scene.choices[step.choice];
            let mut recommended = scene.recommended.clone();
            recommended.sort();
            recommended.dedup();
            let used = recommended.iter().filter(|r| choice.uses.contains(r)).count();
            // A mistake listed twice in one choice is one mistake: it costs its penalty once.
            let mut made = choice.mistakes.clone();
            made.sort();
            made.dedup();
            let penalties: i64 = made.iter().map(|m| i64::from(catalog.mistake(m).map_or(0, |m| m.penalty))).sum();
            let share = if recommended.is_empty() { 0 } else { round_half_up(100.0 * used as f64 / recommended.len() as f64) };
            // Model 2: the decision adds its strategy points minus every penalty, unclamped.
            let net = share - penalties;
            prop_assert_eq!(i64::from(step.feedback.score), net, "scene `{}`", step.scene_id);
            prop_assert_eq!((i64::from(step.feedback.points.earned), i64::from(step.feedback.points.penalty)), (share, penalties));
            mood = (mood + i64::from(choice.mood)).clamp(0, 100);
            prop_assert_eq!(i64::from(step.feedback.mood_after), mood);
            scene_scores.push(net);
        }
        if let Some(debrief) = session.debrief() {
            // Divided by the longer of the run and the best path; clamped only at the end; a
            // walkout never passes.
            let reference = session.reference_scenes();
            prop_assert!(reference >= 1);
            let divisor = scene_scores.len().max(reference) as f64;
            let mut expected = round_half_up(scene_scores.iter().sum::<i64>() as f64 / divisor).clamp(0, 100);
            if debrief.outcome == Outcome::Walkout {
                expected = expected.min(49);
            }
            prop_assert_eq!(i64::from(debrief.score), expected);
            let grade = match debrief.score { 90.. => "A", 80..=89 => "B", 65..=79 => "C", 50..=64 => "D", _ => "F" };
            prop_assert_eq!(debrief.grade.letter(), grade);
            prop_assert_eq!(debrief.outcome == Outcome::Walkout, mood == 0 || scenario.node(debrief.path.last().unwrap()).is_some_and(|n| matches!(n, SceneNode::Ending(e) if e.outcome == Outcome::Walkout)));
        }
    }

    #[test]
    fn resuming_after_any_prefix_ends_the_same((scenario, seed, picks) in case(), cut in any::<prop::sample::Index>()) {
        let (session, made) = play(&scenario, seed, &picks);
        let k = cut.index(made.len() + 1);
        // What the game does after a restart: rebuild from the saved prefix, then play on.
        let mut resumed = Session::replay(&scenario, &bundled().0, seed, &made[..k]).unwrap();
        for &original in &made[k..] {
            let shown = resumed.current().unwrap().choices.iter().position(|c| c.original == original).unwrap();
            resumed.choose(shown).unwrap();
        }
        prop_assert_eq!(transcript(&resumed), transcript(&session));
        if let (Some(a), Some(b)) = (resumed.debrief(), session.debrief()) {
            prop_assert_eq!((a.score, a.grade, a.outcome, &a.path), (b.score, b.grade, b.outcome, &b.path));
        }
    }
}
