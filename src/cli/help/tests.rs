//! `--help` worded from help.ftl: every command and option described in each language, nothing
//! described that does not exist, and clap's frame (headings, defaults, mistakes) in the same words.

use clap::{Arg, Command, CommandFactory};

use super::{argument_ids, command, command_id, parse};
use crate::cli::args::Cli;
use crate::text::Texts;

/// Every command `--help` lists, with its path (`lrs-set`), the `help` command's copies left out.
fn shown_commands(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
    out.push((path.to_owned(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        let name = sub.get_name();
        shown_commands(sub, &if path.is_empty() { name.to_owned() } else { format!("{path}-{name}") }, out);
    }
}

fn shown_arguments(cmd: &Command) -> impl Iterator<Item = &Arg> {
    cmd.get_arguments().filter(|a| !a.is_hide_set())
}

/// Every shown command's and option's description as `texts` has it (`None` when it has none),
/// looked up by id so that clap's own additions (defaults, possible values) cannot hide a gap.
fn described(texts: &Texts) -> Vec<(String, Option<String>)> {
    let mut commands = Vec::new();
    shown_commands(&command(texts), "", &mut commands);
    let mut all = Vec::new();
    for (path, cmd) in &commands {
        all.push((command_id(path), texts.find(&command_id(path), None)));
        for arg in shown_arguments(cmd) {
            let found = argument_ids(path, arg).iter().find_map(|id| texts.find(id, None));
            all.push((format!("{} in `{path}`", arg.get_id()), found));
        }
    }
    all
}

#[test]
fn every_command_and_option_is_described_in_english_and_in_spanish() {
    let english = described(&Texts::new("en"));
    let spanish = described(&Texts::new("es"));
    assert!(english.len() > 60, "the walk found only {} commands and options", english.len());
    for ((what, en), (_, es)) in english.iter().zip(&spanish) {
        assert!(en.as_ref().is_some_and(|en| !en.trim().is_empty()), "{what} has no English description");
        // Spanish falls back to English message by message, so a missing one reads as English.
        assert_ne!(en, es, "{what} is not described in Spanish");
    }
}

#[cfg(feature = "game")]
#[test]
fn help_ftl_describes_nothing_that_does_not_exist() {
    let mut commands = Vec::new();
    shown_commands(&command(&Texts::new("en")), "", &mut commands);
    let mut known: Vec<String> = commands.iter().map(|(path, _)| command_id(path)).collect();
    for (path, cmd) in &commands {
        known.extend(shown_arguments(cmd).flat_map(|arg| argument_ids(path, arg)));
    }
    known.push("help-cmd-help".into());
    let files = [include_str!("../../../locales/en/help.ftl"), include_str!("../../../locales/es/help.ftl")];
    let ids = files.iter().flat_map(|f| f.lines()).filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()));
    let described = ids.filter(|id| id.starts_with("help-cmd") || id.starts_with("help-arg-"));
    let orphaned: Vec<&str> = described.filter(|id| !known.iter().any(|k| k == id)).collect();
    assert!(orphaned.is_empty(), "help.ftl describes commands or options that do not exist: {orphaned:?}");
}

#[test]
fn english_help_keeps_clap_frame_and_spanish_help_has_its_own() {
    let mut english = command(&Texts::new("en"));
    let root = english.render_help().to_string();
    for expected in ["Usage: hold-the-line [OPTIONS] [COMMAND]", "Commands:", "Options:", "-h, --help", "Print help"] {
        assert!(root.contains(expected), "no {expected:?} in:\n{root}");
    }
    assert!(root.contains("Exit codes: 0 ok; 1 problems found in the files"), "{root}");
    let validate = english.find_subcommand_mut("validate").unwrap().render_help().to_string();
    assert!(validate.contains("Arguments:\n  [PATHS]..."), "{validate}");
    assert!(validate.contains("[default: text] [possible values: text, json]"), "{validate}");

    let mut spanish = command(&Texts::new("es"));
    let root = spanish.render_help().to_string();
    for expected in
        ["Uso: hold-the-line", "Comandos:", "Opciones:", "Muestra la ayuda", "Códigos de salida: 0 correcto"]
    {
        assert!(root.contains(expected), "no {expected:?} in:\n{root}");
    }
    let validate = spanish.find_subcommand_mut("validate").unwrap().render_help().to_string();
    assert!(validate.contains("Argumentos:\n  [PATHS]..."), "{validate}");
    assert!(validate.contains("[predeterminado: text] [valores posibles: text, json]"), "{validate}");
    for english_word in ["Usage:", "Options:", "Arguments:", "Print help", "[default:", "possible values"] {
        assert!(!validate.contains(english_word), "English {english_word:?} in the Spanish help:\n{validate}");
    }
}

/// clap's own message for a command line, to hold ours to in English.
fn clap_says(args: &[&str]) -> String {
    let mut cmd = Cli::command();
    cmd.try_get_matches_from_mut(args).map(|_| ()).unwrap_err().to_string()
}

fn we_say(args: &[&str]) -> String {
    let args = args.iter().map(Into::into).collect();
    parse(args).map(|_| ()).unwrap_err().to_string()
}

#[test]
fn mistakes_on_the_command_line_are_said_as_clap_says_them_in_english() {
    let mistakes: &[&[&str]] = &[
        &["hold-the-line", "--bogus"],
        &["hold-the-line", "validate", "--format", "yaml"],
        &["hold-the-line", "validate", "--format"],
        &["hold-the-line", "validate", "-x"],
        &["hold-the-line", "play"],
        &["hold-the-line", "play", "gift", "--seed"],
        &["hold-the-line", "progress", "--format", "jsn"],
        &["hold-the-line", "lrs", "push", "--retry-refused", "--retry-refused"],
    ];
    for args in mistakes {
        assert_eq!(we_say(args), clap_says(args), "for {args:?}");
    }
}

#[test]
fn a_mistyped_command_gets_the_similar_one_and_the_usage() {
    let said = we_say(&["hold-the-line", "valdate"]);
    assert!(
        said.starts_with("error: unrecognized command 'valdate'\n\n  tip: a similar command exists: 'validate'"),
        "{said}"
    );
    assert!(
        said.contains("\n\nUsage: hold-the-line [OPTIONS] [COMMAND]\n\nFor more information, try '--help'.\n"),
        "{said}"
    );
}

#[test]
fn a_number_or_an_address_that_is_not_one_is_refused_in_words_of_ours() {
    let said = we_say(&["hold-the-line", "play", "gift", "--seed", "many"]);
    assert!(
        said.starts_with("error: invalid value 'many' for '--seed <SEED>': `many` is not a whole number\n"),
        "{said}"
    );
    let said = we_say(&["hold-the-line", "lrs", "set", "--endpoint", "x", "--user", "k", "--mastery-score", "300"]);
    assert!(
        said.starts_with("error: invalid value '300' for '--mastery-score <SCORE>': `300` is larger than 255\n"),
        "{said}"
    );
    assert_eq!(
        we_say(&["hold-the-line", "play", "gift", "--choices", "1,x"]).lines().next(),
        Some("error: invalid value 'x' for '--choices <N,N,...>': `x` is not a whole number")
    );
    #[cfg(feature = "game")]
    assert_eq!(
        we_say(&["hold-the-line", "classroom", "--host", "nowhere"]).lines().next(),
        Some(
            "error: invalid value 'nowhere' for '--host <ADDR>': `nowhere` is not an IP address, such as 192.168.1.20"
        )
    );
}
