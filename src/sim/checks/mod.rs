//! The validator's training checks: scores that cannot be gamed. A mistake must cost and never
//! pay, scenes must score more than right or wrong, and the best answer must not give itself away
//! by its length, a stage direction or kind words (AUTHORING.md lists every code).
//!
//! `training_checks` runs on every scenario without errors; `Library::check_paths` (the path
//! analysis and the surface bots, costlier) runs when `validate --paths` asks.

mod detours;
mod scenes;
mod walks;

use crate::phrase;
use crate::sim::analysis::{Analysis, SEEDS, StateGraph};
use crate::sim::diagnostic::{Diagnostics, Phrase, Severity};
use crate::sim::locate::Seg;
use crate::sim::model::{Catalog, Id, Scenario};
use crate::sim::source::SourceFile;

pub use scenes::{Tells, count_tells};
pub use walks::{CELL_BUDGET, score_of};

/// A bot that averages this much or more makes a scenario gameable.
pub const GAMEABLE_MEAN: u8 = 50;
/// A bot that reaches this much on some seed makes a scenario gameable.
pub const GAMEABLE_BEST: u8 = 80;

/// `scenes."id".choices[i]`, or one of the choice's fields.
fn choice_path<'a>(scene: &'a str, choice: usize, field: Option<&'static str>) -> Vec<Seg<'a>> {
    let mut path = vec![Seg::Field("scenes"), Seg::Key(scene), Seg::Field("choices"), Seg::Index(choice)];
    path.extend(field.map(Seg::Field));
    path
}

/// `a`, `b` for a message.
fn ids(list: &[Id]) -> String {
    list.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ")
}

/// The checks every valid scenario gets. `reference` is the number of decisions on its best path.
pub fn training_checks(
    file: &SourceFile,
    scenario: &Scenario,
    catalog: &Catalog,
    reference: usize,
    out: &mut Diagnostics,
) {
    scenes::all_or_nothing(file, scenario, catalog, out);
    scenes::surface_tell(file, scenario, catalog, out);
    let Some(graph) = StateGraph::build(scenario, catalog) else { return };
    match walks::Walks::build(&graph, scenario.decision_scene_count()) {
        Some(walks) => {
            detours::mistake_pays(file, scenario, &graph, &walks, out);
            detours::penalty_absorbed(file, scenario, &graph, &walks, reference, out);
        }
        None => out.push(
            file.at(
                Severity::Warning,
                "too-large-to-check",
                &[Seg::Field("scenes")],
                phrase!("checks-too-large-to-check", states = graph.states.len()),
            )
            .with_label(phrase!("checks-too-large-to-check-label"))
            .with_hint(phrase!("checks-too-large-to-check-hint")),
        ),
    }
}

/// Flags a scenario that a surface bot games: a mean of `GAMEABLE_MEAN` or more over the seeds,
/// or `GAMEABLE_BEST` on some seed.
pub fn gameable(file: &SourceFile, analysis: &Analysis, out: &mut Diagnostics) {
    let offenders: Vec<Phrase> = analysis
        .bots
        .iter()
        .filter(|b| b.mean >= GAMEABLE_MEAN || b.best >= GAMEABLE_BEST)
        .map(|b| {
            phrase!(
                "checks-gameable-bot",
                bot = b.bot.name(),
                does = b.bot.described(),
                mean = b.mean,
                best = b.best,
                seed = b.best_seed,
            )
        })
        .collect();
    // A phrase argument holds one value, so the list nests from its end: `first; rest`, where
    // `rest` is the next such pair or the last offender. Each language joins them its own way.
    let Some(bots) =
        offenders.into_iter().rev().reduce(|rest, first| phrase!("checks-gameable-bots", first = first, rest = rest))
    else {
        return;
    };
    out.push(
        file.at(
            Severity::Warning,
            "gameable",
            &[Seg::Field("id")],
            phrase!("checks-gameable", from = *SEEDS.start(), to = *SEEDS.end(), bots = bots),
        )
        .with_label(phrase!("checks-gameable-label"))
        .with_hint(phrase!("checks-gameable-hint")),
    );
}

#[cfg(test)]
mod tests;
