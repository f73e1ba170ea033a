//! The path analysis and the bots on small scenarios whose every path is counted by hand.

use super::paths::summarize_with_cap;
use super::*;
use crate::sim::test_scenarios::{catalog, scenario};

/// `a` (mood 50) leads on to `b`, or loops back to itself at mood -25, or loops back at the same
/// mood (a revisit of its state, which no path may take). `b` is perfect, or half right with
/// interrupting (25) at mood -30.
const LOOP: &str = "\"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize], choices: [\
    (say: \"x\", uses: [empathize], next: \"b\", feedback: \"f\"), \
    (say: \"x\", mood: -25, next: \"a\", feedback: \"f\"), \
    (say: \"x\", next: \"a\", feedback: \"f\")]), \
    \"b\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [clarify, offer_solutions], choices: [\
    (say: \"x\", uses: [clarify, offer_solutions], mood: 10, next: \"end\", feedback: \"f\"), \
    (say: \"x\", uses: [clarify], mistakes: [interrupting], mood: -30, next: \"end\", feedback: \"f\")]),";

#[test]
fn every_path_through_a_loop_is_counted_once_and_scored_with_model_2() {
    // The best path is a -> b -> end: 2 decisions. Net points: a1 100, a2 0, b1 100, b2 50 - 25.
    //   a50 a1, b50 b1: 200 / 2 = 100, resolved
    //   a50 a1, b50 b2: 125 / 2 = 62.5 -> 63, resolved (mood 20)
    //   a50 a2, a25 a1, b25 b1: 200 / 3 = 66.7 -> 67, resolved
    //   a50 a2, a25 a1, b25 b2: 125 / 3 = 41.7 -> 42, walkout (25 - 30), below the cap anyway
    //   a50 a2, a25 a2: mood 0, walkout, 0
    // a3 returns to the same state, so it adds no path. Sorted: 0, 42, 63, 67, 100.
    let s = scenario(LOOP);
    let graph = StateGraph::build(&s, &catalog()).unwrap();
    assert_eq!(graph.states, [(0, 50), (1, 50), (0, 25), (1, 25)]);
    let p = summarize_paths(&graph, 2);
    assert_eq!((p.exact, p.count, p.min, p.median, p.max), (true, 5, 0, 63, 100));
    assert_eq!((p.outcomes.resolved, p.outcomes.walkout, p.outcomes.escalated), (60, 40, 0));
}

#[test]
fn past_the_cap_the_paths_are_sampled_and_labelled_so() {
    let s = scenario(LOOP);
    let graph = StateGraph::build(&s, &catalog()).unwrap();
    let p = summarize_with_cap(&graph, 2, 3);
    assert!(!p.exact);
    // Every walk ends (a revisit is never offered), and 20,000 walks find all five paths.
    assert_eq!((p.count, p.min, p.max), (SAMPLED_WALKS, 0, 100));
    assert_eq!(summarize_with_cap(&graph, 2, 3), p, "the same seed samples the same walks");
}

/// One scene: the short answer is right, the long one (with a stage direction and an apology) is
/// wrong. No penalties and every run is one decision, so model 1 and model 2 agree: 100 or 0.
const TELL: &str = "\"a\": Scene(situation: \"s\", customer_says: [\"c\"], recommended: [empathize], choices: [\
    (say: \"\\\"That sounds hard.\\\"\", uses: [empathize], next: \"end\", feedback: \"f\"), \
    (say: \"Smile, then: \\\"I'm so sorry, but policy is policy and there is nothing more I can do.\\\"\", \
    next: \"end\", feedback: \"f\")]),";

#[test]
fn each_bot_picks_by_its_surface_feature_on_every_seed() {
    let s = scenario(TELL);
    let bots = play_bots(&s, &catalog());
    let by = |bot: Bot| bots.iter().find(|b| b.bot == bot).map(|b| (b.mean, b.best)).unwrap();
    assert_eq!(by(Bot::Shortest), (100, 100));
    assert_eq!(by(Bot::Longest), (0, 0));
    assert_eq!(by(Bot::StageDirection), (0, 0));
    assert_eq!(by(Bot::Empathy), (0, 0));
    // With two choices, first and last always differ: their means add up to 100.
    assert_eq!(by(Bot::First).0 + by(Bot::Last).0, 100);
}
