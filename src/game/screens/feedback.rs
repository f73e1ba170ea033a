//! Feedback after each scene: what you said, strategies applied and missed, mistakes, mood
//! change, the scene score and the best response. Every kind has a word label and a colour.

use bevy::prelude::*;

use super::scene::{mood_meter, run_header};
use super::{ScreenBuilder, on_screen, screen_root_for};
use accesskit::Role;

use crate::game::access::spoken;
use crate::game::actions::{Action, Activate, Hotkey};
use crate::game::state::{ActiveRun, Paused, Screen};
use crate::game::ui::{CONTENT_WIDTH, UiFonts, badge, bold, button, column, palette, panel, row, scroll_body, text};
use crate::text::words;
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Feedback, spawn);
}

/// One line of feedback: a labelled badge, a name, and the catalog's why; a screen reader hears
/// it as one item that starts with its kind ("Missed: Empathize. ...").
fn item(fonts: &UiFonts, (label, kind): (&str, &str), color: Color, name: &str, why: &str) -> impl Bundle {
    // Label and name on one line, the why below at full width: text in a column wraps and
    // measures its height reliably, where a text beside a fixed column does not.
    (
        Node { flex_direction: FlexDirection::Column, row_gap: px(2), ..default() },
        spoken(Role::ListItem, format!("{kind}: {name}. {why}")),
        children![
            (
                Node { column_gap: px(10), align_items: AlignItems::Center, ..default() },
                children![badge(fonts, label.to_owned(), color), bold(fonts, name.to_owned(), 17.0, palette::TEXT)],
            ),
            text(fonts, why.to_owned(), 15.0, palette::MUTED),
        ],
    )
}

fn spawn(mut screen: ScreenBuilder, run: Option<Res<ActiveRun>>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let Some(run) = run else { return };
    let Some((f, shown)) = run.last.clone() else { return };
    let over = run.session.is_over();
    commands.spawn(screen_root_for("Feedback screen", Screen::Feedback)).with_children(|root| {
        root.spawn(run_header(&fonts, &run.session, f.number));
        root.spawn(scroll_body()).with_children(|root| {
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                p.spawn(row()).with_children(|r| {
                    let (label, color) = match f.score {
                        90.. => ("feedback-strong", palette::GOOD),
                        50..=89 => ("feedback-partial", palette::CAUTION),
                        _ => ("feedback-weak", palette::BAD),
                    };
                    r.spawn(bold(
                        &fonts,
                        tr!("feedback-points", score = format!("{:+}", f.score)),
                        28.0,
                        palette::TEXT,
                    ));
                    r.spawn(badge(&fonts, tr!(label), color));
                    let change = f.mood_change();
                    let (mood_label, mood_color) = match change {
                        1.. => (tr!("feedback-mood-up", change = change), palette::GOOD),
                        0 => (tr!("feedback-mood-same"), palette::MUTED),
                        _ => (tr!("feedback-mood-down", change = change), palette::BAD),
                    };
                    r.spawn(badge(&fonts, mood_label, mood_color));
                    r.spawn(mood_meter(&fonts, f.mood_before, f.mood_after));
                });
                if f.points.penalty > 0 {
                    // The penalty shows even when the scene earned nothing: it comes off the run.
                    p.spawn(text(
                        &fonts,
                        tr!("feedback-penalty", points = words::points(f.points)),
                        15.0,
                        palette::BAD,
                    ));
                }
                p.spawn(text(&fonts, tr!("feedback-you-said", number = shown, said = &f.said), 17.0, palette::TEXT));
                p.spawn(bold(&fonts, f.feedback.clone(), 18.0, palette::PRIMARY));
            });
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                let (applied, missed) = (
                    (tr!("common-applied-badge"), tr!("feedback-applied")),
                    (tr!("common-missed-badge"), tr!("feedback-missed")),
                );
                for s in &f.applied {
                    p.spawn(item(&fonts, (&applied.0, &applied.1), palette::GOOD, &s.name, &s.why));
                }
                for s in &f.missed {
                    p.spawn(item(&fonts, (&missed.0, &missed.1), palette::BAD, &s.name, &s.why));
                }
                for m in &f.mistakes {
                    let (label, kind) = (
                        tr!("feedback-mistake-badge", penalty = m.penalty),
                        tr!("feedback-mistake", penalty = m.penalty),
                    );
                    p.spawn(item(&fonts, (&label, &kind), palette::BAD, &m.name, &m.why));
                }
                let off_target = (tr!("feedback-off-target-badge"), tr!("feedback-off-target"));
                let off_target_why = tr!("feedback-off-target-why");
                for s in &f.off_target {
                    p.spawn(item(&fonts, (&off_target.0, &off_target.1), palette::CAUTION, &s.name, &off_target_why));
                }
                if f.applied.is_empty() && f.missed.is_empty() && f.mistakes.is_empty() && f.off_target.is_empty() {
                    p.spawn(text(&fonts, tr!("feedback-none-in-play"), 15.0, palette::MUTED));
                }
            });
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                if f.chose_best {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(&fonts, tr!("feedback-best-badge"), palette::GOOD));
                        r.spawn(bold(&fonts, tr!("feedback-best-here"), 17.0, palette::GOOD));
                    });
                } else {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(
                            &fonts,
                            tr!("feedback-best-score-badge", score = format!("{:+}", f.best.score)),
                            palette::INFO,
                        ));
                        r.spawn(bold(&fonts, tr!("feedback-would-have-scored"), 17.0, palette::TEXT));
                    });
                    p.spawn(column()).with_children(|c| {
                        c.spawn(text(&fonts, f.best.say.clone(), 17.0, palette::TEXT));
                        if !f.best.applies.is_empty() {
                            c.spawn(text(
                                &fonts,
                                tr!("feedback-it-applies", names = f.best.applies.join(", ")),
                                15.0,
                                palette::MUTED,
                            ));
                        }
                    });
                }
                if f.walked_out {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(&fonts, tr!("feedback-walkout-badge"), palette::BAD));
                        r.spawn(text(&fonts, tr!("feedback-walkout"), 16.0, palette::BAD));
                    });
                }
            });
        });
        let label = format!("1  {}", tr!(if over { "feedback-see-debrief" } else { "feedback-next-scene" }));
        root.spawn((button(&fonts, label, 0, true, Action::Continue, go_on), Hotkey(1)));
    });
}

/// On to the next scene, or to the debrief once the run is over (not from behind the pause menu).
fn go_on(_: On<Activate>, run: Option<Res<ActiveRun>>, paused: Res<Paused>, mut next: ResMut<NextState<Screen>>) {
    if paused.0 {
        return;
    }
    let over = run.is_some_and(|r| r.session.is_over());
    next.set(if over { Screen::Debrief } else { Screen::Scene });
}
