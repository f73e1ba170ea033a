//! The title screen: who is practicing, the run they left unfinished (resume or start over),
//! start, progress, change trainee, classroom, settings and quit.

use bevy::prelude::*;

use super::{Redraw, ScreenBuilder, on_screen, screen_root_for};
use crate::game::actions::{Action, Activate, Hotkey, start_run};
use crate::game::library::GameLibrary;
use crate::game::recorder::{LrsLink, Recorder};
use crate::game::saved::{Resumable, SavedRun, saved_run};
use crate::game::state::{ActiveRun, ClassroomPick, Screen, SettingsOpen, TitleNotice};
use crate::game::theme::Look;
use crate::game::ui::{bold, button, column, palette, panel, scroll_page, text};
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    on_screen(app, Screen::Title, spawn);
    app.init_resource::<LrsLink>();
    app.add_systems(Update, follow_waiting_results.run_if(in_state(Screen::Title)));
}

/// The line saying how many results wait for the organisation's LRS, and why.
#[derive(Component)]
struct WaitingToSend;

/// The sender works on its own thread: the line follows it, checked twice a second.
fn follow_waiting_results(
    link: Res<LrsLink>,
    time: Res<Time>,
    mut since: Local<f32>,
    mut lines: Query<(&mut Node, &Children), With<WaitingToSend>>,
    mut texts: Query<&mut Text>,
) {
    *since += time.delta_secs();
    if *since < 0.5 {
        return;
    }
    *since = 0.0;
    let note = link.0.waiting_note();
    for (mut node, children) in &mut lines {
        let display = if note.is_some() { Display::Flex } else { Display::None };
        if node.display != display {
            node.display = display;
        }
        for child in children {
            if let Ok(mut text) = texts.get_mut(*child)
                && let Some(note) = &note
                && text.0 != *note
            {
                text.0 = note.clone();
            }
        }
    }
}

/// What the saved-run panel says, by whether the run can be rebuilt exactly.
fn saved_note(saved: &SavedRun, source: &str) -> String {
    let done = saved.run.choices.len();
    let answered = tr!("common-scenes", count = done);
    match saved.state {
        Resumable::Ready(_) => tr!("title-saved-ready", answered = &answered, scene = saved.scene_number()),
        Resumable::Changed => tr!("title-saved-changed", answered = &answered),
        Resumable::Missing => tr!("title-saved-missing", answered = &answered, source = source),
    }
}

fn spawn(
    mut screen: ScreenBuilder,
    recorder: Res<Recorder>,
    library: Res<GameLibrary>,
    notice: Res<TitleNotice>,
    look: Res<Look>,
    link: Res<LrsLink>,
) {
    let fonts = screen.fresh();
    let commands = &mut screen.commands;
    let mut warnings: Vec<(String, Color)> = [
        (&notice.0, palette::BAD),
        (&recorder.problem, palette::BAD),
        (&recorder.notice, palette::CAUTION),
        (&look.problem, palette::CAUTION),
    ]
    .into_iter()
    .filter_map(|(message, color)| message.clone().map(|m| (m, color)))
    .collect();
    let trainee = recorder.trainee();
    // A store that cannot be read is said, not shown as "no unfinished run" (once, if the
    // warning above already names the same failure).
    let saved = saved_run(&recorder, &library).unwrap_or_else(|err| {
        if !warnings.iter().any(|(m, _)| m.contains(&err.0)) {
            warnings.push((tr!("title-unreadable-run", error = err.to_string()), palette::BAD));
        }
        None
    });
    let resumable = saved.as_ref().is_some_and(|s| matches!(s.state, Resumable::Ready(_)));
    commands.spawn(screen_root_for("Title screen", Screen::Title)).with_children(|root| {
        root.spawn(scroll_page()).with_children(|root| {
            for (message, color) in warnings {
                root.spawn((Node { max_width: px(1100), ..default() }, children![text(&fonts, message, 15.0, color)]));
            }
            let waiting = link.0.waiting_note();
            let display = if waiting.is_some() { Display::Flex } else { Display::None };
            root.spawn((
                Node { max_width: px(1100), display, ..default() },
                WaitingToSend,
                children![text(&fonts, waiting.unwrap_or_default(), 15.0, palette::CAUTION)],
            ));
            root.spawn(Node { flex_grow: 1.0, ..default() });
            root.spawn(bold(&fonts, tr!("common-app-name"), 64.0, palette::PRIMARY));
            root.spawn(text(&fonts, tr!("title-tagline"), 24.0, palette::TEXT));
            root.spawn(text(&fonts, tr!("title-subtitle"), 18.0, palette::MUTED));
            root.spawn(Node { height: px(8), ..default() });
            root.spawn(Node { column_gap: px(8), align_items: AlignItems::Baseline, ..default() }).with_children(|r| {
                r.spawn(text(&fonts, tr!("title-practicing-as"), 18.0, palette::MUTED));
                r.spawn(bold(&fonts, trainee.clone(), 20.0, palette::TEXT));
            });
            root.spawn((Node { width: px(560), ..column() },)).with_children(|buttons| {
                let mut number = 0;
                let mut add = |buttons: &mut ChildSpawnerCommands, label: String, action: Action, primary: bool| {
                    number += 1;
                    buttons.spawn((
                        button(&fonts, format!("{number}  {label}"), number as u32, primary, action, carry_out),
                        Hotkey(number),
                    ));
                };
                if let Some(saved) = &saved {
                    buttons.spawn(panel(percent(100))).with_children(|p| {
                        p.spawn(bold(&fonts, tr!("title-unfinished", title = &saved.title), 19.0, palette::TEXT));
                        p.spawn(text(&fonts, saved_note(saved, &library.source), 16.0, palette::TEXT));
                    });
                    match saved.state {
                        Resumable::Ready(_) => {
                            let label = tr!("title-resume-at", scene = saved.scene_number());
                            add(buttons, label, Action::ResumeSaved, true);
                            add(buttons, tr!("title-start-over"), Action::RestartSaved, false);
                        }
                        Resumable::Changed => add(buttons, tr!("title-start-over"), Action::RestartSaved, true),
                        Resumable::Missing => add(buttons, tr!("title-set-aside"), Action::DiscardSaved, false),
                    }
                }
                add(buttons, tr!("title-start-practicing"), Action::Start, !resumable);
                add(buttons, tr!("common-my-progress"), Action::ShowProgress, false);
                add(buttons, tr!("title-change-trainee"), Action::ChangeTrainee, false);
                add(buttons, tr!("title-classroom"), Action::Classroom, false);
                add(buttons, tr!("common-settings"), Action::Settings, false);
                add(buttons, tr!("title-quit"), Action::Quit, false);
            });
            root.spawn(Node { flex_grow: 1.0, ..default() });
            root.spawn(text(&fonts, tr!("title-keys"), 16.0, palette::MUTED));
        });
    });
}

/// Start, progress, change trainee and quit go where they say. Resume rebuilds the session
/// from seed and choices; start over abandons the saved run and plays the scenario afresh with
/// the same seed; set aside only stops offering it.
#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource or query it reads
fn carry_out(
    ev: On<Activate>,
    actions: Query<&Action>,
    library: Res<GameLibrary>,
    mut recorder: ResMut<Recorder>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<Redraw>,
    mut settings: ResMut<SettingsOpen>,
    mut exit: MessageWriter<AppExit>,
    mut commands: Commands,
) {
    let action = match actions.get(ev.entity) {
        Ok(Action::Start) => return next.set(Screen::Select),
        Ok(Action::ShowProgress) => return next.set(Screen::Progress),
        Ok(Action::Classroom) => {
            commands.insert_resource(ClassroomPick::default());
            return next.set(Screen::Select);
        }
        Ok(Action::ChangeTrainee) => return next.set(Screen::Trainees),
        Ok(Action::Settings) => {
            settings.0 = true;
            return;
        }
        Ok(Action::Quit) => {
            exit.write(AppExit::Success);
            return;
        }
        Ok(action @ (Action::ResumeSaved | Action::RestartSaved | Action::DiscardSaved)) => action,
        _ => return,
    };
    let Ok(Some(saved)) = saved_run(&recorder, &library) else { return };
    let scene = saved.scene_number();
    match (action, saved.state) {
        (Action::ResumeSaved, Resumable::Ready(session)) => {
            recorder.resume(saved.run.run_id);
            let notice = tr!("title-resumed", scene = scene);
            let file = saved.file.unwrap_or_default();
            commands.insert_resource(ActiveRun { session: *session, file, last: None, notice: Some(notice) });
            next.set(Screen::Scene);
        }
        (Action::RestartSaved, _) => {
            recorder.abandon(saved.run.run_id);
            if let Some(file) = saved.file
                && start_run(&mut commands, &mut recorder, &library, &file, saved.run.seed)
            {
                next.set(Screen::Scene);
            }
        }
        (Action::DiscardSaved, _) => {
            recorder.abandon(saved.run.run_id);
            redraw.0 = true;
        }
        // The file changed between drawing and clicking: show what is possible now.
        _ => redraw.0 = true,
    }
}
