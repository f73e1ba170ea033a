//! The class debrief: the path the room took, per scene how much of the room found the best
//! response and which mistake tempted most, and each participant's score on their own votes.

use serde::Serialize;

use super::{Room, SceneVotes};
use crate::sim::scoring::{ScenePoints, run_score_v2, score_choice};
use crate::sim::session::best_choice;

#[derive(Clone, Debug, Serialize)]
pub struct SceneResult {
    pub number: usize,
    pub scene_id: String,
    pub votes: usize,
    /// Percent of the votes that picked the best response (0 when nobody voted).
    pub best_share: u8,
    /// The mistaken answer most voted for, with its votes, when any mistaken answer got a vote.
    pub tempting: Option<(String, usize)>,
    /// Whether the room played the best response.
    pub played_best: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct OwnScore {
    pub id: u32,
    pub name: String,
    /// Model 2 over the scenes since they joined: a scene they did not vote in adds nothing.
    pub score: u8,
    pub voted: usize,
    pub scenes: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ClassDebrief {
    pub path: Vec<String>,
    pub scenes: Vec<SceneResult>,
    pub participants: Vec<OwnScore>,
    /// The room's own run score, as the solo debrief counts it.
    pub room_score: u8,
}

impl ClassDebrief {
    /// Over everyone who voted at least once: how many, their mean own-vote score, the highest.
    pub fn own_scores(&self) -> Option<(usize, u8, u8)> {
        let scores: Vec<u32> = self.participants.iter().filter(|p| p.voted > 0).map(|p| u32::from(p.score)).collect();
        let best = *scores.iter().max()?;
        Some((scores.len(), (scores.iter().sum::<u32>() / scores.len() as u32) as u8, best as u8))
    }
}

pub(super) fn build(room: &Room) -> ClassDebrief {
    let session = room.session();
    let (scenario, catalog) = (session.scenario(), session.catalog());
    let scene_of = |v: &SceneVotes| scenario.scene(&v.scene_id);
    let scenes = room.history().iter().filter_map(|v| room.scene_result(v)).collect();
    let participants = room
        .participants()
        .iter()
        .filter(|p| p.removed_at.is_none())
        .map(|p| {
            let since: Vec<&SceneVotes> = room.history().iter().filter(|v| v.number >= p.joined_at).collect();
            let points: Vec<ScenePoints> = since
                .iter()
                .filter_map(|v| {
                    let shown = *v.votes.get(&p.id)?;
                    let scene = scene_of(v)?;
                    Some(score_choice(scene, &scene.choices[*v.originals.get(shown)?], catalog).points())
                })
                .collect();
            let score = run_score_v2(&points, since.len(), false).score;
            OwnScore { id: p.id, name: p.name.clone(), score, voted: points.len(), scenes: since.len() }
        })
        .collect();
    let debrief = session.debrief();
    ClassDebrief {
        path: debrief.map(|d| d.path.clone()).unwrap_or_default(),
        scenes,
        participants,
        room_score: debrief.map_or(0, |d| d.score),
    }
}

impl Room {
    /// How the room voted in a decided scene: the share that found the best response and the
    /// mistaken answer that tempted most.
    pub fn scene_result(&self, v: &SceneVotes) -> Option<SceneResult> {
        let session = self.session();
        let scene = session.scenario().scene(&v.scene_id)?;
        let best = best_choice(scene, session.catalog()).0;
        let picked_best = v.votes.values().filter(|c| v.originals.get(**c) == Some(&best)).count();
        let mut tempting: Option<(String, usize)> = None;
        for (original, count) in v.originals.iter().zip(v.counts()) {
            let choice = &scene.choices[*original];
            if !choice.mistakes.is_empty() && count > 0 && tempting.as_ref().is_none_or(|(_, n)| count > *n) {
                tempting = Some((choice.say.clone(), count));
            }
        }
        let votes = v.votes.len();
        Some(SceneResult {
            number: v.number,
            scene_id: v.scene_id.clone(),
            votes,
            best_share: crate::sim::numbers::percent(picked_best, votes).unwrap_or(0),
            tempting,
            played_best: v.originals.get(v.played) == Some(&best),
        })
    }
}

/// One participant's vote in a decided scene, scored as if they had played it.
#[derive(Clone, Debug, Serialize)]
pub struct VoteResult {
    pub participant: u32,
    /// The choice's index in the scenario file.
    pub original: usize,
    /// The choice's words as the scenario file has them (what the store keeps).
    pub say: String,
    /// Net points that choice earns (strategy points minus mistake penalties).
    pub points: i64,
    /// Whether it was the scene's best response.
    pub best: bool,
}

impl Room {
    /// Every vote of a decided scene, with what each would have scored.
    pub fn vote_results(&self, decided: &SceneVotes) -> Vec<VoteResult> {
        let session = self.session();
        // Scored and recorded as written: the class's language is how it was shown.
        let Some(scene) = session.scenario_as_written().scene(&decided.scene_id) else { return Vec::new() };
        let best = best_choice(scene, session.catalog_as_written()).0;
        decided
            .votes
            .iter()
            .filter_map(|(participant, shown)| {
                let original = *decided.originals.get(*shown)?;
                let choice = scene.choices.get(original)?;
                Some(VoteResult {
                    participant: *participant,
                    original,
                    say: choice.say.clone(),
                    points: score_choice(scene, choice, session.catalog_as_written()).points().net(),
                    best: original == best,
                })
            })
            .collect()
    }
}
