//! A run carried over to an edited scenario: the same seed and answers replayed on the new
//! version when they still read the same, or a fresh run when the edit changed what was said.

use std::sync::Arc;

use super::{Session, SessionError};
use crate::sim::model::{Catalog, Scenario};

/// What became of a run when its scenario was edited under it.
#[derive(Debug)]
pub enum Rebased {
    /// The answers given so far read the same: the run goes on, now as of the new version.
    Continued(Session),
    /// The edit changed or removed a scene already played: a new run from the start, same seed.
    Restarted(Session),
}

impl Session {
    /// Carries this run over to an edited scenario (and catalog). Replaying by position alone
    /// could quietly swap in a different answer, so the run continues only when every scene
    /// played still exists and every answer given still says the same words.
    pub fn rebase(&self, scenario: Arc<Scenario>, catalog: Arc<Catalog>) -> Result<Rebased, SessionError> {
        let choices: Vec<usize> = self.steps().iter().map(|s| s.choice).collect();
        match Session::replay_shared(Arc::clone(&scenario), Arc::clone(&catalog), self.seed(), &choices) {
            Ok(replayed) if said(self) == said(&replayed) => Ok(Rebased::Continued(replayed)),
            _ => Session::from_shared(scenario, catalog, self.seed()).map(Rebased::Restarted),
        }
    }
}

/// Each scene played and the words of the answer given there, as the scenario's file has them
/// (a run shown in another language is the same run).
fn said(session: &Session) -> Vec<(&str, Option<&str>)> {
    session
        .steps()
        .iter()
        .map(|step| {
            let scene = session.scenario_as_written().scene(&step.scene_id);
            let choice = scene.and_then(|scene| scene.choices.get(step.choice));
            (step.scene_id.as_str(), choice.map(|c| c.say.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::source::{SourceFile, parse_catalog, parse_scenario};

    const CATALOG: &str = include_str!("../../../tests/fixtures/library/strategies.ron");
    const GIFT: &str = include_str!("../../../tests/fixtures/library/birthday-gift.scenario.ron");

    fn load(scenario: &str) -> (Arc<Scenario>, Arc<Catalog>) {
        let scenario = parse_scenario(&SourceFile::new("gift.scenario.ron", scenario)).unwrap();
        (Arc::new(scenario), Arc::new(parse_catalog(&SourceFile::new("strategies.ron", CATALOG)).unwrap()))
    }

    fn one_answer_in(text: &str) -> Session {
        let (scenario, catalog) = load(text);
        let mut session = Session::from_shared(scenario, catalog, 5).unwrap();
        session.choose(0).unwrap();
        session
    }

    #[test]
    fn an_edit_that_keeps_the_answers_continues_the_run_on_the_new_version() {
        let session = one_answer_in(GIFT);
        let edited =
            GIFT.replacen("Ending(outcome: Resolved, text: \"", "Ending(outcome: Resolved, text: \"Edited. ", 1);
        assert_ne!(edited, GIFT, "the fixture has a Resolved ending to edit");
        let (scenario, catalog) = load(&edited);
        match session.rebase(Arc::clone(&scenario), catalog).unwrap() {
            Rebased::Continued(s) => {
                assert_eq!(s.steps().len(), 1);
                assert_eq!(s.steps()[0].choice, session.steps()[0].choice);
                assert!(std::ptr::eq(s.scenario(), scenario.as_ref()), "the run now plays the new version");
            }
            Rebased::Restarted(_) => panic!("the answer given still reads the same"),
        }
    }

    #[test]
    fn an_edit_that_rewords_an_answer_given_restarts_with_the_same_seed() {
        let session = one_answer_in(GIFT);
        let (scenario, _) = load(GIFT);
        let given = &scenario.scene(&session.steps()[0].scene_id).unwrap().choices[session.steps()[0].choice].say;
        let edited = GIFT.replacen(&given.replace('"', "\\\""), "Something else entirely.", 1);
        assert_ne!(edited, GIFT, "the answer given is in the file");
        let (scenario, catalog) = load(&edited);
        match session.rebase(scenario, catalog).unwrap() {
            Rebased::Restarted(s) => {
                assert!(s.steps().is_empty());
                assert_eq!(s.seed(), session.seed());
            }
            Rebased::Continued(_) => panic!("the answer given now says something else"),
        }
    }
}
