//! Which language to use: `--lang`, else the saved setting, else the system's languages in
//! order, else English; a language is offered only when something is translated into it and
//! the font can draw it.

use unic_langid::LanguageIdentifier;

use super::font::missing_glyphs;
use crate::tr;

/// The languages of the program's own strings: tag and name in that language.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("es", "Español")];

/// The pseudo-locale for testing layouts: English, accented and longer.
pub const PSEUDO: &str = crate::sim::i18n::PSEUDO_LANGUAGE;

/// The name of a language in itself, or its tag.
pub fn native_name(tag: &str) -> String {
    match LANGUAGES.iter().find(|(t, _)| *t == tag) {
        Some((_, name)) => (*name).to_owned(),
        None if tag == PSEUDO => "Pseudo (layout test)".into(),
        None => tag.to_owned(),
    }
}

/// A language tag as given (`es`, `es-MX`, `es_ES.UTF-8`) checked and reduced to how the
/// program names it: the language and region, without encoding.
pub fn check_tag(given: &str) -> Result<String, String> {
    let plain = given.split(['.', '@']).next().unwrap_or(given).replace('_', "-");
    let id: LanguageIdentifier = plain.parse().map_err(|_| tr!("language-not-a-tag", given = given))?;
    Ok(id.to_string())
}

/// The best of `available` for a requested tag: the same tag, else the same language (`es-MX`
/// plays `es`).
fn best_match(tag: &str, available: &[String]) -> Option<String> {
    if tag == PSEUDO {
        return Some(PSEUDO.into());
    }
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_lowercase();
    available
        .iter()
        .find(|a| a.eq_ignore_ascii_case(tag))
        .or_else(|| available.iter().find(|a| primary(a) == primary(tag)))
        .cloned()
}

/// The system's languages, most preferred first (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`
/// on Linux; the user's settings elsewhere).
pub fn system_language() -> Vec<String> {
    sys_locale::get_locales().filter_map(|l| check_tag(&l).ok()).collect()
}

/// Picks the language: `flag`, else `saved`, else the first of the system's that is available,
/// else English. `available` lists every language with strings or overlays; `texts` gives, for
/// a tag, the text the window would draw in it (checked against the font when `for_window`).
/// A language asked for by flag that is not available, or that the font cannot draw, is an
/// error; a saved or system one that cannot be used falls through to the next.
pub fn resolve(
    flag: Option<&str>,
    saved: Option<&str>,
    available: &[String],
    texts: impl Fn(&str) -> String,
    for_window: bool,
) -> Result<String, String> {
    let usable = |tag: &str| -> Result<String, String> {
        let tag = check_tag(tag)?;
        let Some(found) = best_match(&tag, available) else {
            let names: Vec<String> = available.iter().map(|a| format!("{a} ({})", native_name(a))).collect();
            return Err(tr!("language-no-translation", tag = &tag, available = names.join(", ")));
        };
        let missing = if for_window { missing_glyphs(&texts(&found)) } else { Vec::new() };
        if !missing.is_empty() {
            let shown: String = missing.iter().take(12).collect::<Vec<_>>().iter().map(|c| format!("{c} ")).collect();
            return Err(tr!("language-font-missing", count = missing.len(), lang = &found, chars = shown.trim_end()));
        }
        Ok(found)
    };
    if let Some(flag) = flag {
        return usable(flag);
    }
    saved
        .and_then(|s| usable(s).ok())
        .or_else(|| system_language().iter().find_map(|s| usable(s).ok()))
        .map_or_else(|| Ok(crate::sim::i18n::SOURCE_LANGUAGE.into()), Ok)
}
