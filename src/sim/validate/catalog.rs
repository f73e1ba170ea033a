//! Checks on the strategy catalog: ids unique, texts present, penalties in range, sources cited.

use std::collections::HashMap;

use super::Checker;
use crate::sim::diagnostic::Diagnostics;
use crate::sim::locate::Seg;
use crate::sim::model::Catalog;
use crate::sim::source::SourceFile;

const PENALTY_RANGE: std::ops::RangeInclusive<i32> = 1..=100;

/// Checks the catalog on its own: ids unique, texts present, penalties in range.
pub fn validate_catalog(file: &SourceFile, catalog: &Catalog, out: &mut Diagnostics) {
    let mut c = Checker { file, out };
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (i, s) in catalog.strategies.iter().enumerate() {
        let at = |f| [Seg::Field("strategies"), Seg::Index(i), Seg::Field(f)];
        if let Some(first) = seen.insert(s.id.as_str(), "strategy") {
            c.error(
                "duplicate-id",
                &at("id"),
                format!("the id `{}` is already used by a {first}", s.id),
                "second use",
                Some("every strategy and mistake needs its own id".into()),
            );
        }
        c.text(&at("name"), &s.name, "strategy name");
        c.text(&at("summary"), &s.summary, "strategy summary");
        c.text(&at("why"), &s.why, "strategy `why`");
        if s.sources.is_empty() {
            c.warn(
                "no-sources",
                &at("id"),
                format!("strategy `{}` cites no source", s.id),
                "no `sources`",
                Some(
                    "add the seed article file names that recommend it, e.g. `sources: [\"002_578dc5738e1d4239.txt\"]`"
                        .into(),
                ),
            );
        }
    }
    for (i, m) in catalog.mistakes.iter().enumerate() {
        let at = |f| [Seg::Field("mistakes"), Seg::Index(i), Seg::Field(f)];
        if let Some(first) = seen.insert(m.id.as_str(), "mistake") {
            c.error(
                "duplicate-id",
                &at("id"),
                format!("the id `{}` is already used by a {first}", m.id),
                "second use",
                Some("every strategy and mistake needs its own id".into()),
            );
        }
        c.text(&at("name"), &m.name, "mistake name");
        c.text(&at("why"), &m.why, "mistake `why`");
        if !PENALTY_RANGE.contains(&m.penalty) {
            c.error(
                "penalty-out-of-range",
                &at("penalty"),
                format!("penalty {} is outside 1..=100", m.penalty),
                "out of range",
                Some("a penalty is the points a mistake takes off a scene score: 1 to 100".into()),
            );
        }
        if m.sources.is_empty() {
            c.warn(
                "no-sources",
                &at("id"),
                format!("mistake `{}` cites no source", m.id),
                "no `sources`",
                Some("add the seed article file names that warn against it".into()),
            );
        }
    }
}
