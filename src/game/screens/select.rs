//! Scenario select: filters by difficulty and channel over a scrolling grid of cards; a broken
//! file is a card with its located message.

use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, Focus, Hotkey, activate_with, start_run};
use crate::game::library::{Card, CardFilter, GameLibrary, Origin};
use crate::game::recorder::Recorder;
use crate::game::state::{ClassroomPick, ClassroomRequest, Screen, SeedChoice};
use crate::game::access::Pressed;
use crate::game::ui::{ButtonColors, CONTENT_WIDTH, Focusable, UiFonts, badge, bold, button, palette, row, text};
use crate::sim::numbers::counted;
use crate::sim::rng::fresh_seed;
use crate::sim::{Channel, Difficulty};

/// Filter buttons come after the cards in the tab order, so Enter on arrival opens the first card.
const FILTER_ORDER: u32 = 900;
const BACK_ORDER: u32 = 1000;
/// How much of a broken file's message a card shows; `validate` prints the rest.
const PROBLEM_CHARS: usize = 160;

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
    shown.extend(first.lines().filter(|l| l.trim_start().starts_with("-->") || l.starts_with("help:")).map(clip));
    let more = card.problems.len().saturating_sub(1);
    if more > 0 {
        shown.push(format!("(+{more} more: run `hold-the-line validate`)"));
    }
    shown.join("\n")
}

fn card(commands: &mut ChildSpawnerCommands, fonts: &UiFonts, card: &Card, number: usize, layered: bool) {
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
                r.spawn(badge(fonts, d.to_string(), difficulty_color(Some(d))));
            }
            if let Some(channel) = card.channel {
                r.spawn(text(fonts, channel.label(), 15.0, palette::MUTED));
            }
            if card.scenes > 0 {
                r.spawn(text(fonts, counted(card.scenes, "scene"), 15.0, palette::MUTED));
            }
            // Beside the built-in library, a trainer's own files are marked as theirs.
            match card.origin {
                Origin::Replaces => _ = r.spawn(badge(fonts, "YOURS, REPLACES BUILT-IN", palette::INFO)),
                Origin::Folder if layered => _ = r.spawn(badge(fonts, "YOURS", palette::INFO)),
                _ => {}
            }
        });
        if !card.problems.is_empty() {
            let note = if card.is_stale() {
                "This file has errors; you are playing its last good version."
            } else {
                "This file has errors and cannot be played:"
            };
            c.spawn(badge(fonts, if card.is_stale() { "EDIT HAS ERRORS" } else { "CANNOT PLAY" }, palette::BAD));
            c.spawn(text(fonts, note, 14.0, palette::BAD));
            c.spawn((
                Node { padding: UiRect::all(px(6)), ..default() },
                BackgroundColor(palette::SURFACE_ALT),
                children![text(fonts, short_problem(card), 13.0, palette::TEXT)],
            ));
        }
    });
}

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
fn filter_bar(
    root: &mut ChildSpawnerCommands,
    fonts: &UiFonts,
    filter: CardFilter,
    refocus: &Option<Action>,
) -> Option<Entity> {
    let difficulties = [None, Some(Difficulty::Easy), Some(Difficulty::Medium), Some(Difficulty::Hard)];
    let channels = std::iter::once(None).chain(Channel::ALL.map(Some));
    let mut toggles: Vec<(String, bool, Action)> = Vec::new();
    for d in difficulties {
        let label = d.map_or("All levels".to_owned(), |d| d.to_string());
        toggles.push((label, filter.difficulty == d, Action::FilterDifficulty(d)));
    }
    for ch in channels {
        let label = ch.map_or("All channels", Channel::label).to_owned();
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

fn spawn(
    mut screen: ScreenBuilder,
    library: Res<GameLibrary>,
    filter: Res<CardFilter>,
    mut refocus: ResMut<RefocusFilter>,
    mut focus: ResMut<Focus>,
    class: Option<Res<ClassroomPick>>,
) {
    let fonts = screen.fresh();
    let heading = if class.is_some() { "Choose a scenario for the class" } else { "Choose a scenario" };
    let shown: Vec<&Card> = library.cards.iter().filter(|c| filter.admits(c)).collect();
    let commands = &mut screen.commands;
    commands.spawn(screen_root_for("Select screen", Screen::Select)).with_children(|root| {
        root.spawn(row()).with_children(|r| {
            r.spawn(bold(&fonts, heading, 30.0, palette::TEXT));
            r.spawn(text(&fonts, format!("from {}", library.source), 15.0, palette::MUTED));
        });
        if let Some(keep) = filter_bar(root, &fonts, *filter, &refocus.0.take()) {
            focus.0 = Some(keep);
        }
        let count = if shown.len() == library.cards.len() {
            counted(shown.len(), "scenario")
        } else {
            format!("Showing {} of {}", shown.len(), library.cards.len())
        };
        root.spawn(text(&fonts, count, 15.0, palette::MUTED));
        if library.cards.is_empty() && library.catalog_problems.is_empty() {
            root.spawn(text(
                &fonts,
                "Loading scenarios... (a folder with strategies.ron and *.scenario.ron files)",
                18.0,
                palette::MUTED,
            ));
        }
        for problem in library.catalog_problems.iter().take(2) {
            let first: String = problem.lines().take(3).collect::<Vec<_>>().join("\n");
            root.spawn((
                Node { padding: UiRect::all(px(8)), border: UiRect::all(px(2)), max_width: px(1100), ..default() },
                BorderColor::all(palette::BAD),
                BackgroundColor(palette::SURFACE),
                children![text(&fonts, format!("Catalog problem: {first}"), 14.0, palette::BAD)],
            ));
        }
        // At most two catalog messages, so the cards keep their room; `validate` lists them all.
        let hidden = library.catalog_problems.len().saturating_sub(2);
        if hidden > 0 {
            root.spawn(text(
                &fonts,
                format!("... and {}: run `hold-the-line validate`", counted(hidden, "more catalog problem")),
                14.0,
                palette::BAD,
            ));
        }
        // The grid scrolls inside the space left between the filters and the back button, by
        // mouse wheel and by following the keyboard focus (see `ui::scroll_focus_into_view`).
        root.spawn((
            Name::new("Scenario cards"),
            ScrollArea,
            Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_shrink: 1.0,
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                justify_content: JustifyContent::Center,
                ..default()
            },
        ))
        .with_children(|view| {
            view.spawn(Node {
                // A definite width lets the wrapped rows take their full height.
                width: percent(100),
                max_width: px(1400),
                height: Val::Auto,
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
            r.spawn(button(&fonts, "Back to title", BACK_ORDER, false, Action::BackToTitle, open));
            r.spawn(text(
                &fonts,
                "Number keys open cards 1-9; arrows + Enter move and open; the wheel scrolls; Esc goes back.",
                15.0,
                palette::MUTED,
            ));
        });
    });
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
