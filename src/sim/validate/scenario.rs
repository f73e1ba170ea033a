//! Checks on one scenario: its fields, the ids it names, moods, links, and its best path.

use std::collections::HashSet;

use super::{Checker, ScenarioSummary};
use crate::sim::bestpath::best_path;
use crate::sim::diagnostic::Diagnostics;
use crate::sim::i18n::choice_key;
use crate::sim::locate::Seg;
use crate::sim::model::{Catalog, Id, Scenario, SceneNode};
use crate::sim::source::SourceFile;
use crate::sim::suggest::closest;

const MOOD_RANGE: std::ops::RangeInclusive<i32> = -100..=100;
const START_MOOD_RANGE: std::ops::RangeInclusive<i32> = 1..=100;

enum IdKind {
    Strategy,
    Mistake,
}

fn unknown_id(kind: IdKind, id: &Id, catalog: &Catalog) -> Option<(&'static str, String, String)> {
    let (known, other, code, what, other_what) = match kind {
        IdKind::Strategy => {
            (catalog.strategy(id).is_some(), catalog.mistake(id).is_some(), "unknown-strategy", "strategy", "mistake")
        }
        IdKind::Mistake => {
            (catalog.mistake(id).is_some(), catalog.strategy(id).is_some(), "unknown-mistake", "mistake", "strategy")
        }
    };
    if known {
        return None;
    }
    let hint = if other {
        format!(
            "`{id}` is a {other_what} in the catalog; list it under `{}` instead",
            if other_what == "mistake" { "mistakes" } else { "uses`/`recommended" }
        )
    } else {
        let ids: Vec<&str> = match kind {
            IdKind::Strategy => catalog.strategies.iter().map(|s| s.id.as_str()).collect(),
            IdKind::Mistake => catalog.mistakes.iter().map(|m| m.id.as_str()).collect(),
        };
        match closest(id.as_str(), ids.iter().copied()) {
            Some(near) => format!("did you mean `{near}`? (or add `{id}` to strategies.ron)"),
            None => format!("known {what} ids: {}", ids.join(", ")),
        }
    };
    Some((code, format!("unknown {what} `{id}`"), hint))
}

/// Checks one scenario against the catalog and computes its best path.
pub fn validate_scenario(
    file: &SourceFile,
    scenario: &Scenario,
    catalog: &Catalog,
    out: &mut Diagnostics,
) -> ScenarioSummary {
    let mut c = Checker { file, out };
    let f = |name| [Seg::Field(name)];
    c.text(&f("id"), &scenario.id, "scenario id");
    c.text(&f("title"), &scenario.title, "title");
    c.text(&f("setting"), &scenario.setting, "setting");
    c.text(&[Seg::Field("customer"), Seg::Field("name")], &scenario.customer.name, "customer name");
    c.text(&[Seg::Field("customer"), Seg::Field("about")], &scenario.customer.about, "customer `about`");
    if !START_MOOD_RANGE.contains(&scenario.customer.mood) {
        c.error(
            "mood-out-of-range",
            &[Seg::Field("customer"), Seg::Field("mood")],
            format!("starting mood {} is outside 1..=100", scenario.customer.mood),
            "out of range",
            Some("mood runs from 0 (furious: the customer walks out) to 100 (calm); start between 1 and 100".into()),
        );
    }
    if scenario.learning_goals.trim().is_empty() {
        c.warn(
            "no-learning-goals",
            &f("id"),
            "no `learning_goals` for trainers".into(),
            "this scenario",
            Some("add `learning_goals: \"what this scenario practices\",` so trainers know when to use it".into()),
        );
    }
    if scenario.reflection.is_empty() {
        c.warn(
            "no-reflection",
            &f("id"),
            "no `reflection` questions for the debrief".into(),
            "this scenario",
            Some("add 2-3 questions, e.g. `reflection: [\"When did the customer's tone change?\"],`".into()),
        );
    }
    for (i, q) in scenario.reflection.iter().enumerate() {
        c.text(&[Seg::Field("reflection"), Seg::Index(i)], q, "reflection question");
    }

    let nodes = &scenario.scenes.0;
    let ids: Vec<&str> = nodes.iter().map(|(k, _)| k.as_str()).collect();
    // Looked up once per choice: a map keeps a scenario of thousands of scenes linear.
    let known: HashSet<&str> = ids.iter().copied().collect();
    let mut seen = HashSet::new();
    for (id, _) in nodes {
        if !seen.insert(id.as_str()) {
            // The second copy's key: the locator finds the first, so point at the list instead.
            c.error(
                "duplicate-scene",
                &[Seg::Field("scenes"), Seg::KeyName(id)],
                format!("scene id `{id}` is used twice"),
                "this id appears again further down",
                Some("rename one of the scenes; ids must be unique within a scenario".into()),
            );
        }
    }
    match scenario.node(&scenario.start) {
        Some(SceneNode::Scene(_)) => {}
        Some(SceneNode::Ending(_)) => c.error(
            "start-is-ending",
            &f("start"),
            format!("`start` names `{}`, an ending", scenario.start),
            "an Ending cannot start a scenario",
            Some("point `start` at the first decision scene".into()),
        ),
        None => {
            let hint = match closest(&scenario.start, ids.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("scene ids in this file: {}", some_of(&ids)),
            };
            c.error(
                "unknown-start",
                &f("start"),
                format!("`start` names no scene: `{}`", scenario.start),
                "no such scene",
                Some(hint),
            );
        }
    }

    for (id, node) in nodes {
        let base = [Seg::Field("scenes"), Seg::Key(id)];
        let at = |rest: &[Seg<'static>]| -> Vec<Seg> { base.iter().cloned().chain(rest.iter().cloned()).collect() };
        match node {
            SceneNode::Ending(ending) => c.text(&at(&[Seg::Field("text")]), &ending.text, "ending text"),
            SceneNode::Scene(scene) => {
                c.text(&at(&[Seg::Field("situation")]), &scene.situation, "situation");
                if scene.customer_says.is_empty() {
                    c.error(
                        "no-variants",
                        &at(&[Seg::Field("customer_says")]),
                        format!("scene `{id}` has no `customer_says` lines"),
                        "empty list",
                        Some(
                            "add at least one thing the customer says; two or more variants keep replays fresh".into(),
                        ),
                    );
                }
                for (v, line) in scene.customer_says.iter().enumerate() {
                    let mut p = at(&[Seg::Field("customer_says")]);
                    p.push(Seg::Index(v));
                    c.text(&p, line, "customer line");
                }
                if scene.recommended.is_empty() {
                    c.error(
                        "no-recommended",
                        &at(&[Seg::Field("recommended")]),
                        format!("scene `{id}` recommends no strategy"),
                        "empty list",
                        Some(
                            "name the strategies that fit this moment, e.g. `recommended: [listen_actively, \
                             empathize]`; scores are the share of these a choice uses"
                                .into(),
                        ),
                    );
                }
                for (r, sid) in scene.recommended.iter().enumerate() {
                    if let Some((code, message, hint)) = unknown_id(IdKind::Strategy, sid, catalog) {
                        let mut p = at(&[Seg::Field("recommended")]);
                        p.push(Seg::Index(r));
                        c.error(code, &p, message, "not in strategies.ron", Some(hint));
                    }
                }
                if scene.choices.is_empty() {
                    c.error(
                        "no-choices",
                        &at(&[Seg::Field("choices")]),
                        format!("scene `{id}` has no choices"),
                        "empty list",
                        Some(
                            "give the trainee 2-4 responses; a scene that ends the story is an \
                             `Ending(outcome: ..., text: ...)`"
                                .into(),
                        ),
                    );
                } else if scene.choices.len() == 1 {
                    c.warn(
                        "single-choice",
                        &at(&[Seg::Field("choices")]),
                        format!("scene `{id}` has only one choice"),
                        "no real decision",
                        Some("add a tempting wrong answer a new hire might really give".into()),
                    );
                }
                for (ci, choice) in scene.choices.iter().enumerate() {
                    let cp = |field: &'static str| -> Vec<Seg> {
                        let mut p = at(&[Seg::Field("choices")]);
                        p.extend([Seg::Index(ci), Seg::Field(field)]);
                        p
                    };
                    c.text(&cp("say"), &choice.say, "choice's `say`");
                    c.text(&cp("feedback"), &choice.feedback, "choice's `feedback`");
                    // Translations find a choice by its id, or by its number when it has none.
                    let key = |(n, other): (usize, &crate::sim::Choice)| choice_key(&other.id, n);
                    let mine = key((ci, choice));
                    if let Some(first) = scene.choices.iter().enumerate().map(key).position(|k| k == mine)
                        && first != ci
                    {
                        c.error(
                            "duplicate-choice-id",
                            &cp(if choice.id.is_empty() { "say" } else { "id" }),
                            format!("choices {} and {} of scene `{id}` are both named `{mine}`", first + 1, ci + 1),
                            "the same name as another choice here",
                            Some("give each choice in a scene its own `id:` (a choice without one is named by its number)".into()),
                        );
                    }
                    for (u, sid) in choice.uses.iter().enumerate() {
                        if let Some((code, message, hint)) = unknown_id(IdKind::Strategy, sid, catalog) {
                            let mut p = cp("uses");
                            p.push(Seg::Index(u));
                            c.error(code, &p, message, "not in strategies.ron", Some(hint));
                        }
                    }
                    for (m, mid) in choice.mistakes.iter().enumerate() {
                        if let Some((code, message, hint)) = unknown_id(IdKind::Mistake, mid, catalog) {
                            let mut p = cp("mistakes");
                            p.push(Seg::Index(m));
                            c.error(code, &p, message, "not a mistake in strategies.ron", Some(hint));
                        }
                    }
                    if !MOOD_RANGE.contains(&choice.mood) {
                        c.error(
                            "mood-out-of-range",
                            &cp("mood"),
                            format!("mood change {} is outside -100..=100", choice.mood),
                            "out of range",
                            Some("a choice moves the mood by -100 to 100; -20..-40 is already a bad moment".into()),
                        );
                    }
                    if !known.contains(choice.next.as_str()) {
                        let hint = match closest(&choice.next, ids.iter().copied()) {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => format!(
                                "add a scene `\"{}\": Scene(...)` or an `Ending(...)`, or point `next` at one of: {}",
                                choice.next,
                                some_of(&ids)
                            ),
                        };
                        c.error(
                            "unknown-next",
                            &cp("next"),
                            format!("`next` names no scene: `{}`", choice.next),
                            "no such scene",
                            Some(hint),
                        );
                    }
                }
            }
        }
    }

    super::graph::check_graph(&mut c, scenario);
    super::channel::check_channel(&mut c, scenario, catalog);
    if scenario.walkout_ending().is_none() {
        c.warn(
            "no-walkout-ending",
            &f("scenes"),
            "no `Ending(outcome: Walkout, ...)`".into(),
            "in these scenes",
            Some(
                "when the mood reaches 0 the customer walks out; add a Walkout ending so the trainee sees how it ends"
                    .into(),
            ),
        );
    }

    let best =
        if c.out.0.iter().any(|d| d.is_error() && d.file == file.path) { None } else { best_path(scenario, catalog) };
    if c.out.0.iter().all(|d| !(d.is_error() && d.file == file.path)) {
        match &best {
            None => c.error(
                "no-complete-run",
                &f("start"),
                "no run from `start` reaches an ending".into(),
                "starts here",
                Some("check the `next` links and mood changes: every path walks out or loops".into()),
            ),
            Some(b) if b.score < 100 => {
                let (scene_id, _, score) = b.steps.iter().find(|(_, _, s)| *s < 100).cloned().unwrap_or_default();
                c.error(
                    "best-path-below-100",
                    &[Seg::Field("scenes"), Seg::KeyName(&scene_id)],
                    format!("the best achievable run scores {}, not 100", b.score),
                    &format!("best choice here scores {score}"),
                    Some(format!(
                        "in scene `{scene_id}`, give one choice every `recommended` strategy and no mistakes, \
                         so a trainee who does everything right can reach 100"
                    )),
                );
            }
            Some(_) => {}
        }
    }
    ScenarioSummary {
        file: file.path.clone(),
        id: scenario.id.clone(),
        title: scenario.title.clone(),
        difficulty: scenario.difficulty,
        decision_scenes: scenario.decision_scene_count(),
        best,
    }
}

/// A list of scene ids for a hint, short enough to read when a scenario has thousands.
fn some_of(ids: &[&str]) -> String {
    const SHOWN: usize = 12;
    let head = ids[..ids.len().min(SHOWN)].join(", ");
    if ids.len() > SHOWN { format!("{head}, ... ({} in all)", ids.len()) } else { head }
}
