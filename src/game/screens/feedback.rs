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
                        90.. => ("STRONG", palette::GOOD),
                        50..=89 => ("PARTIAL", palette::CAUTION),
                        _ => ("WEAK", palette::BAD),
                    };
                    r.spawn(bold(&fonts, format!("{:+} points", f.score), 28.0, palette::TEXT));
                    r.spawn(badge(&fonts, label, color));
                    let change = f.mood_change();
                    let (mood_label, mood_color) = match change {
                        1.. => (format!("MOOD +{change}"), palette::GOOD),
                        0 => ("MOOD ±0".to_owned(), palette::MUTED),
                        _ => (format!("MOOD {change}"), palette::BAD),
                    };
                    r.spawn(badge(&fonts, mood_label, mood_color));
                    r.spawn(mood_meter(&fonts, f.mood_before, f.mood_after));
                });
                if f.points.penalty > 0 {
                    // The penalty shows even when the scene earned nothing: it comes off the run.
                    p.spawn(text(
                        &fonts,
                        format!("{} (taken from your run score)", f.points.explain()),
                        15.0,
                        palette::BAD,
                    ));
                }
                p.spawn(text(&fonts, format!("You said ({shown}): {}", f.said), 17.0, palette::TEXT));
                p.spawn(bold(&fonts, f.feedback.clone(), 18.0, palette::PRIMARY));
            });
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                for s in &f.applied {
                    p.spawn(item(&fonts, ("+ APPLIED", "Applied"), palette::GOOD, &s.name, &s.why));
                }
                for s in &f.missed {
                    p.spawn(item(&fonts, ("- MISSED", "Missed"), palette::BAD, &s.name, &s.why));
                }
                for m in &f.mistakes {
                    let (label, kind) = (format!("! MISTAKE -{}", m.penalty), format!("Mistake, minus {}", m.penalty));
                    p.spawn(item(&fonts, (&label, &kind), palette::BAD, &m.name, &m.why));
                }
                for s in &f.off_target {
                    p.spawn(item(
                        &fonts,
                        ("~ OFF-TARGET", "Off target"),
                        palette::CAUTION,
                        &s.name,
                        "Useful elsewhere, but not what this moment called for: it earns nothing here.",
                    ));
                }
                if f.applied.is_empty() && f.missed.is_empty() && f.mistakes.is_empty() && f.off_target.is_empty() {
                    p.spawn(text(&fonts, "No strategies in play for this response.", 15.0, palette::MUTED));
                }
            });
            root.spawn(panel(px(CONTENT_WIDTH))).with_children(|p| {
                if f.chose_best {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(&fonts, "* BEST", palette::GOOD));
                        r.spawn(bold(&fonts, "That was the best response here.", 17.0, palette::GOOD));
                    });
                } else {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(&fonts, format!("* BEST {:+}", f.best.score), palette::INFO));
                        r.spawn(bold(&fonts, "The response that would have scored best:", 17.0, palette::TEXT));
                    });
                    p.spawn(column()).with_children(|c| {
                        c.spawn(text(&fonts, f.best.say.clone(), 17.0, palette::TEXT));
                        if !f.best.applies.is_empty() {
                            c.spawn(text(
                                &fonts,
                                format!("It applies: {}.", f.best.applies.join(", ")),
                                15.0,
                                palette::MUTED,
                            ));
                        }
                    });
                }
                if f.walked_out {
                    p.spawn(row()).with_children(|r| {
                        r.spawn(badge(&fonts, "WALKOUT", palette::BAD));
                        r.spawn(text(
                            &fonts,
                            "The customer's mood reached 0: they have had enough.",
                            16.0,
                            palette::BAD,
                        ));
                    });
                }
            });
        });
        let label = if over { "1  See the debrief" } else { "1  Next scene" };
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
