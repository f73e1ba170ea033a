//! Whether an unfinished run can be resumed exactly: rebuilt from its seed and choices when the
//! scenario and catalog are the version it was played on, for the game and `play` alike.

use std::sync::Arc;

use super::{UnfinishedRun, version_of};
use crate::sim::{Catalog, Scenario, Session};

pub enum Resumable {
    /// Rebuilt at the exact scene, mood and score the trainee left.
    Ready(Box<Session>),
    /// The scenario or catalog was edited since; the old choices may not mean the same now.
    Changed,
    /// The scenario is no longer in the library (or cannot be played), or there is no catalog.
    Missing,
}

/// Classifies `run` against the scenario and catalog as they are now (`None` when either is
/// gone). A run that replays to its end is not resumable either: there is nothing left to play.
pub fn classify(run: &UnfinishedRun, now: Option<(Arc<Scenario>, Arc<Catalog>)>) -> Resumable {
    let Some((scenario, catalog)) = now else { return Resumable::Missing };
    if version_of(&scenario, &catalog) != run.content_hash {
        return Resumable::Changed;
    }
    match Session::replay_shared(scenario, catalog, run.seed, &run.choices) {
        Ok(session) if !session.is_over() => Resumable::Ready(Box::new(session)),
        _ => Resumable::Changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::SourceFile;
    use crate::sim::source::{parse_catalog, parse_scenario};

    fn library() -> (Arc<Scenario>, Arc<Catalog>) {
        let text = include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron");
        let scenario = parse_scenario(&SourceFile::new("s", text)).unwrap();
        let catalog =
            parse_catalog(&SourceFile::new("c", include_str!("../../tests/fixtures/library/strategies.ron"))).unwrap();
        (Arc::new(scenario), Arc::new(catalog))
    }

    fn run_of(scenario: &Scenario, catalog: &Catalog, choices: Vec<usize>) -> UnfinishedRun {
        let content_hash = version_of(scenario, catalog);
        UnfinishedRun { run_id: 1, scenario_id: scenario.id.clone(), content_hash, seed: 42, choices }
    }

    #[test]
    fn the_same_version_resumes_at_the_scene_left() {
        let (scenario, catalog) = library();
        let run = run_of(&scenario, &catalog, vec![1]);
        let live = Session::replay(&scenario, &catalog, 42, &[1]).unwrap();
        let Resumable::Ready(session) = classify(&run, Some((scenario, catalog))) else { panic!("not ready") };
        assert_eq!((session.mood(), session.score_so_far()), (live.mood(), live.score_so_far()));
        assert_eq!(session.current().unwrap().scene_id, live.current().unwrap().scene_id);
    }

    #[test]
    fn an_edited_scenario_is_changed_and_a_removed_one_missing() {
        let (scenario, catalog) = library();
        let run = run_of(&scenario, &catalog, vec![1]);
        let mut edited = (*scenario).clone();
        edited.title.push_str(" (edited)");
        assert!(matches!(classify(&run, Some((Arc::new(edited), Arc::clone(&catalog)))), Resumable::Changed));
        assert!(matches!(classify(&run, None), Resumable::Missing));
        let gone_choice = run_of(&scenario, &catalog, vec![99]);
        assert!(matches!(classify(&gone_choice, Some((scenario, catalog))), Resumable::Changed), "cannot replay");
    }
}
