//! Overlays kept in step with an edited scenario: new texts added, edited ones stale with the
//! old source kept, removed ones orphaned, nothing translated ever dropped.

use super::*;
use crate::sim::SourceFile;
use crate::sim::model::SceneNode;
use crate::sim::test_scenarios::scenario;

const SCENE: &str = r#""a": Scene(situation: "At the desk.", customer_says: ["Where is it?", "It's late!"], recommended: [],
    choices: [(say: "Let me look.", next: "end", feedback: "Good."), (act: "Sigh, then", say: "Wait.", next: "gone", feedback: "Cold.")]),"#;

fn translate(rows: &mut [Row], key: &str, text: &str) {
    let row = rows.iter_mut().find(|r| r.key == key).unwrap();
    row.translation = text.to_owned();
    row.state = State::Current;
}

#[test]
fn every_text_has_a_stable_key_in_file_order() {
    let keys: Vec<String> = entries(&scenario(SCENE)).into_iter().map(|e| e.key).collect();
    assert_eq!(
        keys,
        [
            "title",
            "setting",
            "customer.about",
            "a.situation",
            "a.says.1",
            "a.says.2",
            "a.choice.1.say",
            "a.choice.1.feedback",
            "a.choice.2.act",
            "a.choice.2.say",
            "a.choice.2.feedback",
            "end.text",
            "gone.text"
        ]
    );
}

#[test]
fn an_update_adds_new_texts_marks_edited_ones_stale_and_keeps_removed_translations() {
    let mut rows = update(&[], &entries(&scenario(SCENE)));
    assert_eq!(coverage(&rows), Coverage { missing: 13, ..Coverage::default() });
    translate(&mut rows, "a.says.1", "¿Dónde está?");
    translate(&mut rows, "a.says.2", "¡Llega tarde!");
    translate(&mut rows, "end.text", "Hecho.");
    assert_eq!(coverage(&update(&rows, &entries(&scenario(SCENE)))).current, 3);

    let edited = SCENE.replace("Where is it?", "Where is my parcel?").replace(r#", "It's late!""#, "");
    let rows = update(&rows, &entries(&scenario(&edited)));
    let row = |key: &str| rows.iter().find(|r| r.key == key).unwrap();
    assert_eq!(row("a.says.1").state, State::Stale { was: "Where is it?".into() });
    assert_eq!(row("a.says.1").source, "Where is my parcel?");
    assert_eq!(row("a.says.1").translation, "¿Dónde está?", "the translation stays for the translator to check");
    assert_eq!(row("a.says.2").state, State::Orphaned);
    assert_eq!(row("a.says.2").translation, "¡Llega tarde!");
    assert_eq!(rows.last().unwrap().key, "a.says.2", "orphans go last");
    assert_eq!(translated(&rows, "a.says.1"), None, "a stale translation falls back to the source");
    assert_eq!(translated(&rows, "end.text"), Some("Hecho."));
    assert_eq!(coverage(&rows), Coverage { current: 1, missing: 10, stale: 1, orphaned: 1 });

    // Updating again keeps the first source the translation was made from; going back clears it.
    let again = update(&rows, &entries(&scenario(&edited.replace("my parcel", "my order"))));
    assert_eq!(again.iter().find(|r| r.key == "a.says.1").unwrap().state, State::Stale { was: "Where is it?".into() });
    let back = update(&again, &entries(&scenario(SCENE)));
    assert_eq!(back.iter().find(|r| r.key == "a.says.1").unwrap().state, State::Current);
    assert_eq!(back.iter().find(|r| r.key == "a.says.2").unwrap().state, State::Current, "an orphan comes back");
}

#[test]
fn untranslated_orphans_are_not_kept_and_coverage_counts_what_is_current() {
    let rows = update(&[], &entries(&scenario(SCENE)));
    let fewer = update(&rows, &entries(&scenario(&SCENE.replace(r#", "It's late!""#, ""))));
    assert!(fewer.iter().all(|r| r.key != "a.says.2"), "nothing translated, nothing to keep");
    assert_eq!(coverage(&fewer).percent(), 0);
    let mut all = fewer.clone();
    for row in &mut all {
        row.translation = format!("[{}]", row.source);
        row.state = State::Current;
    }
    assert_eq!(coverage(&update(&all, &entries(&scenario(&SCENE.replace(r#", "It's late!""#, ""))))).percent(), 100);
}

fn overlay(text: &str) -> SourceFile {
    SourceFile::new("i18n/es/t.csv", text)
}

#[test]
fn an_overlay_reads_back_as_written_and_its_problems_are_all_located() {
    let mut rows = update(&[], &entries(&scenario(SCENE)));
    translate(&mut rows, "a.says.1", "¿Dónde está, \"por favor\"?\nDígame.");
    rows[1].state = State::Stale { was: "Old, with a comma".into() };
    rows[1].translation = "Mostrador".into();
    let written = write_overlay(&rows);
    let (read, problems) = parse_overlay(&overlay(&written));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(read.into_iter().map(|r| r.row).collect::<Vec<_>>(), rows);

    let broken = "key,source,translation,status,translated_from\n\
                  title,T,Título,,\n\
                  title,T,Otro,,\n\
                  setting,S,Lugar,maybe,\n\
                  a.says.1,only three,x\n";
    let (read, problems) = parse_overlay(&overlay(broken));
    assert_eq!(read.len(), 1, "the good row is kept");
    let found: Vec<(usize, usize, &str)> = problems.iter().map(|d| (d.span.line, d.span.column, d.code)).collect();
    assert_eq!(found, [(3, 1, "overlay-duplicate"), (4, 17, "overlay-status"), (5, 1, "overlay-row")]);
    assert_eq!(problems[0].label.as_ref().unwrap().arg_text("line"), "2", "the first row with that key");
    assert_eq!(problems[1].message.arg_text("status"), "maybe");
    assert_eq!(problems[2].message.id, "overlays-overlay-row-columns");
    assert_eq!(problems[2].message.arg_text("found"), "3");
    assert_eq!(problems[2].message.arg_text("expected"), "5");
    let (_, problems) = parse_overlay(&overlay("id,text\n"));
    assert_eq!(problems[0].code, "overlay-header");
}

#[test]
fn validate_warns_about_missing_stale_orphaned_and_changed_figures_at_their_rows() {
    let now = entries(&scenario(SCENE));
    let mut rows = update(&[], &now);
    translate(&mut rows, "title", "Título");
    translate(&mut rows, "a.says.1", "¿Dónde está?");
    translate(&mut rows, "end.text", "Hecho en 3 días.");
    rows.push(Row { key: "gone.old".into(), source: "x".into(), translation: "y".into(), state: State::Current });
    let text = write_overlay(&rows).replace("Where is it?,¿Dónde está?", "Where was it?,¿Dónde está?");
    let (coverage, warnings) = check_overlay(&overlay(&text), &now);
    assert_eq!(coverage, Coverage { current: 2, missing: 10, stale: 1, orphaned: 1 });
    // Each warning as (line, what it says, the key it names), whatever the language.
    let said: Vec<(usize, &str, String)> =
        warnings.iter().map(|d| (d.span.line, d.message.id, d.message.arg_text("key"))).collect();
    let line_of = |key: &str| text.lines().position(|l| l.starts_with(key)).unwrap() + 1;
    let at = |key: &str, id: &'static str| (line_of(key), id, key.to_owned());
    assert!(said.contains(&at("a.says.1", "overlays-translation-stale")), "{said:#?}");
    assert!(said.contains(&at("gone.old", "overlays-translation-orphaned")), "{said:#?}");
    assert!(said.contains(&at("end.text", "overlays-translation-figures")), "{said:#?}");
    let figures = warnings.iter().find(|d| d.message.id == "overlays-translation-figures").unwrap();
    let label = figures.label.as_ref().unwrap();
    assert_eq!(label.arg_text("got"), "3", "the translation's figure is named");
    assert_eq!(label.arg_text("want"), "overlays-translation-figures-none", "the English has none");
    let stale = warnings.iter().find(|d| d.message.id == "overlays-translation-stale").unwrap();
    assert_eq!(stale.label.as_ref().unwrap().arg_text("was"), "Where was it?", "the English it was made from");
    let untranslated = warnings.iter().find(|d| d.message.id.starts_with("overlays-translation-untranslated")).unwrap();
    assert_eq!(untranslated.message.arg("count"), Some(&crate::sim::Arg::Number(10)), "{untranslated:#?}");
    assert!(warnings.iter().all(|d| !d.is_error()), "translation problems are warnings");
}

#[test]
fn a_translated_copy_plays_the_same_scenario_under_the_same_version() {
    let source = scenario(SCENE);
    let mut rows = update(&[], &entries(&source));
    translate(&mut rows, "a.choice.1.say", "Déjeme mirar.");
    translate(&mut rows, "title", "Título");
    let copy = localize(&source, &rows);
    let SceneNode::Scene(scene) = &copy.scenes.0[0].1 else { panic!() };
    assert_eq!(scene.choices[0].say, "Déjeme mirar.");
    assert_eq!(scene.choices[1].say, "Wait.", "an untranslated text stays English");
    assert_eq!(copy.title, "Título");
    let catalog = crate::sim::test_scenarios::catalog();
    assert_eq!(crate::store::version_of(&copy, &catalog), crate::store::version_of(&source, &catalog));
    // A text edited after it was translated falls back to the new English at once.
    let edited = scenario(&SCENE.replace("Let me look.", "Let me check."));
    let SceneNode::Scene(scene) = &localize(&edited, &rows).scenes.0[0].1 else { panic!() };
    assert_eq!(scene.choices[0].say, "Let me check.");
}

#[test]
fn figures_and_placeholders_are_what_a_translation_must_keep() {
    assert_eq!(placeholders("Refund $40 by 3:30, ref {order}"), ["3", "30", "40", "{order}"]);
    assert_eq!(
        placeholders("Reembolso de 40 $ antes de las 3:30, ref {order}"),
        placeholders("Refund $40 by 3:30, ref {order}")
    );
    assert!(placeholders("no figures").is_empty());
}

#[test]
fn a_run_shown_in_another_language_is_the_same_run_and_records_the_english() {
    use crate::sim::session::{Rebased, Session};
    use std::sync::Arc;
    // A scene that goes on, so the run is not over after one answer.
    let two = SCENE.replace(r#"next: "end", feedback: "Good.""#, r#"next: "b", feedback: "Good.""#)
        + r#""b": Scene(situation: "Later.", customer_says: ["Well?"], recommended: [],
            choices: [(say: "Done.", next: "end", feedback: "Fine.")]),"#;
    let source = scenario(&two);
    let mut rows = update(&[], &entries(&source));
    translate(&mut rows, "a.choice.1.say", "Déjeme mirar.");
    translate(&mut rows, "a.choice.2.say", "Espere.");
    let catalog = Arc::new(crate::sim::test_scenarios::catalog());
    let mut english = Session::from_shared(Arc::new(source.clone()), Arc::clone(&catalog), 4).unwrap();
    let first = english.current().unwrap().choices.iter().position(|c| c.original == 0).unwrap();
    english.choose(first).unwrap();
    assert_eq!(english.steps()[0].said_as_written, "Let me look.");

    // Switching language mid-run: the same answers, now in Spanish, and the run goes on.
    let spanish = Arc::new(localize(&source, &rows));
    let Ok(Rebased::Continued(moved)) = english.rebase(Arc::clone(&spanish), Arc::clone(&catalog)) else {
        panic!("a language change must not restart the run")
    };
    assert_eq!(moved.steps().len(), 1);
    assert_eq!(moved.steps()[0].feedback.said, "Déjeme mirar.", "shown in the new language");
    assert_eq!(moved.steps()[0].said_as_written, "Let me look.", "recorded as written");
    assert_eq!(moved.scenario_as_written().title, "T");
}

#[test]
fn a_trainers_row_corrects_one_built_in_translation_and_a_region_plays_its_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("i18n/es")).unwrap();
    let mine = "key,source,translation,status,translated_from\n\
                title,The Parcel That Never Came,El paquete perdido,,\n\
                setting,E-commerce phone support,,missing,\n";
    std::fs::write(dir.path().join("i18n/es/lost-order.csv"), mine).unwrap();
    let file = crate::sim::bundled::scenario_files().into_iter().find(|f| f.path.ends_with("/lost-order.scenario.ron"));
    let lost = crate::sim::source::parse_scenario(&file.unwrap()).unwrap();
    for lang in ["es", "es-MX"] {
        let shown = Overlays::load(Some(dir.path()), lang).scenario(&lost);
        assert_eq!(shown.title, "El paquete perdido", "{lang}: the trainer's row");
        assert_eq!(shown.setting, "Atención telefónica de una tienda online", "{lang}: an empty row hides nothing");
        assert_ne!(shown.customer.about, lost.customer.about, "{lang}: the other built-in rows stay");
    }
    assert_eq!(Overlays::load(Some(dir.path()), "en").scenario(&lost).title, lost.title);
}

#[test]
fn two_choices_with_one_name_in_a_scene_is_an_error() {
    let named = SCENE.replace(r#"(act: "Sigh, then""#, r#"(id: "1", act: "Sigh, then""#);
    let scenario = scenario(&named);
    let mut out = crate::sim::Diagnostics::default();
    let source = SourceFile::new("t.scenario.ron", "");
    crate::sim::validate::validate_scenario(&source, &scenario, &crate::sim::test_scenarios::catalog(), &mut out);
    let found: Vec<&str> = out.iter().map(|d| d.code).collect();
    assert!(found.contains(&"duplicate-choice-id"), "{found:?}");
}

/// The shipped Spanish is teaching material too: played by the bots that never read (longest,
/// shortest, first, last, stage direction, kind words), no translated scenario can be gamed.
#[test]
fn no_bot_games_a_scenario_in_its_spanish_translation() {
    use crate::sim::analysis::play_bots;
    use crate::sim::checks::{GAMEABLE_BEST, GAMEABLE_MEAN};
    let overlays = Overlays::load(None, "es");
    let catalog = overlays.catalog(&crate::sim::bundled::catalog());
    let mut played = 0;
    for file in crate::sim::bundled::scenario_files() {
        let english = crate::sim::source::parse_scenario(&file).unwrap();
        if !overlays.translates(&english) {
            continue;
        }
        played += 1;
        for bot in play_bots(&overlays.scenario(&english), &catalog) {
            let what = format!("{} in Spanish, the {} bot", english.id, bot.bot.name());
            assert!(bot.mean < GAMEABLE_MEAN, "{what}: mean {}", bot.mean);
            assert!(bot.best < GAMEABLE_BEST, "{what}: best {} (seed {})", bot.best, bot.best_seed);
        }
    }
    assert_eq!(played, 3, "the three translated scenarios");
}
