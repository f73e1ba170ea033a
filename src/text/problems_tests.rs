//! The problems' words: every phrase the code can say has its English with the arguments the
//! code passes, and real problems read in English and Spanish with no id or hole left.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::tests::messages;
use super::*;
use crate::phrase;
use crate::sim::{Diagnostic, Diagnostics, Phrase, SourceFile, library};

/// Every `phrase!("id", name = …)` in the sources under `dir`: the id, the argument names, and
/// where it is written.
fn phrases_in(dir: &Path, out: &mut Vec<(String, Vec<String>, String)>) {
    for entry in std::fs::read_dir(dir).expect("the source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            phrases_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (at, _) in text.match_indices("phrase!(") {
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let rest = &text[at + "phrase!(".len()..];
                let in_text = text[..at].ends_with('"');
                if in_text || text[line_start..at].trim_start().starts_with("//") || !rest.trim_start().starts_with('"')
                {
                    continue; // documentation, this scan's own pattern, or the macro's definition
                }
                let call = balanced(rest);
                let id = call.split('"').nth(1).unwrap_or_default().to_owned();
                out.push((id, argument_names(call), format!("{}:{}", path.display(), text[..at].lines().count())));
            }
        }
    }
}

/// The text inside the parentheses that `rest` opens (it starts just after the `(`).
fn balanced(rest: &str) -> &str {
    let (mut depth, mut in_text, mut escaped) = (1, false, false);
    for (i, c) in rest.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_text => escaped = true,
            '"' => in_text = !in_text,
            '(' | '[' | '{' if !in_text => depth += 1,
            ')' | ']' | '}' if !in_text => {
                depth -= 1;
                if depth == 0 {
                    return &rest[..i];
                }
            }
            _ => {}
        }
    }
    rest
}

/// `name` of each `name = value` at the top level of a macro call's arguments.
fn argument_names(call: &str) -> Vec<String> {
    let (mut depth, mut in_text, mut escaped, mut start) = (0, false, false, 0);
    let mut parts = Vec::new();
    for (i, c) in call.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_text => escaped = true,
            '"' => in_text = !in_text,
            '(' | '[' | '{' | '<' if !in_text => depth += 1,
            ')' | ']' | '}' | '>' if !in_text => depth -= 1,
            ',' if !in_text && depth == 0 => {
                parts.push(&call[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&call[start..]);
    let mut names: Vec<String> = parts
        .iter()
        .skip(1)
        .filter_map(|p| p.split_once('=').map(|(name, _)| name.trim().to_owned()))
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names
}

#[test]
fn every_phrase_in_the_code_has_english_with_the_arguments_it_is_given() {
    let mut found = Vec::new();
    phrases_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    found.retain(|(id, _, _)| !id.is_empty());
    assert!(found.len() > 150, "only {} phrases found: is the scan still reading the code?", found.len());
    let english = messages("en");
    let mut wrong = Vec::new();
    for (id, args, at) in &found {
        match english.iter().find(|(e, _)| e == id) {
            None => wrong.push(format!("{at}: `{id}` has no English")),
            Some((_, vars)) => {
                let missing: Vec<&String> = vars.iter().filter(|v| !args.contains(v)).collect();
                if !missing.is_empty() {
                    wrong.push(format!("{at}: `{id}` uses {missing:?}, which the code does not pass"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The problems of a folder of broken files, found the way `validate` finds them.
fn problems_of(files: &[(&str, Vec<u8>)]) -> Diagnostics {
    let dir = std::env::temp_dir().join(format!("htl-problems-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("a scratch file");
    }
    let found = library::load(&[PathBuf::from(&dir)]).diagnostics;
    let _ = std::fs::remove_dir_all(&dir);
    found
}

fn said(texts: &Texts, phrase: &Phrase) -> String {
    let text = texts.phrase(phrase);
    assert_ne!(text, phrase.id, "`{}` has no words in {}", phrase.id, texts.lang);
    assert!(!text.contains("{$") && !text.contains("{ $"), "`{}` left a hole in {}: {text}", phrase.id, texts.lang);
    text
}

#[test]
fn real_problems_read_in_english_and_spanish_with_nothing_left_unsaid() {
    let catalog = include_str!("../../tests/fixtures/library/strategies.ron");
    let scenario = include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron");
    let broken_field = scenario.replacen("title:", "titel:", 1);
    let empty_title = scenario.replacen("\"The Missing Birthday Gift\"", "\"\"", 1);
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(scenario.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let found = problems_of(&[
        ("strategies.ron", catalog.into()),
        ("birthday-gift.scenario.ron", scenario.into()),
        ("field.scenario.ron", broken_field.into()),
        ("empty.scenario.ron", empty_title.into()),
        ("utf16.scenario.ron", utf16),
    ]);
    let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
    for code in ["unknown-field", "empty-text", "duplicate-scenario-id", "not-utf8"] {
        assert!(codes.contains(&code), "no `{code}` in {codes:?}");
    }
    let (english, spanish) = (Texts::new("en"), Texts::new("es"));
    for d in found.iter() {
        let all = |texts: &Texts, d: &Diagnostic| {
            [Some(&d.message), d.label.as_ref(), d.hint.as_ref()]
                .into_iter()
                .flatten()
                .map(|p| said(texts, p))
                .collect::<Vec<_>>()
        };
        let (en, es) = (all(&english, d), all(&spanish, d));
        assert_ne!(en[0], es[0], "`{}` reads the same in Spanish as in English", d.message.id);
    }
    let unknown = found.iter().find(|d| d.code == "unknown-field").expect("the misspelt field");
    assert!(english.phrase(&unknown.message).contains("unknown field `titel`"), "{:?}", unknown.message);
    assert!(english.phrase(unknown.hint.as_ref().expect("a hint")).contains("did you mean `title`?"));
}

#[test]
fn several_gameable_bots_read_as_one_english_sentence_in_their_order() {
    use crate::sim::analysis::{Bot, BotResult, analyze};
    use crate::sim::checks::gameable;
    use crate::sim::source::{parse_catalog, parse_scenario};
    let gift = include_str!("../../tests/fixtures/library/birthday-gift.scenario.ron");
    let catalog = include_str!("../../tests/fixtures/library/strategies.ron");
    let scenario = parse_scenario(&SourceFile::new("t", gift)).expect("the fixture");
    let catalog = parse_catalog(&SourceFile::new("s", catalog)).expect("the fixture");
    let mut analysis = analyze(&scenario, &catalog, 2).expect("an analysis");
    analysis.bots = vec![
        BotResult { bot: Bot::First, mean: 50, best: 60, best_seed: 4 },
        BotResult { bot: Bot::Last, mean: 10, best: 20, best_seed: 1 },
        BotResult { bot: Bot::StageDirection, mean: 30, best: 80, best_seed: 7 },
        BotResult { bot: Bot::Empathy, mean: 90, best: 100, best_seed: 2 },
    ];
    let mut out = Diagnostics::default();
    gameable(&SourceFile::new("t.scenario.ron", gift), &analysis, &mut out);
    assert_eq!(
        said(&Texts::new("en"), &out.0[0].message),
        "playable without reading, over seeds 1-20: \
         the `first` bot (picks the first answer shown) averages 50 and reaches 60 (seed 4); \
         the `stage-direction` bot (picks an answer with a stage direction) averages 30 and reaches 80 (seed 7); \
         the `empathy` bot (picks the answer with the most apology and empathy words) \
         averages 90 and reaches 100 (seed 2)"
    );
    let spanish = said(&Texts::new("es"), &out.0[0].message);
    assert!(spanish.contains("`stage-direction`") && spanish.contains("(semilla 7)"), "{spanish}");
}

#[test]
fn every_kind_of_empty_text_has_its_own_words_in_each_language() {
    // A selector without a variant for a key falls back to its default without an error: a key
    // renamed in the code but not in the Fluent files would print "text is empty".
    let whats = "strategy-name strategy-summary strategy-why mistake-name mistake-why scenario-id title setting \
                 customer-name customer-about reflection-question ending-text situation customer-line choice-say \
                 choice-feedback";
    for lang in ["en", "es"] {
        let texts = Texts::new(lang);
        let said = |what: &str| {
            (
                texts.phrase(&phrase!("validate-empty-text", what = what)),
                texts.phrase(&phrase!("validate-empty-text-hint", what = what)),
            )
        };
        let fallback = said("no-such-text");
        let mut seen = HashSet::new();
        for what in whats.split(' ') {
            let (message, hint) = said(what);
            assert!(message != fallback.0 && hint != fallback.1, "{lang}: no words for `{what}`");
            assert!(seen.insert(message.clone()), "{lang}: `{what}` reads like another key: {message}");
        }
    }
}

#[test]
fn each_role_reads_differently_in_each_language() {
    // A role missing from the Fluent selector would silently read as the default one.
    for lang in ["en", "es"] {
        let texts = Texts::new(lang);
        let roles: HashSet<String> = ["recommended", "used", "mistake"]
            .into_iter()
            .map(|role| {
                let chat = phrase!("select-channel-chat");
                texts.phrase(&phrase!("validate-channel-mismatch", id = "x", role = role, channel = chat))
            })
            .collect();
        assert_eq!(roles.len(), 3, "{lang}: {roles:?}");
    }
}
