//! Path analysis: every run through a scenario over (scene, mood) states, the spread of their
//! model-2 scores and outcomes, and how far surface bots get without reading.
//!
//! Runs move over states (a scene and the mood on arriving there); the mood moves by each
//! choice's `mood` (`next_mood`) and at 0 the run ends in a walkout, as in a `Session`. The state
//! graph has at most scenes x 101 states and scenes x 101 x choices edges, built once.

mod bots;
mod paths;
pub mod surface;

use std::collections::{HashMap, VecDeque};

use serde::Serialize;

pub use bots::{Bot, BotResult, SEEDS, play_bots, play_once};
pub use paths::{ENUMERATION_CAP, PathSummary, SAMPLED_WALKS, summarize_paths};

use super::model::{Catalog, Outcome, Scenario, SceneNode};
use super::scoring::{ScenePoints, next_mood, score_choice};

/// Where a choice leads from a state: another state, or the end of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    State(usize),
    End(Outcome),
}

/// One choice from one state.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    /// The choice's index in the scene, in file order.
    pub choice: usize,
    pub points: ScenePoints,
    pub to: Target,
}

/// Every (scene, mood) state reachable from `start`, and the choices out of each.
#[derive(Clone, Debug)]
pub struct StateGraph {
    /// (scene index in the file, mood on arriving), the start state first, in breadth-first order.
    pub states: Vec<(usize, i32)>,
    pub edges: Vec<Vec<Edge>>,
}

impl StateGraph {
    /// `None` when `start` names no decision scene.
    pub fn build(scenario: &Scenario, catalog: &Catalog) -> Option<StateGraph> {
        let nodes = &scenario.scenes.0;
        let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
        let start = *index.get(scenario.start.as_str())?;
        let SceneNode::Scene(_) = &nodes[start].1 else { return None };
        let first = (start, scenario.customer.mood.clamp(0, 100));
        let mut ids: HashMap<(usize, i32), usize> = HashMap::from([(first, 0)]);
        let mut graph = StateGraph { states: vec![first], edges: Vec::new() };
        let mut queue = VecDeque::from([0]);
        while let Some(s) = queue.pop_front() {
            let (scene_index, mood) = graph.states[s];
            let SceneNode::Scene(scene) = &nodes[scene_index].1 else { unreachable!("only scenes are states") };
            let mut out = Vec::with_capacity(scene.choices.len());
            for (choice, c) in scene.choices.iter().enumerate() {
                let points = score_choice(scene, c, catalog).points();
                let mood_after = next_mood(mood, c.mood);
                // The same order of tests as `Session::choose`: a walkout wins over any `next`.
                let to = match index.get(c.next.as_str()).map(|&n| (n, &nodes[n].1)) {
                    _ if mood_after == 0 => Target::End(Outcome::Walkout),
                    Some((_, SceneNode::Ending(e))) => Target::End(e.outcome),
                    Some((n, SceneNode::Scene(_))) => {
                        let next_id = graph.states.len();
                        let id = *ids.entry((n, mood_after)).or_insert(next_id);
                        if id == next_id {
                            graph.states.push((n, mood_after));
                            queue.push_back(id);
                        }
                        Target::State(id)
                    }
                    None => Target::End(Outcome::Unresolved),
                };
                out.push(Edge { choice, points, to });
            }
            // States leave the queue in the order they were numbered, so this is `edges[s]`.
            graph.edges.push(out);
        }
        Some(graph)
    }
}

/// What `validate --paths` reports for one scenario.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    pub paths: PathSummary,
    pub bots: Vec<BotResult>,
}

/// Analyses a scenario whose best path has `reference` decisions (`None` without a start scene).
pub fn analyze(scenario: &Scenario, catalog: &Catalog, reference: usize) -> Option<Analysis> {
    let graph = StateGraph::build(scenario, catalog)?;
    Some(Analysis { paths: summarize_paths(&graph, reference), bots: play_bots(scenario, catalog) })
}

#[cfg(test)]
mod tests;
