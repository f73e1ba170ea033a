//! Files as trainers' editors save them: a UTF-8 byte-order mark, Windows line endings, UTF-16 and
//! Windows-1252, through the command line and the game's library.

use std::path::Path;

use hold_the_line::game::library::GameLibrary;

use crate::cli::run;

const FIXTURES: &str = "tests/fixtures/library";

/// The fixture library written back as an editor would save it.
fn saved_as(encode: impl Fn(&str) -> Vec<u8>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["strategies.ron", "birthday-gift.scenario.ron"] {
        let text = std::fs::read_to_string(Path::new(FIXTURES).join(name)).unwrap();
        std::fs::write(dir.path().join(name), encode(&text)).unwrap();
    }
    dir
}

fn notepad_utf8_with_bom(text: &str) -> Vec<u8> {
    [b"\xEF\xBB\xBF".as_slice(), text.replace('\n', "\r\n").as_bytes()].concat()
}

#[test]
fn a_library_saved_with_a_bom_and_windows_line_endings_validates_plays_and_loads_in_the_game() {
    let dir = saved_as(notepad_utf8_with_bom);
    let folder = dir.path().to_str().unwrap();
    let o = run(&["validate", folder]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let o = run(&["--scenarios", folder, "play", "birthday-gift", "--seed", "3", "--choices", "2,1"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("Score 50/100"), "{}", String::from_utf8_lossy(&o.stderr));

    let library = GameLibrary::from_dir(dir.path());
    assert!(library.catalog_problems.is_empty(), "{:?}", library.catalog_problems);
    assert_eq!(library.cards.len(), 1);
    assert!(library.cards[0].playable.is_some() && library.cards[0].problems.is_empty(), "{:?}", library.cards[0]);
}

#[test]
fn an_error_in_a_bom_file_with_windows_line_endings_is_at_the_editors_line_and_column() {
    let dir = saved_as(|t| notepad_utf8_with_bom(&t.replace("next: \"resolved\"", "next: \"resolvd\"")));
    let o = run(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("birthday-gift.scenario.ron:54:27"), "{out}");
    assert!(!out.contains('\r'), "a carriage return would garble the caret line: {out:?}");
}

#[test]
fn utf16_and_windows_1252_files_get_a_located_message_naming_the_encoding() {
    let utf16 = saved_as(|t| {
        [b"\xFF\xFE".as_slice(), &t.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>()].concat()
    });
    let o = run(&["validate", utf16.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("strategies.ron:1:1") && out.contains("UTF-16 (little-endian"), "{out}");
    assert!(out.contains("birthday-gift.scenario.ron:1:1") && out.contains("save it as \"UTF-8\""), "{out}");
    assert!(!out.contains("missing-catalog"), "the catalog is there, only unreadable: {out}");

    // "Birthday’s" with the apostrophe as Windows-1252 writes it (0x92), on line 3, column 33.
    let cp1252 = saved_as(|t| t.replacen("Birthday", "Birthday\u{1}s", 1).replace('\u{1}', "\u{0}").into_bytes());
    let scenario = cp1252.path().join("birthday-gift.scenario.ron");
    let bytes: Vec<u8> = std::fs::read(&scenario).unwrap().into_iter().map(|b| if b == 0 { 0x92 } else { b }).collect();
    std::fs::write(&scenario, bytes).unwrap();
    let o = run(&["validate", cp1252.path().to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("not UTF-8: byte 0x92") && out.contains("Windows-1252"), "{out}");
    assert!(out.contains("birthday-gift.scenario.ron:3:33"), "{out}");

    let library = GameLibrary::from_dir(utf16.path());
    assert!(library.catalog_problems.iter().any(|p| p.contains("UTF-16")), "{:?}", library.catalog_problems);
    assert!(library.cards.iter().all(|c| c.playable.is_none() && c.problems[0].contains("UTF-16")));
}
