//! The command line's arguments and subcommands, as `--help` and the man page show them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// The language to play and print in, e.g. `es` [default: the saved setting, else the
    /// system's language when there is a translation, else English].
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
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
    #[command(flatten)]
    pub look: LookArgs,
    #[cfg(feature = "game")]
    /// Game: print the window benchmark's figures and quit (see scripts/bench-window.sh).
    #[arg(long, hide = true)]
    pub benchmark: bool,
    #[cfg(feature = "game")]
    /// Game: the same figures for a bare Bevy UI app, for comparison.
    #[arg(long, hide = true)]
    pub benchmark_bare: bool,
}

/// How the window draws for this session, over the saved settings (a classroom PC set up for
/// one person); the settings screen saves changes for the computer.
#[cfg(feature = "game")]
#[derive(clap::Args, Debug, Clone, Copy, Default)]
pub struct LookArgs {
    /// Game: text size in percent, 100 to 200 [default: the saved setting, else 100].
    #[arg(long, value_parser = parse_text_size, value_name = "PERCENT")]
    pub text_size: Option<u16>,
    /// Game: the high-contrast palette (light text on black, body text at least 7:1).
    #[arg(long)]
    pub high_contrast: bool,
    /// Game: no easing or animated transitions; values change in one step.
    #[arg(long)]
    pub reduced_motion: bool,
}

#[cfg(feature = "game")]
impl LookArgs {
    /// These flags, with `outer`'s (given before the subcommand) where these say nothing.
    pub fn overrides(self, outer: LookArgs) -> crate::game::theme::LookOverrides {
        crate::game::theme::LookOverrides {
            text_size: self.text_size.or(outer.text_size),
            high_contrast: self.high_contrast || outer.high_contrast,
            reduced_motion: self.reduced_motion || outer.reduced_motion,
        }
    }
}

#[cfg(feature = "game")]
fn parse_text_size(s: &str) -> Result<u16, String> {
    let percent = s.trim().trim_end_matches('%').parse::<u16>().map_err(|_| format!("`{s}` is not a whole number"))?;
    crate::store::settings::check_text_size(percent)
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
    /// Translations: bring a language's overlays up to date with the scenarios, or give choices
    /// the ids translations follow. `validate --lang LANG` checks them.
    I18n {
        #[command(subcommand)]
        action: I18nAction,
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
    #[cfg(feature = "game")]
    /// Run a class: the scenario on this screen (a projector), everyone voting from their phones
    /// over the local network. Without SCENARIO, pick it in the window.
    Classroom {
        /// A scenario id or file name from the library.
        scenario: Option<String>,
        /// The port phones connect to [default: 8321, or a free one if that is taken].
        #[arg(long)]
        port: Option<u16>,
        /// The address phones use to reach this computer [default: its LAN address; the
        /// presenter's A key cycles the others]. The server then listens on it alone.
        #[arg(long, value_name = "ADDR")]
        host: Option<std::net::IpAddr>,
        /// The seed for the run (the same seed shows the same lines and choice order).
        #[arg(long)]
        seed: Option<u64>,
        /// Run the class by itself once phones join, saving screenshots into DIR, then quit.
        #[arg(long, hide = true, value_name = "DIR")]
        autoplay: Option<PathBuf>,
        #[command(flatten)]
        look: LookArgs,
    },
    /// Send results to the organisation's Learning Record Store (xAPI 1.0.3): set it, see the
    /// queue, test the connection, send now, or stop.
    Lrs {
        #[command(subcommand)]
        action: LrsAction,
    },
    /// Print the manual page (roff), as installed by the packages.
    #[command(hide = true)]
    Man,
}

#[derive(Subcommand, Debug)]
pub enum LrsAction {
    /// Send results to this LRS from now on. The secret is read from HOLD_THE_LINE_LRS_SECRET,
    /// else asked for (never shown), and saved readable by this user only.
    Set(LrsSettings),
    /// Where results go, how many wait, the last try, and every statement the LRS refused.
    Status,
    /// Ask the LRS who it is and whether it accepts the key, and explain its answer.
    Test,
    /// Send every waiting result now and say what happened.
    Push {
        /// First put the statements the LRS refused back in the queue (after fixing the cause).
        #[arg(long)]
        retry_refused: bool,
    },
    /// Stop sending: the settings (with the secret) are removed; waiting results stay queued.
    Off,
}

#[derive(Subcommand, Debug)]
pub enum I18nAction {
    /// Write or update `i18n/LANG/<scenario-id>.csv` and `i18n/LANG/strategies.csv` in the
    /// scenarios folder (--lang LANG is required): new texts added with their English, edited
    /// ones marked stale, removed ones kept as orphaned. Nothing translated is ever deleted.
    Update {
        /// Scenario ids to start or update [default: those with an overlay in LANG, or every
        /// scenario when there is none yet].
        ids: Vec<String>,
    },
    /// Give every choice without an `id:` one (its number in the scene), in the scenario files.
    Ids {
        /// Scenario ids [default: every scenario in the scenarios folder].
        ids: Vec<String>,
    },
}

#[derive(clap::Args, Debug)]
pub struct LrsSettings {
    /// The LRS's xAPI address, e.g. https://lrs.example.org/xAPI/.
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// The key the LRS gave this computer (the HTTP Basic user name).
    #[arg(long, value_name = "KEY")]
    pub user: String,
    /// Who trainees are: the home page of the system their profile names are ids in
    /// [default: kept, else https://hold-the-line.invalid/trainees].
    #[arg(long, value_name = "URL")]
    pub home_page: Option<String>,
    /// Sent as context.platform, e.g. "Hold the Line, Lisbon contact centre" ("" to clear).
    #[arg(long, value_name = "TEXT")]
    pub platform: Option<String>,
    /// One registration (UUID) for every run, for a course enrolment ("" to clear)
    /// [default: each run is its own registration].
    #[arg(long, value_name = "UUID")]
    pub registration: Option<String>,
    /// The score (0-100) a run needs to count as passed [default: kept, else 65].
    #[arg(long, value_name = "SCORE")]
    pub mastery_score: Option<u8>,
    /// Seconds to wait for the LRS to answer [default: kept, else 30].
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
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

impl Command {
    /// Commands that play or check a library, and so may create the trainer's scenarios folder
    /// (the others only read).
    pub fn opens_a_library(&self) -> bool {
        match self {
            Command::Validate { .. } | Command::Play { .. } => true,
            #[cfg(feature = "game")]
            Command::Classroom { .. } => true,
            _ => false,
        }
    }
}
