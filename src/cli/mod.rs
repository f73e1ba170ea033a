//! The command line: validate, play and graph scenarios; no subcommand opens the game.

mod args;
mod export;
mod folders;
#[cfg(feature = "game")]
mod game;
mod graph;
mod help;
mod i18n;
mod language;
mod lrs;
mod paths;
mod play;
mod progress;
mod report;
mod secret;
mod transcript;
mod usage_errors;
mod validate;

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

#[cfg(feature = "game")]
use args::LookArgs;
pub use args::{Cli, Command, ExportFormat, GraphFormat, LrsAction, ReportFormat};

use crate::sim::{Library, LoadedScenario, library};
use crate::store::{Store, StoreError, store_path};
use crate::text::{Shown, t};
use crate::tr;

// Exit codes, the same for every command; README.md ("Exit codes") and `--help` list them.
/// Everything worked.
pub const EXIT_OK: u8 = 0;
/// Problems found in the files: validation errors, a broken scenario, a file that is not an export.
pub const EXIT_PROBLEMS: u8 = 1;
/// The command line was wrong: an unknown option, scenario or choice number.
pub const EXIT_USAGE: u8 = 2;
/// Something failed at run time: a file or the progress store could not be read or written (or
/// is damaged, busy, missing), or there is no display for the game.
pub const EXIT_RUNTIME: u8 = 3;

/// A message that stops a command, as standard error shows it: `error: …` in English.
pub fn error_line(message: impl Display) -> String {
    format!("{}: {message}", t("problem-error"))
}

/// A message worth knowing that does not stop the command: `warning: …` in English.
pub(crate) fn warning_line(message: impl Display) -> String {
    format!("{}: {message}", t("problem-warning"))
}

/// What to do about the message above it: `help: …` in English.
pub(crate) fn help_line(message: impl Display) -> String {
    format!("{}: {message}", t("problem-help"))
}

/// `hold-the-line progress | head` must stop quietly when `head` has read enough, as other
/// terminal tools do, instead of panicking on the closed pipe: Rust ignores SIGPIPE, so restore
/// the default for the terminal commands (never for the game window, whose log may be piped).
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start, before any thread exists; SIG_DFL is always a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(feature = "game")]
fn game_options(cli: &Cli, scenarios: PathBuf) -> game::GameOptions {
    let languages = language::offered(&scenarios);
    game::GameOptions {
        scenarios,
        seed: cli.seed,
        fullscreen: cli.fullscreen,
        autoplay: cli.autoplay.clone(),
        autoplay_scenario: cli.autoplay_scenario.clone(),
        size: cli.size,
        data_dir: cli.data_dir.clone(),
        trainee: cli.trainee.clone(),
        benchmark: cli.benchmark,
        benchmark_bare: cli.benchmark_bare,
        classroom: None,
        classroom_autoplay: None,
        look: cli.look.overrides(LookArgs::default()),
        languages,
    }
}

/// Runs the command line; `started` is when the process began (the game benchmark counts from it).
pub fn run(started: std::time::Instant) -> Result<ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let spoken = language::spoken_flag(&args);
    language::for_usage(spoken.as_deref());
    let mut cli = match help::parse(args) {
        Ok(cli) => cli,
        Err(err) => {
            err.print()?;
            return Ok(ExitCode::from(if err.use_stderr() { EXIT_USAGE } else { EXIT_OK }));
        }
    };
    if cli.command.is_some() {
        quiet_on_closed_pipe();
    }
    // `progress`, `export`, `report` and `graph` only read: they never create the folder.
    let create = cli.command.as_ref().is_none_or(Command::opens_a_library);
    let scenarios = match folders::scenarios_folder(cli.scenarios.as_deref(), cli.data_dir.as_deref(), create) {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("{}", error_line(format!("{err:#}")));
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    // The window draws with Lato, so its language must be one Lato can show; a terminal's font
    // is the user's own.
    let for_window = cli.command.is_none() || cfg!(feature = "game") && is_classroom(&cli.command);
    if let Err(problem) = language::choose(spoken.as_deref(), &scenarios, for_window) {
        eprintln!("{}", error_line(problem));
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    match cli.command.take() {
        Some(Command::Validate { paths, format, coverage, with_paths }) => {
            let paths = if paths.is_empty() { vec![scenarios.clone()] } else { paths };
            validate::run(&paths, format, coverage, with_paths, cli.lang.as_deref())
        }
        Some(Command::I18n { action }) => i18n::run(action, &scenarios, cli.lang.as_deref()),
        Some(Command::Play { scenario, seed, choices }) => {
            let mut progress =
                crate::store::recorder::RunRecorder::open(cli.data_dir.as_deref(), cli.trainee.as_deref());
            let link = crate::lrs::link::attach(&mut progress);
            let code = play::run(&scenarios, &scenario, seed, choices.as_deref(), progress);
            play::report_sending(link);
            code
        }
        Some(Command::Lrs { action }) => lrs::run(action, cli.data_dir.as_deref()),
        Some(Command::Progress { format }) => {
            progress::run(&scenarios, cli.data_dir.as_deref(), cli.trainee.as_deref(), format)
        }
        Some(Command::Export { format, since, output }) => {
            export::run(cli.data_dir.as_deref(), cli.trainee.as_deref(), format, since.as_deref(), output.as_deref())
        }
        Some(Command::Report { files, html }) => report::run(&files, &html, &scenarios),
        Some(Command::Graph { scenario, format }) => graph::run(&scenarios, &scenario, format),
        Some(Command::Man) => {
            // The installed manual is English, whatever language printed it.
            let english = crate::text::Texts::new(crate::sim::i18n::SOURCE_LANGUAGE);
            // A manual's sections are named in capitals (NAME, OPTIONS, COMMANDS).
            let commands = english.get("help-commands", None).to_uppercase();
            let manual = help::command(&english).subcommand_help_heading(commands);
            clap_mangen::Man::new(manual).render(&mut std::io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "game")]
        Some(Command::Classroom { scenario, port, host, seed, autoplay, look }) => {
            let options = game::GameOptions {
                seed: seed.or(cli.seed),
                look: look.overrides(cli.look),
                classroom: Some(crate::game::state::ClassroomRequest { scenario, host, port }),
                classroom_autoplay: autoplay,
                ..game_options(&cli, scenarios)
            };
            game::run(options, started)
        }
        #[cfg(feature = "game")]
        None => game::run(game_options(&cli, scenarios), started),
        #[cfg(not(feature = "game"))]
        None => {
            let _ = started;
            eprintln!("{}\n{}", error_line(tr!("cli-no-game-window")), tr!("cli-no-game-window-help"));
            Ok(ExitCode::from(EXIT_USAGE))
        }
    }
}

/// Loads the scenario a command names (a file, or an id in the scenarios folder) and refuses one
/// with errors, printing them: playing or drawing a broken scenario would only mislead.
fn load_one(scenarios_dir: &Path, name: &str) -> Result<(Library, LoadedScenario), ExitCode> {
    let as_path = PathBuf::from(name);
    let library =
        if as_path.is_file() { library::load(&[as_path]) } else { library::load(&[scenarios_dir.to_path_buf()]) };
    let found =
        library.scenarios.iter().find(|s| s.scenario.id == name || Path::new(&s.file.path) == Path::new(name)).cloned();
    let Some(found) = found else {
        let broken = library.broken.iter().find(|(file, _)| file.contains(name));
        if let Some((_, diagnostic)) = broken {
            eprintln!("{}", diagnostic.render(color_stderr()));
            return Err(ExitCode::from(EXIT_PROBLEMS));
        }
        let known: Vec<&str> = library.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
        let folder = scenarios_dir.display().to_string();
        eprintln!("{}", error_line(tr!("cli-no-scenario", name = name, folder = folder)));
        if !known.is_empty() {
            eprintln!("{}", tr!("cli-known-ids", ids = known.join(", ")));
        }
        return Err(ExitCode::from(EXIT_USAGE));
    };
    let own = library.blocking(&found.file.path);
    if !own.is_empty() {
        for d in &own {
            eprintln!("{}", d.render(color_stderr()));
        }
        let (id, file) = (&found.scenario.id, &found.file.path);
        eprintln!("{}", error_line(tr!("cli-scenario-has-problems", id = id, count = own.len(), file = file)));
        return Err(ExitCode::from(EXIT_PROBLEMS));
    }
    Ok((library, found))
}

/// Opens the progress store only to read it: read-only commands never create, move or change a
/// file. A store that is not there is `Ok(None)`, after saying so (as an error when `missing` is
/// not `EXIT_OK`); a damaged or unreadable one is an error naming the file and what to do.
fn read_store(data_dir: Option<&Path>, missing: u8) -> Result<Option<Store>, ExitCode> {
    let Some(path) = store_path(data_dir) else {
        eprintln!("{}", error_line(tr!("cli-no-data-folder")));
        return Err(ExitCode::from(EXIT_RUNTIME));
    };
    match Store::open_read_only(&path) {
        Ok(store) => Ok(Some(store)),
        Err(StoreError::Missing { .. }) => {
            let dir = path.parent().unwrap_or(&path).display().to_string();
            let message = tr!("cli-no-progress-yet", folder = dir);
            if missing == EXIT_OK {
                eprintln!("{message}");
                Ok(None)
            } else {
                eprintln!("{}", error_line(message));
                Err(ExitCode::from(missing))
            }
        }
        Err(err) => {
            eprintln!("{}", error_line(err.explain()));
            if let Some(help) = err.help() {
                eprintln!("{}", help_line(help));
            }
            Err(ExitCode::from(EXIT_RUNTIME))
        }
    }
}

#[cfg(feature = "game")]
fn is_classroom(command: &Option<Command>) -> bool {
    matches!(command, Some(Command::Classroom { .. }))
}

#[cfg(not(feature = "game"))]
fn is_classroom(_: &Option<Command>) -> bool {
    false
}

fn color_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn color_stdout() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
