//! Checks that a scenario names its channel and only asks for what that channel allows.

use super::Checker;
use crate::phrase;
use crate::sim::diagnostic::Phrase;
use crate::sim::locate::Seg;
use crate::sim::model::{Catalog, Channel, Id, Scenario, SceneNode};

/// The channel's name, said with the select screen's words so a trainer reads the same name in
/// a problem as on the filter buttons.
pub fn channel_word(channel: Channel) -> Phrase {
    match channel {
        Channel::InPerson => phrase!("select-channel-in-person"),
        Channel::Phone => phrase!("select-channel-phone"),
        Channel::Chat => phrase!("select-channel-chat"),
        Channel::Email => phrase!("select-channel-email"),
        Channel::Video => phrase!("select-channel-video"),
    }
}

/// Channel names joined as the language joins a list: each `validate-channel-list` phrase holds
/// one name and the rest, so the words and the separator are both the translator's. `None` for
/// no channels (the catalog never limits an id to none).
fn channel_list(channels: &[Channel]) -> Option<Phrase> {
    channels.iter().rev().fold(None, |rest, &first| {
        Some(match rest {
            None => channel_word(first),
            Some(rest) => phrase!("validate-channel-list", first = channel_word(first), rest = rest),
        })
    })
}

/// Warns when the channel is missing, and when a scene recommends, a choice uses or a choice
/// makes something the catalog limits to other channels (eye contact on the phone, interrupting
/// an email).
pub(super) fn check_channel(c: &mut Checker, scenario: &Scenario, catalog: &Catalog) {
    let Some(channel) = scenario.channel else {
        c.warn(
            "no-channel",
            &[Seg::Field("id")],
            phrase!("validate-no-channel"),
            phrase!("validate-no-channel-label"),
            Some(phrase!("validate-no-channel-hint")),
        );
        return;
    };
    // `role` is a key of `validate-channel-mismatch`'s `$role`: how the scene names the id.
    let mismatch = |c: &mut Checker, path: Vec<Seg>, id: &Id, role: &'static str| {
        let Some(allowed) = catalog.channels_of(id) else { return };
        if allowed.contains(&channel) {
            return;
        }
        let Some(names) = channel_list(allowed) else { return };
        c.warn(
            "channel-mismatch",
            &path,
            phrase!("validate-channel-mismatch", id = id.as_str(), role = role, channel = channel_word(channel)),
            phrase!("validate-channel-mismatch-label", channels = names.clone()),
            Some(phrase!("validate-channel-mismatch-hint", id = id.as_str(), channels = names)),
        );
    };
    for (scene_id, node) in &scenario.scenes.0 {
        let SceneNode::Scene(scene) = node else { continue };
        let base = || vec![Seg::Field("scenes"), Seg::Key(scene_id)];
        for (r, id) in scene.recommended.iter().enumerate() {
            let mut p = base();
            p.extend([Seg::Field("recommended"), Seg::Index(r)]);
            mismatch(c, p, id, "recommended");
        }
        for (ci, choice) in scene.choices.iter().enumerate() {
            let at = |field, i| {
                let mut p = base();
                p.extend([Seg::Field("choices"), Seg::Index(ci), Seg::Field(field), Seg::Index(i)]);
                p
            };
            for (u, id) in choice.uses.iter().enumerate() {
                mismatch(c, at("uses", u), id, "used");
            }
            for (m, id) in choice.mistakes.iter().enumerate() {
                mismatch(c, at("mistakes", m), id, "mistake");
            }
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::sim::diagnostic::{Arg, Diagnostic, Diagnostics};
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

    /// The channel words a list argument names, in order (the list nests one phrase per name).
    fn channel_words(arg: Option<&Arg>) -> Vec<&'static str> {
        match arg {
            Some(Arg::Phrase(p)) if p.id == "validate-channel-list" => {
                p.args.iter().flat_map(|(_, a)| channel_words(Some(a))).collect()
            }
            Some(Arg::Phrase(p)) => vec![p.id],
            _ => Vec::new(),
        }
    }

    #[test]
    fn interrupting_in_a_chat_is_flagged_where_the_mistake_is_written() {
        let chat = GIFT.replace("channel: Phone,", "channel: Chat,");
        let found = check(&spoken_only_interrupting(), &chat);
        let flagged: Vec<&Diagnostic> = found.iter().filter(|d| d.code == "channel-mismatch").collect();
        assert_eq!(flagged.len(), 1, "{found:#?}");
        assert!(!flagged[0].is_error());
        let message = &flagged[0].message;
        assert_eq!(message.id, "validate-channel-mismatch");
        assert_eq!(message.arg_text("id"), "interrupting");
        assert_eq!(message.arg_text("role"), "mistake", "named as a mistake made");
        assert_eq!(channel_words(message.arg("channel")), ["select-channel-chat"]);
        assert_eq!((flagged[0].span.line, flagged[0].span.column), line_col(&chat, "interrupting, dismissing"));
        let spoken = ["select-channel-in-person", "select-channel-phone", "select-channel-video"];
        assert_eq!(channel_words(flagged[0].hint.as_ref().unwrap().arg("channels")), spoken);
        assert_eq!(channel_words(flagged[0].label.as_ref().unwrap().arg("channels")), spoken);
        // The same file on the phone is fine.
        assert!(!check(&spoken_only_interrupting(), GIFT).iter().any(|d| d.code == "channel-mismatch"));
    }

    #[test]
    fn a_scenario_without_a_channel_is_warned_and_still_plays() {
        let none = GIFT.replace("    channel: Phone,\n", "");
        let found = check(CATALOG, &none);
        let missing: Vec<&Diagnostic> = found.iter().filter(|d| d.code == "no-channel").collect();
        assert_eq!(missing.len(), 1, "{found:#?}");
        assert_eq!(missing[0].message.id, "validate-no-channel");
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
        // Variant names are RON, the same in every language.
        let hint = err.hint.as_ref().expect("a hint");
        assert!(hint.mentions("InPerson") && hint.mentions("Email"), "{hint:?}");
    }
}
