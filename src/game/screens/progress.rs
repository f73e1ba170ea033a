//! The trainee's progress: strategy mastery (weakest first, with a trend), the mistakes made
//! most often with the catalog's why, results per scenario, and the scenario to practice next.

use bevy::prelude::*;

use super::select::open;
use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Hotkey};
use crate::game::library::GameLibrary;
use crate::game::recorder::Recorder;
use crate::game::state::Screen;
use crate::game::ui::{UiFonts, bold, button, heading_row, palette, panel, row, scroll_page, text};
use crate::sim::{Catalog, Scenario};
use crate::store::progress::{Mastery, Progress, RECENT_RUNS, Trend, practice_next, works_on};
use crate::tr;

/// Rows of the mastery chart that fit the window; the strongest beyond these are summed up.
const MASTERY_ROWS: usize = 9;
/// Scenario rows that fit beside the chart; `hold-the-line progress` lists them all.
const SCENARIO_ROWS: usize = 8;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Progress, spawn);
}

fn mastery_color(percent: u8) -> Color {
    match percent {
        70.. => palette::GOOD,
        40..70 => palette::CAUTION,
        _ => palette::BAD,
    }
}

fn trend_label(trend: Trend) -> String {
    tr!(match trend {
        Trend::Up => "progress-trend-up",
        Trend::Down => "progress-trend-down",
        Trend::Steady => "progress-trend-steady",
        Trend::New => "progress-trend-new",
    })
}

/// One bar: the share applied, coloured and written out, so colour is never the only sign.
fn mastery_bar(fonts: &UiFonts, name: String, m: &Mastery) -> impl Bundle {
    let share = m.percent();
    (
        Node { column_gap: px(12), align_items: AlignItems::Center, ..default() },
        children![
            (Node { width: px(290), flex_shrink: 0.0, ..default() }, children![text(fonts, name, 16.0, palette::TEXT)]),
            (
                Node { width: px(150), height: px(14), flex_shrink: 0.0, ..default() },
                BackgroundColor(palette::SURFACE_ALT),
                children![(
                    Node { width: percent(f32::from(share)), height: percent(100), ..default() },
                    BackgroundColor(mastery_color(share))
                )],
            ),
            (
                Node { width: px(110), flex_shrink: 0.0, ..default() },
                children![bold(fonts, format!("{share}%  {}/{}", m.applied, m.recommended), 15.0, palette::TEXT)]
            ),
            text(fonts, trend_label(m.trend), 15.0, palette::MUTED),
        ],
    )
}

/// Why this scenario is next: never played, or the best so far, and the weak strategies it
/// recommends.
fn next_reason(progress: &Progress, scenario: &Scenario, strategy_name: &dyn Fn(&str) -> String) -> String {
    let weak = works_on(progress, scenario);
    let played = progress.scenarios.iter().find(|r| r.scenario_id == scenario.id).and_then(|r| r.best);
    let mut reason = played.map_or_else(|| tr!("progress-not-played"), |best| tr!("progress-best-so-far", best = best));
    let list: Vec<String> =
        weak.iter().take(2).map(|m| format!("{} ({}%)", strategy_name(&m.strategy), m.percent())).collect();
    let exercised = match list.as_slice() {
        [] => None,
        [first] => Some(tr!("progress-works-on-one", first = first)),
        [first, second, ..] => Some(tr!("progress-works-on-two", first = first, second = second)),
    };
    if let Some(exercised) = exercised {
        reason.push(' ');
        reason.push_str(&exercised);
    }
    reason
}

fn spawn(mut screen: ScreenBuilder, recorder: Res<Recorder>, library: Res<GameLibrary>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let trainee = recorder.trainee();
    // A trainee with nothing saved yet sees an empty chart and a first scenario to try; a store
    // that cannot be read says so instead of showing an empty record.
    let (progress, unreadable) = match recorder.read(|r| r.progress()) {
        Ok(found) => (found.unwrap_or_else(|| Progress { trainee: trainee.clone(), ..Default::default() }), None),
        Err(err) => (Progress { trainee: trainee.clone(), ..Default::default() }, Some(err)),
    };
    let catalog: Option<&Catalog> = library.catalog.as_deref();
    let strategy_name =
        |id: &str| catalog.and_then(|c| c.strategy(&id.into())).map_or_else(|| id.to_owned(), |s| s.name.clone());
    let title_of =
        |id: &str| library.cards.iter().find(|c| c.id == id).map_or_else(|| id.to_owned(), |c| c.title.clone());
    let next = practice_next(&progress, library.cards.iter().filter_map(|c| c.playable.as_deref()));
    let next_file = next.and_then(|s| library.cards.iter().find(|c| c.id == s.id)).map(|c| c.file.clone());
    let finished: usize = progress.scenarios.iter().map(|r| r.finished_runs).sum();
    let mut mastery: Vec<&Mastery> = progress.mastery.iter().collect();
    mastery.sort_by_key(|m| (m.percent(), std::cmp::Reverse(m.recommended)));

    commands.spawn(screen_root_for("Progress screen", Screen::Progress)).with_children(|root| {
        root.spawn(scroll_page()).with_children(|root| {
            root.spawn(heading_row()).with_children(|r| {
                r.spawn(bold(&fonts, tr!("progress-heading", trainee = &trainee), 28.0, palette::TEXT));
                let summary = tr!("progress-summary", runs = finished, tried = progress.scenarios.len());
                r.spawn(text(&fonts, summary, 16.0, palette::MUTED));
            });
            if let Some(err) = &unreadable {
                root.spawn(text(&fonts, tr!("progress-unreadable", error = err.to_string()), 15.0, palette::BAD));
            } else if !recorder.read(|r| r.is_saving()) {
                root.spawn(text(&fonts, tr!("progress-not-saving"), 15.0, palette::BAD));
            }
            root.spawn(Node {
                width: px(1200),
                max_width: percent(100),
                flex_shrink: 0.0,
                column_gap: px(12),
                align_items: AlignItems::FlexStart,
                ..default()
            })
            .with_children(|columns| {
                columns
                    .spawn(Node {
                        width: percent(62),
                        flex_direction: FlexDirection::Column,
                        row_gap: px(10),
                        ..default()
                    })
                    .with_children(|left| {
                        left.spawn(panel(percent(100))).with_children(|p| {
                            p.spawn(bold(&fonts, tr!("progress-mastery"), 19.0, palette::TEXT));
                            p.spawn(text(
                                &fonts,
                                tr!("progress-mastery-note", runs = RECENT_RUNS),
                                14.0,
                                palette::MUTED,
                            ));
                            if mastery.is_empty() && unreadable.is_none() {
                                p.spawn(text(&fonts, tr!("progress-no-scenes"), 16.0, palette::TEXT));
                            }
                            for m in mastery.iter().take(MASTERY_ROWS) {
                                p.spawn(mastery_bar(&fonts, strategy_name(&m.strategy), m));
                            }
                            if mastery.len() > MASTERY_ROWS {
                                let rest = &mastery[MASTERY_ROWS..];
                                let lowest = rest.iter().map(|m| m.percent()).min().unwrap_or(100);
                                p.spawn(text(
                                    &fonts,
                                    tr!("progress-more-mastery", count = rest.len(), lowest = lowest),
                                    14.0,
                                    palette::MUTED,
                                ));
                            }
                        });
                        if !progress.mistakes.is_empty() {
                            left.spawn(panel(percent(100))).with_children(|p| {
                                p.spawn(bold(&fonts, tr!("progress-mistakes"), 19.0, palette::TEXT));
                                for (id, count) in &progress.mistakes {
                                    let (name, why) = catalog.and_then(|c| c.mistake(&id.as_str().into())).map_or_else(
                                        || (id.clone(), String::new()),
                                        |m| (m.name.clone(), m.why.clone()),
                                    );
                                    p.spawn(bold(&fonts, format!("{name}  ×{count}"), 16.0, palette::BAD));
                                    if !why.is_empty() {
                                        p.spawn(text(&fonts, why, 14.0, palette::TEXT));
                                    }
                                }
                            });
                        }
                    });
                columns
                    .spawn(Node {
                        width: percent(38),
                        flex_direction: FlexDirection::Column,
                        row_gap: px(10),
                        ..default()
                    })
                    .with_children(|side| {
                        let mut number = 0;
                        if let (Some(next), Some(file)) = (next, next_file) {
                            side.spawn(panel(percent(100))).with_children(|p| {
                                p.spawn(bold(&fonts, tr!("progress-practice-next"), 19.0, palette::TEXT));
                                p.spawn(bold(&fonts, next.title.clone(), 17.0, palette::PRIMARY));
                                p.spawn(text(
                                    &fonts,
                                    next_reason(&progress, next, &strategy_name),
                                    15.0,
                                    palette::TEXT,
                                ));
                            });
                            number += 1;
                            side.spawn((
                                button(
                                    &fonts,
                                    format!("{number}  {}", tr!("progress-practice", title = &next.title)),
                                    number,
                                    true,
                                    Action::Open(file),
                                    open,
                                ),
                                Hotkey(number as usize),
                            ));
                        }
                        if !progress.scenarios.is_empty() {
                            side.spawn(panel(percent(100))).with_children(|p| {
                                p.spawn(bold(&fonts, tr!("progress-scenarios"), 17.0, palette::TEXT));
                                for r in progress.scenarios.iter().take(SCENARIO_ROWS) {
                                    // The store's note is English; only whether there is one is used.
                                    let note = if r.scoring_note().is_empty() {
                                        String::new()
                                    } else {
                                        format!(" {}", tr!("progress-old-scoring"))
                                    };
                                    let figures = match (r.best, r.last, r.finished_runs) {
                                        (Some(best), Some(last), n) => {
                                            tr!("progress-figures", best = best, last = last, runs = n, note = note)
                                        }
                                        _ => tr!("progress-not-finished"),
                                    };
                                    p.spawn(row()).with_children(|line| {
                                        line.spawn(text(&fonts, title_of(&r.scenario_id), 15.0, palette::TEXT));
                                        line.spawn(text(&fonts, figures, 14.0, palette::MUTED));
                                    });
                                }
                                if progress.scenarios.len() > SCENARIO_ROWS {
                                    let more = progress.scenarios.len() - SCENARIO_ROWS;
                                    p.spawn(text(
                                        &fonts,
                                        tr!("progress-more-scenarios", count = more),
                                        14.0,
                                        palette::MUTED,
                                    ));
                                }
                            });
                        }
                        number += 1;
                        side.spawn((
                            button(
                                &fonts,
                                format!("{number}  {}", tr!("common-back-to-title")),
                                number,
                                false,
                                Action::BackToTitle,
                                open,
                            ),
                            Hotkey(number as usize),
                        ));
                    });
            });
        });
    });
}
