//! The command line: validate, play and graph scenarios; no subcommand opens the game.

mod export;
mod folders;
#[cfg(feature = "game")]
mod game;
mod graph;
mod paths;
mod play;
mod progress;
mod report;
mod transcript;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use crate::sim::{Library, LoadedScenario, library};
use crate::store::{Store, StoreError, store_path};

#[derive(Parser, Debug)]
#[command(
    name = "hold-the-line",
    version = concat!(env!("CARGO_PKG_VERSION"), "; built in: ", env!("HTL_BUILT_IN")),
    about = "Practice difficult customer conversations, scored against proven service strategies."
)]
#[cfg_attr(
    feature = "game",
    command(after_help = "Run with no command to open the game window.\nTrainers: see AUTHORING.md for the scenario \
                          format.\n\nExit codes: 0 ok; 1 problems found in the files (validation); 2 usage error;\n\
                          3 runtime failure (a file or the progress store could not be read or written, no display).")
)]
#[cfg_attr(
    not(feature = "game"),
    command(after_help = "This build has no game window.\nTrainers: see AUTHORING.md for the scenario format.\n\n\
                          Exit codes: 0 ok; 1 problems found in the files (validation); 2 usage error;\n\
                          3 runtime failure (a file or the progress store could not be read or written).")
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Your own scenarios, played beside the built-in ones [default: ./scenarios when it holds a
    /// strategies.ron (a clone of the sources), else `scenarios` in the data folder].
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Where progress is saved [default: $HOLD_THE_LINE_DATA, else the platform data folder].
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Whose progress this is (profiles by name, for shared classroom PCs) [default: whoever
    /// practiced last on this store, else Trainee; for export: everyone].
    #[arg(long, global = true, value_name = "NAME")]
    pub trainee: Option<String>,
    #[cfg(feature = "game")]
    /// Game: the seed for each scenario's first run (the same seed replays the same run).
    #[arg(long)]
    pub seed: Option<u64>,
    #[cfg(feature = "game")]
    /// Game: open full screen.
    #[arg(long)]
    pub fullscreen: bool,
    #[cfg(feature = "game")]
    /// Game: window size in logical pixels, e.g. 1024x600.
    #[arg(long, value_parser = parse_size, value_name = "WxH")]
    pub size: Option<(u32, u32)>,
    #[cfg(feature = "game")]
    /// Game: play a run by itself, saving a screenshot of each screen into DIR, then quit.
    #[arg(long, hide = true, value_name = "DIR")]
    pub autoplay: Option<PathBuf>,
    #[cfg(feature = "game")]
    /// Game with --autoplay: the scenario id to play.
    #[arg(long, hide = true, value_name = "ID")]
    pub autoplay_scenario: Option<String>,
    #[cfg(feature = "game")]
    /// Game: print the window benchmark's figures and quit (see scripts/bench-window.sh).
    #[arg(long, hide = true)]
    pub benchmark: bool,
    #[cfg(feature = "game")]
    /// Game: the same figures for a bare Bevy UI app, for comparison.
    #[arg(long, hide = true)]
    pub benchmark_bare: bool,
}

#[cfg(feature = "game")]
fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or("write the size as WIDTHxHEIGHT, e.g. 1280x720")?;
    let parse = |v: &str| v.trim().parse::<u32>().map_err(|_| format!("`{v}` is not a whole number"));
    let (w, h) = (parse(w)?, parse(h)?);
    if w < 320 || h < 240 {
        return Err("the window must be at least 320x240".into());
    }
    Ok((w, h))
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check scenario files and the catalog; report every problem with file:line:column.
    Validate {
        /// Folders or files to check [default: the --scenarios folder].
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Also print the strategy-by-scenario coverage table; fails when any strategy is
        /// recommended, or any mistake offered, fewer than 3 times.
        #[arg(long)]
        coverage: bool,
        /// Also analyse every path (exact up to 20,000, sampled beyond) and play the surface bots
        /// (longest, shortest, first, last, stage direction, empathy words) over seeds 1-20;
        /// warns when a bot games a scenario.
        #[arg(long = "paths")]
        with_paths: bool,
    },
    /// Play a scenario in the terminal.
    Play {
        /// A scenario file, or a scenario id from the --scenarios folder.
        scenario: String,
        /// Seed for the customer's lines and the choice order; the same seed replays the same run.
        #[arg(long)]
        seed: Option<u64>,
        /// Play these choices (numbers as shown, comma-separated) and print the whole transcript.
        #[arg(long, value_delimiter = ',', value_name = "N,N,...")]
        choices: Option<Vec<usize>>,
    },
    /// Show a trainee's progress: results, strategy mastery, frequent mistakes, what to practice next.
    Progress {
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Export decisions as CSV (one row per decision) or xAPI 1.0.3 statements (JSON array), or
    /// classroom sessions one row per participant per scene (class-csv).
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Only decisions from this date on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The class report from trainees' CSV exports or progress.sqlite files: a terminal table
    /// and a self-contained, printable HTML page.
    Report {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Where to write the HTML page.
        #[arg(long, default_value = "class-report.html", value_name = "FILE")]
        html: PathBuf,
    },
    /// Draw a scenario's branching graph, endings marked and the best path highlighted.
    Graph {
        /// A scenario file, or a scenario id from the --scenarios folder.
        scenario: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    /// Print the manual page (roff), as installed by the packages.
    #[command(hide = true)]
    Man,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Xapi,
    /// Classroom sessions: one row per participant per scene, with their vote and own score.
    ClassCsv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

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

/// Runs the command line; `started` is when the process began (the game benchmark counts from it).
pub fn run(started: std::time::Instant) -> Result<ExitCode> {
    let cli = match Cli::try_parse() {
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
    let create = matches!(cli.command, None | Some(Command::Validate { .. } | Command::Play { .. }));
    let scenarios = match folders::scenarios_folder(cli.scenarios.as_deref(), cli.data_dir.as_deref(), create) {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    match cli.command {
        Some(Command::Validate { paths, format, coverage, with_paths }) => {
            let paths = if paths.is_empty() { vec![scenarios.clone()] } else { paths };
            validate::run(&paths, format, coverage, with_paths)
        }
        Some(Command::Play { scenario, seed, choices }) => {
            let progress = crate::store::recorder::RunRecorder::open(cli.data_dir.as_deref(), cli.trainee.as_deref());
            play::run(&scenarios, &scenario, seed, choices.as_deref(), progress)
        }
        Some(Command::Progress { format }) => {
            progress::run(&scenarios, cli.data_dir.as_deref(), cli.trainee.as_deref(), format)
        }
        Some(Command::Export { format, since, output }) => {
            export::run(cli.data_dir.as_deref(), cli.trainee.as_deref(), format, since.as_deref(), output.as_deref())
        }
        Some(Command::Report { files, html }) => report::run(&files, &html, &scenarios),
        Some(Command::Graph { scenario, format }) => graph::run(&scenarios, &scenario, format),
        Some(Command::Man) => {
            use clap::CommandFactory;
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "game")]
        None => game::run(
            game::GameOptions {
                scenarios,
                seed: cli.seed,
                fullscreen: cli.fullscreen,
                autoplay: cli.autoplay,
                autoplay_scenario: cli.autoplay_scenario,
                size: cli.size,
                data_dir: cli.data_dir,
                trainee: cli.trainee,
                benchmark: cli.benchmark,
                benchmark_bare: cli.benchmark_bare,
            },
            started,
        ),
        #[cfg(not(feature = "game"))]
        None => {
            let _ = started;
            eprintln!(
                "error: this build of hold-the-line has no game window (it was built without the `game` feature).\n\
                 Use a command instead, e.g. `hold-the-line play SCENARIO`; see `hold-the-line --help`."
            );
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
        eprintln!(
            "error: no scenario `{name}`: give a path to a `.scenario.ron` file or a scenario id from {}",
            scenarios_dir.display()
        );
        if !known.is_empty() {
            eprintln!("known ids: {}", known.join(", "));
        }
        return Err(ExitCode::from(EXIT_USAGE));
    };
    let own = library.blocking(&found.file.path);
    if !own.is_empty() {
        for d in &own {
            eprintln!("{}", d.render(color_stderr()));
        }
        eprintln!(
            "error: `{}` has {} problem(s); run `hold-the-line validate {}` and fix them first",
            found.scenario.id,
            own.len(),
            found.file.path
        );
        return Err(ExitCode::from(EXIT_PROBLEMS));
    }
    Ok((library, found))
}

/// Opens the progress store only to read it: read-only commands never create, move or change a
/// file. A store that is not there is `Ok(None)`, after saying so (as an error when `missing` is
/// not `EXIT_OK`); a damaged or unreadable one is an error naming the file and what to do.
fn read_store(data_dir: Option<&Path>, missing: u8) -> Result<Option<Store>, ExitCode> {
    let Some(path) = store_path(data_dir) else {
        eprintln!("error: this system has no data folder for progress; pass --data-dir DIR");
        return Err(ExitCode::from(EXIT_RUNTIME));
    };
    match Store::open_read_only(&path) {
        Ok(store) => Ok(Some(store)),
        Err(StoreError::Missing { .. }) => {
            let dir = path.parent().unwrap_or(&path).display();
            let prefix = if missing == EXIT_OK { "" } else { "error: " };
            eprintln!(
                "{prefix}no progress has been saved in {dir} yet; play a scenario first (hold-the-line play ID), or pass --data-dir DIR"
            );
            if missing == EXIT_OK { Ok(None) } else { Err(ExitCode::from(missing)) }
        }
        Err(err) => {
            eprintln!("error: {}", err.explain());
            if let Some(help) = err.help() {
                eprintln!("help: {help}");
            }
            Err(ExitCode::from(EXIT_RUNTIME))
        }
    }
}

fn color_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn color_stdout() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
