//! `--help` and the man page in a language: clap's command with every description and heading
//! taken from `help.ftl` (the arguments themselves are defined in `args.rs`).

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::args::Cli;
use super::usage_errors::UsageWords;
use crate::text::Texts;

/// Reads the command line, with `--help` and any mistake in it said in the language in use.
pub fn parse(args: Vec<OsString>) -> Result<Cli, clap::error::Error<UsageWords>> {
    let mut cmd = command(&crate::text::current());
    let matches = cmd.try_get_matches_from_mut(args).map_err(clap::error::Error::apply)?;
    Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut cmd).apply())
}

/// The command line as `--help` and the man page show it, worded in `texts`' language.
pub fn command(texts: &Texts) -> Command {
    let mut cmd = Cli::command();
    // Built first, so that clap's own `--help`, `--version` and `help` command are worded too.
    cmd.build();
    let after = if cfg!(feature = "game") { "help-after-game" } else { "help-after-terminal" };
    worded(cmd, "", texts).after_help(texts.get(after, None))
}

/// The Fluent id of a command's description: `help-cmd-lrs-set` for `lrs set`.
pub(super) fn command_id(path: &str) -> String {
    if path.is_empty() { "help-cmd".to_owned() } else { format!("help-cmd-{path}") }
}

/// The Fluent ids an argument's description may have, most particular first: `help-arg-play-seed`,
/// then `help-arg-seed` for an argument that means the same in every command.
pub(super) fn argument_ids(path: &str, arg: &Arg) -> Vec<String> {
    let name = arg.get_id().as_str().replace('_', "-");
    let general = format!("help-arg-{name}");
    if path.is_empty() { vec![general] } else { vec![format!("help-arg-{path}-{name}"), general] }
}

fn worded(cmd: Command, path: &str, texts: &Texts) -> Command {
    let usage_style = *cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}:{usage_style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        texts.get("help-usage", None)
    );
    let cmd = match texts.find(&command_id(path), None) {
        Some(about) => cmd.about(about),
        None => cmd,
    };
    let cmd = cmd
        .help_template(StyledStr::from(template))
        .subcommand_help_heading(texts.get("help-commands", None))
        .mut_args(|arg| worded_argument(arg, path, texts));
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return sub.about(texts.get("help-cmd-help", None));
        }
        if sub.is_hide_set() {
            return sub;
        }
        let name = sub.get_name().to_owned();
        let path = if path.is_empty() { name } else { format!("{path}-{name}") };
        worded(sub, &path, texts)
    })
}

fn worded_argument(arg: Arg, path: &str, texts: &Texts) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let mut text = argument_ids(path, &arg).iter().find_map(|id| texts.find(id, None)).unwrap_or_default();
    // Clap would add these in English; they are said here in the language's words instead.
    if arg.get_action().takes_values() {
        let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
        if !defaults.is_empty() {
            text.push_str(&format!(" [{}: {}]", texts.get("help-default", None), defaults.join(", ")));
        }
        let possible: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !possible.is_empty() {
            text.push_str(&format!(" [{}: {}]", texts.get("help-possible", None), possible.join(", ")));
        }
    }
    let heading = if arg.is_positional() { "help-arguments" } else { "help-options" };
    let heading = texts.get(heading, None);
    arg.help(text).hide_default_value(true).hide_possible_values(true).help_heading(heading)
}

#[cfg(test)]
mod tests;
