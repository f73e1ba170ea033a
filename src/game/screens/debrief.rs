//! The debrief: score, grade, outcome, the path, a per-strategy bar chart, and what next.

use bevy::prelude::*;

use super::{ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, Hotkey, start_run};
use crate::game::library::GameLibrary;
use crate::game::recorder::Recorder;
use crate::game::state::{ActiveRun, Screen};
use crate::game::ui::{
    CONTENT_WIDTH, UiFonts, badge, bold, button, content_node, palette, panel, row, scroll_body, text,
};
use crate::sim::Outcome;
use crate::sim::rng::fresh_seed;
use crate::sim::session::StrategyTally;
use crate::text::words;
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Debrief, spawn);
}

/// One bar of the chart: applied (green) and missed (red) as shares of the row's total, with
/// the counts written out.
fn bar(fonts: &UiFonts, tally: &StrategyTally, widest: usize) -> impl Bundle {
    let total = widest.max(1) as f32;
    let applied = tally.applied as f32 / total * 100.0;
    let missed = tally.missed as f32 / total * 100.0;
    let counts = if tally.off_target > 0 {
        tr!("debrief-counts-off-target", applied = tally.applied, missed = tally.missed, off_target = tally.off_target)
    } else {
        tr!("debrief-counts", applied = tally.applied, missed = tally.missed)
    };
    (
        Node { column_gap: px(12), align_items: AlignItems::Center, ..default() },
        children![
            (
                Node { width: px(260), flex_shrink: 0.0, ..default() },
                children![text(fonts, tally.name.clone(), 16.0, palette::TEXT)]
            ),
            (
                Node { width: px(140), height: px(16), flex_shrink: 0.0, ..default() },
                BackgroundColor(palette::SURFACE_ALT),
                children![
                    (
                        Node { width: percent(applied), height: percent(100), ..default() },
                        BackgroundColor(palette::GOOD)
                    ),
                    (Node { width: percent(missed), height: percent(100), ..default() }, BackgroundColor(palette::BAD)),
                ],
            ),
            text(fonts, counts, 15.0, palette::MUTED),
        ],
    )
}

fn spawn(mut screen: ScreenBuilder, run: Option<Res<ActiveRun>>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let Some(run) = run else { return };
    let Some(d) = run.session.debrief() else { return };
    let outcome_color = match d.outcome {
        Outcome::Resolved | Outcome::Escalated => palette::GOOD,
        Outcome::Unresolved => palette::CAUTION,
        Outcome::Walkout => palette::BAD,
    };
    commands.spawn(screen_root_for("Debrief screen", Screen::Debrief)).with_children(|root| {
        root.spawn(bold(&fonts, tr!("debrief-heading", title = &run.session.scenario().title), 28.0, palette::TEXT));
        root.spawn(scroll_body()).with_children(|root| {
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                p.spawn(row()).with_children(|r| {
                    r.spawn(bold(&fonts, format!("{}/100", d.score), 44.0, palette::PRIMARY));
                    r.spawn(bold(&fonts, tr!("debrief-grade", letter = d.grade.letter()), 30.0, palette::TEXT));
                    let outcome = words::outcome(d.outcome).to_uppercase();
                    r.spawn(badge(&fonts, tr!("debrief-outcome", outcome = outcome), outcome_color));
                    r.spawn(text(
                        &fonts,
                        tr!("debrief-seed", seed = run.session.seed().to_string()),
                        15.0,
                        palette::MUTED,
                    ));
                });
                p.spawn(text(&fonts, words::grade_label(d.grade), 17.0, palette::TEXT));
                p.spawn(text(&fonts, tr!("debrief-how", how = words::run_score(&d.breakdown)), 15.0, palette::MUTED));
                p.spawn(text(&fonts, d.ending_text.clone(), 17.0, palette::MUTED));
                p.spawn(text(&fonts, tr!("debrief-path", path = d.path.join("  >  ")), 15.0, palette::MUTED));
            });
            root.spawn(Node { column_gap: px(12), align_items: AlignItems::FlexStart, ..content_node() })
                .with_children(|columns| {
                    columns.spawn(panel(percent(62))).with_children(|p| {
                        p.spawn(row()).with_children(|r| {
                            r.spawn(bold(&fonts, tr!("debrief-strategies"), 19.0, palette::TEXT));
                            r.spawn(badge(&fonts, tr!("common-applied-badge"), palette::GOOD));
                            r.spawn(badge(&fonts, tr!("common-missed-badge"), palette::BAD));
                        });
                        let widest = d.strategies.iter().map(|s| s.applied + s.missed).max().unwrap_or(1);
                        for s in d.strategies.iter().filter(|s| s.applied + s.missed > 0) {
                            p.spawn(bar(&fonts, s, widest));
                        }
                        if !d.mistakes.is_empty() {
                            let list: Vec<String> =
                                d.mistakes.iter().map(|m| format!("{} x{} (-{})", m.name, m.count, m.points)).collect();
                            p.spawn(row()).with_children(|r| {
                                r.spawn(badge(&fonts, tr!("debrief-mistakes-badge"), palette::BAD));
                                r.spawn(text(&fonts, list.join("  ·  "), 15.0, palette::TEXT));
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
                            if !d.reflection.is_empty() {
                                side.spawn(panel(percent(100))).with_children(|p| {
                                    p.spawn(bold(&fonts, tr!("debrief-reflect"), 18.0, palette::TEXT));
                                    for q in &d.reflection {
                                        p.spawn(text(&fonts, format!("• {q}"), 16.0, palette::TEXT));
                                    }
                                });
                            }
                        });
                });
        });
        // Below the scrolling part, so they stay on screen however long the debrief.
        let buttons = Node { flex_shrink: 0.0, justify_content: JustifyContent::Center, ..content_node() };
        root.spawn(Node { column_gap: px(10), ..buttons }).with_children(|r| {
            let next_steps = [
                ("debrief-replay-same-seed", Action::ReplaySameSeed),
                ("debrief-replay-new-seed", Action::ReplayNewSeed),
                ("debrief-back-to-list", Action::BackToList),
                ("common-my-progress", Action::ShowProgress),
            ];
            for (i, (id, action)) in next_steps.into_iter().enumerate() {
                let label = format!("{}  {}", i + 1, tr!(id));
                r.spawn((button(&fonts, label, i as u32, i == 0, action, what_next), Hotkey(i + 1)));
            }
        });
    });
}

/// Replay (same seed or a new one), back to the list, or on to the progress screen.
fn what_next(
    ev: On<Activate>,
    actions: Query<&Action>,
    run: Option<Res<ActiveRun>>,
    library: Res<GameLibrary>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    match actions.get(ev.entity) {
        Ok(action @ (Action::ReplaySameSeed | Action::ReplayNewSeed)) => {
            let Some(run) = run else { return };
            let seed = if *action == Action::ReplaySameSeed { run.session.seed() } else { fresh_seed() };
            if start_run(&mut commands, &mut recorder, &library, &run.file, seed) {
                next.set(Screen::Scene);
            }
        }
        Ok(Action::BackToList) => next.set(Screen::Select),
        Ok(Action::ShowProgress) => next.set(Screen::Progress),
        _ => {}
    }
}
