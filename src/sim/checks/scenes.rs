//! Checks on how a scene's choices score and look: `all-or-nothing` and `surface-tell`.

use crate::phrase;
use crate::sim::analysis::surface::{empathy_words, has_stage_direction, word_count};
use crate::sim::diagnostic::{Diagnostics, Severity};
use crate::sim::locate::Seg;
use crate::sim::model::{Catalog, Scenario, Scene, SceneNode};
use crate::sim::scoring::score_choice;
use crate::sim::source::SourceFile;

fn nets(scene: &Scene, catalog: &Catalog) -> Vec<i64> {
    scene.choices.iter().map(|c| score_choice(scene, c, catalog).points().net()).collect()
}

/// Flags scenes whose choices net (earned minus penalties) only 100 or 0, both present: right or
/// wrong with nothing between, so the score cannot tell a near miss from a bad mistake. One such
/// moment in a scenario is fair (some moments have one right answer); from the second on, each
/// is flagged.
pub fn all_or_nothing(file: &SourceFile, scenario: &Scenario, catalog: &Catalog, out: &mut Diagnostics) {
    let flagged: Vec<&str> = scenario
        .scenes
        .0
        .iter()
        .filter_map(|(id, node)| match node {
            SceneNode::Scene(scene) => Some((id.as_str(), nets(scene, catalog))),
            SceneNode::Ending(_) => None,
        })
        .filter(|(_, nets)| nets.iter().all(|&n| n == 0 || n == 100) && nets.contains(&0) && nets.contains(&100))
        .map(|(id, _)| id)
        .collect();
    if flagged.len() < 2 {
        return;
    }
    for id in &flagged {
        out.push(
            file.at(
                Severity::Warning,
                "all-or-nothing",
                &[Seg::Field("scenes"), Seg::KeyName(id)],
                phrase!("checks-all-or-nothing", scene = *id, count = flagged.len()),
            )
            .with_label(phrase!("checks-all-or-nothing-label"))
            .with_hint(phrase!("checks-all-or-nothing-hint")),
        );
    }
}

/// The scene counts behind `surface-tell`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tells {
    /// Decision scenes with at least two choices: the ones where a tell could help.
    pub scenes: usize,
    /// Scenes where the best choice is the longest (in words, strictly).
    pub longest: usize,
    /// Scenes where the best choice is the only one with a stage direction.
    pub stage_direction: usize,
    /// Scenes where the best choice is the only one with apology or empathy words.
    pub empathy: usize,
}

/// Counts, per scene, whether a best choice (highest net points) stands out by a surface feature.
pub fn count_tells(scenario: &Scenario, catalog: &Catalog) -> Tells {
    let mut t = Tells::default();
    for (_, node) in &scenario.scenes.0 {
        let SceneNode::Scene(scene) = node else { continue };
        if scene.choices.len() < 2 {
            continue;
        }
        t.scenes += 1;
        let nets = nets(scene, catalog);
        let top = nets.iter().copied().max().unwrap_or(0);
        let is_best = |i: usize| nets[i] == top;
        // The one index where `has` holds, when exactly one does.
        let only = |has: &dyn Fn(usize) -> bool| {
            let found: Vec<usize> = (0..scene.choices.len()).filter(|&i| has(i)).collect();
            (found.len() == 1).then(|| found[0])
        };
        let words: Vec<usize> = scene.choices.iter().map(|c| word_count(&c.act, &c.say)).collect();
        let most = words.iter().copied().max().unwrap_or(0);
        let c = &scene.choices;
        t.longest += usize::from(only(&|i| words[i] == most).is_some_and(is_best));
        t.stage_direction += usize::from(only(&|i| has_stage_direction(&c[i].act, &c[i].say)).is_some_and(is_best));
        t.empathy += usize::from(only(&|i| empathy_words(&c[i].act, &c[i].say) > 0).is_some_and(is_best));
    }
    t
}

/// Flags, once per tell, a scenario where the best choice gives itself away by a surface feature
/// in more than half of its decision scenes.
pub fn surface_tell(file: &SourceFile, scenario: &Scenario, catalog: &Catalog, out: &mut Diagnostics) {
    let t = count_tells(scenario, catalog);
    // Each tell its own message and hint, so a language words each as it likes.
    let scenes = t.scenes;
    let tells = [
        (
            t.longest,
            phrase!("checks-surface-tell-longest", count = t.longest, scenes = scenes),
            phrase!("checks-surface-tell-longest-hint"),
        ),
        (
            t.stage_direction,
            phrase!("checks-surface-tell-stage-direction", count = t.stage_direction, scenes = scenes),
            phrase!("checks-surface-tell-stage-direction-hint"),
        ),
        (
            t.empathy,
            phrase!("checks-surface-tell-empathy", count = t.empathy, scenes = scenes),
            phrase!("checks-surface-tell-empathy-hint"),
        ),
    ];
    for (count, message, hint) in tells {
        if count * 2 > t.scenes {
            out.push(
                file.at(Severity::Warning, "surface-tell", &[Seg::Field("id")], message)
                    .with_label(phrase!("checks-surface-tell-label"))
                    .with_hint(hint),
            );
        }
    }
}
