//! Small scenarios written inline for unit tests: the fixture catalog and a scenario of a few
//! scenes that starts at `a`, with a Resolved ending `end` and a Walkout ending `gone`.

use super::model::{Catalog, Scenario};
use super::source::{SourceFile, parse_catalog, parse_scenario};

pub const CATALOG: &str = include_str!("../../tests/fixtures/library/strategies.ron");

pub fn catalog() -> Catalog {
    parse_catalog(&SourceFile::new("strategies.ron", CATALOG)).unwrap()
}

/// A scenario whose `scenes` (RON map entries, each ending in a comma) come before the endings.
pub fn scenario(scenes: &str) -> Scenario {
    let text = format!(
        "Scenario(id: \"t\", title: \"T\", setting: \"S\", difficulty: Easy, tags: [], \
         customer: (name: \"C\", about: \"A\", mood: 50), start: \"a\", scenes: {{ {scenes} \
         \"end\": Ending(outcome: Resolved, text: \"Done.\"), \
         \"gone\": Ending(outcome: Walkout, text: \"Gone.\"), }})"
    );
    parse_scenario(&SourceFile::new("t.scenario.ron", text)).unwrap()
}
