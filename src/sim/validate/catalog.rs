//! Checks on the strategy catalog: ids unique, texts present, penalties in range, sources cited.

use std::collections::HashMap;

use super::Checker;
use crate::phrase;
use crate::sim::diagnostic::Diagnostics;
use crate::sim::locate::Seg;
use crate::sim::model::Catalog;
use crate::sim::source::SourceFile;

const PENALTY_RANGE: std::ops::RangeInclusive<i32> = 1..=100;

/// Checks the catalog on its own: ids unique, texts present, penalties in range.
pub fn validate_catalog(file: &SourceFile, catalog: &Catalog, out: &mut Diagnostics) {
    let mut c = Checker { file, out };
    // Each id with the kind that first used it: a key of `validate-duplicate-id`'s `$kind`.
    let mut seen: HashMap<&str, &'static str> = HashMap::new();
    for (i, s) in catalog.strategies.iter().enumerate() {
        let at = |f| [Seg::Field("strategies"), Seg::Index(i), Seg::Field(f)];
        if let Some(first) = seen.insert(s.id.as_str(), "strategy") {
            c.error(
                "duplicate-id",
                &at("id"),
                phrase!("validate-duplicate-id", id = s.id.as_str(), kind = first),
                phrase!("validate-duplicate-id-label"),
                Some(phrase!("validate-duplicate-id-hint")),
            );
        }
        c.text(&at("name"), &s.name, "strategy-name");
        c.text(&at("summary"), &s.summary, "strategy-summary");
        c.text(&at("why"), &s.why, "strategy-why");
        if s.sources.is_empty() {
            c.warn(
                "no-sources",
                &at("id"),
                phrase!("validate-no-sources-strategy", id = s.id.as_str()),
                phrase!("validate-no-sources-label"),
                Some(phrase!("validate-no-sources-strategy-hint")),
            );
        }
    }
    for (i, m) in catalog.mistakes.iter().enumerate() {
        let at = |f| [Seg::Field("mistakes"), Seg::Index(i), Seg::Field(f)];
        if let Some(first) = seen.insert(m.id.as_str(), "mistake") {
            c.error(
                "duplicate-id",
                &at("id"),
                phrase!("validate-duplicate-id", id = m.id.as_str(), kind = first),
                phrase!("validate-duplicate-id-label"),
                Some(phrase!("validate-duplicate-id-hint")),
            );
        }
        c.text(&at("name"), &m.name, "mistake-name");
        c.text(&at("why"), &m.why, "mistake-why");
        if !PENALTY_RANGE.contains(&m.penalty) {
            c.error(
                "penalty-out-of-range",
                &at("penalty"),
                phrase!("validate-penalty-out-of-range", penalty = m.penalty),
                phrase!("validate-penalty-out-of-range-label"),
                Some(phrase!("validate-penalty-out-of-range-hint")),
            );
        }
        if m.sources.is_empty() {
            c.warn(
                "no-sources",
                &at("id"),
                phrase!("validate-no-sources-mistake", id = m.id.as_str()),
                phrase!("validate-no-sources-label"),
                Some(phrase!("validate-no-sources-mistake-hint")),
            );
        }
    }
}
