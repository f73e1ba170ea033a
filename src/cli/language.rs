//! The language a command runs in: gathered here (the flag, the saved setting, the languages
//! there are translations for), decided by `text::resolve`.

use std::ffi::OsString;
use std::path::Path;

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

/// Switches to the language `--help` and mistakes on the command line are said in, before the
/// command line is understood: `--lang` as written, else the saved or the system's language,
/// among those the program's own words are in; English when none of them is usable.
pub fn for_usage(args: &[OsString]) {
    let saved = crate::store::settings::saved_language();
    let own: Vec<String> = LANGUAGES.iter().map(|(tag, _)| (*tag).to_owned()).collect();
    let pick = |flag: Option<&str>| text::resolve(flag, saved.as_deref(), &own, |_| String::new(), false);
    let flag = written_flag(args);
    let lang = pick(flag.as_deref()).or_else(|_| pick(None)).unwrap_or_else(|_| SOURCE_LANGUAGE.to_owned());
    text::set_language(&lang);
}

/// The value of `--lang` as the command line holds it, before clap reads it.
fn written_flag(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
        if word == "--lang" {
            return words.next().map(|v| v.into_owned());
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
