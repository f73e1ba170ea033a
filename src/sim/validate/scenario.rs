//! Checks on one scenario: its fields, the ids it names, moods, links, and its best path.

use std::collections::HashSet;

use super::{Checker, ScenarioSummary};
use crate::phrase;
use crate::sim::bestpath::best_path;
use crate::sim::diagnostic::{Diagnostics, Phrase};
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

/// A scene names an id the catalog lacks: its code, message, label and hint.
struct UnknownId {
    code: &'static str,
    message: Phrase,
    label: Phrase,
    hint: Phrase,
}

fn unknown_id(kind: IdKind, id: &Id, catalog: &Catalog) -> Option<UnknownId> {
    let (known, other) = match kind {
        IdKind::Strategy => (catalog.strategy(id).is_some(), catalog.mistake(id).is_some()),
        IdKind::Mistake => (catalog.mistake(id).is_some(), catalog.strategy(id).is_some()),
    };
    if known {
        return None;
    }
    let ids: Vec<&str> = match kind {
        IdKind::Strategy => catalog.strategies.iter().map(|s| s.id.as_str()).collect(),
        IdKind::Mistake => catalog.mistakes.iter().map(|m| m.id.as_str()).collect(),
    };
    // Only a typo gets a suggestion: an id of the other kind is told where it belongs.
    let near = if other { None } else { closest(id.as_str(), ids.iter().copied()) };
    let id = id.as_str();
    Some(match kind {
        IdKind::Strategy => UnknownId {
            code: "unknown-strategy",
            message: phrase!("validate-unknown-strategy", id = id),
            label: phrase!("validate-unknown-strategy-label"),
            hint: match (other, near) {
                (true, _) => phrase!("validate-unknown-strategy-hint-is-mistake", id = id),
                (false, Some(near)) => phrase!("validate-unknown-strategy-hint-near", id = id, near = near),
                (false, None) => phrase!("validate-unknown-strategy-hint-list", ids = ids.join(", ")),
            },
        },
        IdKind::Mistake => UnknownId {
            code: "unknown-mistake",
            message: phrase!("validate-unknown-mistake", id = id),
            label: phrase!("validate-unknown-mistake-label"),
            hint: match (other, near) {
                (true, _) => phrase!("validate-unknown-mistake-hint-is-strategy", id = id),
                (false, Some(near)) => phrase!("validate-unknown-mistake-hint-near", id = id, near = near),
                (false, None) => phrase!("validate-unknown-mistake-hint-list", ids = ids.join(", ")),
            },
        },
    })
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
    c.text(&f("id"), &scenario.id, "scenario-id");
    c.text(&f("title"), &scenario.title, "title");
    c.text(&f("setting"), &scenario.setting, "setting");
    c.text(&[Seg::Field("customer"), Seg::Field("name")], &scenario.customer.name, "customer-name");
    c.text(&[Seg::Field("customer"), Seg::Field("about")], &scenario.customer.about, "customer-about");
    if !START_MOOD_RANGE.contains(&scenario.customer.mood) {
        c.error(
            "mood-out-of-range",
            &[Seg::Field("customer"), Seg::Field("mood")],
            phrase!("validate-mood-out-of-range-start", mood = scenario.customer.mood),
            phrase!("validate-mood-out-of-range-label"),
            Some(phrase!("validate-mood-out-of-range-start-hint")),
        );
    }
    if scenario.learning_goals.trim().is_empty() {
        c.warn(
            "no-learning-goals",
            &f("id"),
            phrase!("validate-no-learning-goals"),
            phrase!("validate-no-learning-goals-label"),
            Some(phrase!("validate-no-learning-goals-hint")),
        );
    }
    if scenario.reflection.is_empty() {
        c.warn(
            "no-reflection",
            &f("id"),
            phrase!("validate-no-reflection"),
            phrase!("validate-no-reflection-label"),
            Some(phrase!("validate-no-reflection-hint")),
        );
    }
    for (i, q) in scenario.reflection.iter().enumerate() {
        c.text(&[Seg::Field("reflection"), Seg::Index(i)], q, "reflection-question");
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
                phrase!("validate-duplicate-scene", id = id),
                phrase!("validate-duplicate-scene-label"),
                Some(phrase!("validate-duplicate-scene-hint")),
            );
        }
    }
    match scenario.node(&scenario.start) {
        Some(SceneNode::Scene(_)) => {}
        Some(SceneNode::Ending(_)) => c.error(
            "start-is-ending",
            &f("start"),
            phrase!("validate-start-is-ending", start = &scenario.start),
            phrase!("validate-start-is-ending-label"),
            Some(phrase!("validate-start-is-ending-hint")),
        ),
        None => {
            let hint = match closest(&scenario.start, ids.iter().copied()) {
                Some(near) => phrase!("validate-unknown-start-hint-near", near = near),
                None => phrase!("validate-unknown-start-hint-list", ids = some_of(&ids)),
            };
            c.error(
                "unknown-start",
                &f("start"),
                phrase!("validate-unknown-start", start = &scenario.start),
                phrase!("validate-unknown-start-label"),
                Some(hint),
            );
        }
    }

    for (id, node) in nodes {
        let base = [Seg::Field("scenes"), Seg::Key(id)];
        let at = |rest: &[Seg<'static>]| -> Vec<Seg> { base.iter().cloned().chain(rest.iter().cloned()).collect() };
        match node {
            SceneNode::Ending(ending) => c.text(&at(&[Seg::Field("text")]), &ending.text, "ending-text"),
            SceneNode::Scene(scene) => {
                c.text(&at(&[Seg::Field("situation")]), &scene.situation, "situation");
                if scene.customer_says.is_empty() {
                    c.error(
                        "no-variants",
                        &at(&[Seg::Field("customer_says")]),
                        phrase!("validate-no-variants", id = id),
                        phrase!("validate-no-variants-label"),
                        Some(phrase!("validate-no-variants-hint")),
                    );
                }
                for (v, line) in scene.customer_says.iter().enumerate() {
                    let mut p = at(&[Seg::Field("customer_says")]);
                    p.push(Seg::Index(v));
                    c.text(&p, line, "customer-line");
                }
                if scene.recommended.is_empty() {
                    c.error(
                        "no-recommended",
                        &at(&[Seg::Field("recommended")]),
                        phrase!("validate-no-recommended", id = id),
                        phrase!("validate-no-recommended-label"),
                        Some(phrase!("validate-no-recommended-hint")),
                    );
                }
                for (r, sid) in scene.recommended.iter().enumerate() {
                    if let Some(u) = unknown_id(IdKind::Strategy, sid, catalog) {
                        let mut p = at(&[Seg::Field("recommended")]);
                        p.push(Seg::Index(r));
                        c.error(u.code, &p, u.message, u.label, Some(u.hint));
                    }
                }
                if scene.choices.is_empty() {
                    c.error(
                        "no-choices",
                        &at(&[Seg::Field("choices")]),
                        phrase!("validate-no-choices", id = id),
                        phrase!("validate-no-choices-label"),
                        Some(phrase!("validate-no-choices-hint")),
                    );
                } else if scene.choices.len() == 1 {
                    c.warn(
                        "single-choice",
                        &at(&[Seg::Field("choices")]),
                        phrase!("validate-single-choice", id = id),
                        phrase!("validate-single-choice-label"),
                        Some(phrase!("validate-single-choice-hint")),
                    );
                }
                for (ci, choice) in scene.choices.iter().enumerate() {
                    let cp = |field: &'static str| -> Vec<Seg> {
                        let mut p = at(&[Seg::Field("choices")]);
                        p.extend([Seg::Index(ci), Seg::Field(field)]);
                        p
                    };
                    c.text(&cp("say"), &choice.say, "choice-say");
                    c.text(&cp("feedback"), &choice.feedback, "choice-feedback");
                    // Translations find a choice by its id, or by its number when it has none.
                    let key = |(n, other): (usize, &crate::sim::Choice)| choice_key(&other.id, n);
                    let mine = key((ci, choice));
                    if let Some(first) = scene.choices.iter().enumerate().map(key).position(|k| k == mine)
                        && first != ci
                    {
                        c.error(
                            "duplicate-choice-id",
                            &cp(if choice.id.is_empty() { "say" } else { "id" }),
                            phrase!(
                                "validate-duplicate-choice-id",
                                first = first + 1,
                                second = ci + 1,
                                scene = id,
                                name = &mine,
                            ),
                            phrase!("validate-duplicate-choice-id-label"),
                            Some(phrase!("validate-duplicate-choice-id-hint")),
                        );
                    }
                    for (u, sid) in choice.uses.iter().enumerate() {
                        if let Some(unknown) = unknown_id(IdKind::Strategy, sid, catalog) {
                            let mut p = cp("uses");
                            p.push(Seg::Index(u));
                            c.error(unknown.code, &p, unknown.message, unknown.label, Some(unknown.hint));
                        }
                    }
                    for (m, mid) in choice.mistakes.iter().enumerate() {
                        if let Some(unknown) = unknown_id(IdKind::Mistake, mid, catalog) {
                            let mut p = cp("mistakes");
                            p.push(Seg::Index(m));
                            c.error(unknown.code, &p, unknown.message, unknown.label, Some(unknown.hint));
                        }
                    }
                    if !MOOD_RANGE.contains(&choice.mood) {
                        c.error(
                            "mood-out-of-range",
                            &cp("mood"),
                            phrase!("validate-mood-out-of-range-change", mood = choice.mood),
                            phrase!("validate-mood-out-of-range-label"),
                            Some(phrase!("validate-mood-out-of-range-change-hint")),
                        );
                    }
                    if !known.contains(choice.next.as_str()) {
                        let hint = match closest(&choice.next, ids.iter().copied()) {
                            Some(near) => phrase!("validate-unknown-next-hint-near", near = near),
                            None => {
                                phrase!("validate-unknown-next-hint-list", next = &choice.next, ids = some_of(&ids))
                            }
                        };
                        c.error(
                            "unknown-next",
                            &cp("next"),
                            phrase!("validate-unknown-next", next = &choice.next),
                            phrase!("validate-unknown-next-label"),
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
            phrase!("validate-no-walkout-ending"),
            phrase!("validate-no-walkout-ending-label"),
            Some(phrase!("validate-no-walkout-ending-hint")),
        );
    }

    let best =
        if c.out.0.iter().any(|d| d.is_error() && d.file == file.path) { None } else { best_path(scenario, catalog) };
    if c.out.0.iter().all(|d| !(d.is_error() && d.file == file.path)) {
        match &best {
            None => c.error(
                "no-complete-run",
                &f("start"),
                phrase!("validate-no-complete-run"),
                phrase!("validate-no-complete-run-label"),
                Some(phrase!("validate-no-complete-run-hint")),
            ),
            Some(b) if b.score < 100 => {
                let (scene_id, _, score) = b.steps.iter().find(|(_, _, s)| *s < 100).cloned().unwrap_or_default();
                c.error(
                    "best-path-below-100",
                    &[Seg::Field("scenes"), Seg::KeyName(&scene_id)],
                    phrase!("validate-best-path-below-100", score = b.score),
                    phrase!("validate-best-path-below-100-label", score = score),
                    Some(phrase!("validate-best-path-below-100-hint", scene = &scene_id)),
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
fn some_of(ids: &[&str]) -> Phrase {
    const SHOWN: usize = 12;
    let head = ids[..ids.len().min(SHOWN)].join(", ");
    if ids.len() > SHOWN {
        phrase!("validate-scene-ids-cut", ids = head, count = ids.len())
    } else {
        phrase!("validate-scene-ids", ids = head)
    }
}
