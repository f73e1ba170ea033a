//! One playthrough of a scenario: presents scenes, scores choices, ends with a debrief.
//!
//! The session owns everything it needs (`Send + Sync`), so the CLI, tests and the game's
//! resource all drive the same state machine. Randomness comes only from the seed.

use std::fmt;
use std::sync::Arc;

mod present;
mod rebase;
mod view;

pub use present::best_choice;
use present::present;
pub use rebase::Rebased;
pub use view::*;

use super::bestpath::best_path;
use super::diagnostic::Phrase;
use super::model::{Catalog, Id, Outcome, Scenario, SceneNode};
use super::rng::Draws;
use super::scoring::{Grade, MODEL_VERSION, next_mood, run_score_v2, score_choice};
use crate::phrase;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// The scenario's `start` names no decision scene (the validator reports this as well).
    BadStart(String),
    /// A choice number outside the scene's choices.
    NoSuchChoice { given: usize, count: usize },
    /// The run is over; there is nothing left to choose.
    Finished,
}

impl SessionError {
    /// What to tell the person who asked, said by the `text` layer (`session-*`).
    pub fn phrase(&self) -> Phrase {
        match self {
            SessionError::BadStart(start) => phrase!("session-bad-start", start = start),
            SessionError::NoSuchChoice { given, count } => {
                phrase!("session-no-such-choice", given = *given, count = *count)
            }
            SessionError::Finished => phrase!("session-finished"),
        }
    }
}

/// For logs; people read `phrase()`.
impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for SessionError {}

#[derive(Clone, Debug)]
enum State {
    Playing(Presented),
    Ended(Debrief),
}

#[derive(Debug)]
pub struct Session {
    scenario: Arc<Scenario>,
    catalog: Arc<Catalog>,
    seed: u64,
    /// Decisions on the best path, which every run is divided by at least (scoring model 2).
    reference: usize,
    draws: Draws,
    mood: i32,
    steps: Vec<Step>,
    state: State,
}

impl Session {
    pub fn new(scenario: &Scenario, catalog: &Catalog, seed: u64) -> Result<Session, SessionError> {
        Session::from_shared(Arc::new(scenario.clone()), Arc::new(catalog.clone()), seed)
    }

    /// Starts a run over already shared data, without copying it.
    pub fn from_shared(scenario: Arc<Scenario>, catalog: Arc<Catalog>, seed: u64) -> Result<Session, SessionError> {
        let mut draws = Draws::new(seed);
        let mood = scenario.customer.mood.clamp(0, 100);
        let first = present(&scenario, &scenario.start, 1, mood, &mut draws)
            .ok_or_else(|| SessionError::BadStart(scenario.start.clone()))?;
        let reference = best_path(&scenario, &catalog).map_or(1, |best| best.steps.len());
        Ok(Session { scenario, catalog, seed, reference, draws, mood, steps: Vec::new(), state: State::Playing(first) })
    }

    /// Rebuilds a run from its seed and the choices made, by their index in the scenario file.
    pub fn replay(
        scenario: &Scenario,
        catalog: &Catalog,
        seed: u64,
        choices: &[usize],
    ) -> Result<Session, SessionError> {
        Session::replay_shared(Arc::new(scenario.clone()), Arc::new(catalog.clone()), seed, choices)
    }

    /// `replay` over already shared data, without copying it.
    pub fn replay_shared(
        scenario: Arc<Scenario>,
        catalog: Arc<Catalog>,
        seed: u64,
        choices: &[usize],
    ) -> Result<Session, SessionError> {
        let mut session = Session::from_shared(scenario, catalog, seed)?;
        for &original in choices {
            let shown = session
                .current()
                .ok_or(SessionError::Finished)?
                .choices
                .iter()
                .position(|c| c.original == original)
                .ok_or(SessionError::NoSuchChoice { given: original + 1, count: session.choice_count() })?;
            session.choose(shown)?;
        }
        Ok(session)
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The scenario as its file has it, in English, whatever language the run is shown in: what
    /// records, exports and statements keep, so a result reads the same in every language.
    pub fn scenario_as_written(&self) -> &Scenario {
        self.scenario.translated_from.as_deref().unwrap_or(&self.scenario)
    }

    /// The catalog as its file has it (see `scenario_as_written`).
    pub fn catalog_as_written(&self) -> &Catalog {
        self.catalog.translated_from.as_deref().unwrap_or(&self.catalog)
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn mood(&self) -> i32 {
        self.mood
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The run's score over the decisions made so far, each counted (0 before the first).
    pub fn score_so_far(&self) -> u8 {
        run_score_v2(&self.points(), 0, false).score
    }

    fn points(&self) -> Vec<super::scoring::ScenePoints> {
        self.steps.iter().map(|s| s.feedback.points).collect()
    }

    /// Decisions on the scenario's best path: a run is divided by at least this many.
    pub fn reference_scenes(&self) -> usize {
        self.reference
    }

    /// The scene waiting for a choice, or `None` once the run has ended.
    pub fn current(&self) -> Option<&Presented> {
        match &self.state {
            State::Playing(p) => Some(p),
            State::Ended(_) => None,
        }
    }

    pub fn debrief(&self) -> Option<&Debrief> {
        match &self.state {
            State::Ended(d) => Some(d),
            State::Playing(_) => None,
        }
    }

    pub fn is_over(&self) -> bool {
        matches!(self.state, State::Ended(_))
    }

    fn choice_count(&self) -> usize {
        self.current().map_or(0, |p| p.choices.len())
    }

    /// Picks the choice shown at `shown` (0-based, in display order) and returns its feedback.
    pub fn choose(&mut self, shown: usize) -> Result<&Feedback, SessionError> {
        let State::Playing(presented) = &self.state else {
            return Err(SessionError::Finished);
        };
        let count = presented.choices.len();
        let original =
            presented.choices.get(shown).ok_or(SessionError::NoSuchChoice { given: shown + 1, count })?.original;
        let (scene_id, variant, number) = (presented.scene_id.clone(), presented.variant, presented.number);
        let scenario = Arc::clone(&self.scenario);
        let Some(scene) = scenario.scene(&scene_id) else {
            return Err(SessionError::Finished);
        };
        let choice = &scene.choices[original];
        let mood_before = self.mood;
        self.mood = next_mood(self.mood, choice.mood);
        let feedback = self.feedback(scene, original, number, mood_before);
        let written = self.scenario_as_written().scene(&scene_id).and_then(|s| s.choices.get(original));
        let said_as_written = written.map_or_else(|| choice.say.clone(), |c| c.say.clone());
        self.steps.push(Step { scene_id, variant, choice: original, feedback, said_as_written });

        self.state = if self.mood == 0 {
            let (id, text) = match scenario.walkout_ending() {
                Some((id, ending)) => (id.to_owned(), ending.text.clone()),
                None => ("walkout".to_owned(), format!("{} has had enough and leaves.", scenario.customer.name)),
            };
            State::Ended(self.debrief_for(Outcome::Walkout, id, text))
        } else {
            match scenario.node(&choice.next) {
                Some(SceneNode::Ending(ending)) => {
                    State::Ended(self.debrief_for(ending.outcome, choice.next.clone(), ending.text.clone()))
                }
                Some(SceneNode::Scene(_)) => {
                    let next = present(&scenario, &choice.next, number + 1, self.mood, &mut self.draws);
                    State::Playing(next.expect("a decision scene presents"))
                }
                None => State::Ended(self.debrief_for(
                    Outcome::Unresolved,
                    choice.next.clone(),
                    format!("The scenario has no scene `{}`; run `hold-the-line validate` on it.", choice.next),
                )),
            }
        };
        Ok(&self.steps.last().expect("just pushed").feedback)
    }

    fn feedback(&self, scene: &super::model::Scene, original: usize, number: usize, mood_before: i32) -> Feedback {
        let catalog = &self.catalog;
        let choice = &scene.choices[original];
        let scored = score_choice(scene, choice, catalog);
        let note = |id: &Id| {
            let s = catalog.strategy(id);
            StrategyNote {
                id: id.clone(),
                name: s.map_or_else(|| id.to_string(), |s| s.name.clone()),
                why: s.map(|s| s.why.clone()).unwrap_or_default(),
            }
        };
        let (best_index, best_score) = best_choice(scene, catalog);
        let best = &scene.choices[best_index];
        Feedback {
            scene_id: self.current().map(|p| p.scene_id.clone()).unwrap_or_default(),
            number,
            said: choice.say.clone(),
            feedback: choice.feedback.clone(),
            applied: scored.applied.iter().map(note).collect(),
            off_target: scored.off_target.iter().map(note).collect(),
            missed: scored.missed.iter().map(note).collect(),
            mistakes: scored
                .mistakes
                .iter()
                .map(|(id, penalty)| {
                    let m = catalog.mistake(id);
                    MistakeNote {
                        id: id.clone(),
                        name: m.map_or_else(|| id.to_string(), |m| m.name.clone()),
                        why: m.map(|m| m.why.clone()).unwrap_or_default(),
                        penalty: *penalty,
                    }
                })
                .collect(),
            points: scored.points(),
            score: scored.points().net() as i32,
            mood_before,
            mood_after: self.mood,
            best: BestResponse {
                act: best.act.clone(),
                say: best.say.clone(),
                score: best_score,
                feedback: best.feedback.clone(),
                applies: score_choice(scene, best, catalog).applied.iter().map(|id| note(id).name).collect(),
            },
            chose_best: scored.points().net() as i32 >= best_score,
            walked_out: self.mood == 0,
        }
    }

    fn debrief_for(&self, outcome: Outcome, ending_id: String, ending_text: String) -> Debrief {
        let breakdown = run_score_v2(&self.points(), self.reference, outcome == Outcome::Walkout);
        let score = breakdown.score;
        let mut strategies: Vec<StrategyTally> = Vec::new();
        let mut mistakes: Vec<MistakeTally> = Vec::new();
        for step in &self.steps {
            let f = &step.feedback;
            for (notes, column) in [(&f.applied, 0), (&f.missed, 1), (&f.off_target, 2)] {
                for n in notes {
                    let row = match strategies.iter_mut().position(|t| t.id == n.id) {
                        Some(i) => &mut strategies[i],
                        None => {
                            strategies.push(StrategyTally {
                                id: n.id.clone(),
                                name: n.name.clone(),
                                ..Default::default()
                            });
                            strategies.last_mut().expect("just pushed")
                        }
                    };
                    *[&mut row.applied, &mut row.missed, &mut row.off_target][column] += 1;
                }
            }
            for m in &f.mistakes {
                match mistakes.iter_mut().find(|t| t.id == m.id) {
                    Some(t) => {
                        t.count += 1;
                        t.points += m.penalty;
                    }
                    None => mistakes.push(MistakeTally {
                        id: m.id.clone(),
                        name: m.name.clone(),
                        count: 1,
                        points: m.penalty,
                    }),
                }
            }
        }
        let mut path: Vec<String> = self.steps.iter().map(|s| s.scene_id.clone()).collect();
        path.push(ending_id.clone());
        Debrief {
            score,
            breakdown,
            model: MODEL_VERSION,
            grade: Grade::from_score(score),
            outcome,
            ending_id,
            ending_text,
            final_mood: self.mood,
            path,
            strategies,
            mistakes,
            reflection: self.scenario.reflection.clone(),
        }
    }
}

#[cfg(test)]
#[path = "../session_tests.rs"]
mod tests;
