//! The program's own words (screens, terminal messages) in every language it speaks: Fluent
//! files compiled in, each language's bundle with English behind it, string by string.

mod font;
mod language;
mod problems;
pub mod words;

use std::borrow::Cow;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::sim::Arg;

pub use font::missing_glyphs;
pub use language::{LANGUAGES, PSEUDO, check_tag, native_name, resolve, system_language};
pub use problems::{Shown, help_prefix, say};

/// The Fluent files of each language, compiled in (English is complete; others fall back to it).
const FILES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            include_str!("../../locales/en/game.ftl"),
            include_str!("../../locales/en/settings.ftl"),
            include_str!("../../locales/en/cli.ftl"),
            include_str!("../../locales/en/records.ftl"),
            include_str!("../../locales/en/problems.ftl"),
            include_str!("../../locales/en/problems-files.ftl"),
            include_str!("../../locales/en/problems-validate.ftl"),
            include_str!("../../locales/en/problems-checks.ftl"),
            include_str!("../../locales/en/problems-overlays.ftl"),
            include_str!("../../locales/en/phone.ftl"),
            include_str!("../../locales/en/help.ftl"),
        ],
    ),
    (
        "es",
        &[
            include_str!("../../locales/es/game.ftl"),
            include_str!("../../locales/es/settings.ftl"),
            include_str!("../../locales/es/cli.ftl"),
            include_str!("../../locales/es/records.ftl"),
            include_str!("../../locales/es/problems.ftl"),
            include_str!("../../locales/es/problems-files.ftl"),
            include_str!("../../locales/es/problems-validate.ftl"),
            include_str!("../../locales/es/problems-checks.ftl"),
            include_str!("../../locales/es/problems-overlays.ftl"),
            include_str!("../../locales/es/phone.ftl"),
            include_str!("../../locales/es/help.ftl"),
        ],
    ),
];

/// The source of a language's Fluent files (for the font check): empty for a language with none.
pub fn own_text(lang: &str) -> String {
    FILES.iter().filter(|(l, _)| *l == lang).flat_map(|(_, files)| files.iter().copied()).collect()
}

/// One language's strings, English behind them for any string it lacks.
pub struct Texts {
    pub lang: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.lang)
    }
}

fn bundle(lang: &str, pseudo: bool) -> FluentBundle<FluentResource> {
    let files = FILES.iter().find(|(l, _)| *l == lang).map_or(&[][..], |(_, f)| *f);
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible isolation marks around values: they would show as boxes in some fonts and
    // change what a terminal transcript holds.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo_text));
    }
    for text in files {
        // The files are checked by the tests; a broken one keeps the messages that did parse.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The pseudo-locale's text: accented and about 40 % longer, in brackets, so a clipped or
/// untranslated string shows at a glance.
pub fn pseudo_text(text: &str) -> Cow<'_, str> {
    Cow::Owned(crate::sim::i18n::pseudo(text))
}

impl Texts {
    /// The strings of `lang`, then of its language without the region (`es-MX`, then `es`), then
    /// English.
    pub fn new(lang: &str) -> Texts {
        let english = crate::sim::i18n::SOURCE_LANGUAGE;
        let mut bundles = Vec::new();
        if lang == PSEUDO {
            bundles.push(bundle(english, true));
        } else {
            let primary = lang.split('-').next().unwrap_or(lang);
            let chain = if primary == lang { vec![lang] } else { vec![lang, primary] };
            for l in chain.into_iter().filter(|l| *l != english && FILES.iter().any(|(f, _)| f == l)) {
                bundles.push(bundle(l, false));
            }
        }
        bundles.push(bundle(english, false));
        Texts { lang: lang.to_owned(), bundles }
    }

    /// The string `id` with its arguments, from the first bundle that has it; the id itself when
    /// none has (a missing English string is a bug the tests catch).
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.find(id, args).unwrap_or_else(|| id.to_owned())
    }

    /// The string `id` with its arguments, from the first bundle that has it; `None` when no
    /// bundle has (for strings that are optional, such as a command's description).
    pub fn find(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return Some(text.into_owned());
                }
            }
        }
        None
    }
}

static CURRENT: RwLock<Option<Arc<Texts>>> = RwLock::new(None);

/// Switches every later string to `lang` (the settings screen, or `--lang` at start).
pub fn set_language(lang: &str) {
    let texts = Arc::new(Texts::new(lang));
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(texts);
}

/// The strings in use: English until a language is set.
pub fn current() -> Arc<Texts> {
    if let Some(texts) = CURRENT.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
        return Arc::clone(texts);
    }
    set_language("en");
    current()
}

/// The language in use, e.g. `es`.
pub fn language() -> String {
    current().lang.clone()
}

/// A string with no arguments, in the language in use.
pub fn t(id: &str) -> String {
    current().get(id, None)
}

/// A string with arguments: `tr!("scene-of", n = 2, total = 5)`. Numbers stay numbers, so Fluent
/// picks the plural form.
#[macro_export]
macro_rules! tr {
    ($id:expr) => { $crate::text::t($id) };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::text::arg($value)); )+
        $crate::text::current().get($id, Some(&args))
    }};
}

/// Turns a value into a Fluent argument: numbers as numbers (for plurals), the rest as text.
pub fn arg<T: Into<Arg>>(value: T) -> FluentValue<'static> {
    current().value(value.into())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod problems_tests;
