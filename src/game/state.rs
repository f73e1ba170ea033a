//! The game's states and the resources the screens share.

use std::net::IpAddr;

use bevy::prelude::*;

use crate::sim::{Feedback, Session};

/// One state per screen.
#[derive(States, Default, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Select,
    Scene,
    Feedback,
    Debrief,
    /// The trainee's mastery, results and what to practice next.
    Progress,
    /// Who is practicing: the shared-PC profile picker.
    Trainees,
    /// Classroom live mode: the presenter's view on the projector.
    Classroom,
}

/// The `--seed` given on the command line, used for the first run of each scenario.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct SeedChoice(pub Option<u64>);

/// The run being played: the sim session plus what the feedback screen shows.
#[derive(Resource)]
pub struct ActiveRun {
    pub session: Session,
    /// The scenario file the run came from (to follow hot reloads).
    pub file: String,
    /// The last choice's feedback and the number it was shown under.
    pub last: Option<(Feedback, usize)>,
    /// A note for the trainee (e.g. the scenario changed under them).
    pub notice: Option<String>,
}

/// The name being typed on the trainee picker; while it has text, Enter, Space and Esc edit it.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct NameEntry(pub String);

/// What the command line or the title screen asked for: a class on this scenario (or one picked
/// on the select screen), on this address and port.
#[derive(Resource, Clone, Debug, Default)]
pub struct ClassroomRequest {
    /// A scenario id or file name; `None`: pick it on the select screen.
    pub scenario: Option<String>,
    pub host: Option<IpAddr>,
    pub port: Option<u16>,
}

/// The select screen is picking the scenario for a class (the title's "Classroom" entry).
#[derive(Resource, Clone, Debug, Default)]
pub struct ClassroomPick(pub ClassroomRequest);

/// Something the title screen should say once (e.g. why the classroom could not start).
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct TitleNotice(pub Option<String>);

/// The pause menu is open (Esc during a run).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paused(pub bool);

/// The settings panel is open (over the title or the pause menu).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsOpen(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SettingsOpen>();
    app.init_resource::<SeedChoice>();
    app.init_resource::<Paused>();
    app.init_resource::<NameEntry>();
    app.init_resource::<TitleNotice>();
}
