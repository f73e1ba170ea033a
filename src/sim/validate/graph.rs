//! Checks on a scenario's scene graph: every scene reachable from `start`, every scene able to
//! reach an ending. Both are single passes over the links, so a huge scenario stays fast.

use std::collections::{HashMap, VecDeque};

use super::Checker;
use crate::phrase;
use crate::sim::locate::Seg;
use crate::sim::model::{Scenario, SceneNode};

/// Reachability from `start`, and that every decision scene can reach an ending.
pub(super) fn check_graph(c: &mut Checker, scenario: &Scenario) {
    let nodes = &scenario.scenes.0;
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|(_, n)| match n {
            SceneNode::Scene(s) => s.choices.iter().filter_map(|ch| index.get(ch.next.as_str()).copied()).collect(),
            SceneNode::Ending(_) => Vec::new(),
        })
        .collect();
    let Some(&start) = index.get(scenario.start.as_str()) else { return };
    let mut reached = vec![false; nodes.len()];
    let mut queue = VecDeque::from([start]);
    reached[start] = true;
    while let Some(n) = queue.pop_front() {
        for &m in &edges[n] {
            if !reached[m] {
                reached[m] = true;
                queue.push_back(m);
            }
        }
    }
    // Backwards from the endings over reversed links, once per scene (a walkout at mood 0 does
    // not count: it is not a story end).
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            incoming[to].push(from);
        }
    }
    let mut finishes: Vec<bool> = nodes.iter().map(|(_, n)| matches!(n, SceneNode::Ending(_))).collect();
    let mut queue: VecDeque<usize> = (0..nodes.len()).filter(|&n| finishes[n]).collect();
    while let Some(n) = queue.pop_front() {
        for &m in &incoming[n] {
            if !finishes[m] {
                finishes[m] = true;
                queue.push_back(m);
            }
        }
    }
    for (i, (id, node)) in nodes.iter().enumerate() {
        if !reached[i] {
            c.error(
                "unreachable-scene",
                &[Seg::Field("scenes"), Seg::KeyName(id)],
                phrase!("validate-unreachable-scene", id = id),
                phrase!("validate-unreachable-scene-label"),
                Some(phrase!("validate-unreachable-scene-hint", id = id)),
            );
        } else if matches!(node, SceneNode::Scene(_)) && !finishes[i] {
            c.error(
                "no-ending-reachable",
                &[Seg::Field("scenes"), Seg::KeyName(id)],
                phrase!("validate-no-ending-reachable", id = id),
                phrase!("validate-no-ending-reachable-label"),
                Some(phrase!("validate-no-ending-reachable-hint")),
            );
        }
    }
}
