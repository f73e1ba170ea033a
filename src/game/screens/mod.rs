//! One plugin per screen; each spawns its UI on enter under a root that despawns on exit.

mod debrief;
mod feedback;
mod pause;
mod progress;
mod scene;
mod select;
mod title;
mod trainees;

use bevy::prelude::*;

pub use scene::MoodFill;

use super::state::Screen;

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
        progress::plugin,
        trainees::plugin,
    ));
    app.add_systems(PostUpdate, |mut redraw: ResMut<Redraw>| redraw.0 = false);
}

/// Despawns the old root before a redraw; used by every screen's spawn system.
pub fn clear(commands: &mut Commands, roots: &Query<Entity, With<ScreenRoot>>) {
    for root in roots {
        commands.entity(root).despawn();
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
