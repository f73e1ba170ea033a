//! The locator against a small document: nested values, keys, missing steps, the scene index.

use super::*;

const DOC: &str = r#"Scenario(
    id: "x", // a comment with ( and "
    scenes: {
        "a": Scene(
            choices: [
                (say: "hi, \"you\"", next: "b"),
                (say: "bye", next: "zz"),
            ],
        ),
        "b": Ending(outcome: Resolved, text: "done"),
    },
)"#;

fn at(path: &[Seg]) -> (usize, usize, String) {
    let r = locate(DOC, path);
    let (l, c, _) = line_col(DOC, r.start);
    (l, c, DOC[r].to_owned())
}

#[test]
fn finds_nested_values_and_keys() {
    assert_eq!(at(&[Seg::Field("id")]), (2, 9, "\"x\"".into()));
    let next = [Seg::Field("scenes"), Seg::Key("a"), Seg::Field("choices"), Seg::Index(1), Seg::Field("next")];
    assert_eq!(at(&next), (7, 36, "\"zz\"".into()));
    assert_eq!(at(&[Seg::Field("scenes"), Seg::KeyName("b")]), (10, 9, "\"b\"".into()));
    let outcome = [Seg::Field("scenes"), Seg::Key("b"), Seg::Field("outcome")];
    assert_eq!(at(&outcome), (10, 30, "Resolved".into()));
}

#[test]
fn a_missing_step_stops_at_the_deepest_found() {
    let (line, _, _) = at(&[Seg::Field("scenes"), Seg::Key("a"), Seg::Field("nope")]);
    assert_eq!(line, 4);
}

#[test]
fn the_scene_index_finds_what_a_full_walk_finds() {
    let index = scene_index(DOC);
    assert_eq!(index.len(), 2);
    for id in ["a", "b"] {
        let (key, value) = index[id].clone();
        assert_eq!(key, locate(DOC, &[Seg::Field("scenes"), Seg::KeyName(id)]));
        assert_eq!(value, locate(DOC, &[Seg::Field("scenes"), Seg::Key(id)]));
    }
    let rest = [Seg::Field("choices"), Seg::Index(1), Seg::Field("next")];
    let full = [Seg::Field("scenes"), Seg::Key("a"), Seg::Field("choices"), Seg::Index(1), Seg::Field("next")];
    assert_eq!(locate_within(DOC, index["a"].1.clone(), &rest), locate(DOC, &full));
    let missing = [Seg::Field("nope")];
    let full_missing = [Seg::Field("scenes"), Seg::Key("a"), Seg::Field("nope")];
    assert_eq!(locate_within(DOC, index["a"].1.clone(), &missing), locate(DOC, &full_missing));
}
