//! The scene screen: the customer, their mood, the situation, what they say, and the choices.
//! Also follows hot reloads: an edited scenario replays the run so far on the new version.

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::{Redraw, ScreenBuilder, on_screen, screen_root_for};
use crate::game::access::meter;
use crate::game::actions::{Action, Activate, Hotkey};
use crate::game::library::GameLibrary;
use crate::game::portrait::{Expression, mood_color, portrait};
use crate::game::recorder::Recorder;
use crate::game::state::{ActiveRun, Paused, Screen};
use crate::game::theme::Look;
use crate::game::ui::{UiFonts, bold, button, column, content_node, palette, row, scroll_page, text};
use crate::sim::Session;
use crate::sim::session::Rebased;
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Scene, spawn);
    app.add_systems(PreUpdate, follow_reload.run_if(resource_changed::<GameLibrary>));
    app.add_message::<RequestRedraw>();
    app.add_systems(Update, animate_mood);
}

/// The meter's fill, easing from the mood before a choice to the mood after it.
#[derive(Component, Clone, Copy, Debug)]
pub struct MoodFill {
    pub from: f32,
    pub to: f32,
    pub elapsed: f32,
}

const MOOD_EASE_SECONDS: f32 = 0.8;

/// Moves each mood fill toward its target; asks for frames only while something moves, so a
/// reactive window still idles at zero CPU.
/// With reduced motion the fill jumps to its target in one step.
fn animate_mood(
    time: Res<Time>,
    look: Res<Look>,
    mut fills: Query<(&mut MoodFill, &mut Node)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let mut moving = false;
    let step = if look.settings.reduced_motion { MOOD_EASE_SECONDS } else { time.delta_secs() };
    for (mut fill, mut node) in &mut fills {
        if fill.elapsed >= MOOD_EASE_SECONDS {
            continue;
        }
        fill.elapsed = (fill.elapsed + step).min(MOOD_EASE_SECONDS);
        let t = fill.elapsed / MOOD_EASE_SECONDS;
        let eased = 1.0 - (1.0 - t).powi(3);
        node.width = percent(fill.from + (fill.to - fill.from) * eased);
        moving = true;
    }
    if moving {
        redraw.write(RequestRedraw);
    }
}

/// A mood bar with its number and word, so the meter reads without colour (and a screen reader
/// says the same words, with the number as the meter's value).
pub fn mood_meter(fonts: &UiFonts, before: i32, mood: i32) -> impl Bundle {
    let words = tr!("scene-mood", mood = mood, word = Expression::from_mood(mood).word());
    (
        column(),
        meter(words.clone(), mood, 0..=100),
        children![
            text(fonts, words, 16.0, palette::TEXT),
            (
                Node {
                    width: px(180),
                    height: px(14),
                    border: UiRect::all(px(1)),
                    border_radius: BorderRadius::all(px(7)),
                    ..default()
                },
                BorderColor::all(palette::MUTED),
                BackgroundColor(palette::SURFACE_ALT),
                children![(
                    Node {
                        width: percent(before.clamp(0, 100) as f32),
                        height: percent(100),
                        border_radius: BorderRadius::all(px(7)),
                        ..default()
                    },
                    BackgroundColor(mood_color(mood)),
                    MoodFill {
                        from: before.clamp(0, 100) as f32,
                        to: mood.clamp(0, 100) as f32,
                        elapsed: if before == mood { MOOD_EASE_SECONDS } else { 0.0 },
                    },
                )],
            ),
        ],
    )
}

/// The run's header line: scenario, scene number, seed, score so far.
pub fn run_header(fonts: &UiFonts, session: &Session, scene_number: usize) -> impl Bundle {
    (
        Node {
            justify_content: JustifyContent::SpaceBetween,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(16),
            ..content_node()
        },
        children![
            bold(fonts, session.scenario().title.clone(), 22.0, palette::TEXT),
            text(
                fonts,
                tr!(
                    "scene-header",
                    number = scene_number,
                    score = session.score_so_far(),
                    seed = session.seed().to_string()
                ),
                16.0,
                palette::MUTED
            ),
        ],
    )
}

fn spawn(mut screen: ScreenBuilder, run: Option<Res<ActiveRun>>) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let Some(run) = run else { return };
    let Some(scene) = run.session.current() else { return };
    let customer = &run.session.scenario().customer;
    let first_name = customer.name.split_whitespace().next().map_or_else(|| tr!("scene-customer"), str::to_owned);
    commands.spawn(screen_root_for("Scene screen", Screen::Scene)).with_children(|root| {
        root.spawn(run_header(&fonts, &run.session, scene.number));
        if let Some(notice) = &run.notice {
            root.spawn(text(&fonts, notice.clone(), 15.0, palette::CAUTION));
        }
        // The customer and the conversation scroll as one when large text makes them taller than
        // the window; the focused choice is kept in sight (see `ui::scroll_focus_into_view`).
        root.spawn(scroll_page()).with_children(|page| {
            page.spawn(Node { column_gap: px(24), flex_shrink: 0.0, ..content_node() }).with_children(|main| {
                main.spawn(Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: px(10),
                    width: px(200),
                    flex_shrink: 0.0,
                    ..default()
                })
                .with_children(|side| {
                    side.spawn(portrait(&fonts, scene.mood));
                    side.spawn(bold(&fonts, customer.name.clone(), 18.0, palette::TEXT));
                    side.spawn(mood_meter(&fonts, scene.mood, scene.mood));
                });
                main.spawn(Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: px(12),
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    ..default()
                })
                .with_children(|body| {
                    body.spawn(text(&fonts, scene.situation.clone(), 18.0, palette::MUTED));
                    body.spawn((
                        Node {
                            padding: UiRect::all(px(16)),
                            border: UiRect::left(px(5)),
                            border_radius: BorderRadius::all(px(8)),
                            ..default()
                        },
                        BackgroundColor(palette::SURFACE),
                        BorderColor::all(palette::PRIMARY),
                        children![text(
                            &fonts,
                            tr!(
                                "scene-customer-says",
                                name = &first_name,
                                words = scene.customer_says.trim_matches('"')
                            ),
                            24.0,
                            palette::TEXT
                        )],
                    ));
                    body.spawn(bold(&fonts, tr!("scene-how-respond"), 18.0, palette::TEXT));
                    for (i, choice) in scene.choices.iter().enumerate() {
                        let label = format!("{}   {}", i + 1, choice.say);
                        body.spawn((button(&fonts, label, i as u32, false, Action::Choose(i), choose), Hotkey(i + 1)));
                    }
                });
            });
        });
        root.spawn(row()).with_children(|r| {
            r.spawn(text(&fonts, tr!("scene-keys", count = scene.choices.len()), 15.0, palette::MUTED));
        });
    });
}

/// The trainee's answer: the session scores it, the recorder saves it, the feedback shows it.
fn choose(
    ev: On<Activate>,
    actions: Query<&Action>,
    paused: Res<Paused>,
    run: Option<ResMut<ActiveRun>>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
) {
    let (Ok(Action::Choose(shown)), Some(mut run)) = (actions.get(ev.entity), run) else { return };
    if paused.0 {
        return;
    }
    match run.session.choose(*shown) {
        Ok(feedback) => {
            let feedback = feedback.clone();
            recorder.record(&run.session);
            run.last = Some((feedback, shown + 1));
            run.notice = None;
            next.set(Screen::Feedback);
        }
        Err(err) => warn!("choice ignored: {err}"),
    }
}

/// After the library reloads: if the scenario being played changed, replay the same choices
/// with the same seed on the new version (or restart if the edit changed or removed them).
fn follow_reload(
    library: Res<GameLibrary>,
    run: Option<ResMut<ActiveRun>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut recorder: ResMut<Recorder>,
    mut redraw: ResMut<Redraw>,
) {
    if matches!(screen.get(), Screen::Select | Screen::Title | Screen::Progress) {
        redraw.0 = true;
    }
    let Some(mut run) = run else { return };
    let Some(card) = library.card_by_file(&run.file) else { return };
    let broken = card.problems.first().map(|p| p.lines().next().unwrap_or_default().to_owned());
    let Some(scenario) = card.playable.clone() else { return };
    let catalog = library.catalog.clone();
    let same = std::ptr::eq(scenario.as_ref(), run.session.scenario());
    if same {
        if let Some(problem) = broken {
            run.notice = Some(tr!("scene-edit-has-errors", problem = problem));
            redraw.0 = true;
        }
        return;
    }
    let Some(catalog) = catalog else { return };
    // Only the language changed (Settings, or a translator saved an overlay): the same run goes
    // on in the new words, with nothing to record and nothing to say.
    let unchanged = crate::store::version_of(&scenario, &catalog)
        == crate::store::version_of(run.session.scenario(), run.session.catalog());
    if unchanged {
        if let Ok(Rebased::Continued(session)) = run.session.rebase(scenario, catalog) {
            // The feedback on screen is the last answer's, now in the new words too.
            let shown = run.last.as_ref().map(|(_, shown)| *shown);
            run.last = shown.zip(session.steps().last()).map(|(n, step)| (step.feedback.clone(), n));
            run.session = session;
            redraw.0 = true;
        }
        return;
    }
    match run.session.rebase(scenario, catalog) {
        Ok(Rebased::Continued(session)) => {
            recorder.reversion(&session);
            run.session = session;
            run.notice = Some(tr!("scene-updated"));
        }
        Ok(Rebased::Restarted(session)) => {
            // A new run in the record; the old one is set aside with the answers it had.
            recorder.start(&session);
            run.session = session;
            run.last = None;
            run.notice = Some(tr!("scene-restarted"));
            if *screen.get() == Screen::Feedback {
                next.set(Screen::Scene);
            }
        }
        Err(err) => run.notice = Some(tr!("scene-cannot-start", error = err.to_string())),
    }
    redraw.0 = true;
}
