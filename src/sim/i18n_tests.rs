//! Overlays kept in step with an edited scenario: new texts added, edited ones stale with the
//! old source kept, removed ones orphaned, nothing translated ever dropped.

use super::*;
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
    let mut rows = update(&[], &scenario(SCENE));
    assert_eq!(coverage(&rows), Coverage { missing: 13, ..Coverage::default() });
    translate(&mut rows, "a.says.1", "¿Dónde está?");
    translate(&mut rows, "a.says.2", "¡Llega tarde!");
    translate(&mut rows, "end.text", "Hecho.");
    assert_eq!(coverage(&update(&rows, &scenario(SCENE))).current, 3);

    let edited = SCENE.replace("Where is it?", "Where is my parcel?").replace(r#", "It's late!""#, "");
    let rows = update(&rows, &scenario(&edited));
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
    let again = update(&rows, &scenario(&edited.replace("my parcel", "my order")));
    assert_eq!(again.iter().find(|r| r.key == "a.says.1").unwrap().state, State::Stale { was: "Where is it?".into() });
    let back = update(&again, &scenario(SCENE));
    assert_eq!(back.iter().find(|r| r.key == "a.says.1").unwrap().state, State::Current);
    assert_eq!(back.iter().find(|r| r.key == "a.says.2").unwrap().state, State::Current, "an orphan comes back");
}

#[test]
fn untranslated_orphans_are_not_kept_and_coverage_counts_what_is_current() {
    let rows = update(&[], &scenario(SCENE));
    let fewer = update(&rows, &scenario(&SCENE.replace(r#", "It's late!""#, "")));
    assert!(fewer.iter().all(|r| r.key != "a.says.2"), "nothing translated, nothing to keep");
    assert_eq!(coverage(&fewer).percent(), 0);
    let mut all = fewer.clone();
    for row in &mut all {
        row.translation = format!("[{}]", row.source);
        row.state = State::Current;
    }
    assert_eq!(coverage(&update(&all, &scenario(&SCENE.replace(r#", "It's late!""#, "")))).percent(), 100);
}
