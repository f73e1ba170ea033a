//! The data contract: the strategy catalog and scenarios as trainers write them in RON.

use std::fmt;
use std::sync::Arc;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// A strategy or mistake id, written bare in RON (`empathize`, not `"empathize"`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_owned())
    }
}

/// What an id and the scenes are, as serde names them in an error (`ron_errors` words them).
pub const EXPECTING_ID: &str = "a bare identifier such as `empathize`";
pub const EXPECTING_SCENES: &str = "a map of scene ids to `Scene(..)` or `Ending(..)`";

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTING_ID)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id(v.to_owned()))
            }
        }
        deserializer.deserialize_identifier(IdVisitor)
    }
}

/// `scenarios/strategies.ron`: every strategy and mistake that scenarios may name.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Catalog")]
pub struct Catalog {
    pub strategies: Vec<Strategy>,
    #[serde(default)]
    pub mistakes: Vec<Mistake>,
    #[serde(skip)] // a translated copy's original (see `Scenario::translated_from`)
    pub translated_from: Option<Arc<Catalog>>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub id: Id,
    pub name: String,
    pub summary: String,
    pub why: String,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The channels where this applies; empty means every channel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mistake {
    pub id: Id,
    pub name: String,
    pub why: String,
    pub penalty: i32,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The channels where this applies; empty means every channel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

impl Catalog {
    /// The channels an id is limited to, or `None` when it fits every channel (or is unknown).
    pub fn channels_of(&self, id: &Id) -> Option<&[Channel]> {
        let channels = match (self.strategy(id), self.mistake(id)) {
            (Some(s), _) => &s.channels,
            (None, Some(m)) => &m.channels,
            (None, None) => return None,
        };
        (!channels.is_empty()).then_some(channels.as_slice())
    }

    pub fn strategy(&self, id: &Id) -> Option<&Strategy> {
        self.strategies.iter().find(|s| &s.id == id)
    }

    pub fn mistake(&self, id: &Id) -> Option<&Mistake> {
        self.mistakes.iter().find(|m| &m.id == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// How the customer reaches the trainee: it decides which strategies fit (no eye contact on the
/// phone, no interrupting in an email) and lets the select screen filter the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Channel {
    InPerson,
    Phone,
    Chat,
    Email,
    Video,
}

impl Channel {
    pub const ALL: [Channel; 5] = [Channel::InPerson, Channel::Phone, Channel::Chat, Channel::Email, Channel::Video];

    /// In a written channel the customer's message arrives whole: nobody can be cut off.
    pub fn is_written(self) -> bool {
        matches!(self, Channel::Chat | Channel::Email)
    }

    /// Eye contact and nodding need the customer to see the trainee.
    pub fn is_face_to_face(self) -> bool {
        matches!(self, Channel::InPerson | Channel::Video)
    }
}

/// Reads `channel: Phone` (not RON's `Some(Phone)`): absent is the only way to say "none".
fn written_bare<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Channel>, D::Error> {
    Channel::deserialize(deserializer).map(Some)
}

/// As the file writes it (`InPerson`); people read `text::words::channel`.
impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Outcome {
    Resolved,
    Escalated,
    Unresolved,
    Walkout,
}

impl Outcome {
    /// The outcome a store wrote with `Display` (`None` for an abandoned run or an unknown word).
    pub fn parse(name: &str) -> Option<Outcome> {
        [Outcome::Resolved, Outcome::Escalated, Outcome::Unresolved, Outcome::Walkout]
            .into_iter()
            .find(|o| o.to_string() == name)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One `*.scenario.ron` file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub setting: String,
    pub difficulty: Difficulty,
    /// Optional so trainers' older files still load; the validator warns when it is missing.
    #[serde(default, deserialize_with = "written_bare")]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub customer: Customer,
    #[serde(default)]
    pub learning_goals: String,
    #[serde(default)]
    pub reflection: Vec<String>,
    pub start: String,
    pub scenes: Scenes,
    /// A translated copy's original (`i18n::localize`): what versions and saved runs key on.
    #[serde(skip)]
    pub translated_from: Option<Arc<Scenario>>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    pub about: String,
    pub mood: i32,
}

/// Scenes in the order the file lists them (the first walkout ending is the default one).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scenes(pub Vec<(String, SceneNode)>);

impl<'de> Deserialize<'de> for Scenes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScenesVisitor;
        impl<'de> Visitor<'de> for ScenesVisitor {
            type Value = Scenes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTING_SCENES)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scenes, A::Error> {
                let mut scenes = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(entry) = map.next_entry::<String, SceneNode>()? {
                    scenes.push(entry);
                }
                Ok(Scenes(scenes))
            }
        }
        deserializer.deserialize_map(ScenesVisitor)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum SceneNode {
    Scene(Scene),
    Ending(Ending),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    pub situation: String,
    pub customer_says: Vec<String>,
    pub recommended: Vec<Id>,
    pub choices: Vec<Choice>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// A name unique in its scene, so a translation follows the choice when choices are reordered
    /// (`i18n ids` adds them). Not in the content hash: naming choices changes no run.
    #[serde(default, skip_serializing)]
    pub id: String,
    /// A stage direction before the words, e.g. "Let him finish, then" or "Cut in": shown the same
    /// way for every choice, so that having one gives nothing away.
    #[serde(default)]
    pub act: String,
    pub say: String,
    #[serde(default)]
    pub uses: Vec<Id>,
    #[serde(default)]
    pub mistakes: Vec<Id>,
    #[serde(default)]
    pub mood: i32,
    pub next: String,
    pub feedback: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub outcome: Outcome,
    pub text: String,
}

impl Scenario {
    pub fn node(&self, id: &str) -> Option<&SceneNode> {
        self.scenes.0.iter().find(|(k, _)| k == id).map(|(_, n)| n)
    }

    pub fn scene(&self, id: &str) -> Option<&Scene> {
        match self.node(id)? {
            SceneNode::Scene(s) => Some(s),
            SceneNode::Ending(_) => None,
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.scenes.0.iter().position(|(k, _)| k == id)
    }

    /// Where the run goes when the mood reaches 0: the first `Walkout` ending in the file.
    pub fn walkout_ending(&self) -> Option<(&str, &Ending)> {
        self.scenes.0.iter().find_map(|(k, n)| match n {
            SceneNode::Ending(e) if e.outcome == Outcome::Walkout => Some((k.as_str(), e)),
            _ => None,
        })
    }

    /// Decision scenes a trainee reaches only after making a mistake: every way in from `start`
    /// passes a choice with `mistakes`. Graphs mark them, since a detour through them must never
    /// pay (scoring model 2).
    pub fn recovery_scenes(&self) -> Vec<&str> {
        let index: std::collections::HashMap<&str, usize> =
            self.scenes.0.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
        let reach = |clean_only: bool| {
            let mut seen = vec![false; self.scenes.0.len()];
            let mut stack: Vec<usize> = index.get(self.start.as_str()).copied().into_iter().collect();
            while let Some(n) = stack.pop() {
                if std::mem::replace(&mut seen[n], true) {
                    continue;
                }
                if let SceneNode::Scene(scene) = &self.scenes.0[n].1 {
                    let links = scene.choices.iter().filter(|c| !clean_only || c.mistakes.is_empty());
                    stack.extend(links.filter_map(|c| index.get(c.next.as_str()).copied()));
                }
            }
            seen
        };
        let (all, clean) = (reach(false), reach(true));
        self.scenes
            .0
            .iter()
            .enumerate()
            .filter(|(i, (_, node))| all[*i] && !clean[*i] && matches!(node, SceneNode::Scene(_)))
            .map(|(_, (id, _))| id.as_str())
            .collect()
    }

    pub fn decision_scene_count(&self) -> usize {
        self.scenes.0.iter().filter(|(_, n)| matches!(n, SceneNode::Scene(_))).count()
    }
}
