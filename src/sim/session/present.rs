//! How a scene is put before the trainee (a seeded variant and choice order) and which of its
//! choices is best, for the feedback's "the response that would have scored best".

use super::{Presented, PresentedChoice};
use crate::sim::model::{Catalog, Scenario, Scene};
use crate::sim::rng::Draws;
use crate::sim::scoring::score_choice;

/// The best choice of a scene by net points (ties: the kinder mood change, then file order).
pub fn best_choice(scene: &Scene, catalog: &Catalog) -> (usize, i32) {
    scene
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| (i, score_choice(scene, c, catalog).points().net() as i32, c.mood))
        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)).then(b.0.cmp(&a.0)))
        .map_or((0, 0), |(i, s, _)| (i, s))
}

pub(super) fn present(scenario: &Scenario, id: &str, number: usize, mood: i32, draws: &mut Draws) -> Option<Presented> {
    let scene = scenario.scene(id)?;
    if scene.choices.is_empty() {
        return None;
    }
    let variant = draws.below(scene.customer_says.len());
    let mut order: Vec<usize> = (0..scene.choices.len()).collect();
    draws.shuffle(&mut order);
    Some(Presented {
        scene_id: id.to_owned(),
        number,
        situation: scene.situation.clone(),
        customer_says: scene.customer_says.get(variant).cloned().unwrap_or_default(),
        variant,
        choices: order
            .into_iter()
            .map(|i| PresentedChoice {
                original: i,
                act: scene.choices[i].act.clone(),
                say: scene.choices[i].say.clone(),
            })
            .collect(),
        mood,
    })
}
