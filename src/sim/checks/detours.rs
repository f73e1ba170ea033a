//! `mistake-pays` and `penalty-absorbed`: a mistake must cost, and must never be the way to the
//! best score.

use std::collections::{HashMap, HashSet};

use super::walks::{FINISHED, WALKOUT, Walks, kind, score_of};
use super::{choice_path, ids};
use crate::phrase;
use crate::sim::analysis::{Edge, StateGraph, Target};
use crate::sim::diagnostic::{Diagnostics, Severity};
use crate::sim::model::{Outcome, Scenario, SceneNode};
use crate::sim::scoring::WALKOUT_CAP;
use crate::sim::source::SourceFile;

/// The best run score reachable through `edge` from a state, as if the run started at that
/// state: over every walk that takes `edge` and then goes on to an ending within the length
/// bound, (sum of the walk's net points) / max(walk length, `reference`), rounded half up,
/// clamped to 0..=100 and held at 49 for a walkout. `None` when no such walk ends in time.
fn best_via(walks: &Walks, edge: &Edge, reference: usize) -> Option<u8> {
    let net = edge.points.net();
    match edge.to {
        Target::End(outcome) => Some(score_of(net, 1, reference, outcome == Outcome::Walkout)),
        Target::State(t) => (1..walks.max_len)
            .flat_map(|len| [FINISHED, WALKOUT].map(|k| (len, k)))
            .filter_map(|(len, k)| {
                walks.suffix(len, k, t).map(|(_, hi)| score_of(net + hi, len + 1, reference, k == WALKOUT))
            })
            .max(),
    }
}

/// Flags, once per choice, a choice with a mistake whose best reachable run score (`best_via`,
/// from a state with the reference taken as the best path length from that state) is at least
/// that of the best mistake-free choice of the same scene at the same state.
pub fn mistake_pays(file: &SourceFile, scenario: &Scenario, graph: &StateGraph, walks: &Walks, out: &mut Diagnostics) {
    let mut flagged = HashSet::new();
    for (s, edges) in graph.edges.iter().enumerate() {
        let (scene_index, mood) = graph.states[s];
        let (id, SceneNode::Scene(scene)) = &scenario.scenes.0[scene_index] else { continue };
        let reference = walks.reference(s);
        let clean_best = edges
            .iter()
            .filter(|e| scene.choices[e.choice].mistakes.is_empty())
            .filter_map(|e| best_via(walks, e, reference))
            .max();
        let Some(clean_best) = clean_best else { continue };
        for e in edges.iter().filter(|e| !scene.choices[e.choice].mistakes.is_empty()) {
            let Some(via) = best_via(walks, e, reference) else { continue };
            if via < clean_best || !flagged.insert((scene_index, e.choice)) {
                continue;
            }
            let message = phrase!(
                "checks-mistake-pays",
                choice = e.choice + 1,
                scene = id,
                mistakes = ids(&scene.choices[e.choice].mistakes),
                scores = via,
                clean = clean_best,
                mood = mood,
            );
            out.push(
                file.at(Severity::Error, "mistake-pays", &choice_path(id, e.choice, None), message)
                    .with_label(phrase!("checks-mistake-pays-label"))
                    .with_hint(phrase!("checks-mistake-pays-hint")),
            );
        }
    }
}

/// Why a penalty changed no score: every run through it already scored 0, or was a walkout
/// already held at 49.
#[derive(Default)]
struct Absorbed {
    at_zero: bool,
    at_cap: bool,
}

/// Whether adding `penalty` back to every sum in `lo..=hi` leaves the score as it was: true when
/// even the highest sum plus the penalty scores 0, or the lowest sum already scores the cap
/// (both ends are monotone, so the whole range agrees). A range in between counts as changed.
fn range_absorbed(
    lo: i64,
    hi: i64,
    penalty: i64,
    len: usize,
    reference: usize,
    walkout: bool,
    why: &mut Absorbed,
) -> bool {
    let cap = if walkout { WALKOUT_CAP } else { 100 };
    if score_of(hi + penalty, len, reference, walkout) == 0 {
        why.at_zero = true;
        true
    } else if score_of(lo, len, reference, walkout) == cap {
        why.at_cap |= walkout;
        true
    } else {
        lo == hi && score_of(lo, len, reference, walkout) == score_of(lo + penalty, len, reference, walkout)
    }
}

/// Flags a choice with a mistake when no run from the start through it (walks within the length
/// bound, `reference` being the scenario's best path length) would score differently without
/// the choice's penalties.
pub fn penalty_absorbed(
    file: &SourceFile,
    scenario: &Scenario,
    graph: &StateGraph,
    walks: &Walks,
    reference: usize,
    out: &mut Diagnostics,
) {
    // (scene, choice) -> still absorbed so far, and why.
    let mut verdicts: Vec<((usize, usize), bool, Absorbed)> = Vec::new();
    let mut slots: HashMap<(usize, usize), usize> = HashMap::new();
    for (s, edges) in graph.edges.iter().enumerate() {
        let scene_index = graph.states[s].0;
        let SceneNode::Scene(scene) = &scenario.scenes.0[scene_index].1 else { continue };
        for e in edges.iter().filter(|e| e.points.penalty > 0 && !scene.choices[e.choice].mistakes.is_empty()) {
            let key = (scene_index, e.choice);
            let slot = *slots.entry(key).or_insert_with(|| {
                verdicts.push((key, true, Absorbed::default()));
                verdicts.len() - 1
            });
            let (_, absorbed, why) = &mut verdicts[slot];
            if !*absorbed {
                // One run whose score moves is enough: most mistakes stop here at once.
                continue;
            }
            let (net, penalty) = (e.points.net(), i64::from(e.points.penalty));
            for before in 0..=walks.max_len {
                if !*absorbed {
                    break;
                }
                let Some((plo, phi)) = walks.prefix(before, s) else { continue };
                let mut absorbs = |lo: i64, hi: i64, len: usize, walkout: bool| {
                    range_absorbed(plo + net + lo, phi + net + hi, penalty, len, reference, walkout, why)
                };
                match e.to {
                    Target::End(outcome) => *absorbed &= absorbs(0, 0, before + 1, kind(outcome) == WALKOUT),
                    Target::State(t) => {
                        for after in 1..=walks.max_len {
                            for k in [FINISHED, WALKOUT] {
                                if *absorbed && let Some((lo, hi)) = walks.suffix(after, k, t) {
                                    *absorbed &= absorbs(lo, hi, before + 1 + after, k == WALKOUT);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    for ((scene_index, choice), absorbed, why) in verdicts {
        if !absorbed || !(why.at_zero || why.at_cap) {
            continue;
        }
        let (id, SceneNode::Scene(scene)) = &scenario.scenes.0[scene_index] else { continue };
        // A key of the `checks-penalty-absorbed` selector.
        let reason = match (why.at_zero, why.at_cap) {
            (true, true) => "zero-or-walkout",
            (true, false) => "zero",
            _ => "walkout",
        };
        let message = phrase!(
            "checks-penalty-absorbed",
            mistakes = ids(&scene.choices[choice].mistakes),
            choice = choice + 1,
            scene = id,
            reason = reason,
        );
        out.push(
            file.at(Severity::Warning, "penalty-absorbed", &choice_path(id, choice, Some("mistakes")), message)
                .with_label(phrase!("checks-penalty-absorbed-label"))
                .with_hint(phrase!("checks-penalty-absorbed-hint")),
        );
    }
}
