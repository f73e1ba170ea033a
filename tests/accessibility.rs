//! What a screen reader is given, without a window: every control on every screen a button named
//! by its visible text, every other text a label, the mood meter with its value; a reader's
//! click picks a choice; the settings panel changes text size, contrast and motion at once.

use accesskit::Role;
use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::input::keyboard::KeyCode;
use bevy::prelude::*;
use bevy::text::RemSize;

use crate::game::{actions, app, best_shown, press, screen, texts, trigger};
use hold_the_line::game::Screen;
use hold_the_line::game::access::Summary;
use hold_the_line::game::actions::{Action, Focus, Focusable};
use hold_the_line::game::state::{ActiveRun, SettingsOpen};
use hold_the_line::game::theme::{Look, high};

/// The texts under a node, in order, with the pauses a reader makes between them.
fn visible_text(app: &mut App, entity: Entity) -> String {
    let world = app.world_mut();
    let mut children = world.query::<&Children>();
    let mut texts = world.query::<&Text>();
    let mut words = Vec::new();
    let mut stack = vec![entity];
    while let Some(e) = stack.pop() {
        if let Ok(t) = texts.get(world, e) {
            words.push(t.0.clone());
        }
        if let Ok(kids) = children.get(world, e) {
            stack.extend(kids.iter().rev());
        }
    }
    words.join(", ")
}

/// Every control a button labelled with its text; every text outside a control or summary a
/// label whose name is that text. Returns how many controls a reader is offered (those behind
/// the pause menu or the settings are hidden from it).
fn check_tree(app: &mut App, what: &str) -> usize {
    app.update();
    let world = app.world_mut();
    let controls: Vec<(Entity, Option<AccessibilityNode>)> = world
        .query_filtered::<(Entity, Option<&AccessibilityNode>), With<Focusable>>()
        .iter(world)
        .map(|(e, n)| (e, n.cloned()))
        .collect();
    assert!(!controls.is_empty(), "{what}: no controls");
    for (entity, node) in &controls {
        let shown = visible_text(app, *entity);
        let node = node.as_ref().unwrap_or_else(|| panic!("{what}: the control {shown:?} is not in the tree"));
        assert_eq!(node.role(), Role::Button, "{what}: {shown:?}");
        assert!(!shown.trim().is_empty(), "{what}: a control with no text");
        assert_eq!(node.label(), Some(shown.as_str()), "{what}: the control's name is not its text");
    }
    let world = app.world_mut();
    let mut summaries = world.query_filtered::<(), Or<(With<Summary>, With<Focusable>)>>();
    let mut parents = world.query::<&ChildOf>();
    let texts: Vec<(Entity, String, Option<AccessibilityNode>)> = world
        .query::<(Entity, &Text, Option<&AccessibilityNode>)>()
        .iter(world)
        .map(|(e, t, n)| (e, t.0.clone(), n.cloned()))
        .collect();
    for (entity, text, node) in texts {
        let mut up = entity;
        let mut inside = false;
        while let Ok(parent) = parents.get(world, up) {
            up = parent.parent();
            inside |= summaries.get(world, up).is_ok();
        }
        if inside || text.is_empty() {
            continue;
        }
        let node = node.unwrap_or_else(|| panic!("{what}: the text {text:?} is not in the tree"));
        assert_eq!((node.role(), node.value()), (Role::Label, Some(text.as_str())), "{what}");
    }
    controls.iter().filter(|(_, n)| n.as_ref().is_some_and(|n| !n.is_hidden())).count()
}

#[test]
fn every_control_on_every_screen_is_a_button_named_by_its_text() {
    let mut app = app();
    check_tree(&mut app, "title");
    trigger(&mut app, Action::Settings);
    assert_eq!(check_tree(&mut app, "settings"), 5, "the settings' 5 controls; the title's are hidden behind");
    press(&mut app, KeyCode::Escape);
    trigger(&mut app, Action::ChangeTrainee);
    check_tree(&mut app, "trainees");
    trigger(&mut app, Action::BackToTitle);
    trigger(&mut app, Action::Start);
    let cards = check_tree(&mut app, "select");
    assert!(cards > 4, "the select screen's cards and filters: {cards}");
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    let choices = app.world().resource::<ActiveRun>().session.current().unwrap().choices.len();
    assert_eq!(check_tree(&mut app, "scene"), choices);
    press(&mut app, KeyCode::Escape);
    assert_eq!(check_tree(&mut app, "pause menu"), 4, "the pause menu's 4; the choices under it are hidden");
    press(&mut app, KeyCode::Escape);
    let n = best_shown(&app);
    trigger(&mut app, Action::Choose(n));
    check_tree(&mut app, "feedback");
    while screen(&app) != Screen::Debrief {
        if screen(&app) == Screen::Scene {
            let n = best_shown(&app);
            trigger(&mut app, Action::Choose(n));
        } else {
            trigger(&mut app, Action::Continue);
        }
    }
    check_tree(&mut app, "debrief");
    trigger(&mut app, Action::ShowProgress);
    check_tree(&mut app, "progress");
}

#[test]
fn the_mood_meter_is_a_meter_whose_name_has_its_value() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    app.update();
    let mood = app.world().resource::<ActiveRun>().session.current().unwrap().mood;
    let world = app.world_mut();
    let meters: Vec<AccessibilityNode> =
        world.query::<&AccessibilityNode>().iter(world).filter(|n| n.role() == Role::Meter).cloned().collect();
    assert_eq!(meters.len(), 1);
    let label = meters[0].label().unwrap_or_default().to_owned();
    assert!(label.starts_with(&format!("Mood {mood}/100: ")), "{label}");
    assert_eq!(meters[0].numeric_value(), Some(f64::from(mood)));
    assert_eq!((meters[0].min_numeric_value(), meters[0].max_numeric_value()), (Some(0.0), Some(100.0)));
}

#[test]
fn feedback_items_are_read_with_their_kind() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    // The weakest answer misses strategies, so the feedback lists them.
    let worst = {
        let run = app.world().resource::<ActiveRun>();
        let p = run.session.current().unwrap();
        let scene = run.session.scenario().scene(&p.scene_id).unwrap();
        let catalog = run.session.catalog();
        let scores: Vec<i64> = p
            .choices
            .iter()
            .map(|c| {
                hold_the_line::sim::scoring::score_choice(scene, &scene.choices[c.original], catalog).points().net()
            })
            .collect();
        (0..scores.len()).min_by_key(|i| scores[*i]).unwrap()
    };
    trigger(&mut app, Action::Choose(worst));
    app.update();
    let feedback = app.world().resource::<ActiveRun>().last.clone().unwrap().0;
    let missed = feedback.missed.first().expect("the weakest answer misses a strategy");
    let world = app.world_mut();
    let items: Vec<String> = world
        .query::<&AccessibilityNode>()
        .iter(world)
        .filter(|n| n.role() == Role::ListItem)
        .filter_map(|n| n.label().map(str::to_owned))
        .collect();
    let wanted = format!("Missed: {}. {}", missed.name, missed.why);
    assert!(items.contains(&wanted), "{wanted:?} not among {items:#?}");
}

#[test]
fn focus_moves_the_screen_reader_focus_with_it() {
    let mut app = app();
    app.world_mut().init_resource::<bevy::input_focus::InputFocus>();
    press(&mut app, KeyCode::ArrowDown);
    app.update();
    let focus = app.world().resource::<Focus>().0.expect("a control has the ring");
    assert_eq!(app.world().resource::<bevy::input_focus::InputFocus>().get(), Some(focus));
    let world = app.world_mut();
    assert!(
        world.get::<AccessibilityNode>(focus).is_some_and(|n| n.label().is_some_and(|l| l.contains("My progress")))
    );
}

/// What AccessKit hands over when a reader's user "clicks" a control.
fn reader_clicks(app: &mut App, entity: Entity) {
    app.world_mut().write_message(ActionRequest(accesskit::ActionRequest {
        action: accesskit::Action::Click,
        target_tree: accesskit::TreeId::ROOT,
        target_node: accesskit::NodeId(entity.to_bits()),
        data: None,
    }));
    app.update();
    app.update();
}

#[test]
fn a_screen_readers_click_picks_a_choice_but_not_one_behind_the_pause_menu() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    let second = actions(&mut app).into_iter().find(|(_, a)| *a == Action::Choose(1)).unwrap().0;
    press(&mut app, KeyCode::Escape);
    reader_clicks(&mut app, second);
    assert_eq!(screen(&app), Screen::Scene, "a click behind the pause menu does nothing");
    press(&mut app, KeyCode::Escape);
    reader_clicks(&mut app, second);
    assert_eq!(screen(&app), Screen::Feedback);
    assert_eq!(app.world().resource::<ActiveRun>().last.as_ref().unwrap().1, 2, "the second choice was picked");
}

#[test]
fn settings_change_text_size_contrast_and_motion_at_once() {
    let mut app = app();
    app.world_mut().init_resource::<RemSize>();
    trigger(&mut app, Action::Settings);
    assert!(app.world().resource::<SettingsOpen>().0);
    assert!(texts(&mut app).contains("Text size: 100 %"));
    for _ in 0..4 {
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(app.world().resource::<Look>().settings.text_size, 200);
    assert!(texts(&mut app).contains("Text size: 200 %"));
    assert_eq!(app.world().resource::<RemSize>().0, 40.0, "every text is measured in rem: twice the size");
    let focus = app.world().resource::<Focus>().0.unwrap();
    assert_eq!(app.world().get::<Action>(focus), Some(&Action::LargerText), "the ring stays on the control used");

    press(&mut app, KeyCode::Digit2);
    app.update();
    assert!(app.world().resource::<Look>().settings.high_contrast);
    let world = app.world_mut();
    let backgrounds: Vec<Color> = world.query::<&BackgroundColor>().iter(world).map(|b| b.0).collect();
    assert!(backgrounds.contains(&high::BACKGROUND), "the title redrawn on black");
    assert!(!backgrounds.contains(&hold_the_line::game::ui::palette::BACKGROUND), "no normal background left");

    press(&mut app, KeyCode::Digit3);
    assert!(app.world().resource::<Look>().settings.reduced_motion);
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<SettingsOpen>().0, "Esc closes the settings");
    assert_eq!(screen(&app), Screen::Title, "and stays on the title");
}

#[test]
fn settings_open_from_the_pause_menu_and_close_back_to_it() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Digit4);
    assert!(app.world().resource::<SettingsOpen>().0, "4 in the pause menu opens the settings");
    press(&mut app, KeyCode::Digit1);
    assert_eq!(app.world().resource::<Look>().settings.text_size, 125, "1 is the settings' own first control");
    assert!(app.world().resource::<ActiveRun>().session.steps().is_empty(), "and no choice was made");
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<SettingsOpen>().0);
    assert!(app.world().resource::<hold_the_line::game::state::Paused>().0, "back in the pause menu");
    let focus = app.world().resource::<Focus>().0.unwrap();
    assert_eq!(app.world().get::<Action>(focus), Some(&Action::Settings), "the ring is back on Settings");
    press(&mut app, KeyCode::Digit1);
    assert_eq!(screen(&app), Screen::Scene);
    assert!(!app.world().resource::<hold_the_line::game::state::Paused>().0, "1 resumed the run");
}

#[test]
fn with_reduced_motion_the_mood_meter_jumps() {
    let mut app = app();
    app.world_mut().resource_mut::<Look>().settings.reduced_motion = true;
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Digit1);
    let n = best_shown(&app);
    trigger(&mut app, Action::Choose(n));
    app.update();
    let world = app.world_mut();
    let fills: Vec<hold_the_line::game::MoodFill> =
        world.query::<&hold_the_line::game::MoodFill>().iter(world).copied().collect();
    assert!(!fills.is_empty());
    for fill in fills {
        assert!(fill.from != fill.to, "the mood changed");
        assert!(fill.elapsed >= 0.8, "one frame and the fill is at its target");
    }
}

#[test]
fn the_presenters_qr_code_is_an_image_named_by_the_address_it_opens() {
    use hold_the_line::game::classroom::{Class, open_class};
    use std::net::{IpAddr, Ipv4Addr};
    let mut app = app();
    let file = app.world().resource::<hold_the_line::game::library::GameLibrary>().cards[0].file.clone();
    open_class(app.world_mut(), &file, 7, Some(IpAddr::V4(Ipv4Addr::LOCALHOST)), Some(0));
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Classroom);
    let url = app.world().resource::<Class>().url();
    let world = app.world_mut();
    let images: Vec<String> = world
        .query::<&AccessibilityNode>()
        .iter(world)
        .filter(|n| n.role() == Role::Image)
        .filter_map(|n| n.label().map(str::to_owned))
        .collect();
    assert!(images.iter().any(|l| l.contains(&url)), "no image names {url}: {images:?}");
}
