//! Scenario select: filters by difficulty and channel over a scrolling grid of cards; a broken
//! file is a card with its located message.

use bevy::prelude::*;

mod cards;
mod filters;

use cards::card;
use filters::filter_bar;

use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, Focus, start_run};
use crate::game::library::{Card, CardFilter, GameLibrary, Origin};
use crate::game::recorder::Recorder;
use crate::game::state::{ClassroomPick, ClassroomRequest, Screen, SeedChoice};
use crate::game::ui::{CONTENT_WIDTH, UiFonts, bold, button, heading_row, palette, row, scroll_page, text};
use crate::sim::rng::fresh_seed;
use crate::tr;

/// Filter buttons come after the cards in the tab order, so Enter on arrival opens the first card.
pub(super) const FILTER_ORDER: u32 = 900;
const BACK_ORDER: u32 = 1000;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CardFilter>();
    app.init_resource::<RefocusFilter>();
    on_screen(app, Screen::Select, spawn);
    // After the keyboard, which would otherwise move the focus off a filter button that is
    // spawned but not yet in the world.
    app.add_systems(
        Update,
        spawn
            .run_if(in_state(Screen::Select).and_then(resource_changed::<CardFilter>))
            .after(crate::game::actions::keyboard),
    );
}

/// The filter button a trainee just pressed, to keep the focus on it after the cards redraw.
#[derive(Resource, Default)]
pub(super) struct RefocusFilter(Option<Action>);

fn spawn(
    mut screen: ScreenBuilder,
    library: Res<GameLibrary>,
    filter: Res<CardFilter>,
    mut refocus: ResMut<RefocusFilter>,
    mut focus: ResMut<Focus>,
    class: Option<Res<ClassroomPick>>,
) {
    let fonts = screen.fresh();
    let heading = tr!(if class.is_some() { "select-heading-class" } else { "select-heading" });
    let shown: Vec<&Card> = library.cards.iter().filter(|c| filter.admits(c)).collect();
    let commands = &mut screen.commands;
    commands.spawn(screen_root_for("Select screen", Screen::Select)).with_children(|root| {
        // Everything above the back button scrolls as one (mouse wheel, Page keys, and following
        // the keyboard focus, see `ui::scroll_focus_into_view`): with large text a card can be
        // taller than what a fixed header would leave of a small window.
        root.spawn(scroll_page()).with_children(|view| {
            view.spawn(heading_row()).with_children(|r| {
                r.spawn(bold(&fonts, heading.clone(), 30.0, palette::TEXT));
                r.spawn(text(&fonts, tr!("select-from", source = &library.source), 15.0, palette::MUTED));
            });
            if let Some(keep) = filter_bar(view, &fonts, *filter, &refocus.0.take()) {
                focus.0 = Some(keep);
            }
            notes(view, &fonts, &library, shown.len());
            view.spawn(Node {
                // A definite width lets the wrapped rows take their full height.
                width: percent(100),
                max_width: px(1400),
                flex_shrink: 0.0,
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                align_content: AlignContent::FlexStart,
                column_gap: px(12),
                row_gap: px(12),
                padding: UiRect::all(px(6)),
                ..default()
            })
            .with_children(|grid| {
                let layered = library.cards.iter().any(|c| c.origin == Origin::BuiltIn);
                let mut number = 0;
                for c in &shown {
                    if c.playable.is_some() {
                        number += 1;
                    }
                    card(grid, &fonts, c, if c.playable.is_some() { number } else { 0 }, layered);
                }
            });
        });
        root.spawn(row()).with_children(|r| {
            r.spawn(button(&fonts, tr!("common-back-to-title"), BACK_ORDER, false, Action::BackToTitle, open));
            r.spawn(text(&fonts, tr!("select-keys"), 15.0, palette::MUTED));
        });
    });
}

/// The count of cards shown, and what keeps cards away: still loading, or catalog problems (at
/// most two, so the cards keep their room; `validate` lists them all).
fn notes(view: &mut ChildSpawnerCommands, fonts: &UiFonts, library: &GameLibrary, shown: usize) {
    let count = if shown == library.cards.len() {
        tr!("select-scenario-count", count = shown)
    } else {
        tr!("select-showing", shown = shown, total = library.cards.len())
    };
    view.spawn(text(fonts, count, 15.0, palette::MUTED));
    if library.cards.is_empty() && library.catalog_problems.is_empty() {
        view.spawn(text(fonts, tr!("select-loading"), 18.0, palette::MUTED));
    }
    for problem in library.catalog_problems.iter().take(2) {
        let first: String = problem.lines().take(3).collect::<Vec<_>>().join("\n");
        view.spawn((
            Node {
                padding: UiRect::all(px(8)),
                border: UiRect::all(px(2)),
                max_width: px(CONTENT_WIDTH),
                flex_shrink: 0.0,
                ..default()
            },
            BorderColor::all(palette::BAD),
            BackgroundColor(palette::SURFACE),
            children![text(fonts, tr!("select-catalog-problem", problem = first), 14.0, palette::BAD)],
        ));
    }
    let hidden = library.catalog_problems.len().saturating_sub(2);
    if hidden > 0 {
        view.spawn(text(fonts, tr!("select-more-catalog-problems", count = hidden), 14.0, palette::BAD));
    }
    // A translation file that cannot be read: its texts show in English until it is fixed.
    if let Some(first) = library.translation_problems.first() {
        let place = first.lines().find(|l| l.trim_start().starts_with("-->")).unwrap_or_default().trim();
        let place = place.trim_start_matches("-->").trim();
        let count = library.translation_problems.len();
        view.spawn(text(fonts, tr!("select-translation-problems", count = count, place = place), 14.0, palette::BAD));
    }
}

/// Opens a scenario card (a fresh run, with `--seed` if one was given), applies a filter, or goes
/// back to the title. The progress screen's "practice next" opens its scenario with this too.
#[allow(clippy::too_many_arguments)] // a Bevy observer: each parameter is a resource it reads
pub(super) fn open(
    ev: On<Activate>,
    actions: Query<&Action>,
    library: Res<GameLibrary>,
    seed_choice: Res<SeedChoice>,
    mut filter: ResMut<CardFilter>,
    mut refocus: ResMut<RefocusFilter>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
    class: Option<Res<ClassroomPick>>,
    mut commands: Commands,
) {
    match actions.get(ev.entity) {
        Ok(Action::Open(file)) if class.is_some() => {
            // The classroom opens it, with the address and port the class was asked for.
            let asked = class.map(|c| c.0.clone()).unwrap_or_default();
            commands.insert_resource(ClassroomRequest { scenario: Some(file.clone()), ..asked });
        }
        Ok(Action::Open(file)) => {
            let seed = seed_choice.0.unwrap_or_else(fresh_seed);
            if start_run(&mut commands, &mut recorder, &library, file, seed) {
                next.set(Screen::Scene);
            }
        }
        Ok(action @ Action::FilterDifficulty(d)) => {
            filter.difficulty = *d;
            refocus.0 = Some(action.clone());
        }
        Ok(action @ Action::FilterChannel(c)) => {
            filter.channel = *c;
            refocus.0 = Some(action.clone());
        }
        Ok(Action::BackToTitle) => next.set(Screen::Title),
        _ => {}
    }
}
