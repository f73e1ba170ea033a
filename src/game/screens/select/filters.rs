//! The select screen's difficulty and channel toggles, each saying whether it is in force.

use bevy::prelude::*;

use super::{FILTER_ORDER, open};
use crate::game::access::Pressed;
use crate::game::actions::{Action, activate_with};
use crate::game::library::CardFilter;
use crate::game::ui::{ButtonColors, CONTENT_WIDTH, Focusable, UiFonts, bold, palette, row};
use crate::sim::{Channel, Difficulty};
use crate::text::words;
use crate::tr;

/// A small toggle: filled when it is the filter in force.
fn chip(fonts: &UiFonts, label: &str, order: u32, selected: bool, action: Action) -> impl Bundle {
    let (normal, focused, ink) = if selected {
        (palette::PRIMARY, palette::PRIMARY_HOVER, palette::ON_PRIMARY)
    } else {
        (palette::SURFACE, palette::SURFACE_ALT, palette::TEXT)
    };
    (
        Node {
            padding: UiRect::axes(px(10), px(4)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(14)),
            ..default()
        },
        BackgroundColor(normal),
        BorderColor::all(if selected { palette::PRIMARY } else { palette::BORDER }),
        Outline { width: px(3), offset: px(2), color: Color::NONE },
        ButtonColors { normal, focused },
        Focusable { order },
        Pressed(selected),
        action,
        activate_with(open),
        Name::new(format!("Filter {label}")),
        children![bold(fonts, label.to_owned(), 15.0, ink)],
    )
}

/// The difficulty and channel toggles; returns the entity of the one to keep focused, if any.
pub(super) fn filter_bar(
    root: &mut ChildSpawnerCommands,
    fonts: &UiFonts,
    filter: CardFilter,
    refocus: &Option<Action>,
) -> Option<Entity> {
    let difficulties = [None, Some(Difficulty::Easy), Some(Difficulty::Medium), Some(Difficulty::Hard)];
    let channels = std::iter::once(None).chain(Channel::ALL.map(Some));
    let mut toggles: Vec<(String, bool, Action)> = Vec::new();
    for d in difficulties {
        let label = d.map_or_else(|| tr!("select-all-levels"), words::difficulty);
        toggles.push((label, filter.difficulty == d, Action::FilterDifficulty(d)));
    }
    for ch in channels {
        let label = ch.map_or_else(|| tr!("select-all-channels"), words::channel);
        toggles.push((label, filter.channel == ch, Action::FilterChannel(ch)));
    }
    let mut keep = None;
    // As wide as the content, so the toggles stay on one line where they fit.
    let bar = Node {
        width: px(CONTENT_WIDTH),
        max_width: percent(100),
        justify_content: JustifyContent::Center,
        column_gap: px(6),
        row_gap: px(6),
        ..row()
    };
    root.spawn(bar).with_children(|bar| {
        for (i, (label, selected, action)) in toggles.into_iter().enumerate() {
            if i == 4 {
                bar.spawn(Node { width: px(12), ..default() });
            }
            let wanted = refocus.as_ref() == Some(&action);
            let id = bar.spawn(chip(fonts, &label, FILTER_ORDER + i as u32, selected, action)).id();
            if wanted {
                keep = Some(id);
            }
        }
    });
    keep
}
