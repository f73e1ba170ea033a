//! A trainee's progress, computed from the store: results per scenario, mastery per strategy
//! with a trend, the most frequent mistakes, and which scenario to practice next.

use std::collections::{BTreeMap, HashMap};

use rusqlite::params;
use serde::Serialize;

use super::{Store, StoreError};
use crate::sim::scoring::MODEL_VERSION;
use crate::sim::{Difficulty, Scenario, SceneNode};

/// Mastery looks at this many of the trainee's latest runs.
pub const RECENT_RUNS: usize = 10;

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioResult {
    pub scenario_id: String,
    pub finished_runs: usize,
    pub best: Option<u8>,
    pub last: Option<u8>,
    /// The scoring model behind `best` and `last` (older than the current one until the trainee
    /// plays the scenario again).
    pub scoring_model: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Trend {
    Up,
    Down,
    Steady,
    /// Too few moments yet to tell.
    New,
}

impl Trend {
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
            Trend::Steady => "steady",
            Trend::New => "new",
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Mastery {
    pub strategy: String,
    /// Scenes where it was recommended, and how many of them applied it.
    pub recommended: usize,
    pub applied: usize,
    pub trend: Trend,
}

impl Mastery {
    pub fn percent(&self) -> u8 {
        crate::sim::numbers::percent(self.applied, self.recommended).unwrap_or(0)
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Progress {
    pub trainee: String,
    pub scenarios: Vec<ScenarioResult>,
    pub mastery: Vec<Mastery>,
    pub mistakes: Vec<(String, usize)>,
}

impl Store {
    /// The trainee's progress, or `None` for a name with no profile.
    pub fn progress(&self, trainee: &str) -> Result<Option<Progress>, StoreError> {
        let sql = self.sql();
        let Some(id) = self
            .conn
            .query_row(
                "SELECT id FROM trainees WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1",
                params![trainee],
                |r| r.get::<_, i64>(0),
            )
            .map(Some)
            .or_else(|e| if matches!(e, rusqlite::Error::QueryReturnedNoRows) { Ok(None) } else { Err(e) })
            .map_err(&sql)?
        else {
            return Ok(None);
        };
        // Every finished run's score with the model that made it, oldest first.
        let mut finished = self
            .conn
            .prepare(
                "SELECT scenario_id, score, scoring_model FROM runs
                 WHERE trainee_id = ?1 AND score IS NOT NULL AND EXISTS (SELECT 1 FROM decisions WHERE run_id = runs.id)
                 ORDER BY scenario_id, id",
            )
            .map_err(&sql)?;
        let runs = finished
            .query_map(params![id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)?;
        let mut started = self
            .conn
            .prepare(
                "SELECT DISTINCT scenario_id FROM runs
                 WHERE trainee_id = ?1 AND EXISTS (SELECT 1 FROM decisions WHERE run_id = runs.id) ORDER BY scenario_id",
            )
            .map_err(&sql)?;
        let scenarios = started
            .query_map(params![id], |r| r.get::<_, String>(0))
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)?
            .into_iter()
            .map(|scenario_id| results_for(scenario_id, &runs))
            .collect();
        // Decisions of the latest runs, oldest first, for mastery and its trend. Runs opened
        // and left before any answer count for nothing.
        let mut decisions = self
            .conn
            .prepare(
                "SELECT d.applied, d.missed, d.mistakes FROM decisions d
                 WHERE d.run_id IN (SELECT id FROM runs WHERE trainee_id = ?1
                                    AND EXISTS (SELECT 1 FROM decisions WHERE run_id = runs.id)
                                    ORDER BY id DESC LIMIT ?2)
                 ORDER BY d.run_id, d.step",
            )
            .map_err(&sql)?;
        let rows = decisions
            .query_map(params![id, RECENT_RUNS as i64], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })
            .map_err(&sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(&sql)?;
        Ok(Some(summarize(trainee, scenarios, &rows)))
    }
}

impl ScenarioResult {
    /// Said beside scores an older scoring model made, so nobody compares them with new ones.
    pub fn scoring_note(&self) -> &'static str {
        if self.scoring_model < MODEL_VERSION { " (old scoring model)" } else { "" }
    }
}

/// Best and last score of one scenario, from the runs of the newest scoring model that scored it:
/// scores from an older model are not comparable, so they show only until a newer run exists.
fn results_for(scenario_id: String, runs: &[(String, i64, i64)]) -> ScenarioResult {
    let mine: Vec<(i64, i64)> = runs.iter().filter(|r| r.0 == scenario_id).map(|r| (r.1, r.2)).collect();
    let model = mine.iter().map(|&(_, m)| m).max().unwrap_or(i64::from(MODEL_VERSION));
    let scores: Vec<u8> = mine.iter().filter(|&&(_, m)| m == model).map(|&(s, _)| s.clamp(0, 100) as u8).collect();
    ScenarioResult {
        scenario_id,
        finished_runs: mine.len(),
        best: scores.iter().copied().max(),
        last: scores.last().copied(),
        scoring_model: u8::try_from(model).unwrap_or(MODEL_VERSION),
    }
}

fn ids(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(|s| !s.is_empty())
}

/// Mastery per strategy (share applied of the moments it was recommended), a trend comparing
/// the later half of those moments with the earlier half, and mistake counts.
fn summarize(trainee: &str, scenarios: Vec<ScenarioResult>, rows: &[(String, String, String)]) -> Progress {
    // Per strategy, in time order: was it applied at each moment it was recommended?
    let mut moments: BTreeMap<String, Vec<bool>> = BTreeMap::new();
    let mut mistakes: HashMap<String, usize> = HashMap::new();
    for (applied, missed, made) in rows {
        for id in ids(applied) {
            moments.entry(id.to_owned()).or_default().push(true);
        }
        for id in ids(missed) {
            moments.entry(id.to_owned()).or_default().push(false);
        }
        for id in ids(made) {
            *mistakes.entry(id.to_owned()).or_default() += 1;
        }
    }
    let mastery = moments
        .into_iter()
        .map(|(strategy, seen)| {
            let applied = seen.iter().filter(|a| **a).count();
            let trend = if seen.len() < 4 {
                Trend::New
            } else {
                let (early, late) = seen.split_at(seen.len() / 2);
                let rate = |s: &[bool]| s.iter().filter(|a| **a).count() as f64 / s.len() as f64;
                match rate(late) - rate(early) {
                    d if d > 0.1 => Trend::Up,
                    d if d < -0.1 => Trend::Down,
                    _ => Trend::Steady,
                }
            };
            Mastery { strategy, recommended: seen.len(), applied, trend }
        })
        .collect();
    let mut mistakes: Vec<(String, usize)> = mistakes.into_iter().collect();
    mistakes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    mistakes.truncate(3);
    Progress { trainee: trainee.to_owned(), scenarios, mastery, mistakes }
}

/// The difficulty that stretches a trainee without swamping them: easy until half the
/// recommended moments are handled, medium until three quarters, then hard.
pub fn suited_difficulty(progress: &Progress) -> Difficulty {
    let (applied, recommended) = progress.mastery.iter().fold((0, 0), |(a, n), m| (a + m.applied, n + m.recommended));
    match (applied * 4).checked_div(recommended).unwrap_or(0) {
        0 | 1 => Difficulty::Easy,
        2 => Difficulty::Medium,
        _ => Difficulty::Hard,
    }
}

/// The scenario to practice next: one not yet finished before one already played (then the
/// lowest best score first), at the difficulty that suits the trainee's mastery, and among
/// those the one that recommends the trainee's weakest strategies most often.
pub fn practice_next<'a>(progress: &Progress, library: impl IntoIterator<Item = &'a Scenario>) -> Option<&'a Scenario> {
    let suited = suited_difficulty(progress) as i32;
    let weakness: HashMap<&str, f64> =
        progress.mastery.iter().map(|m| (m.strategy.as_str(), 1.0 - f64::from(m.percent()) / 100.0)).collect();
    let best: HashMap<&str, u8> =
        progress.scenarios.iter().filter_map(|r| r.best.map(|b| (r.scenario_id.as_str(), b))).collect();
    library
        .into_iter()
        .map(|s| {
            let exercise: f64 = recommended(s).map(|id| weakness.get(id).copied().unwrap_or(0.5)).sum();
            let played = best.get(s.id.as_str()).copied();
            let stretch = (s.difficulty as i32 - suited).abs();
            let key = (played.is_some(), played.unwrap_or(0), stretch, -(exercise * 100.0) as i64);
            (key, s)
        })
        .min_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, s)| s)
}

/// Every strategy a scenario's scenes recommend, once per scene.
fn recommended(scenario: &Scenario) -> impl Iterator<Item = &str> {
    scenario
        .scenes
        .0
        .iter()
        .filter_map(|(_, n)| if let SceneNode::Scene(scene) = n { Some(scene) } else { None })
        .flat_map(|scene| scene.recommended.iter().map(|id| id.as_str()))
}

/// The trainee's strategies short of full mastery that this scenario recommends, weakest first:
/// what practicing it works on.
pub fn works_on<'a>(progress: &'a Progress, scenario: &Scenario) -> Vec<&'a Mastery> {
    let wanted: Vec<&str> = recommended(scenario).collect();
    let mut weak: Vec<&Mastery> =
        progress.mastery.iter().filter(|m| m.percent() < 100 && wanted.contains(&m.strategy.as_str())).collect();
    weak.sort_by_key(|m| m.percent());
    weak
}
