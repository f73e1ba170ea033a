//! Scenario select: a card per scenario; a broken file is a card with its located message.

use bevy::prelude::*;

use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, Hotkey, activate_with, start_run};
use crate::game::library::{Card, GameLibrary};
use crate::game::recorder::Recorder;
use crate::game::state::{Screen, SeedChoice};
use crate::game::ui::{ButtonColors, Focusable, UiFonts, badge, bold, button, column, palette, row, text};
use crate::sim::Difficulty;
use crate::sim::rng::fresh_seed;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Select, spawn);
}

fn difficulty_color(d: Option<Difficulty>) -> Color {
    match d {
        Some(Difficulty::Easy) => palette::GOOD,
        Some(Difficulty::Medium) => palette::CAUTION,
        Some(Difficulty::Hard) => palette::BAD,
        None => palette::MUTED,
    }
}

fn card(commands: &mut ChildSpawnerCommands, fonts: &UiFonts, card: &Card, number: usize) {
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
            Hotkey(number),
        ));
    }
    entity.with_children(|c| {
        let heading = if playable && number <= 9 { format!("{number}  {}", card.title) } else { card.title.clone() };
        c.spawn(bold(fonts, heading, 18.0, palette::TEXT));
        if !card.setting.is_empty() {
            c.spawn(text(fonts, card.setting.clone(), 15.0, palette::MUTED));
        }
        c.spawn(row()).with_children(|r| {
            if let Some(d) = card.difficulty {
                r.spawn(badge(fonts, d.to_string(), difficulty_color(Some(d))));
            }
            if card.scenes > 0 {
                r.spawn(text(fonts, crate::sim::numbers::counted(card.scenes, "scene"), 15.0, palette::MUTED));
            }
        });
        if !card.tags.is_empty() {
            c.spawn(text(fonts, card.tags.join(" · "), 14.0, palette::MUTED));
        }
        if !card.problems.is_empty() {
            let note = if card.is_stale() {
                "This file has errors; you are playing its last good version."
            } else {
                "This file has errors and cannot be played:"
            };
            c.spawn(badge(fonts, if card.is_stale() { "EDIT HAS ERRORS" } else { "CANNOT PLAY" }, palette::BAD));
            c.spawn(text(fonts, note, 14.0, palette::BAD));
            let first = card.problems.first().cloned().unwrap_or_default();
            let more = card.problems.len().saturating_sub(1);
            let shown = if more > 0 { format!("{first}\n(+{more} more: run `hold-the-line validate`)") } else { first };
            c.spawn((
                Node { padding: UiRect::all(px(6)), ..default() },
                BackgroundColor(palette::SURFACE_ALT),
                children![text(fonts, shown, 13.0, palette::TEXT)],
            ));
        }
    });
}

fn spawn(mut screen: ScreenBuilder, library: Res<GameLibrary>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    commands.spawn(screen_root_for("Select screen", Screen::Select)).with_children(|root| {
        root.spawn(bold(&fonts, "Choose a scenario", 30.0, palette::TEXT));
        root.spawn(text(&fonts, format!("From {}", library.source), 15.0, palette::MUTED));
        if library.cards.is_empty() && library.catalog_problems.is_empty() {
            root.spawn(text(
                &fonts,
                "Loading scenarios... (a folder with strategies.ron and *.scenario.ron files)",
                18.0,
                palette::MUTED,
            ));
        }
        for problem in &library.catalog_problems {
            root.spawn((
                Node { padding: UiRect::all(px(8)), border: UiRect::all(px(2)), max_width: px(1100), ..default() },
                BorderColor::all(palette::BAD),
                BackgroundColor(palette::SURFACE),
                children![text(&fonts, format!("Catalog problem: {problem}"), 14.0, palette::BAD)],
            ));
        }
        root.spawn(Node {
            // A definite width lets the wrapped rows take their full height.
            width: percent(100),
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            column_gap: px(12),
            row_gap: px(12),
            max_width: px(1400),
            ..default()
        })
        .with_children(|grid| {
            let mut number = 0;
            for c in &library.cards {
                if c.playable.is_some() {
                    number += 1;
                }
                card(grid, &fonts, c, if c.playable.is_some() { number } else { 0 });
            }
        });
        root.spawn(column()).with_children(|c| {
            c.spawn(button(&fonts, "Back to title", 1000, false, Action::BackToTitle, open));
        });
        root.spawn(text(
            &fonts,
            "Number keys open a card; arrows + Enter move and open; Esc goes back.",
            15.0,
            palette::MUTED,
        ));
    });
}

/// Opens a scenario card (a fresh run, with `--seed` if one was given) or goes back to the title.
/// The progress screen's "practice next" opens its scenario with this too.
pub(super) fn open(
    ev: On<Activate>,
    actions: Query<&Action>,
    library: Res<GameLibrary>,
    seed_choice: Res<SeedChoice>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    match actions.get(ev.entity) {
        Ok(Action::Open(file)) => {
            let seed = seed_choice.0.unwrap_or_else(fresh_seed);
            if start_run(&mut commands, &mut recorder, &library, file, seed) {
                next.set(Screen::Scene);
            }
        }
        Ok(Action::BackToTitle) => next.set(Screen::Title),
        _ => {}
    }
}
