//! No subcommand: the command line opens the game window with the options it was given.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::window::{MonitorSelection, WindowMode, WindowResolution};
use bevy::winit::{UpdateMode, WinitSettings};

use super::{EXIT_RUNTIME, EXIT_USAGE, error_line};
use crate::game::dev::{autoplay, bench, class_autoplay, select_walk};
use crate::game::theme::{Look, LookOverrides};
use crate::game::{GamePlugin, display_problem, library, recorder, state, wake};

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
    /// Open classroom mode (`hold-the-line classroom`).
    pub classroom: Option<crate::game::state::ClassroomRequest>,
    /// Run the class by itself once phones joined, saving screenshots here (tests, docs).
    pub classroom_autoplay: Option<PathBuf>,
    /// Text size, contrast and motion for this session, over the saved settings.
    pub look: LookOverrides,
    /// The languages the settings offer.
    pub languages: Vec<String>,
}

/// Opens the window and plays until it closes. `started` is when the process began, which only
/// the benchmark reads (its "first frame" figure counts from there).
pub fn run(options: GameOptions, started: Instant) -> Result<ExitCode> {
    if let Some(problem) = display_problem() {
        eprintln!("{}", error_line(problem));
        return Ok(ExitCode::from(EXIT_RUNTIME));
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
        bench::plugin(&mut app, true, started);
        app.run();
        return Ok(ExitCode::SUCCESS);
    }
    let dir = std::path::absolute(&options.scenarios)
        .with_context(|| crate::tr!("cli-cannot-resolve", folder = options.scenarios.display().to_string()))?;
    if !dir.is_dir() {
        eprintln!("{}", error_line(crate::tr!("cli-no-scenarios-folder", folder = dir.display().to_string())));
        return Ok(ExitCode::from(EXIT_USAGE));
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
    } else if options.classroom_autoplay.is_some() {
        // A class waits on phones most of the time: a frame every 60 ms is enough to see them,
        // and leaves the CPU to the phones (browsers) sharing the machine in the test.
        let tick = UpdateMode::reactive(std::time::Duration::from_millis(60));
        WinitSettings { focused_mode: tick, unfocused_mode: tick }
    } else {
        WinitSettings::desktop_app()
    });
    app.insert_resource(state::SeedChoice(options.seed));
    app.insert_resource(Look::load(options.look));
    app.insert_resource(crate::game::theme::LanguageChoices(options.languages.clone()));
    let mut saving = crate::store::recorder::RunRecorder::open(options.data_dir.as_deref(), options.trainee.as_deref());
    let link = crate::lrs::link::attach(&mut saving);
    app.insert_resource(recorder::Recorder::from(saving));
    app.insert_resource(recorder::LrsLink(link.view()));
    app.insert_resource(library::GameLibrary::empty(dir.display().to_string()));
    app.add_plugins((GamePlugin, library::asset_plugin, wake::plugin, crate::game::chrome::plugin));
    if options.benchmark {
        bench::plugin(&mut app, false, started);
    }
    if let Some(request) = options.classroom {
        app.insert_resource(request);
    }
    if let Some(dir) = options.classroom_autoplay {
        app.insert_resource(class_autoplay::ClassAutoPlay::new(dir));
        app.add_plugins(class_autoplay::plugin);
    }
    if let Some(dir) = options.autoplay {
        app.insert_resource(autoplay::AutoPlay::new(dir, options.autoplay_scenario));
        app.add_plugins((autoplay::plugin, select_walk::plugin));
    }
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    let exit = app.run();
    // Results decided just before quitting get a moment to reach the LRS; the rest stay queued.
    // (The sender is kept here: `App::run` hands the world to the window's loop, which drops it.)
    if let Some(sender) = link.sender {
        let status = sender.finish(std::time::Duration::from_secs(3));
        if status.waiting > 0 {
            info!("{} waiting to send to the LRS at exit; sent next time", crate::lrs::link::results(status.waiting));
        }
    }
    Ok(if exit.is_success() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_RUNTIME) })
}
