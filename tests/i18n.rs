//! Translations as a trainer and a trainee meet them: `play --lang es` against a golden
//! transcript, `i18n update` keeping every translation, `validate --lang` warnings with their
//! rows, choice ids, and languages that cannot be used.

use std::path::Path;

use crate::cli::{golden, stderr, stdout};
use crate::util::TestData;

/// The best path of the retail return in the bundled Spanish, with two mistakes on the way.
const RETAIL_ES: [&str; 8] =
    ["play", "retail-return-no-receipt", "--lang", "es", "--seed", "7", "--choices", "3,4,2,2,3,2,3,2"];

#[test]
fn a_spanish_run_plays_through_against_the_golden_transcript() {
    let o = TestData::new().run(&RETAIL_ES);
    assert!(o.status.success(), "{}", stderr(&o));
    golden("retail-return-es-seed7.txt", &stdout(&o));
}

#[test]
fn the_systems_language_is_used_when_no_flag_says_otherwise() {
    let data = TestData::new();
    let o = data
        .bin()
        .env("LANGUAGE", "es_MX.UTF-8")
        .args(&RETAIL_ES[..2])
        .args(["--seed", "7", "--choices", "3"])
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(out.contains("-- Escena 1: counter") && out.contains("La licuadora sin tique"), "{out}");
    let english = data.run(&["play", "retail-return-no-receipt", "--lang", "en", "--seed", "7", "--choices", "3"]);
    assert!(stdout(&english).contains("-- Scene 1: counter"), "--lang en wins over the system");
}

#[test]
fn a_scenario_without_a_translation_plays_in_english_and_says_so() {
    let o = TestData::new().run(&["play", "utility-bill-shock", "--lang", "es", "--seed", "1", "--choices", "1"]);
    let out = stdout(&o);
    assert!(out.contains("aún no está traducido: se juega en inglés"), "{out}");
    assert!(out.contains("-- Escena 1:"), "the program's own words are still Spanish: {out}");
}

#[test]
fn a_language_that_cannot_be_used_is_refused_with_the_ones_that_can() {
    let o = TestData::new().run(&["play", "lost-order", "--lang", "fr", "--choices", "1"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no translation into `fr`") && err.contains("es (Español)"), "{err}");
    let o = TestData::new().run(&["play", "lost-order", "--lang", "not a tag", "--choices", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a language tag"), "{}", stderr(&o));
}

/// A trainer's folder: the fixture library, its scenario translated into `es` in part.
fn library() -> (TestData, std::path::PathBuf) {
    let data = TestData::new();
    let dir = data.path().join("scenarios");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["strategies.ron", "birthday-gift.scenario.ron"] {
        std::fs::copy(Path::new("tests/fixtures/library").join(name), dir.join(name)).unwrap();
    }
    (data, dir)
}

fn overlay(dir: &Path) -> std::path::PathBuf {
    dir.join("i18n/es/birthday-gift.csv")
}

/// Fills the translation of the rows whose key starts with `prefix`, as a translator would.
fn translate(path: &Path, prefix: &str, with: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        match line.strip_suffix(",,missing,") {
            Some(start) if line.starts_with(prefix) => out.push_str(&format!("{start},{with},,\n")),
            _ => out.push_str(&format!("{line}\n")),
        }
    }
    std::fs::write(path, out).unwrap();
}

#[test]
fn i18n_update_marks_edits_stale_keeps_removed_translations_and_validate_points_at_each() {
    let (data, dir) = library();
    let scenarios = dir.to_str().unwrap();
    let o = data.run(&["--scenarios", scenarios, "i18n", "update", "--lang", "es"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("birthday-gift.csv: written, 0 % translated"), "{}", stdout(&o));
    translate(&overlay(&dir), "title", "El regalo");
    translate(&overlay(&dir), "opening.situation", "En el mostrador.");
    translate(&overlay(&dir), "setting", "Una tienda con 3 cajas");

    // The trainer edits the situation and removes the setting's text.
    let file = dir.join("birthday-gift.scenario.ron");
    let ron = std::fs::read_to_string(&file).unwrap();
    let situation = ron.lines().find(|l| l.trim_start().starts_with("situation:")).unwrap().to_owned();
    std::fs::write(&file, ron.replacen(&situation, "        situation: \"A new situation.\",", 1)).unwrap();

    let o = data.run(&["--scenarios", scenarios, "validate", "--lang", "es"]);
    assert_eq!(o.status.code(), Some(0), "translation problems are warnings: {}", stdout(&o));
    let out = stdout(&o);
    let csv = std::fs::read_to_string(overlay(&dir)).unwrap();
    let line = |key: &str| csv.lines().position(|l| l.starts_with(key)).unwrap() + 1;
    assert!(out.contains(&format!("birthday-gift.csv:{}:", line("opening.situation"))), "{out}");
    assert!(out.contains("`opening.situation`: the English changed since this was translated"), "{out}");
    assert!(out.contains("`setting`: figures or placeholders differ"), "{out}");
    assert!(out.contains("texts are not translated yet"), "{out}");
    // The folder's own catalog overlay started from the built-in Spanish: the entries the
    // fixture words differently are kept as stale, to be checked, the others count.
    assert!(out.contains("`strategy.empathize.name`: the English changed since this was translated"), "{out}");
    let summary = "translation es (Español): catalog 30 %, 1 of 1 scenario translated (birthday-gift 8 %)";
    assert!(out.contains(summary), "{out}");

    let o = data.run(&["--scenarios", scenarios, "i18n", "update", "--lang", "es"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(overlay(&dir)).unwrap();
    let row = csv.lines().find(|l| l.starts_with("opening.situation")).unwrap();
    assert!(row.contains("A new situation.") && row.contains("En el mostrador.") && row.contains(",stale,"), "{row}");
    let old = situation.split('"').nth(1).unwrap();
    assert!(row.contains(old), "the English it was translated from is kept: {row}");
    assert!(csv.contains("El regalo"), "nothing translated is lost");
}

#[test]
fn a_broken_overlay_is_named_by_row_and_never_overwritten() {
    let (data, dir) = library();
    let scenarios = dir.to_str().unwrap();
    std::fs::create_dir_all(dir.join("i18n/es")).unwrap();
    let broken = "key,source,translation,status,translated_from\ntitle,x,El regalo,done,\n\"open quote,,\n";
    std::fs::write(overlay(&dir), broken).unwrap();
    let o = data.run(&["--scenarios", scenarios, "validate", "--lang", "es"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("birthday-gift.csv:2:"), "{}", stdout(&o));
    assert!(stdout(&o).contains("unknown status `done`"), "{}", stdout(&o));
    let o = data.run(&["--scenarios", scenarios, "i18n", "update", "--lang", "es"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("was left as it is"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(overlay(&dir)).unwrap(), broken, "the trainer's file is untouched");
}

#[test]
fn choice_ids_are_added_once_and_translations_keep_their_keys() {
    let (data, dir) = library();
    let scenarios = dir.to_str().unwrap();
    assert!(data.run(&["--scenarios", scenarios, "i18n", "update", "--lang", "es"]).status.success());
    let before = std::fs::read_to_string(overlay(&dir)).unwrap();
    let o = data.run(&["--scenarios", scenarios, "i18n", "ids"]);
    assert!(stdout(&o).contains("choice ids added"), "{}", stdout(&o));
    assert!(std::fs::read_to_string(dir.join("birthday-gift.scenario.ron")).unwrap().contains("id: \"1\""));
    let o = data.run(&["--scenarios", scenarios, "i18n", "update", "--lang", "es"]);
    assert!(stdout(&o).contains("up to date"), "the keys did not change: {}", stdout(&o));
    assert_eq!(std::fs::read_to_string(overlay(&dir)).unwrap(), before);
    let o = data.run(&["--scenarios", scenarios, "validate"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&data.run(&["--scenarios", scenarios, "i18n", "ids"])).contains("every choice already has an id"));
}

#[test]
fn the_bundled_spanish_is_complete_and_clean() {
    let o = TestData::new().run(&["--scenarios", "scenarios", "validate", "--lang", "es"]);
    assert!(o.status.success(), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(!out.contains("warning["), "{out}");
    let line = out.lines().find(|l| l.starts_with("translation es")).unwrap();
    assert!(line.contains("catalog 100 %") && line.contains("lost-order 100 %"), "{line}");
    assert!(line.contains("i-want-your-manager 100 %") && line.contains("retail-return-no-receipt 100 %"), "{line}");
}

#[test]
fn a_run_played_in_spanish_is_recorded_in_the_english_it_was_written_in() {
    // What the store keeps of each decision: the version, the scene, the choice and its words.
    let recorded = |lang: &str| {
        let data = TestData::new();
        let o = data.run(&["play", "retail-return-no-receipt", "--lang", lang, "--seed", "7", "--choices", "3,4"]);
        assert_eq!(o.status.code(), Some(2), "the run is left unfinished: {}", stderr(&o));
        let o = data.run(&["export", "--format", "csv"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
        let columns = ["scenario_version", "scene", "choice", "choice_text"];
        let at: Vec<usize> =
            columns.iter().map(|c| reader.headers().unwrap().iter().position(|h| h == *c).unwrap()).collect();
        let rows: Vec<Vec<String>> =
            reader.records().map(|r| at.iter().map(|&i| r.as_ref().unwrap()[i].to_owned()).collect()).collect();
        rows
    };
    let spanish = recorded("es");
    assert_eq!(spanish.len(), 2, "{spanish:?}");
    assert_eq!(spanish, recorded("en"), "the same version and the same English words, whatever the language");
}

#[test]
fn a_spanish_speaking_trainer_reads_the_validators_problems_and_hints_in_spanish() {
    let (data, dir) = library();
    let file = dir.join("birthday-gift.scenario.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("title:", "titel:", 1)).unwrap();
    std::fs::write(
        dir.join("second.scenario.ron"),
        "Scenario(\n  id: \"second\",\n  title: \"T\"\n  setting: \"s\",\n",
    )
    .unwrap();
    let validate = |lang: &str, format: &str| {
        data.bin().env("LANGUAGE", lang).args(["validate", dir.to_str().unwrap(), "--format", format]).output().unwrap()
    };
    let o = validate("es_ES.UTF-8", "text");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    // The code and the place stay as they are, for editors and AUTHORING.md; the words change.
    for expected in [
        "error[unknown-field]: campo desconocido `titel` en `Scenario`",
        "birthday-gift.scenario.ron:3:5",
        "ayuda: ¿quisiste decir `title`?",
        "error[syntax]: se esperaba una coma",
        "second.scenario.ron:4:3",
        "falta una `,` antes de esto",
        "FAILED: 2 escenarios",
    ] {
        assert!(out.contains(expected), "no {expected:?} in:\n{out}");
    }
    assert!(!out.contains("did you mean") && !out.contains("help:"), "English left in:\n{out}");
    let json: serde_json::Value = serde_json::from_slice(&validate("es", "json").stdout).unwrap();
    let first = &json["diagnostics"][0];
    assert_eq!((first["code"].as_str(), first["line"].as_u64()), (Some("unknown-field"), Some(3)), "{json:#}");
    assert_eq!(first["message"], "campo desconocido `titel` en `Scenario`", "{json:#}");
    assert_eq!(first["label"], "este campo no va aquí", "{json:#}");
    let english = stdout(&validate("en", "text"));
    assert!(english.contains("error[unknown-field]: unknown field `titel` in `Scenario`"), "{english}");
    assert!(english.contains("help: did you mean `title`?"), "{english}");
}

#[test]
fn the_command_lines_help_and_its_mistakes_speak_the_trainers_language() {
    let data = TestData::new();
    let spanish = |args: &[&str]| data.bin().env("LANGUAGE", "es_ES.UTF-8").args(args).output().unwrap();
    let o = spanish(&["--help"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let help = stdout(&o);
    for expected in
        ["Uso: hold-the-line [OPTIONS] [COMMAND]", "Comandos:", "Opciones:", "Revisa los archivos de escenario"]
    {
        assert!(help.contains(expected), "no {expected:?} in:\n{help}");
    }
    assert!(!help.contains("Usage:") && !help.contains("Print help"), "English left in:\n{help}");
    // `--lang` speaks before anything else is understood, even after the command.
    let help = stdout(&data.run(&["export", "--help", "--lang", "es"]));
    assert!(help.contains("class-csv: sesiones de clase, una fila por participante y escena"), "{help}");

    let o = spanish(&["valdate"]);
    assert_eq!(o.status.code(), Some(2), "a mistake on the command line is a usage error");
    let err = stderr(&o);
    assert!(err.starts_with("error: no existe el comando 'valdate'"), "{err}");
    assert!(err.contains("consejo: existe un comando parecido: 'validate'"), "{err}");
    assert!(err.contains("Para más información, prueba '--help'."), "{err}");
    let err = stderr(&spanish(&["play", "lost-order", "--seed", "siete"]));
    assert!(
        err.starts_with("error: valor no válido 'siete' para '--seed <SEED>': `siete` no es un número entero"),
        "{err}"
    );
    let err = stderr(&data.run(&["progress", "--format", "jsn"]));
    assert!(err.contains("invalid value 'jsn' for '--format <FORMAT>'"), "English by default: {err}");
    assert!(err.contains("[possible values: text, json]") && err.contains("a similar value exists: 'json'"), "{err}");
}
