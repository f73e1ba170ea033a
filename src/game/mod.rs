//! The game window: Bevy screens that render a `sim::Session` and forward the trainee's choices.
//! No scoring or story logic lives here; it all comes from `sim`.

pub mod actions;
mod autoplay;
pub mod bench;
pub mod library;
mod portrait;
pub mod recorder;
pub mod saved;
mod screens;
pub mod state;
pub mod ui;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::window::{MonitorSelection, WindowMode, WindowResolution};
use bevy::winit::WinitSettings;

pub use state::Screen;

/// What the command line asks of the game window.
#[derive(Clone, Debug, Default)]
pub struct GameOptions {
    pub scenarios: PathBuf,
    pub seed: Option<u64>,
    pub fullscreen: bool,
    /// Drive a whole run by itself and save a screenshot of every screen here (tests, docs).
    pub autoplay: Option<PathBuf>,
    /// With `autoplay`: the scenario to play (default: the first playable one).
    pub autoplay_scenario: Option<String>,
    /// Window size in logical pixels.
    pub size: Option<(u32, u32)>,
    /// Where progress is saved, and for whom.
    pub data_dir: Option<PathBuf>,
    /// `None`: whoever practiced last on this store.
    pub trainee: Option<String>,
    /// Print the window benchmark's figures and quit.
    pub benchmark: bool,
    /// Print the same figures for a bare Bevy UI app, for comparison.
    pub benchmark_bare: bool,
}

/// Why the game cannot open a window here, if it cannot (checked before Bevy would panic).
pub fn display_problem() -> Option<String> {
    if cfg!(target_os = "linux")
        && ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"].iter().all(|v| std::env::var_os(v).is_none())
    {
        return Some(
            "no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the game window cannot open.\n\
             To practice in the terminal instead: hold-the-line play SCENARIO  (list them with: hold-the-line validate)"
                .into(),
        );
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
        app.add_plugins((state::plugin, ui::plugin, actions::plugin, screens::plugin));
    }
}

pub fn run(options: GameOptions) -> Result<ExitCode> {
    if let Some(problem) = display_problem() {
        eprintln!("error: {problem}");
        return Ok(ExitCode::from(crate::cli::EXIT_RUNTIME));
    }
    let (width, height) = options.size.unwrap_or((1280, 720));
    let window = Window {
        title: "Hold the Line".into(),
        resolution: WindowResolution::new(width, height).with_scale_factor_override(1.0),
        mode: if options.fullscreen {
            WindowMode::BorderlessFullscreen(MonitorSelection::Primary)
        } else {
            WindowMode::Windowed
        },
        ..default()
    };
    let mut app = App::new();
    if options.benchmark_bare {
        app.add_plugins(DefaultPlugins.set(WindowPlugin { primary_window: Some(window), ..default() }));
        bench::bare_app(&mut app);
        bench::plugin(&mut app, true);
        app.run();
        return Ok(ExitCode::SUCCESS);
    }
    let dir = std::path::absolute(&options.scenarios)
        .with_context(|| format!("cannot resolve {}", options.scenarios.display()))?;
    if !dir.is_dir() {
        eprintln!("error: the scenarios folder {} does not exist; pass --scenarios DIR", dir.display());
        return Ok(ExitCode::from(crate::cli::EXIT_USAGE));
    }
    // The asset source must exist before the asset plugin starts.
    app.register_asset_source("scenarios", AssetSourceBuilder::platform_default(&dir.to_string_lossy(), None));
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin { primary_window: Some(window), ..default() })
            .set(AssetPlugin { watch_for_changes_override: Some(true), ..default() }),
    );
    app.insert_resource(if options.autoplay.is_some() {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    });
    app.insert_resource(state::SeedChoice(options.seed));
    app.insert_resource(recorder::Recorder::open(options.data_dir.as_deref(), options.trainee.as_deref()));
    app.insert_resource(library::GameLibrary::empty(dir.display().to_string()));
    app.add_plugins((GamePlugin, library::asset_plugin));
    if options.benchmark {
        bench::plugin(&mut app, false);
    }
    if let Some(dir) = options.autoplay {
        app.insert_resource(autoplay::AutoPlay::new(dir, options.autoplay_scenario));
        app.add_plugins(autoplay::plugin);
    }
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    let exit = app.run();
    Ok(if exit.is_success() { ExitCode::SUCCESS } else { ExitCode::from(crate::cli::EXIT_RUNTIME) })
}
