//! The language a command runs in: gathered here (the flag, the saved setting, the languages
//! there are translations for), decided by `text::resolve`.

use std::ffi::OsString;
use std::path::Path;

use clap::CommandFactory;

use crate::sim::bundled;
use crate::sim::i18n::{Overlays, SOURCE_LANGUAGE, overlay_files};
use crate::text::{self, LANGUAGES};

/// Every language with strings or overlays: the program's, the built-in overlays' and those in
/// the scenarios folder's `i18n/`.
pub fn available(scenarios: &Path) -> Vec<String> {
    let mut langs: Vec<String> = LANGUAGES.iter().map(|(tag, _)| (*tag).to_owned()).collect();
    langs.extend(bundled::overlay_languages().into_iter().map(str::to_owned));
    let folder = std::fs::read_dir(scenarios.join("i18n")).into_iter().flatten().filter_map(Result::ok);
    let dirs = folder.filter(|e| e.file_type().is_ok_and(|t| t.is_dir()));
    langs.extend(dirs.filter_map(|e| text::check_tag(&e.file_name().into_string().ok()?).ok()));
    langs.sort();
    langs.dedup();
    langs
}

/// `--lang` as written, when it names the language to speak. `validate` and `i18n` take it as the
/// language checked or updated instead, and speak the saved or the system's language. Read from
/// the words before clap reads them, so that `--help` and mistakes are said in it too.
pub fn spoken_flag(args: &[OsString]) -> Option<String> {
    let words: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    match written_command(&words).as_deref() {
        Some("validate" | "i18n") => None,
        _ => written_flag(&words),
    }
}

/// Switches to the language `--help` and mistakes on the command line are said in, before the
/// command line is understood: the spoken `--lang`, else the saved or the system's language,
/// among those the program's own words are in; English when none of them is usable.
pub fn for_usage(flag: Option<&str>) {
    let saved = crate::store::settings::saved_language();
    let own: Vec<String> = LANGUAGES.iter().map(|(tag, _)| (*tag).to_owned()).collect();
    let pick = |flag: Option<&str>| text::resolve(flag, saved.as_deref(), &own, |_| String::new(), false);
    let lang = pick(flag).or_else(|_| pick(None)).unwrap_or_else(|_| SOURCE_LANGUAGE.to_owned());
    text::set_language(&lang);
}

/// The command as written: the first word that is neither an option nor an option's value.
fn written_command(words: &[String]) -> Option<String> {
    let root = super::Cli::command();
    let takes_value = |word: &str| {
        let long = word.strip_prefix("--");
        root.get_arguments().any(|a| a.get_action().takes_values() && a.get_long().is_some() && a.get_long() == long)
    };
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word.starts_with('-') {
            if takes_value(word) {
                words.next();
            }
            continue;
        }
        return Some(word.clone());
    }
    None
}

/// The value of `--lang` as written.
fn written_flag(words: &[String]) -> Option<String> {
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
        if word == "--lang" {
            return words.next().cloned();
        }
    }
    None
}

/// What the window would draw in `lang`: its strings and its overlays' texts.
fn drawn(scenarios: &Path, lang: &str) -> String {
    let mut all = text::own_text(lang);
    for file in overlay_files(Some(scenarios), lang).into_iter().flatten() {
        all.push_str(&file.text);
    }
    all
}

/// Picks the language and switches the program's strings to it; `for_window` also holds it to
/// what the game's font can draw.
pub fn choose(flag: Option<&str>, scenarios: &Path, for_window: bool) -> Result<String, String> {
    let saved = crate::store::settings::saved_language();
    let lang = text::resolve(flag, saved.as_deref(), &available(scenarios), |l| drawn(scenarios, l), for_window)?;
    text::set_language(&lang);
    Ok(lang)
}

/// The languages the game's settings offer: those available that the font can draw.
#[cfg(feature = "game")]
pub fn offered(scenarios: &Path) -> Vec<String> {
    let all = available(scenarios);
    all.iter()
        .filter(|tag| text::resolve(Some(tag), None, &all, |l| drawn(scenarios, l), true).is_ok())
        .cloned()
        .collect()
}

/// The overlays of the language in use for a library folder.
pub fn overlays(scenarios: &Path) -> Overlays {
    Overlays::load(Some(scenarios), &text::language())
}

#[cfg(test)]
mod tests {
    use super::spoken_flag;

    fn flag(line: &str) -> Option<String> {
        let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
        spoken_flag(&args)
    }

    #[test]
    fn lang_speaks_except_where_it_names_the_language_checked() {
        assert_eq!(flag("hold-the-line --lang es"), Some("es".into()));
        assert_eq!(flag("hold-the-line play lost-order --lang=es"), Some("es".into()));
        assert_eq!(flag("hold-the-line --scenarios validate play x --lang es"), Some("es".into()));
        assert_eq!(flag("hold-the-line validate --lang es"), None);
        assert_eq!(flag("hold-the-line --lang es i18n update"), None);
        assert_eq!(flag("hold-the-line play -- --lang es"), None);
    }
}
