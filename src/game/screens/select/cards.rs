//! A scenario's card on the select screen: title, setting, difficulty, channel, length, and a
//! broken file's located message in three lines.

use bevy::prelude::*;

use super::open;
use crate::game::actions::{Action, Hotkey, activate_with};
use crate::game::library::{Card, Origin};
use crate::game::ui::{ButtonColors, Focusable, UiFonts, badge, bold, palette, row, text};
use crate::sim::Difficulty;
use crate::text::words;
use crate::tr;

/// How much of a broken file's message a card shows; `validate` prints the rest.
const PROBLEM_CHARS: usize = 160;

fn difficulty_color(d: Option<Difficulty>) -> Color {
    match d {
        Some(Difficulty::Easy) => palette::GOOD,
        Some(Difficulty::Medium) => palette::CAUTION,
        Some(Difficulty::Hard) => palette::BAD,
        None => palette::MUTED,
    }
}

/// A broken file's message in three lines (what, where, the hint), so its card stays the size
/// of the others; `validate` prints the whole message with the source line.
fn short_problem(card: &Card) -> String {
    let first = card.problems.first().map(String::as_str).unwrap_or_default();
    let clip = |line: &str| -> String {
        let line = line.trim();
        if line.chars().count() > PROBLEM_CHARS {
            line.chars().take(PROBLEM_CHARS).collect::<String>() + "..."
        } else {
            line.to_owned()
        }
    };
    let mut shown: Vec<String> = first.lines().next().map(clip).into_iter().collect();
    let help = crate::text::help_prefix();
    shown.extend(first.lines().filter(|l| l.trim_start().starts_with("-->") || l.starts_with(&help)).map(clip));
    let more = card.problems.len().saturating_sub(1);
    if more > 0 {
        shown.push(tr!("select-card-more-problems", count = more));
    }
    shown.join("\n")
}

pub(super) fn card(commands: &mut ChildSpawnerCommands, fonts: &UiFonts, card: &Card, number: usize, layered: bool) {
    let playable = card.playable.is_some();
    let mut entity = commands.spawn((
        Node {
            width: px(272),
            flex_shrink: 0.0,
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(10)),
            row_gap: px(4),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(palette::SURFACE),
        BorderColor::all(if card.problems.is_empty() { palette::BORDER } else { palette::BAD }),
        Outline { width: px(3), offset: px(2), color: Color::NONE },
        Name::new(format!("Card {}", card.id)),
    ));
    if playable {
        entity.insert((
            Action::Open(card.file.clone()),
            activate_with(open),
            Focusable { order: number as u32 },
            ButtonColors { normal: palette::SURFACE, focused: palette::SURFACE_ALT },
        ));
        if number <= 9 {
            entity.insert(Hotkey(number));
        }
    }
    entity.with_children(|c| {
        let heading = if playable && number <= 9 { format!("{number}  {}", card.title) } else { card.title.clone() };
        c.spawn(bold(fonts, heading, 18.0, palette::TEXT));
        if !card.setting.is_empty() {
            c.spawn(text(fonts, card.setting.clone(), 15.0, palette::MUTED));
        }
        c.spawn(row()).with_children(|r| {
            if let Some(d) = card.difficulty {
                r.spawn(badge(fonts, words::difficulty(d), difficulty_color(Some(d))));
            }
            if let Some(channel) = card.channel {
                r.spawn(text(fonts, words::channel(channel), 15.0, palette::MUTED));
            }
            if card.scenes > 0 {
                r.spawn(text(fonts, tr!("common-scenes", count = card.scenes), 15.0, palette::MUTED));
            }
            // Beside the built-in library, a trainer's own files are marked as theirs.
            match card.origin {
                Origin::Replaces => _ = r.spawn(badge(fonts, tr!("select-yours-replaces"), palette::INFO)),
                Origin::Folder if layered => _ = r.spawn(badge(fonts, tr!("select-yours"), palette::INFO)),
                _ => {}
            }
        });
        if card.in_english {
            c.spawn(text(fonts, tr!("select-in-english"), 14.0, palette::MUTED));
        }
        if !card.problems.is_empty() {
            let (note, label) = if card.is_stale() {
                (tr!("select-stale-note"), tr!("select-edit-has-errors"))
            } else {
                (tr!("select-broken-note"), tr!("select-cannot-play"))
            };
            c.spawn(badge(fonts, label, palette::BAD));
            c.spawn(text(fonts, note, 14.0, palette::BAD));
            c.spawn((
                Node { padding: UiRect::all(px(6)), ..default() },
                BackgroundColor(palette::SURFACE_ALT),
                children![text(fonts, short_problem(card), 13.0, palette::TEXT)],
            ));
        }
    });
}
