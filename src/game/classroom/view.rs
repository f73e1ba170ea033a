//! The presenter's screen, sized for a projector: the scene (or the played answer's feedback,
//! or the class debrief) on the left, how to join on the right, the keys along the bottom.
//! Rebuilt whenever the room changes; names stay off the screen unless P lists them.

use std::time::Instant;

use accesskit::Role;
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

use super::{Class, Presenter};
use crate::game::access::spoken;
use crate::game::screens::{Redraw, ScreenBuilder, mood_meter, on_screen, screen_root_for};
use crate::game::state::Screen;
use crate::game::ui::{UiFonts, bold, column, palette, panel, row, text};
use crate::net::address::CHECKLIST;
use crate::sim::classroom::{Phase, Room};

/// Logical widths at the UI's 1280-wide design size (the UI scales with the window).
const STAGE_WIDTH: f32 = 860.0;
const JOIN_WIDTH: f32 = 330.0;

/// The instructor's keys (see `keys`), as the bottom line lists them.
const LEGEND: &str = "Space next step  ·  1-9 play that answer  ·  T show/hide votes  ·  K 30-second countdown  ·  \
     L lock  ·  P people  ·  A address  ·  Esc end";

/// The seconds left, updated every frame while the countdown runs.
#[derive(Component)]
struct CountdownText;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Classroom, spawn);
    // Before the screen's spawn (Update), so the redraw it asks for lands this frame.
    app.add_systems(PreUpdate, follow_room.run_if(in_state(Screen::Classroom)).run_if(resource_exists::<Class>));
    app.add_systems(Update, tick_countdown.run_if(in_state(Screen::Classroom)));
}

/// A change in the room (a phone joined or voted) or in the presenter redraws the screen.
pub(super) fn follow_room(class: Res<Class>, mut presenter: ResMut<Presenter>, mut redraw: ResMut<Redraw>) {
    let version = class.live.version();
    if presenter.seen != Some(version) {
        presenter.seen = Some(version);
        redraw.0 = true;
    }
}

fn seconds_left(presenter: &Presenter) -> Option<u64> {
    presenter.countdown.map(|end| end.saturating_duration_since(Instant::now()).as_secs() + 1)
}

fn tick_countdown(presenter: Res<Presenter>, mut texts: Query<&mut Text, With<CountdownText>>) {
    let Some(left) = seconds_left(&presenter) else { return };
    for mut text in &mut texts {
        let shown = format!("{left} s left");
        if text.0 != shown {
            text.0 = shown;
        }
    }
}

fn spawn(mut screen: ScreenBuilder, class: Option<Res<Class>>, presenter: Res<Presenter>) {
    let fonts = screen.fresh();
    let Some(class) = class else { return };
    let commands = &mut screen.commands;
    class.live.read(|room| {
        commands.spawn(screen_root_for("Classroom presenter", Screen::Classroom)).with_children(|root| {
            root.spawn(Node {
                width: percent(100),
                column_gap: px(24),
                flex_grow: 1.0,
                min_height: px(0),
                ..default()
            })
            .with_children(|main| {
                // The debrief takes the whole width: nobody needs to join any more.
                let over = room.phase() == Phase::Over;
                let width = if over { STAGE_WIDTH + JOIN_WIDTH } else { STAGE_WIDTH };
                main.spawn(Node {
                    width: px(width),
                    flex_shrink: 1.0,
                    flex_direction: FlexDirection::Column,
                    row_gap: px(10),
                    min_height: px(0),
                    ..default()
                })
                .with_children(|stage| {
                    header(stage, &fonts, room, &presenter);
                    stage.spawn(stage_body(width)).with_children(|scroll| {
                        scroll.spawn(panel(px(width))).with_children(|body| match room.phase() {
                            Phase::Feedback => feedback(body, &fonts, room),
                            Phase::Over => debrief(body, &fonts, room),
                            _ => scene(body, &fonts, room),
                        });
                    });
                });
                if !over {
                    main.spawn(panel(px(JOIN_WIDTH)))
                        .with_children(|join| join_panel(join, &fonts, &class, room, &presenter));
                }
            });
            if let Some(message) = &presenter.message {
                root.spawn(bold(&fonts, message.clone(), 18.0, palette::CAUTION));
            }
            root.spawn(text(&fonts, LEGEND, 15.0, palette::MUTED));
        });
    });
}

/// A line as spoken, in curly quotes whether or not the author wrote straight ones.
fn quoted(said: &str) -> String {
    format!("\u{201c}{}\u{201d}", said.trim().trim_matches('"'))
}

/// The stage's scrolling part (a long debrief scrolls with Page Up and Page Down).
fn stage_body(width: f32) -> impl Bundle {
    (
        Name::new("Presenter stage"),
        ScrollArea,
        Node {
            width: px(width),
            flex_shrink: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            overflow: Overflow::scroll_y(),
            ..default()
        },
    )
}

/// Scenario, scene number and where the room is: what the instructor looks at before a key.
fn header(stage: &mut ChildSpawnerCommands, fonts: &UiFonts, room: &Room, presenter: &Presenter) {
    let session = room.session();
    let (voted, present) = room.voted();
    let status = match room.phase() {
        Phase::Waiting => "Read the scene together. Space opens voting.".to_owned(),
        Phase::Voting => format!("Voting open: {voted} of {present} voted. Space closes voting."),
        Phase::Closed => match room.majority() {
            Some(_) => {
                format!("Voting closed: {voted} of {present} voted. Space plays the room's answer, or a number key.")
            }
            None => format!("Voting closed: {voted} of {present} voted, no single winner. Press the number to play."),
        },
        Phase::Feedback => "Talk it through. Space goes to the next scene.".to_owned(),
        Phase::Over => "The class debrief. Esc ends the session.".to_owned(),
    };
    stage.spawn(row()).with_children(|r| {
        r.spawn(bold(fonts, session.scenario().title.clone(), 26.0, palette::TEXT));
        if let Some(p) = session.current().filter(|_| !matches!(room.phase(), Phase::Feedback | Phase::Over)) {
            r.spawn(text(fonts, format!("Scene {}", p.number), 20.0, palette::MUTED));
        }
    });
    stage.spawn(row()).with_children(|r| {
        r.spawn(bold(
            fonts,
            status,
            22.0,
            if room.phase() == Phase::Voting { palette::GOOD } else { palette::PRIMARY },
        ));
        if let Some(left) = seconds_left(presenter) {
            r.spawn((bold(fonts, format!("{left} s left"), 22.0, palette::CAUTION), CountdownText));
        }
    });
}

/// A choice with its vote bar: the count in words beside the bar, never the bar alone.
fn choice_line(
    body: &mut ChildSpawnerCommands,
    fonts: &UiFonts,
    label: String,
    count: Option<(usize, usize)>,
    mark: &str,
) {
    body.spawn(column()).with_children(|c| {
        c.spawn(text(fonts, label, 20.0, palette::TEXT));
        if let Some((n, of)) = count {
            c.spawn(row()).with_children(|r| {
                let width = if of == 0 { 0.0 } else { 420.0 * n as f32 / of as f32 };
                r.spawn((
                    Node { width: px(width.max(3.0)), height: px(16), ..default() },
                    BackgroundColor(palette::PRIMARY),
                ));
                r.spawn(bold(
                    fonts,
                    format!("{n} {}{mark}", if n == 1 { "vote" } else { "votes" }),
                    18.0,
                    palette::TEXT,
                ));
            });
        } else if !mark.is_empty() {
            c.spawn(bold(fonts, mark.trim_start_matches("  ·  ").to_owned(), 18.0, palette::TEXT));
        }
    });
}

fn scene(body: &mut ChildSpawnerCommands, fonts: &UiFonts, room: &Room) {
    let session = room.session();
    let Some(scene) = session.current() else { return };
    let customer = &session.scenario().customer;
    body.spawn(Node { column_gap: px(20), align_items: AlignItems::Center, ..default() }).with_children(|r| {
        r.spawn(bold(fonts, customer.name.clone(), 22.0, palette::TEXT));
        r.spawn(mood_meter(fonts, scene.mood, scene.mood));
    });
    body.spawn(text(fonts, scene.situation.clone(), 19.0, palette::MUTED));
    body.spawn((
        Node { padding: UiRect::axes(px(14), px(8)), border: UiRect::left(px(6)), ..default() },
        BackgroundColor(palette::SURFACE),
        BorderColor::all(palette::PRIMARY),
        children![text(fonts, quoted(&scene.customer_says), 24.0, palette::TEXT)],
    ));
    let tally = room.tally_visible().then(|| room.tally());
    let total = tally.as_ref().map_or(0, |t| t.iter().sum());
    for (i, choice) in scene.choices.iter().enumerate() {
        let act = if choice.act.is_empty() { String::new() } else { format!("{}  ", choice.act) };
        let count = tally.as_ref().map(|t| (t[i], total));
        choice_line(body, fonts, format!("{}.  {act}{}", i + 1, choice.say), count, "");
    }
}

fn feedback(body: &mut ChildSpawnerCommands, fonts: &UiFonts, room: &Room) {
    let (Some(f), Some(decided)) = (room.last_feedback(), room.history().last()) else { return };
    let scene = room.session().scenario().scene(&decided.scene_id);
    let verdict = if f.chose_best {
        ("The room found the best response.", palette::GOOD)
    } else {
        ("Not the best response.", palette::BAD)
    };
    body.spawn(bold(fonts, format!("The room said (answer {}):", decided.played + 1), 20.0, palette::MUTED));
    body.spawn(text(fonts, quoted(&f.said), 24.0, palette::TEXT));
    body.spawn(bold(fonts, verdict.0, 22.0, verdict.1));
    body.spawn(text(fonts, f.feedback.clone(), 21.0, palette::TEXT));
    if !f.chose_best {
        body.spawn(bold(fonts, "Best response:", 20.0, palette::MUTED));
        body.spawn(text(fonts, f.best.say.clone(), 21.0, palette::TEXT));
    }
    body.spawn(bold(fonts, "How the room voted", 22.0, palette::TEXT));
    let counts = decided.counts();
    let total = decided.votes.len();
    for (shown, original) in decided.originals.iter().enumerate() {
        let say = scene.and_then(|s| s.choices.get(*original)).map(|c| c.say.clone()).unwrap_or_default();
        let mark = if shown == decided.played { "  ·  played" } else { "" };
        choice_line(body, fonts, format!("{}.  {say}", shown + 1), Some((counts[shown], total)), mark);
    }
    if let Some(result) = room.scene_result(decided) {
        let mut summary = format!("{}% of the votes found the best response.", result.best_share);
        if let Some((say, n)) = &result.tempting {
            summary.push_str(&format!(
                " Most tempting mistake ({n}): {}. Ask the room what made it tempting.",
                quoted(say)
            ));
        }
        body.spawn(text(fonts, summary, 20.0, palette::PRIMARY));
    }
}

fn debrief(body: &mut ChildSpawnerCommands, fonts: &UiFonts, room: &Room) {
    let Some(class) = room.debrief() else { return };
    body.spawn(bold(fonts, format!("Class debrief: the room scored {}", class.room_score), 28.0, palette::TEXT));
    if let Some(outcome) = room.session().debrief() {
        body.spawn(text(fonts, outcome.ending_text.clone(), 20.0, palette::MUTED));
    }
    for (scene, path) in class.scenes.iter().zip(room.path_lines()) {
        body.spawn(bold(fonts, path, 19.0, if scene.played_best { palette::GOOD } else { palette::TEXT }));
        let mut line = format!("{}% of {} votes found the best response.", scene.best_share, scene.votes);
        if let Some((say, n)) = &scene.tempting {
            line.push_str(&format!(" Most tempting mistake ({n}): {}", quoted(say)));
        }
        body.spawn(text(fonts, line, 19.0, palette::TEXT));
    }
    if let Some((people, mean, best)) = class.own_scores() {
        let line = format!(
            "On their own votes, {people} people averaged {mean} (highest {best}); each phone shows its own score."
        );
        body.spawn(text(fonts, line, 19.0, palette::TEXT));
    }
    let reflection = &room.session().scenario().reflection;
    if !reflection.is_empty() {
        body.spawn(bold(fonts, "Talk about it", 22.0, palette::TEXT));
        for question in reflection {
            body.spawn(text(fonts, format!("\u{2022} {question}"), 20.0, palette::TEXT));
        }
    }
}

fn join_panel(join: &mut ChildSpawnerCommands, fonts: &UiFonts, class: &Class, room: &Room, presenter: &Presenter) {
    join.spawn(bold(fonts, "Join on your phone", 22.0, palette::TEXT));
    join.spawn((
        ImageNode::new(class.qr.clone()),
        Node { width: px(230), height: px(230), ..default() },
        spoken(Role::Image, format!("QR code that opens {} with the room code", class.url())),
    ));
    join.spawn(bold(fonts, class.url(), 21.0, palette::PRIMARY));
    join.spawn(text(fonts, "Room code", 17.0, palette::MUTED));
    let spaced: String = room.code().chars().map(|c| format!("{c} ")).collect();
    join.spawn(bold(fonts, spaced.trim_end().to_owned(), 52.0, palette::TEXT));
    let joined = room.present().count();
    join.spawn(bold(fonts, format!("{joined} joined"), 26.0, palette::TEXT));
    if room.is_locked() {
        join.spawn(bold(fonts, "Locked: nobody new can join", 17.0, palette::CAUTION));
    }
    if class.addresses.len() > 1 {
        let line = format!("Address {} of {}: A shows the next", class.chosen + 1, class.addresses.len());
        join.spawn(text(fonts, line, 15.0, palette::MUTED));
    }
    if presenter.checklist {
        join.spawn(bold(fonts, "Nobody has joined yet. Check:", 17.0, palette::CAUTION));
        for item in CHECKLIST {
            join.spawn(text(fonts, format!("\u{2022} {item}"), 15.0, palette::TEXT));
        }
    }
    if let Some(selected) = presenter.people {
        join.spawn(bold(fonts, "People (arrows, Delete removes)", 16.0, palette::TEXT));
        for (i, p) in room.present().enumerate() {
            let (mark, color) = if i == selected { ("\u{25b6} ", palette::PRIMARY) } else { ("   ", palette::TEXT) };
            join.spawn(text(fonts, format!("{mark}{}", p.name), 16.0, color));
        }
    }
}
