//! Surface bots: players that pick by how a choice looks, never by what it does. Each plays a
//! real `Session` over seeds 1..=20 (the seed shuffles the choices), so they see what a trainee
//! sees; a scenario they score well on can be passed without reading.

use serde::Serialize;

use super::surface::{empathy_words, has_stage_direction, word_count};
use crate::phrase;
use crate::sim::diagnostic::Phrase;
use crate::sim::model::{Catalog, Scenario};
use crate::sim::numbers::mean_score;
use crate::sim::session::{PresentedChoice, Session};

/// The seeds every bot plays.
pub const SEEDS: std::ops::RangeInclusive<u64> = 1..=20;

/// A run longer than this is stuck in a loop (a bot may pick the same looping choice forever);
/// it scores 0, since it never reaches a debrief.
const MAX_DECISIONS: usize = 1_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bot {
    Longest,
    Shortest,
    First,
    Last,
    StageDirection,
    Empathy,
}

impl Bot {
    pub const ALL: [Bot; 6] = [Bot::Longest, Bot::Shortest, Bot::First, Bot::Last, Bot::StageDirection, Bot::Empathy];

    /// The bot's short name, as in the table and the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Bot::Longest => "longest",
            Bot::Shortest => "shortest",
            Bot::First => "first",
            Bot::Last => "last",
            Bot::StageDirection => "stage-direction",
            Bot::Empathy => "empathy",
        }
    }

    /// What the bot does, in words (`checks-bot-*`).
    pub fn described(self) -> Phrase {
        match self {
            Bot::Longest => phrase!("checks-bot-longest"),
            Bot::Shortest => phrase!("checks-bot-shortest"),
            Bot::First => phrase!("checks-bot-first"),
            Bot::Last => phrase!("checks-bot-last"),
            Bot::StageDirection => phrase!("checks-bot-stage-direction"),
            Bot::Empathy => phrase!("checks-bot-empathy"),
        }
    }

    /// The position (in display order) the bot picks; ties go to the first shown.
    pub fn pick(self, choices: &[PresentedChoice]) -> usize {
        let first_max = |key: &dyn Fn(&PresentedChoice) -> i64| {
            let mut best = 0;
            for (i, c) in choices.iter().enumerate() {
                if key(c) > key(&choices[best]) {
                    best = i;
                }
            }
            best
        };
        match self {
            Bot::Longest => first_max(&|c| word_count(&c.act, &c.say) as i64),
            Bot::Shortest => first_max(&|c| -(word_count(&c.act, &c.say) as i64)),
            Bot::First => 0,
            Bot::Last => choices.len().saturating_sub(1),
            Bot::StageDirection => first_max(&|c| i64::from(has_stage_direction(&c.act, &c.say))),
            Bot::Empathy => first_max(&|c| empathy_words(&c.act, &c.say) as i64),
        }
    }
}

/// How one bot did over `SEEDS`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BotResult {
    pub bot: Bot,
    /// The mean of its run scores, rounded half up.
    pub mean: u8,
    /// Its highest run score.
    pub best: u8,
    /// The seed that gave the highest score (the first such seed).
    pub best_seed: u64,
}

/// One run of `bot` on `seed`: its debrief score, or 0 when it cannot start or never ends.
pub fn play_once(scenario: &Scenario, catalog: &Catalog, bot: Bot, seed: u64) -> u8 {
    let Ok(mut session) = Session::new(scenario, catalog, seed) else { return 0 };
    for _ in 0..MAX_DECISIONS {
        let Some(presented) = session.current() else { break };
        let shown = bot.pick(&presented.choices);
        if session.choose(shown).is_err() {
            break;
        }
    }
    session.debrief().map_or(0, |d| d.score)
}

/// Every bot over every seed.
pub fn play_bots(scenario: &Scenario, catalog: &Catalog) -> Vec<BotResult> {
    Bot::ALL
        .iter()
        .map(|&bot| {
            let scores: Vec<(u64, u8)> = SEEDS.map(|seed| (seed, play_once(scenario, catalog, bot, seed))).collect();
            let (best_seed, best) =
                scores.iter().fold((0, 0), |acc, &(seed, s)| if s > acc.1 || acc.0 == 0 { (seed, s) } else { acc });
            let mean = mean_score(&scores.iter().map(|&(_, s)| s).collect::<Vec<_>>());
            BotResult { bot, mean, best, best_seed }
        })
        .collect()
}
