//! The lowest and highest point sums of walks through a scenario's state graph, by length: the
//! numbers `mistake-pays` and `penalty-absorbed` reason with.
//!
//! A walk is what a trainee can really play: it may come back to a (scene, mood) state, so
//! lengths are bounded instead, at twice the decision scenes (as the best path search does).
//! Each table has (length bound + 1) x states cells, filled once per edge and length: the work
//! is length bound x states x choices, at most 2 x scenes x (scenes x 101) x choices, and
//! `CELL_BUDGET` caps the cells so a huge scenario is reported as too large, not ground through.

use crate::sim::analysis::{StateGraph, Target};
use crate::sim::model::Outcome;

/// The most (length x state) cells the tables may hold: three entries of 24 bytes per cell
/// (two suffix kinds and the prefix), so at most 18 MB.
pub const CELL_BUDGET: usize = 250_000;

/// How a walk ends: at an ending that is not a walkout, or in a walkout (whose score is capped).
pub const FINISHED: usize = 0;
pub const WALKOUT: usize = 1;

pub fn kind(outcome: Outcome) -> usize {
    if outcome == Outcome::Walkout { WALKOUT } else { FINISHED }
}

/// `(lowest, highest)` sums of net points, per length, per end kind, per state.
pub struct Walks {
    pub max_len: usize,
    states: usize,
    /// Walks from each state to an ending, `[len][kind][state]`, len counted in decisions.
    suffix: Vec<Option<(i64, i64)>>,
    /// Walks from the start that arrive at each state, `[len][state]` (len 0: the start only).
    prefix: Vec<Option<(i64, i64)>>,
}

fn widen(slot: &mut Option<(i64, i64)>, lo: i64, hi: i64) {
    *slot = Some(match *slot {
        None => (lo, hi),
        Some((a, b)) => (a.min(lo), b.max(hi)),
    });
}

impl Walks {
    /// `None` when the tables would pass `CELL_BUDGET`.
    pub fn build(graph: &StateGraph, decision_scenes: usize) -> Option<Walks> {
        let max_len = 2 * decision_scenes.max(1);
        let states = graph.states.len();
        if (max_len + 1).saturating_mul(states) > CELL_BUDGET {
            return None;
        }
        let mut w = Walks {
            max_len,
            states,
            suffix: vec![None; (max_len + 1) * 2 * states],
            prefix: vec![None; (max_len + 1) * states],
        };
        for len in 1..=max_len {
            for (s, edges) in graph.edges.iter().enumerate() {
                for e in edges {
                    let net = e.points.net();
                    match e.to {
                        Target::End(outcome) if len == 1 => {
                            let i = w.at(1, kind(outcome), s);
                            widen(&mut w.suffix[i], net, net);
                        }
                        Target::State(t) if len > 1 => {
                            for k in [FINISHED, WALKOUT] {
                                if let Some((lo, hi)) = w.suffix[w.at(len - 1, k, t)] {
                                    let i = w.at(len, k, s);
                                    widen(&mut w.suffix[i], lo + net, hi + net);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        w.prefix[0] = Some((0, 0));
        for len in 1..=max_len {
            for (s, edges) in graph.edges.iter().enumerate() {
                let Some((lo, hi)) = w.prefix[(len - 1) * states + s] else { continue };
                for e in edges {
                    if let Target::State(t) = e.to {
                        let net = e.points.net();
                        widen(&mut w.prefix[len * states + t], lo + net, hi + net);
                    }
                }
            }
        }
        Some(w)
    }

    fn at(&self, len: usize, kind: usize, state: usize) -> usize {
        (len * 2 + kind) * self.states + state
    }

    /// Lowest and highest sums of walks of exactly `len` decisions from `state` to an ending.
    pub fn suffix(&self, len: usize, kind: usize, state: usize) -> Option<(i64, i64)> {
        if len == 0 || len > self.max_len { None } else { self.suffix[self.at(len, kind, state)] }
    }

    /// Lowest and highest sums of walks of exactly `len` decisions from the start to `state`.
    pub fn prefix(&self, len: usize, state: usize) -> Option<(i64, i64)> {
        if len > self.max_len { None } else { self.prefix[len * self.states + state] }
    }

    /// The length of the best path from `state`, as if the run started there: the walk to an
    /// ending other than a walkout with the highest mean net points per decision (the shortest
    /// such walk on a tie); 1 when every walk from there ends in a walkout.
    pub fn reference(&self, state: usize) -> usize {
        let mut best: Option<(i64, usize)> = None;
        for len in 1..=self.max_len {
            if let Some((_, hi)) = self.suffix(len, FINISHED, state) {
                // hi / len > b / blen, compared without division.
                if best.is_none_or(|(b, blen)| hi * blen as i64 > b * len as i64) {
                    best = Some((hi, len));
                }
            }
        }
        best.map_or(1, |(_, len)| len)
    }
}

/// Model 2's run score from a run's net points (earned minus penalties), its decisions and the
/// reference length: the same formula as `scoring::run_score_v2`, taken from the sum alone.
pub fn score_of(net: i64, decisions: usize, reference: usize, walked_out: bool) -> u8 {
    let divisor = decisions.max(reference).max(1);
    let rounded = if net <= 0 { 0 } else { crate::sim::numbers::div_round(net as usize, divisor).min(100) as u8 };
    if walked_out { rounded.min(crate::sim::scoring::WALKOUT_CAP) } else { rounded }
}
