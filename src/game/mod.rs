//! The game window: Bevy screens that render a `sim::Session` and forward the trainee's choices.
//! No scoring or story logic lives here; it all comes from `sim`. `cli::game` opens the window.

pub mod access;
pub mod actions;
pub mod chrome;
pub mod classroom;
pub mod dev;
pub mod library;
mod portrait;
pub mod recorder;
pub mod saved;
mod screens;
pub mod state;
pub mod theme;
pub mod ui;
pub mod wake;

use bevy::prelude::*;

pub use screens::MoodFill;
pub use state::Screen;

/// Why the game cannot open a window here, if it cannot (checked before Bevy would panic).
pub fn display_problem() -> Option<String> {
    if cfg!(target_os = "linux")
        && ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"].iter().all(|v| std::env::var_os(v).is_none())
    {
        let (problem, help) = (crate::text::t("game-no-display"), crate::text::t("game-no-display-help"));
        return Some(format!("{problem}\n{help}"));
    }
    None
}

/// Everything that makes the game work without a window: states, screens, input, actions.
/// Headless tests add this with `MinimalPlugins` + `StatesPlugin`.
pub struct GamePlugin;

impl Plugin for GamePlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<Screen>();
        app.init_resource::<recorder::Recorder>();
        app.add_plugins((
            state::plugin,
            theme::plugin,
            ui::plugin,
            actions::plugin,
            access::plugin,
            screens::plugin,
            classroom::plugin,
        ));
        // The mouse wheel and "scroll into view" for the select screen's scrolling grid.
        if !app.is_plugin_added::<bevy::ui_widgets::ScrollAreaPlugin>() {
            app.add_plugins(bevy::ui_widgets::ScrollAreaPlugin);
        }
    }
}
