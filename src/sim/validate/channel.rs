//! Checks that a scenario names its channel and only asks for what that channel allows.

use super::Checker;
use crate::sim::locate::Seg;
use crate::sim::model::{Catalog, Id, Scenario, SceneNode};

/// Warns when the channel is missing, and when a scene recommends, a choice uses or a choice
/// makes something the catalog limits to other channels (eye contact on the phone, interrupting
/// an email).
pub(super) fn check_channel(c: &mut Checker, scenario: &Scenario, catalog: &Catalog) {
    let Some(channel) = scenario.channel else {
        c.warn(
            "no-channel",
            &[Seg::Field("id")],
            "no `channel`: the select screen cannot filter this scenario".into(),
            "this scenario",
            Some("add `channel: Phone,` (one of InPerson, Phone, Chat, Email, Video) after `difficulty`".into()),
        );
        return;
    };
    let mismatch = |c: &mut Checker, path: Vec<Seg>, id: &Id, role: &str| {
        let Some(allowed) = catalog.channels_of(id) else { return };
        if allowed.contains(&channel) {
            return;
        }
        let names: Vec<&str> = allowed.iter().map(|ch| ch.label()).collect();
        c.warn(
            "channel-mismatch",
            &path,
            format!("`{id}` {role}, but this scenario happens by {channel}"),
            &format!("only fits: {}", names.join(", ")),
            Some(format!(
                "strategies.ron limits `{id}` to {}; pick what this channel allows, or change the scenario's `channel`",
                names.join(", ")
            )),
        );
    };
    for (scene_id, node) in &scenario.scenes.0 {
        let SceneNode::Scene(scene) = node else { continue };
        let base = || vec![Seg::Field("scenes"), Seg::Key(scene_id)];
        for (r, id) in scene.recommended.iter().enumerate() {
            let mut p = base();
            p.extend([Seg::Field("recommended"), Seg::Index(r)]);
            mismatch(c, p, id, "is recommended");
        }
        for (ci, choice) in scene.choices.iter().enumerate() {
            let at = |field, i| {
                let mut p = base();
                p.extend([Seg::Field("choices"), Seg::Index(ci), Seg::Field(field), Seg::Index(i)]);
                p
            };
            for (u, id) in choice.uses.iter().enumerate() {
                mismatch(c, at("uses", u), id, "is used");
            }
            for (m, id) in choice.mistakes.iter().enumerate() {
                mismatch(c, at("mistakes", m), id, "is a mistake made");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sim::diagnostic::{Diagnostic, Diagnostics};
    use crate::sim::library::from_sources;
    use crate::sim::source::SourceFile;

    const CATALOG: &str = include_str!("../../../tests/fixtures/library/strategies.ron");
    const GIFT: &str = include_str!("../../../tests/fixtures/library/birthday-gift.scenario.ron");

    fn check(catalog: &str, scenario: &str) -> Vec<Diagnostic> {
        let files = vec![Ok(SourceFile::new("gift.scenario.ron", scenario))];
        from_sources(".", Some(Ok(SourceFile::new("strategies.ron", catalog))), files, Diagnostics::default())
            .diagnostics
            .0
    }

    fn line_col(text: &str, needle: &str) -> (usize, usize) {
        let at = text.find(needle).unwrap();
        (text[..at].matches('\n').count() + 1, text[..at].rsplit('\n').next().unwrap().chars().count() + 1)
    }

    /// The fixture catalog with `interrupting` limited to the spoken channels.
    fn spoken_only_interrupting() -> String {
        let at = CATALOG.find("id: interrupting").unwrap();
        let close = at + CATALOG[at..].find("\n        ),").unwrap();
        format!("{}\n            channels: [InPerson, Phone, Video],{}", &CATALOG[..close], &CATALOG[close..])
    }

    #[test]
    fn interrupting_in_a_chat_is_flagged_where_the_mistake_is_written() {
        let chat = GIFT.replace("channel: Phone,", "channel: Chat,");
        let found = check(&spoken_only_interrupting(), &chat);
        let flagged: Vec<&Diagnostic> = found.iter().filter(|d| d.code == "channel-mismatch").collect();
        assert_eq!(flagged.len(), 1, "{found:#?}");
        assert!(!flagged[0].is_error());
        assert_eq!(flagged[0].message, "`interrupting` is a mistake made, but this scenario happens by Chat");
        assert_eq!((flagged[0].span.line, flagged[0].span.column), line_col(&chat, "interrupting, dismissing"));
        assert!(flagged[0].hint.as_deref().unwrap().contains("In person, Phone, Video"));
        // The same file on the phone is fine.
        assert!(!check(&spoken_only_interrupting(), GIFT).iter().any(|d| d.code == "channel-mismatch"));
    }

    #[test]
    fn a_scenario_without_a_channel_is_warned_and_still_plays() {
        let none = GIFT.replace("    channel: Phone,\n", "");
        let found = check(CATALOG, &none);
        let missing: Vec<&Diagnostic> = found.iter().filter(|d| d.code == "no-channel").collect();
        assert_eq!(missing.len(), 1, "{found:#?}");
        assert_eq!((missing[0].span.line, missing[0].span.column), line_col(&none, "\"birthday-gift\""));
        assert!(!found.iter().any(Diagnostic::is_error), "{found:#?}");
    }

    #[test]
    fn an_unknown_channel_names_the_ones_there_are() {
        let typo = GIFT.replace("channel: Phone,", "channel: Telephone,");
        let found = check(CATALOG, &typo);
        let err = found.iter().find(|d| d.is_error()).expect("an error");
        assert_eq!(err.code, "unknown-variant", "{err:#?}");
        assert_eq!((err.span.line, err.span.column), line_col(&typo, "Telephone"));
        let text = err.render(false);
        assert!(text.contains("InPerson") && text.contains("Email"), "{text}");
    }
}
