//! Library coverage: how often each strategy is recommended and each mistake is offered as a
//! tempting wrong choice, per scenario. The library is what new hires learn from, so every
//! entry of the catalog should be practiced several times.

use super::model::{Catalog, Id, Scenario, Scene, SceneNode};

fn decision_scenes(s: &Scenario) -> impl Iterator<Item = &Scene> {
    s.scenes.0.iter().filter_map(|(_, n)| match n {
        SceneNode::Scene(scene) => Some(scene),
        SceneNode::Ending(_) => None,
    })
}

/// Every strategy should be recommended, and every mistake offered, at least this often.
pub const MINIMUM: usize = 3;

#[derive(Clone, Debug)]
pub struct CoverageRow {
    pub id: Id,
    pub name: String,
    /// Count per scenario, in the order of `Coverage::scenarios`.
    pub per_scenario: Vec<usize>,
}

impl CoverageRow {
    pub fn total(&self) -> usize {
        self.per_scenario.iter().sum()
    }
}

#[derive(Clone, Debug)]
pub struct Coverage {
    pub scenarios: Vec<String>,
    /// Scenes that recommend each strategy.
    pub strategies: Vec<CoverageRow>,
    /// Choices that make each mistake.
    pub mistakes: Vec<CoverageRow>,
}

impl Coverage {
    pub fn measure<'a>(catalog: &Catalog, scenarios: impl IntoIterator<Item = &'a Scenario>) -> Coverage {
        let scenarios: Vec<&Scenario> = scenarios.into_iter().collect();
        let count = |per: &dyn Fn(&Scenario) -> usize| scenarios.iter().map(|s| per(s)).collect::<Vec<_>>();
        let strategies = catalog
            .strategies
            .iter()
            .map(|st| CoverageRow {
                id: st.id.clone(),
                name: st.name.clone(),
                per_scenario: count(&|s| decision_scenes(s).filter(|scene| scene.recommended.contains(&st.id)).count()),
            })
            .collect();
        let mistakes = catalog
            .mistakes
            .iter()
            .map(|m| CoverageRow {
                id: m.id.clone(),
                name: m.name.clone(),
                per_scenario: count(&|s| {
                    decision_scenes(s).flat_map(|scene| &scene.choices).filter(|c| c.mistakes.contains(&m.id)).count()
                }),
            })
            .collect();
        Coverage { scenarios: scenarios.iter().map(|s| s.id.clone()).collect(), strategies, mistakes }
    }

    /// Rows practiced fewer than `MINIMUM` times across the library.
    pub fn short(&self) -> impl Iterator<Item = &CoverageRow> {
        self.strategies.iter().chain(&self.mistakes).filter(|r| r.total() < MINIMUM)
    }
}
