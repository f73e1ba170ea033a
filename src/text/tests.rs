//! The Fluent files: every message in English, Spanish with the same variables, plurals, the
//! per-string fallback, the pseudo-locale, and which languages the font can draw.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

use super::*;

/// Every message id of a language with the variables its patterns use, sorted.
pub(super) fn messages(lang: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for text in FILES.iter().find(|(l, _)| *l == lang).expect("a language of FILES").1 {
        let resource = parse(*text).unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(pattern) = &m.value {
                    variables(pattern, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_owned(), vars));
            }
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => out.push(id.name.to_owned()),
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.push(id.name.to_owned());
                    }
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn every_file_parses_and_every_message_id_is_unique() {
    for (lang, _) in FILES {
        let all = messages(lang);
        let mut ids: Vec<&String> = all.iter().map(|(id, _)| id).collect();
        ids.sort();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "{lang} defines a message twice");
    }
}

#[test]
fn spanish_translates_english_messages_with_the_same_variables() {
    let english = messages("en");
    let spanish = messages("es");
    for (id, vars) in &spanish {
        let en = english.iter().find(|(e, _)| e == id).unwrap_or_else(|| panic!("es has `{id}`, English does not"));
        assert_eq!(&en.1, vars, "`{id}`: the Spanish uses other variables than the English");
    }
    let missing: Vec<&String> =
        english.iter().map(|(id, _)| id).filter(|id| !spanish.iter().any(|(s, _)| s == *id)).collect();
    assert!(missing.is_empty(), "Spanish lacks {} messages: {missing:?}", missing.len());
}

#[test]
fn plurals_come_from_fluent_in_each_language() {
    let args = |n: usize| {
        let mut a = FluentArgs::new();
        a.set("count", arg(n));
        a
    };
    let en = Texts::new("en");
    assert_eq!(en.get("decisions", Some(&args(1))), "1 decision");
    assert_eq!(en.get("decisions", Some(&args(6))), "6 decisions");
    let es = Texts::new("es");
    assert_eq!(es.get("decisions", Some(&args(1))), "1 decisión");
    assert_eq!(es.get("decisions", Some(&args(0))), "0 decisiones");
}

#[test]
fn a_string_missing_in_a_language_falls_back_to_english_alone() {
    // A Spanish bundle without one message: that string is English, the others stay Spanish.
    let mut es = Texts::new("es");
    let mut partial = FluentBundle::new_concurrent(vec!["es".parse().unwrap()]);
    partial.add_resource(FluentResource::try_new("settings-title = Ajustes\n".to_owned()).unwrap()).unwrap();
    es.bundles[0] = partial;
    assert_eq!(es.get("settings-title", None), "Ajustes");
    assert_eq!(es.get("settings-done", None), "Done", "falls back per string");
    assert_eq!(es.get("no-such-message", None), "no-such-message");
    // A region without files of its own speaks its language.
    assert_eq!(Texts::new("es-MX").get("settings-title", None), "Ajustes");
}

#[test]
fn the_pseudo_locale_is_accented_and_about_40_percent_longer() {
    let english = Texts::new("en").get("settings-apply-at-once", None);
    let pseudo = Texts::new(PSEUDO).get("settings-apply-at-once", None);
    assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    assert!(!pseudo.is_ascii(), "accented: {pseudo}");
    let ratio = pseudo.chars().count() as f32 / english.chars().count() as f32;
    assert!((1.3..=1.6).contains(&ratio), "{english} -> {pseudo}: {ratio:.2}");
}

#[test]
fn the_font_draws_latin_greek_cyrillic_and_vietnamese_but_not_cjk() {
    for sample in ["Ñandú, pingüino", "Καλημέρα", "Здравствуйте", "Xin chào, cảm ơn, Tiếng Việt", "ŁŻŚĆ ąę"]
    {
        assert_eq!(missing_glyphs(sample), Vec::<char>::new(), "{sample}");
    }
    assert_eq!(
        missing_glyphs("こんにちは"),
        ['こ', 'ち', 'に', 'は', 'ん'],
        "each character once, in code point order"
    );
    assert!(!missing_glyphs("مرحبا").is_empty(), "Arabic is not in Lato");
}

#[test]
fn a_language_is_chosen_by_flag_then_saved_then_system_and_refused_when_unusable() {
    let available = vec!["en".to_owned(), "es".to_owned(), "ja".to_owned()];
    let drawn = |lang: &str| if lang == "ja" { "ようこそ".to_owned() } else { "ok".to_owned() };
    assert_eq!(resolve(Some("es-MX"), None, &available, drawn, true), Ok("es".into()), "a region plays its language");
    assert_eq!(resolve(Some("es_ES.UTF-8"), Some("en"), &available, drawn, true), Ok("es".into()));
    assert_eq!(resolve(None, Some("es"), &available, drawn, true), Ok("es".into()));
    let unknown = resolve(Some("fr"), None, &available, drawn, true).unwrap_err();
    assert!(unknown.contains("no translation into `fr`") && unknown.contains("es (Español)"), "{unknown}");
    let boxes = resolve(Some("ja"), None, &available, drawn, true).unwrap_err();
    assert!(boxes.contains("cannot draw") && boxes.contains('よ'), "{boxes}");
    assert_eq!(resolve(Some("ja"), None, &available, drawn, false), Ok("ja".into()), "a terminal may have the font");
    assert!(resolve(Some("not a tag!"), None, &available, drawn, true).unwrap_err().contains("not a language tag"));
    // A saved language the font cannot draw falls through to the next choice, never an error.
    assert!(resolve(None, Some("ja"), &available, drawn, true).is_ok());
}
