//! The instructor's keys on the presenter machine; no instructor action exists over HTTP.
//! Space (or a clicker's Page Down / Right) takes the next step: open voting, close it, play
//! the room's answer, next scene. Each key calls the room's own rule and says what happened.

use std::time::Instant;

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::{CHECKLIST_AFTER, COUNTDOWN, Class, Presenter};
use crate::game::actions::number_pressed;
use crate::game::recorder::Recorder;
use crate::game::state::Screen;
use crate::sim::classroom::{Phase, RoomError};
use crate::tr;

/// What the instructor asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instruction {
    /// The next step of the scene, whatever it is now.
    Advance,
    ToggleTally,
    /// Play the choice shown at this 0-based position, whatever the room voted.
    Play(usize),
    /// Start the voting countdown (opening voting first if needed).
    Countdown,
    ToggleLock,
    /// Show or hide the participant list.
    People,
    /// Move the selection in the participant list (+1 down, -1 up).
    Select(i32),
    /// Take the selected participant out of the room.
    Remove,
    /// Show the next address phones might reach.
    NextAddress,
    /// Esc: ask, then end the session.
    End,
}

fn instruction(keys: &ButtonInput<KeyCode>) -> Option<Instruction> {
    let pressed = |k: KeyCode| keys.just_pressed(k);
    if keys.any_just_pressed([KeyCode::Space, KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::PageDown]) {
        return Some(Instruction::Advance);
    }
    if let Some(n) = number_pressed(keys) {
        return Some(Instruction::Play(n - 1));
    }
    let simple = [
        (KeyCode::KeyT, Instruction::ToggleTally),
        (KeyCode::KeyK, Instruction::Countdown),
        (KeyCode::KeyL, Instruction::ToggleLock),
        (KeyCode::KeyP, Instruction::People),
        (KeyCode::ArrowDown, Instruction::Select(1)),
        (KeyCode::ArrowUp, Instruction::Select(-1)),
        (KeyCode::Delete, Instruction::Remove),
        (KeyCode::KeyX, Instruction::Remove),
        (KeyCode::KeyA, Instruction::NextAddress),
        (KeyCode::Escape, Instruction::End),
    ];
    simple.iter().find(|(k, _)| pressed(*k)).map(|(_, i)| *i)
}

pub(super) fn plugin(app: &mut App) {
    let in_class = || in_state(Screen::Classroom).and_then(resource_exists::<Class>);
    app.add_systems(Update, read_keys.run_if(in_class()));
    // Before the screen looks for changes, so what the clock changed is drawn the same frame.
    app.add_systems(PreUpdate, follow_clock.before(super::view::follow_room).run_if(in_class()));
}

fn read_keys(world: &mut World) {
    let Some(instruction) = instruction(world.resource::<ButtonInput<KeyCode>>()) else { return };
    carry_out(world, instruction);
}

/// Does what the instructor asked, through the room's rules, and notes the outcome.
pub fn carry_out(world: &mut World, instruction: Instruction) {
    let class = world.resource::<Class>();
    let live = class.live.clone();
    let phase = live.read(|r| r.phase());
    let mut presenter = std::mem::take(&mut *world.resource_mut::<Presenter>());
    if instruction != Instruction::End {
        presenter.confirm_end = false;
    }
    let mut played = false;
    let outcome: Result<Option<String>, RoomError> = match instruction {
        Instruction::Advance => match phase {
            Phase::Waiting => live.change(|r| r.open_voting()).map(|_| None),
            Phase::Voting => {
                presenter.countdown = None;
                live.change(|r| r.close_voting()).map(|_| None)
            }
            Phase::Closed => {
                let result = live.change(|r| r.play(None).map(|_| ()));
                played = result.is_ok();
                result.map(|_| None)
            }
            Phase::Feedback => live.change(|r| r.next_scene()).map(|_| None),
            Phase::Over => Ok(Some(tr!("classroom-session-over"))),
        },
        Instruction::Play(n) if phase == Phase::Closed => {
            // Saved only when it was played: a number past the choices changes nothing.
            let result = live.change(|r| r.play(Some(n)).map(|_| ()));
            played = result.is_ok();
            result.map(|_| None)
        }
        Instruction::Play(_) if phase == Phase::Voting => Ok(Some(tr!("classroom-close-voting-first"))),
        Instruction::Play(_) => Ok(None),
        Instruction::ToggleTally => live
            .change(|r| {
                r.show_tally(!r.tally_visible());
                Ok(r.tally_visible())
            })
            .map(|shown| Some(tr!(if shown { "classroom-votes-shown" } else { "classroom-votes-hidden" }))),
        Instruction::Countdown => {
            let opened = if phase == Phase::Waiting { live.change(|r| r.open_voting()) } else { Ok(()) };
            opened.and_then(|_| match live.read(|r| r.phase()) {
                Phase::Voting => {
                    presenter.countdown = Some(Instant::now() + COUNTDOWN);
                    Ok(None)
                }
                other => Err(RoomError::NotNow(other)),
            })
        }
        Instruction::ToggleLock => live
            .change(|r| {
                r.lock(!r.is_locked());
                Ok(r.is_locked())
            })
            .map(|locked| Some(tr!(if locked { "classroom-room-locked" } else { "classroom-room-open" }))),
        Instruction::People => {
            presenter.people = if presenter.people.is_some() { None } else { Some(0) };
            Ok(None)
        }
        Instruction::Select(step) => {
            let count = live.read(|r| r.present().count());
            if let Some(at) = presenter.people.as_mut()
                && count > 0
            {
                *at = (*at as i32 + step).rem_euclid(count as i32) as usize;
            }
            Ok(None)
        }
        Instruction::Remove => match presenter.people {
            Some(at) => {
                let who = live.read(|r| r.present().nth(at).map(|p| (p.id, p.name.clone())));
                match who {
                    Some((id, name)) => {
                        let removed = live.change(|r| if r.remove(id) { Ok(()) } else { Err(RoomError::UnknownToken) });
                        // Keep the selection on the list after it shrank.
                        let left = live.read(|r| r.present().count());
                        presenter.people = Some(at.min(left.saturating_sub(1)));
                        removed.map(|_| Some(tr!("classroom-removed", name = &name)))
                    }
                    None => Ok(None),
                }
            }
            None => Ok(Some(tr!("classroom-press-p"))),
        },
        Instruction::NextAddress => {
            let mut class = world.resource_mut::<Class>();
            class.chosen = (class.chosen + 1) % class.addresses.len();
            let link = class.link();
            let qr = super::qr_image::add(world, &link);
            world.resource_mut::<Class>().qr = qr;
            Ok(Some(tr!("classroom-showing", link = link)))
        }
        Instruction::End if presenter.confirm_end => {
            world.resource_mut::<NextState<Screen>>().set(Screen::Title);
            Ok(None)
        }
        Instruction::End => {
            presenter.confirm_end = true;
            Ok(Some(tr!("classroom-confirm-end")))
        }
    };
    if played {
        live.read(|room| world.resource_mut::<Recorder>().record_class_scene(room));
    }
    if phase != Phase::Over && live.read(|r| r.phase()) == Phase::Over {
        live.read(|room| world.resource_mut::<Recorder>().finish_class(room));
    }
    presenter.message = match outcome {
        Ok(message) => message,
        Err(refused) => Some(crate::text::say(&refused.phrase())),
    };
    presenter.seen = None; // redraw
    *world.resource_mut::<Presenter>() = presenter;
}

/// The countdown closes voting when it runs out; the checklist appears when nobody has joined
/// after a minute. While counting down, frames keep coming so the seconds tick on screen.
fn follow_clock(world: &mut World) {
    let class = world.resource::<Class>();
    let (live, started) = (class.live.clone(), class.started);
    let nobody = live.read(|r| r.present().count() == 0);
    let now = Instant::now();
    let mut presenter = world.resource_mut::<Presenter>();
    if nobody && !presenter.checklist && now.duration_since(started) >= CHECKLIST_AFTER {
        presenter.checklist = true;
        presenter.seen = None;
    }
    if !nobody && presenter.checklist {
        presenter.checklist = false;
        presenter.seen = None;
    }
    let Some(deadline) = presenter.countdown else { return };
    if now >= deadline {
        presenter.countdown = None;
        presenter.seen = None;
        let _ = live.change(|r| r.close_voting());
    }
    world.write_message(RequestRedraw);
}
