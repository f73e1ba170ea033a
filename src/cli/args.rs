//! The command line's arguments and subcommands. What each one is for, as `--help` and the man page
//! say it, is in `locales/<lang>/help.ftl` (`help-cmd-<path>`, `help-arg-<path>-<name>`), so that
//! the help speaks the language in use; `help.rs` puts the two together.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(name = "hold-the-line", version = concat!(env!("CARGO_PKG_VERSION"), "; built in: ", env!("HTL_BUILT_IN")))]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "NAME")]
    pub trainee: Option<String>,
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    #[cfg(feature = "game")]
    #[arg(long, value_parser = whole_number::<u64>)]
    pub seed: Option<u64>,
    #[cfg(feature = "game")]
    #[arg(long)]
    pub fullscreen: bool,
    #[cfg(feature = "game")]
    #[arg(long, value_parser = parse_size, value_name = "WxH")]
    pub size: Option<(u32, u32)>,
    #[cfg(feature = "game")]
    // Hidden, for tests and screenshots: play a run by itself, saving each screen into DIR, then quit.
    #[arg(long, hide = true, value_name = "DIR")]
    pub autoplay: Option<PathBuf>,
    #[cfg(feature = "game")]
    // Hidden: with --autoplay, the scenario id to play.
    #[arg(long, hide = true, value_name = "ID")]
    pub autoplay_scenario: Option<String>,
    #[cfg(feature = "game")]
    #[command(flatten)]
    pub look: LookArgs,
    #[cfg(feature = "game")]
    // Hidden: print the window benchmark's figures and quit (see scripts/bench-window.sh).
    #[arg(long, hide = true)]
    pub benchmark: bool,
    #[cfg(feature = "game")]
    // Hidden: the same figures for a bare Bevy UI app, for comparison.
    #[arg(long, hide = true)]
    pub benchmark_bare: bool,
}

// How the window draws for this session, over the saved settings (a classroom PC set up for
// one person); the settings screen saves changes for the computer.
#[cfg(feature = "game")]
#[derive(clap::Args, Debug, Clone, Copy, Default)]
pub struct LookArgs {
    #[arg(long, value_parser = parse_text_size, value_name = "PERCENT")]
    pub text_size: Option<u16>,
    #[arg(long)]
    pub high_contrast: bool,
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

/// The largest value of a whole-number option's type, to say when a value is larger.
trait Largest: TryFrom<u64> {
    const LARGEST: u64;
}

macro_rules! largest {
    ($($t:ty),*) => { $( impl Largest for $t { const LARGEST: u64 = <$t>::MAX as u64; } )* };
}
largest!(u8, u16, u64, usize);

/// A whole number for an option, refused in the language in use (clap's refusal is English).
fn whole_number<T: Largest>(s: &str) -> Result<T, String> {
    let n: u64 = s.trim().parse().map_err(|_| crate::tr!("help-value-not-whole", value = s))?;
    T::try_from(n).map_err(|_| crate::tr!("help-value-too-large", value = s, largest = T::LARGEST))
}

/// An IP address for an option, refused in the language in use.
#[cfg(feature = "game")]
fn ip_address(s: &str) -> Result<std::net::IpAddr, String> {
    s.trim().parse().map_err(|_| crate::tr!("help-value-not-an-address", value = s))
}

#[cfg(feature = "game")]
fn parse_text_size(s: &str) -> Result<u16, String> {
    crate::store::settings::check_text_size(whole_number(s.trim().trim_end_matches('%'))?)
}

#[cfg(feature = "game")]
fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(|| crate::text::t("help-size-form"))?;
    let parse = |v: &str| v.trim().parse::<u32>().map_err(|_| crate::tr!("help-value-not-whole", value = v));
    let (w, h) = (parse(w)?, parse(h)?);
    if w < 320 || h < 240 {
        return Err(crate::text::t("help-size-too-small"));
    }
    Ok((w, h))
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Validate {
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        #[arg(long)]
        coverage: bool,
        #[arg(long = "paths")]
        with_paths: bool,
    },
    I18n {
        #[command(subcommand)]
        action: I18nAction,
    },
    Play {
        scenario: String,
        #[arg(long, value_parser = whole_number::<u64>)]
        seed: Option<u64>,
        #[arg(long, value_parser = whole_number::<usize>, value_delimiter = ',', value_name = "N,N,...")]
        choices: Option<Vec<usize>>,
    },
    Progress {
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Report {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, default_value = "class-report.html", value_name = "FILE")]
        html: PathBuf,
    },
    Graph {
        scenario: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    #[cfg(feature = "game")]
    Classroom {
        scenario: Option<String>,
        #[arg(long, value_parser = whole_number::<u16>)]
        port: Option<u16>,
        #[arg(long, value_parser = ip_address, value_name = "ADDR")]
        host: Option<std::net::IpAddr>,
        #[arg(long, value_parser = whole_number::<u64>)]
        seed: Option<u64>,
        // Hidden: run the class by itself once phones join, saving screenshots into DIR, then quit.
        #[arg(long, hide = true, value_name = "DIR")]
        autoplay: Option<PathBuf>,
        #[command(flatten)]
        look: LookArgs,
    },
    Lrs {
        #[command(subcommand)]
        action: LrsAction,
    },
    // Hidden: print the manual page (roff), as installed by the packages.
    #[command(hide = true)]
    Man,
}

#[derive(Subcommand, Debug)]
pub enum LrsAction {
    Set(LrsSettings),
    Status,
    Test,
    Push {
        #[arg(long)]
        retry_refused: bool,
    },
    Off,
}

#[derive(Subcommand, Debug)]
pub enum I18nAction {
    Update { ids: Vec<String> },
    Ids { ids: Vec<String> },
}

#[derive(clap::Args, Debug)]
pub struct LrsSettings {
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    #[arg(long, value_name = "KEY")]
    pub user: String,
    #[arg(long, value_name = "URL")]
    pub home_page: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub platform: Option<String>,
    #[arg(long, value_name = "UUID")]
    pub registration: Option<String>,
    #[arg(long, value_parser = whole_number::<u8>, value_name = "SCORE")]
    pub mastery_score: Option<u8>,
    #[arg(long, value_parser = whole_number::<u64>, value_name = "SECONDS")]
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
