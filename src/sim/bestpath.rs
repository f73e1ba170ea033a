//! The best achievable run of a scenario under scoring model 2.
//!
//! A valid scenario has a perfect run (every decision earns all its points, no mistakes), found
//! by a breadth-first search; its length is the reference every other run is divided by. Without
//! one, the best run is the highest mean of net points (earned - penalties), which is not simply
//! the best choice at each scene: a longer path can pay off or cost. Mood matters too (at 0 the
//! customer walks out), so that search runs over (scene, mood) states, one layer per path
//! length, keeping the highest point sum per state and length.

use std::collections::HashMap;

use super::model::{Catalog, Outcome, Scenario, SceneNode};
use super::numbers::div_round;
use super::scoring::{WALKOUT_CAP, next_mood, score_choice};

/// A scenario's best run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BestPath {
    pub score: u8,
    /// Decision scenes in order, each with the chosen choice's file index and its net points.
    pub steps: Vec<(String, usize, i32)>,
    pub ending: String,
    pub outcome: Outcome,
}

/// A point in the search: a scene (by index) and the customer's mood on arriving there.
type State = (usize, i32);

#[derive(Clone, Copy)]
struct Entry {
    sum: i64,
    /// The state and choice this entry came from, in the previous layer.
    from: Option<(usize, usize)>,
}

/// How good an ending is when scores tie: a resolution beats giving up, which beats a walkout.
fn outcome_rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Resolved | Outcome::Escalated => 2,
        Outcome::Unresolved => 1,
        Outcome::Walkout => 0,
    }
}

/// The common case, found cheaply: a run where every scene scores 100 (a breadth-first search
/// over only the 100-point choices). Among such runs the best outcome wins, then the shortest.
fn perfect_path(
    scenario: &Scenario,
    edges: &[Vec<(i32, i32, Option<usize>)>],
    start: usize,
    walkout: &str,
) -> Option<BestPath> {
    let nodes = &scenario.scenes.0;
    let first = (start, scenario.customer.mood.clamp(0, 100));
    // Each reached (scene, mood) state, and the state and choice it was reached from.
    let mut parent: HashMap<State, Option<(State, usize)>> = HashMap::from([(first, None)]);
    let mut queue = std::collections::VecDeque::from([first]);
    // (rank, last state, choice, ending id, outcome)
    let mut found: Option<(u8, State, usize, String, Outcome)> = None;
    while let Some(state @ (scene, mood)) = queue.pop_front() {
        for (choice, &(net, change, next)) in edges[scene].iter().enumerate() {
            if net != 100 {
                continue;
            }
            let mood_after = next_mood(mood, change);
            let ending = match next.map(|n| (n, &nodes[n].1)) {
                _ if mood_after == 0 => Some((walkout.to_owned(), Outcome::Walkout)),
                Some((n, SceneNode::Ending(e))) => Some((nodes[n].0.clone(), e.outcome)),
                Some((n, SceneNode::Scene(_))) => {
                    if let std::collections::hash_map::Entry::Vacant(slot) = parent.entry((n, mood_after)) {
                        slot.insert(Some((state, choice)));
                        queue.push_back((n, mood_after));
                    }
                    None
                }
                None => None,
            };
            // A walkout is never a perfect run: model 2 holds it below a pass.
            if let Some((id, outcome)) = ending
                && outcome != Outcome::Walkout
                && found.as_ref().is_none_or(|f| outcome_rank(outcome) > f.0)
            {
                found = Some((outcome_rank(outcome), state, choice, id, outcome));
            }
        }
    }
    let (_, mut state, mut choice, ending, outcome) = found?;
    let mut steps = Vec::new();
    loop {
        steps.push((nodes[state.0].0.clone(), choice, 100));
        match parent[&state] {
            Some((prev, prev_choice)) => (state, choice) = (prev, prev_choice),
            None => break,
        }
    }
    steps.reverse();
    Some(BestPath { score: 100, steps, ending, outcome })
}

/// Finds the best run, or `None` when no run can reach an ending.
pub fn best_path(scenario: &Scenario, catalog: &Catalog) -> Option<BestPath> {
    let nodes = &scenario.scenes.0;
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
    let start = *index.get(scenario.start.as_str())?;
    if !matches!(nodes[start].1, SceneNode::Scene(_)) {
        return None;
    }
    let walkout = scenario.walkout_ending().map(|(id, _)| id.to_owned()).unwrap_or_else(|| "walkout".into());
    // Net points per (scene, choice) and where each choice leads, computed once.
    let edges: Vec<Vec<(i32, i32, Option<usize>)>> = nodes
        .iter()
        .map(|(_, node)| match node {
            SceneNode::Scene(scene) => scene
                .choices
                .iter()
                .map(|c| {
                    let net = score_choice(scene, c, catalog).points().net() as i32;
                    (net, c.mood, index.get(c.next.as_str()).copied())
                })
                .collect(),
            SceneNode::Ending(_) => Vec::new(),
        })
        .collect();
    if let Some(perfect) = perfect_path(scenario, &edges, start, &walkout) {
        return Some(perfect);
    }
    let decision_scenes = edges.iter().filter(|e| !e.is_empty()).count();
    // Loops may repeat scenes; twice the scene count bounds any sensible run.
    let max_len = 2 * decision_scenes;

    let mut layers: Vec<HashMap<State, Entry>> =
        vec![HashMap::from([((start, scenario.customer.mood.clamp(0, 100)), Entry { sum: 0, from: None })])];
    // (score, sum, length, outcome rank, last layer state, choice, ending id)
    let mut best: Option<(u8, i64, usize, u8, State, usize, String)> = None;
    let rank = outcome_rank;
    for len in 1..=max_len {
        let mut next_layer: HashMap<State, Entry> = HashMap::new();
        let mut states: Vec<(&State, &Entry)> = layers[len - 1].iter().collect();
        states.sort_by_key(|(s, _)| **s);
        for (&(scene, mood), entry) in states {
            for (choice, &(net, change, next)) in edges[scene].iter().enumerate() {
                let sum = entry.sum + i64::from(net);
                let mood_after = next_mood(mood, change);
                let ending = if mood_after == 0 {
                    Some((walkout.clone(), Outcome::Walkout))
                } else {
                    match next.map(|n| (n, &nodes[n].1)) {
                        Some((n, SceneNode::Ending(e))) => Some((nodes[n].0.clone(), e.outcome)),
                        Some((n, SceneNode::Scene(_))) => {
                            let slot = next_layer.entry((n, mood_after)).or_insert(Entry { sum: 0, from: None });
                            if slot.from.is_none() || sum > slot.sum {
                                *slot = Entry { sum, from: Some((scene * 101 + mood as usize, choice)) };
                            }
                            None
                        }
                        None => None,
                    }
                };
                if let Some((id, outcome)) = ending {
                    // The score as model 2 gives it (a walkout is held below a pass), then the
                    // exact mean, then the kinder outcome.
                    let score = whole_score(sum, len, outcome == Outcome::Walkout);
                    let better = match &best {
                        None => true,
                        Some((bscore, bsum, blen, brank, ..)) => {
                            let (lhs, rhs) = (i128::from(sum) * *blen as i128, i128::from(*bsum) * len as i128);
                            (score, lhs, rank(outcome)) > (*bscore, rhs, *brank)
                        }
                    };
                    if better {
                        best = Some((score, sum, len, rank(outcome), (scene, mood), choice, id));
                    }
                }
            }
        }
        if next_layer.is_empty() {
            break;
        }
        layers.push(next_layer);
    }

    let (score, _, len, _, mut state, mut choice, ending) = best?;
    let mut steps = Vec::with_capacity(len);
    for layer in (0..len).rev() {
        let (scene, _) = state;
        steps.push((nodes[scene].0.clone(), choice, edges[scene][choice].0));
        if let Some((packed, prev_choice)) = layers[layer][&state].from {
            state = (packed / 101, (packed % 101) as i32);
            choice = prev_choice;
        }
    }
    steps.reverse();
    let outcome = match scenario.node(&ending) {
        Some(SceneNode::Ending(e)) => e.outcome,
        _ => Outcome::Walkout,
    };
    Some(BestPath { score, steps, ending, outcome })
}

/// A run's model-2 score when it is its own reference: its mean net points, rounded half up,
/// within 0..=100, held below a pass when it ends in a walkout.
fn whole_score(sum: i64, len: usize, walked_out: bool) -> u8 {
    let score = if sum <= 0 { 0 } else { div_round(sum as usize, len).min(100) as u8 };
    if walked_out { score.min(WALKOUT_CAP) } else { score }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::test_scenarios::scenario;

    fn choice(uses: &str, next: &str) -> String {
        format!("(say: \"x\", uses: [{uses}], mood: 0, next: \"{next}\", feedback: \"f\"),")
    }

    #[test]
    fn the_best_mean_beats_the_greedy_path_when_a_perfect_start_leads_nowhere_good() {
        // Greedy takes the 100 in `a`, then can only score 0 in `b`: a mean of 50. Taking the
        // 67 in `a` and ending there is the better run. No all-100 run exists, so this exercises
        // the layered search, not the perfect-path shortcut.
        let s = scenario(&format!(
            "\"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize, apologize, clarify], \
             choices: [{}{}]), \
             \"b\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [listen_actively], \
             choices: [{}]),",
            choice("empathize, apologize, clarify", "b"),
            choice("empathize, apologize", "end"),
            choice("", "end"),
        ));
        let catalog = crate::sim::test_scenarios::catalog();
        let best = best_path(&s, &catalog).unwrap();
        assert_eq!(best.score, 67);
        assert_eq!(best.steps, vec![("a".to_owned(), 1, 67)]);
        assert_eq!(best.ending, "end");
        assert_eq!(best.outcome, Outcome::Resolved);
    }

    #[test]
    fn a_longer_path_wins_when_its_mean_is_higher() {
        // `a` offers 67 into `d`, where only 50 is possible (a mean of 59), or 33 into `b`, where
        // 100 and 100 follow: (33 + 100 + 100) / 3 = 78 wins, though its first step looks worse.
        let s = scenario(&format!(
            "\"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize, apologize, clarify], \
             choices: [{}{}]), \
             \"b\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [listen_actively], choices: [{}]), \
             \"c\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [listen_actively], choices: [{}]), \
             \"d\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [listen_actively, empathize], \
             choices: [{}]),",
            choice("empathize", "b"),
            choice("empathize, apologize", "d"),
            choice("listen_actively", "c"),
            choice("listen_actively", "end"),
            choice("listen_actively", "end"),
        ));
        let catalog = crate::sim::test_scenarios::catalog();
        let best = best_path(&s, &catalog).unwrap();
        assert_eq!(best.score, 78);
        let scenes: Vec<&str> = best.steps.iter().map(|(id, _, _)| id.as_str()).collect();
        assert_eq!(scenes, ["a", "b", "c"]);
    }

    #[test]
    fn perfect_answers_that_still_end_in_a_walkout_are_not_a_perfect_run() {
        // Every choice in `a` earns all its points, but the customer starts at mood 50 and the
        // only perfect answer costs 60: the run walks out, which model 2 holds at 49.
        let s = scenario(&format!(
            "\"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize], choices: [{}{}]),",
            "(say: \"x\", uses: [empathize], mood: -60, next: \"end\", feedback: \"f\"),",
            choice("", "end"),
        ));
        let catalog = crate::sim::test_scenarios::catalog();
        let best = best_path(&s, &catalog).unwrap();
        assert_eq!((best.score, best.outcome), (WALKOUT_CAP, Outcome::Walkout));
    }
}
