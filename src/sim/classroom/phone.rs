//! What one phone may see of the room, as the server sends it on every change: never another
//! participant's name or vote, and no counts while the instructor keeps the tally hidden.

use serde::Serialize;

use super::{ClassDebrief, OwnScore, Phase, Room, SceneVotes};
use crate::sim::session::{Feedback, PresentedChoice};

#[derive(Clone, Debug, Serialize)]
pub struct PhoneView {
    pub phase: Phase,
    /// `None` for a token the room does not know (removed, or never joined): the page asks to join.
    pub you: Option<String>,
    pub title: String,
    pub scene: Option<PhoneScene>,
    /// Votes in so far and participants present ("12 of 30 voted").
    pub voted: (usize, usize),
    /// This phone's own vote in the scene on screen.
    pub your_vote: Option<usize>,
    /// Votes per choice: only while the instructor shows the tally, and with the feedback.
    pub tally: Option<Vec<usize>>,
    pub feedback: Option<PhoneFeedback>,
    pub debrief: Option<PhoneDebrief>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PhoneScene {
    pub number: usize,
    pub situation: String,
    pub customer: String,
    pub customer_says: String,
    pub choices: Vec<PresentedChoice>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PhoneFeedback {
    pub number: usize,
    /// The shown position the room played.
    pub played: usize,
    /// The scene's choices as they were shown, to label the room's distribution.
    pub choices: Vec<String>,
    /// This phone's vote in that scene (shown position).
    pub your_vote: Option<usize>,
    pub said: String,
    pub feedback: String,
    pub points: i32,
    pub best: String,
    pub chose_best: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct PhoneDebrief {
    pub room_score: u8,
    /// What the room said in each scene, and whether it was the best response (the page words it).
    pub path: Vec<PathStep>,
    /// This participant's score had they played their own votes.
    pub yours: Option<OwnScore>,
    /// The scenario's questions to talk over.
    pub reflection: Vec<String>,
}

fn feedback_of(room: &Room, f: &Feedback, votes: &SceneVotes, me: Option<u32>) -> PhoneFeedback {
    let scene = room.session().scenario().scene(&votes.scene_id);
    let choices = votes
        .originals
        .iter()
        .map(|o| scene.and_then(|s| s.choices.get(*o)).map(|c| c.say.clone()).unwrap_or_default())
        .collect();
    PhoneFeedback {
        number: votes.number,
        played: votes.played,
        choices,
        your_vote: me.and_then(|id| votes.votes.get(&id).copied()),
        said: f.said.clone(),
        feedback: f.feedback.clone(),
        points: f.score,
        best: f.best.say.clone(),
        chose_best: f.chose_best,
    }
}

/// One decided scene of a class's run: its number, what the room said, and whether it was the
/// best response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathStep {
    pub number: usize,
    pub said: String,
    pub best: bool,
}

impl Room {
    /// Every decided scene, in order.
    pub fn decided_path(&self) -> Vec<PathStep> {
        let scenario = self.session().scenario();
        self.history()
            .iter()
            .filter_map(|v| {
                let said = &scenario.scene(&v.scene_id)?.choices.get(*v.originals.get(v.played)?)?.say;
                let best = self.scene_result(v)?.played_best;
                Some(PathStep { number: v.number, said: said.trim().to_owned(), best })
            })
            .collect()
    }

    /// The view for the phone holding `token`.
    pub fn phone_view(&self, token: &str) -> PhoneView {
        let me = self.present().find(|p| p.token == token);
        let session = self.session();
        let scene = session.current().filter(|_| self.phase != Phase::Feedback).map(|p| PhoneScene {
            number: p.number,
            situation: p.situation.clone(),
            customer: session.scenario().customer.name.clone(),
            customer_says: p.customer_says.clone(),
            choices: p.choices.clone(),
        });
        let last = self.history().last();
        let feedback = match (self.phase, self.last_feedback(), last) {
            (Phase::Feedback | Phase::Over, Some(f), Some(v)) => Some(feedback_of(self, f, v, me.map(|m| m.id))),
            _ => None,
        };
        // The distribution is revealed with the feedback, whatever the tally setting.
        let tally = match (self.phase, last) {
            (Phase::Feedback | Phase::Over, Some(v)) => Some(v.counts()),
            _ => self.tally_visible().then(|| self.tally()),
        };
        let debrief = self.debrief().map(|d: ClassDebrief| PhoneDebrief {
            room_score: d.room_score,
            path: self.decided_path(),
            yours: me.and_then(|m| d.participants.into_iter().find(|p| p.id == m.id)),
            reflection: session.scenario().reflection.clone(),
        });
        PhoneView {
            phase: self.phase,
            you: me.map(|m| m.name.clone()),
            title: session.scenario().title.clone(),
            scene,
            voted: self.voted(),
            your_vote: me.and_then(|m| self.vote_of(&m.token)),
            tally,
            feedback,
            debrief,
        }
    }
}
