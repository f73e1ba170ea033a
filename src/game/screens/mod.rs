//! One plugin per screen; each spawns its UI on enter under a root that despawns on exit.

mod debrief;
mod feedback;
mod pause;
mod progress;
mod scene;
mod select;
mod settings;
mod title;
mod trainees;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

pub use scene::{MoodFill, mood_meter};

use super::state::Screen;
use super::theme::Look;
use super::ui::{UiFonts, screen_root};

/// Marks a screen's root, so a screen can be redrawn in place (after a hot reload).
#[derive(Component)]
pub struct ScreenRoot;

/// Set when the current screen should be rebuilt from the data this frame.
#[derive(Resource, Default)]
pub struct Redraw(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Redraw>();
    app.add_plugins((
        title::plugin,
        select::plugin,
        scene::plugin,
        feedback::plugin,
        debrief::plugin,
        pause::plugin,
        settings::plugin,
        progress::plugin,
        trainees::plugin,
    ));
    // Before the screens' own systems, which redraw on the request.
    app.add_systems(PreUpdate, redraw_on_new_palette.run_if(resource_changed::<Look>));
    app.add_systems(PostUpdate, |mut redraw: ResMut<Redraw>| redraw.0 = false);
}

/// Switching the palette or the language rebuilds the screen, which draws itself in the new
/// colours and words.
fn redraw_on_new_palette(look: Res<Look>, mut last: Local<Option<(bool, String)>>, mut redraw: ResMut<Redraw>) {
    let now = (look.settings.high_contrast, crate::text::language());
    if last.as_ref().is_some_and(|was| *was != now) {
        redraw.0 = true;
    }
    *last = Some(now);
}

/// A screen's root node: full window, tagged so a redraw can find it and leaving the screen
/// despawns it.
pub fn screen_root_for(name: &'static str, screen: Screen) -> impl Bundle {
    (Name::new(name), ScreenRoot, DespawnOnExit(screen), screen_root())
}

/// What every screen's spawn system starts from: commands to build with, the fonts, and the
/// old root to clear away first (a redraw rebuilds the screen in place).
#[derive(SystemParam)]
pub struct ScreenBuilder<'w, 's> {
    pub commands: Commands<'w, 's>,
    fonts: Res<'w, UiFonts>,
    roots: Query<'w, 's, Entity, With<ScreenRoot>>,
}

impl ScreenBuilder<'_, '_> {
    /// Despawns the previous root and hands out the fonts for the new one.
    pub fn fresh(&mut self) -> UiFonts {
        for root in &self.roots {
            self.commands.entity(root).despawn();
        }
        self.fonts.clone()
    }
}

pub fn needs_redraw(redraw: Res<Redraw>) -> bool {
    redraw.0
}

/// Registers `spawn` on entering `screen` and again whenever a redraw is asked for.
pub fn on_screen<M>(
    app: &mut App,
    screen: Screen,
    spawn: impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, M> + Clone,
) {
    app.add_systems(OnEnter(screen), spawn.clone());
    app.add_systems(Update, spawn.run_if(in_state(screen).and_then(needs_redraw)));
}
