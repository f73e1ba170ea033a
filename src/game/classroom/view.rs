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
use crate::sim::classroom::{Phase, Room};
use crate::tr;

/// Logical widths at the UI's 1280-wide design size (the UI scales with the window).
const STAGE_WIDTH: f32 = 860.0;
const JOIN_WIDTH: f32 = 330.0;

/// What to check when nobody has joined (message ids: the phones' network, guest Wi-Fi, a hotspot,
/// the firewall, the next address).
const CHECKLIST: [&str; 5] = [
    "classroom-checklist-wifi",
    "classroom-checklist-guest-wifi",
    "classroom-checklist-hotspot",
    "classroom-checklist-firewall",
    "classroom-checklist-next-address",
];

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
        let shown = tr!("classroom-seconds-left", seconds = left);
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
            // The instructor's keys (see `keys`).
            root.spawn(text(&fonts, tr!("classroom-keys"), 15.0, palette::MUTED));
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
        Phase::Waiting => tr!("classroom-status-waiting"),
        Phase::Voting => tr!("classroom-status-voting", voted = voted, present = present),
        Phase::Closed => match room.majority() {
            Some(_) => tr!("classroom-status-closed", voted = voted, present = present),
            None => tr!("classroom-status-tie", voted = voted, present = present),
        },
        Phase::Feedback => tr!("classroom-status-feedback"),
        Phase::Over => tr!("classroom-status-over"),
    };
    stage.spawn(row()).with_children(|r| {
        r.spawn(bold(fonts, session.scenario().title.clone(), 26.0, palette::TEXT));
        if let Some(p) = session.current().filter(|_| !matches!(room.phase(), Phase::Feedback | Phase::Over)) {
            r.spawn(text(fonts, tr!("classroom-scene", number = p.number), 20.0, palette::MUTED));
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
            r.spawn((
                bold(fonts, tr!("classroom-seconds-left", seconds = left), 22.0, palette::CAUTION),
                CountdownText,
            ));
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
                r.spawn(bold(fonts, format!("{}{mark}", tr!("classroom-votes", count = n)), 18.0, palette::TEXT));
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
        (tr!("classroom-room-best"), palette::GOOD)
    } else {
        (tr!("classroom-room-not-best"), palette::BAD)
    };
    body.spawn(bold(fonts, tr!("classroom-room-said", number = decided.played + 1), 20.0, palette::MUTED));
    body.spawn(text(fonts, quoted(&f.said), 24.0, palette::TEXT));
    body.spawn(bold(fonts, verdict.0, 22.0, verdict.1));
    body.spawn(text(fonts, f.feedback.clone(), 21.0, palette::TEXT));
    if !f.chose_best {
        body.spawn(bold(fonts, tr!("classroom-best-response"), 20.0, palette::MUTED));
        body.spawn(text(fonts, f.best.say.clone(), 21.0, palette::TEXT));
    }
    body.spawn(bold(fonts, tr!("classroom-how-voted"), 22.0, palette::TEXT));
    let counts = decided.counts();
    let total = decided.votes.len();
    for (shown, original) in decided.originals.iter().enumerate() {
        let say = scene.and_then(|s| s.choices.get(*original)).map(|c| c.say.clone()).unwrap_or_default();
        let mark = if shown == decided.played { format!("  ·  {}", tr!("classroom-played")) } else { String::new() };
        choice_line(body, fonts, format!("{}.  {say}", shown + 1), Some((counts[shown], total)), &mark);
    }
    if let Some(result) = room.scene_result(decided) {
        let mut summary = tr!("classroom-best-share", share = result.best_share);
        if let Some((say, n)) = &result.tempting {
            summary.push(' ');
            summary.push_str(&tr!("classroom-tempting", count = *n, said = quoted(say)));
        }
        body.spawn(text(fonts, summary, 20.0, palette::PRIMARY));
    }
}

fn debrief(body: &mut ChildSpawnerCommands, fonts: &UiFonts, room: &Room) {
    let Some(class) = room.debrief() else { return };
    body.spawn(bold(fonts, tr!("classroom-debrief", score = class.room_score), 28.0, palette::TEXT));
    if let Some(outcome) = room.session().debrief() {
        body.spawn(text(fonts, outcome.ending_text.clone(), 20.0, palette::MUTED));
    }
    for (scene, path) in class.scenes.iter().zip(path_lines(room)) {
        body.spawn(bold(fonts, path, 19.0, if scene.played_best { palette::GOOD } else { palette::TEXT }));
        let mut line = tr!("classroom-scene-share", share = scene.best_share, votes = scene.votes);
        if let Some((say, n)) = &scene.tempting {
            line.push(' ');
            line.push_str(&tr!("classroom-scene-tempting", count = *n, said = quoted(say)));
        }
        body.spawn(text(fonts, line, 19.0, palette::TEXT));
    }
    if let Some((people, mean, best)) = class.own_scores() {
        let line = tr!("classroom-own-scores", people = people, mean = mean, best = best);
        body.spawn(text(fonts, line, 19.0, palette::TEXT));
    }
    let reflection = &room.session().scenario().reflection;
    if !reflection.is_empty() {
        body.spawn(bold(fonts, tr!("classroom-talk-about-it"), 22.0, palette::TEXT));
        for question in reflection {
            body.spawn(text(fonts, format!("\u{2022} {question}"), 20.0, palette::TEXT));
        }
    }
}

/// One line per decided scene (`Room::decided_path`), in the language in use.
fn path_lines(room: &Room) -> Vec<String> {
    let line = |s: &crate::sim::classroom::PathStep| {
        let id = if s.best { "classroom-path-best" } else { "classroom-path-not-best" };
        tr!(id, number = s.number, said = &s.said)
    };
    room.decided_path().iter().map(line).collect()
}

fn join_panel(join: &mut ChildSpawnerCommands, fonts: &UiFonts, class: &Class, room: &Room, presenter: &Presenter) {
    join.spawn(bold(fonts, tr!("classroom-join"), 22.0, palette::TEXT));
    join.spawn((
        ImageNode::new(class.qr.clone()),
        Node { width: px(230), height: px(230), ..default() },
        spoken(Role::Image, tr!("classroom-qr", url = class.url())),
    ));
    join.spawn(bold(fonts, class.url(), 21.0, palette::PRIMARY));
    join.spawn(text(fonts, tr!("classroom-room-code"), 17.0, palette::MUTED));
    let spaced: String = room.code().chars().map(|c| format!("{c} ")).collect();
    join.spawn(bold(fonts, spaced.trim_end().to_owned(), 52.0, palette::TEXT));
    let joined = room.present().count();
    join.spawn(bold(fonts, tr!("classroom-joined", count = joined), 26.0, palette::TEXT));
    if room.is_locked() {
        join.spawn(bold(fonts, tr!("classroom-locked"), 17.0, palette::CAUTION));
    }
    if class.addresses.len() > 1 {
        let line = tr!("classroom-address", number = class.chosen + 1, total = class.addresses.len());
        join.spawn(text(fonts, line, 15.0, palette::MUTED));
    }
    if presenter.checklist {
        join.spawn(bold(fonts, tr!("classroom-nobody-joined"), 17.0, palette::CAUTION));
        for item in CHECKLIST {
            join.spawn(text(fonts, format!("\u{2022} {}", tr!(item)), 15.0, palette::TEXT));
        }
    }
    if let Some(selected) = presenter.people {
        join.spawn(bold(fonts, tr!("classroom-people"), 16.0, palette::TEXT));
        for (i, p) in room.present().enumerate() {
            let (mark, color) = if i == selected { ("\u{25b6} ", palette::PRIMARY) } else { ("   ", palette::TEXT) };
            join.spawn(text(fonts, format!("{mark}{}", p.name), 16.0, color));
        }
    }
}
