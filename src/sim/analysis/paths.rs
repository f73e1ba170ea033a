//! Every path through a scenario's state graph, scored with model 2: counted exactly up to a
//! cap, sampled by seeded random walks beyond it.
//!
//! A path may not revisit a (scene, mood) state, so every path is at most (scenes x 101)
//! decisions long and the set of paths is finite. Exact enumeration stops after
//! `ENUMERATION_CAP` complete paths or `STEP_CAP` edges examined, whichever comes first; then
//! `SAMPLED_WALKS` random walks are taken, each at most one step per state with the choices
//! scanned at each step, so the work is bounded by walks x (scenes x 101) x choices.

use serde::Serialize;

use super::{StateGraph, Target};
use crate::sim::model::Outcome;
use crate::sim::numbers::{div_round, percent};
use crate::sim::rng::Draws;
use crate::sim::scoring::{ScenePoints, run_score_v2};

/// Complete paths counted exactly before switching to sampling.
pub const ENUMERATION_CAP: usize = 20_000;
/// Edges the exact enumeration may examine (dead ends cost work without completing a path).
const STEP_CAP: usize = 2_000_000;
/// Random walks taken when there are too many paths to count.
pub const SAMPLED_WALKS: usize = 20_000;
/// The seed of the sampled walks, fixed so a report is the same on every run.
const SAMPLE_SEED: u64 = 1;

/// The spread of run scores and outcomes over all paths (or the sampled ones).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathSummary {
    /// True when every path was counted; false when these figures come from random walks.
    pub exact: bool,
    /// Paths counted (exact) or sampled walks that reached an ending.
    pub count: usize,
    pub min: u8,
    /// The middle score; with an even count, the mean of the two middle ones rounded half up.
    pub median: u8,
    pub max: u8,
    /// Share of paths (whole percent) ending Resolved, Escalated, Unresolved, Walkout.
    pub outcomes: OutcomeShares,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeShares {
    pub resolved: u8,
    pub escalated: u8,
    pub unresolved: u8,
    pub walkout: u8,
}

/// Scores in a 0..=100 histogram and outcomes counted: constant memory however many paths.
struct Tally {
    histogram: [usize; 101],
    outcomes: [usize; 4],
    count: usize,
    reference: usize,
}

impl Tally {
    fn record(&mut self, points: &[ScenePoints], outcome: Outcome) {
        let score = run_score_v2(points, self.reference, outcome == Outcome::Walkout).score;
        self.histogram[usize::from(score)] += 1;
        self.outcomes[match outcome {
            Outcome::Resolved => 0,
            Outcome::Escalated => 1,
            Outcome::Unresolved => 2,
            Outcome::Walkout => 3,
        }] += 1;
        self.count += 1;
    }

    /// The score at 0-based rank `k` in sorted order.
    fn nth(&self, k: usize) -> u8 {
        let mut seen = 0;
        for (score, &n) in self.histogram.iter().enumerate() {
            seen += n;
            if seen > k {
                return score as u8;
            }
        }
        0
    }

    fn summary(&self, exact: bool) -> PathSummary {
        let n = self.count;
        let median = if n == 0 {
            0
        } else if n % 2 == 1 {
            self.nth(n / 2)
        } else {
            div_round(usize::from(self.nth(n / 2 - 1)) + usize::from(self.nth(n / 2)), 2) as u8
        };
        let share = |i: usize| percent(self.outcomes[i], n).unwrap_or(0);
        PathSummary {
            exact,
            count: n,
            min: if n == 0 { 0 } else { self.nth(0) },
            median,
            max: if n == 0 { 0 } else { self.nth(n - 1) },
            outcomes: OutcomeShares {
                resolved: share(0),
                escalated: share(1),
                unresolved: share(2),
                walkout: share(3),
            },
        }
    }
}

/// The spread over every path when there are at most `ENUMERATION_CAP`, else over sampled walks.
/// `reference` is the number of decisions on the scenario's best path.
pub fn summarize_paths(graph: &StateGraph, reference: usize) -> PathSummary {
    summarize_with_cap(graph, reference, ENUMERATION_CAP)
}

pub(super) fn summarize_with_cap(graph: &StateGraph, reference: usize, cap: usize) -> PathSummary {
    match enumerate(graph, reference, cap) {
        Some(tally) => tally.summary(true),
        None => sample(graph, reference).summary(false),
    }
}

fn new_tally(reference: usize) -> Tally {
    Tally { histogram: [0; 101], outcomes: [0; 4], count: 0, reference }
}

/// Depth-first over simple paths (no state twice), without recursion so long chains cannot
/// overflow the stack. `None` once past `cap` paths or `STEP_CAP` edges.
fn enumerate(graph: &StateGraph, reference: usize, cap: usize) -> Option<Tally> {
    let mut tally = new_tally(reference);
    let mut on_path = vec![false; graph.states.len()];
    // (state, index of the next edge to try); points[j] is the edge taken out of stack[j].
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut points: Vec<ScenePoints> = Vec::new();
    on_path[0] = true;
    let mut steps = 0;
    while let Some(top) = stack.last_mut() {
        let (state, next) = *top;
        let Some(edge) = graph.edges[state].get(next) else {
            on_path[state] = false;
            stack.pop();
            if !stack.is_empty() {
                points.pop();
            }
            continue;
        };
        top.1 += 1;
        steps += 1;
        if steps > STEP_CAP {
            return None;
        }
        match edge.to {
            Target::End(outcome) => {
                points.push(edge.points);
                tally.record(&points, outcome);
                points.pop();
                if tally.count > cap {
                    return None;
                }
            }
            Target::State(to) if !on_path[to] => {
                on_path[to] = true;
                points.push(edge.points);
                stack.push((to, 0));
            }
            Target::State(_) => {}
        }
    }
    Some(tally)
}

/// Seeded random walks: at each state a uniform pick among the choices that do not revisit a
/// state of this walk; a walk left with none is dropped. Not uniform over paths (short ones
/// are likelier), which the report says by calling the figures sampled.
fn sample(graph: &StateGraph, reference: usize) -> Tally {
    let mut tally = new_tally(reference);
    let mut draws = Draws::new(SAMPLE_SEED);
    // The walk that last visited each state, so nothing needs clearing between walks.
    let mut visited = vec![usize::MAX; graph.states.len()];
    let mut open: Vec<&super::Edge> = Vec::new();
    let mut points = Vec::new();
    for walk in 0..SAMPLED_WALKS {
        let mut state = 0;
        visited[state] = walk;
        points.clear();
        loop {
            open.clear();
            open.extend(graph.edges[state].iter().filter(|e| match e.to {
                Target::End(_) => true,
                Target::State(to) => visited[to] != walk,
            }));
            if open.is_empty() {
                break;
            }
            let edge: super::Edge = *open[draws.below(open.len())];
            points.push(edge.points);
            match edge.to {
                Target::End(outcome) => {
                    tally.record(&points, outcome);
                    break;
                }
                Target::State(to) => {
                    visited[to] = walk;
                    state = to;
                }
            }
        }
    }
    tally
}
