//! What a screen reader sees: every UI node in the accessibility tree (AccessKit, which Bevy
//! hands to AT-SPI, UI Automation or NSAccessibility), each control a button named by its text,
//! the keyboard focus as the reader's focus, and the reader's "click" as the same `Activate`
//! that Enter fires. Labels are set here from the texts, and follow them when they change.

use accesskit::{Action as ReaderAction, Node as ReaderNode, Role};
use bevy::a11y::{AccessibilityNode, AccessibilitySystems, ActionRequest};
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollIntoView;
use bevy::window::RequestRedraw;

use super::actions::{Activate, Focus, Focusable, PauseMenu, SettingsMenu, in_reach};
use super::state::{Paused, SettingsOpen};

/// A node that speaks for everything inside it (a control, the mood meter, a feedback item):
/// its descendants stay out of the tree, so a reader says it once.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct Summary;

/// A summary whose label its screen wrote (not simply its texts joined). Kept here as well as
/// in the node: Bevy renames an image after its (absent) texts whenever the image changes.
#[derive(Component, Clone, Debug, Default)]
pub struct OwnLabel(pub String);

/// A node with this role and label, speaking for its descendants.
pub fn spoken(role: Role, label: impl Into<String>) -> impl Bundle {
    let label = label.into();
    let mut node = ReaderNode::new(role);
    node.set_label(label.clone());
    (Summary, OwnLabel(label), AccessibilityNode(node))
}

/// An overlay (the pause menu, the settings) as a reader's modal dialog with its title.
pub fn dialog(title: &str) -> impl Bundle {
    let mut node = ReaderNode::new(Role::Dialog);
    node.set_label(title);
    node.set_modal();
    AccessibilityNode(node)
}

/// A meter (the customer's mood) read as its words, with its number for a reader's value.
pub fn meter(label: impl Into<String>, value: i32, range: std::ops::RangeInclusive<i32>) -> impl Bundle {
    let label = label.into();
    let mut node = ReaderNode::new(Role::Meter);
    node.set_label(label.clone());
    node.set_numeric_value(f64::from(value));
    node.set_min_numeric_value(f64::from(*range.start()));
    node.set_max_numeric_value(f64::from(*range.end()));
    (Summary, OwnLabel(label), AccessibilityNode(node))
}

/// A toggle's state, for a reader to say "pressed" or "not pressed" (the filter chips, settings).
#[derive(Component, Clone, Copy, Debug)]
pub struct Pressed(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ActionRequest>();
    app.add_message::<RequestRedraw>();
    // Right after Bevy collects the requests: a reactive window may run no other frame first.
    app.add_systems(PostUpdate, reader_actions.after(AccessibilitySystems::Update));
    // New nodes join the tree before Bevy gives tree nodes their screen bounds; the labels are
    // set after Bevy's own naming (which renames images) and before the tree is sent.
    app.add_systems(PostUpdate, describe_new_nodes.before(bevy::ui::UiSystems::PostLayout));
    app.add_systems(
        PostUpdate,
        (controls_follow_texts, labels_follow_texts, keep_own_labels, follow_focus)
            .chain()
            .after(bevy::ui::UiSystems::PostLayout)
            .before(AccessibilitySystems::Update),
    );
}

/// The texts under a node, in order: what a sighted trainee reads on it. Joined by commas, which
/// a reader speaks as pauses (a card's title, setting, difficulty and length).
pub fn visible_text(entity: Entity, children: &Query<&Children>, texts: &Query<&Text>) -> String {
    let mut words = Vec::new();
    if let Ok(text) = texts.get(entity) {
        words.push(text.0.clone());
    }
    for child in children.iter_descendants_depth_first(entity) {
        if let Ok(text) = texts.get(child) {
            words.push(text.0.clone());
        }
    }
    words.join(", ")
}

type NewNode = (Added<Node>, Without<AccessibilityNode>);
type SpeaksForChildren = Or<(With<Summary>, With<Focusable>)>;
type NamedByTexts = (With<Focusable>, Without<OwnLabel>);
type Control<'a> = (Entity, &'a mut AccessibilityNode, Option<&'a Pressed>, Has<PauseMenu>, Has<SettingsMenu>);
type ChangedLabel = (Changed<Text>, Without<Summary>);

/// Every new node gets its place in the tree: a control is a button, a text a label, anything
/// else a container the reader passes through; nothing inside a summary is added.
fn describe_new_nodes(
    new: Query<(Entity, Has<Focusable>, Has<Text>), NewNode>,
    summaries: Query<(), SpeaksForChildren>,
    parents: Query<&ChildOf>,
    mut commands: Commands,
) {
    for (entity, control, text) in &new {
        if parents.iter_ancestors(entity).any(|a| summaries.contains(a)) {
            continue;
        }
        let node = if control {
            let mut node = ReaderNode::new(Role::Button);
            node.add_action(ReaderAction::Click);
            node.add_action(ReaderAction::Focus);
            node
        } else if text {
            ReaderNode::new(Role::Label)
        } else {
            ReaderNode::new(Role::GenericContainer)
        };
        commands.entity(entity).try_insert(AccessibilityNode(node));
    }
}

/// A control's name is its visible text, kept up to date as that text changes (a choice
/// reshuffled, a toggle switched, a scenario edited while the game runs). A control out of reach
/// (behind the pause menu or the settings) is hidden from the reader, as it is from the keys.
fn controls_follow_texts(
    mut controls: Query<Control, NamedByTexts>,
    children: Query<&Children>,
    texts: Query<&Text>,
    paused: Res<Paused>,
    settings: Res<SettingsOpen>,
) {
    for (entity, mut node, pressed, in_pause_menu, in_settings) in &mut controls {
        let hidden = !in_reach(paused.0, settings.0, in_pause_menu, in_settings);
        if node.is_hidden() != hidden {
            if hidden { node.set_hidden() } else { node.clear_hidden() }
        }
        let label = visible_text(entity, &children, &texts);
        if node.label() != Some(label.as_str()) {
            node.set_label(label);
        }
        let toggled = pressed.map(|p| if p.0 { accesskit::Toggled::True } else { accesskit::Toggled::False });
        if node.toggled() != toggled {
            match toggled {
                Some(state) => node.set_toggled(state),
                None => node.clear_toggled(),
            }
        }
    }
}

/// A label a screen wrote stays, whatever Bevy's own naming did this frame.
fn keep_own_labels(mut nodes: Query<(&OwnLabel, &mut AccessibilityNode), Changed<AccessibilityNode>>) {
    for (own, mut node) in &mut nodes {
        if node.label() != Some(own.0.as_str()) {
            node.set_label(own.0.clone());
        }
    }
}

/// A text outside any control reads as itself (a label's name is its value in AccessKit).
fn labels_follow_texts(mut labels: Query<(&Text, &mut AccessibilityNode), ChangedLabel>) {
    for (text, mut node) in &mut labels {
        if node.role() == Role::Label && node.value() != Some(text.0.as_str()) {
            node.set_value(text.0.clone());
        }
    }
}

/// The reader's focus is the control our focus ring is on (with none, the window itself: Bevy
/// sends no tree while the focus rests on an entity without a node).
fn follow_focus(focus: Res<Focus>, input: Option<ResMut<InputFocus>>, nodes: Query<(), With<AccessibilityNode>>) {
    let Some(mut input) = input else { return };
    let wanted = focus.0.filter(|e| nodes.contains(*e));
    if input.get() != wanted {
        match wanted {
            Some(entity) => input.set(entity, FocusCause::Navigated),
            None => input.clear(),
        }
    }
}

/// A reader's "click" activates the control as Enter would; its "focus" moves our focus.
/// Only the controls the keyboard can reach now answer (not a choice behind the pause menu).
/// Each request earns a frame: what it changed (a panel opening, a toggle) is drawn in the next
/// one, which a reactive window would otherwise not run until the next input.
fn reader_actions(
    mut requests: MessageReader<ActionRequest>,
    mut redraw: MessageWriter<RequestRedraw>,
    controls: Query<(Has<PauseMenu>, Has<SettingsMenu>), With<Focusable>>,
    paused: Res<Paused>,
    settings: Res<SettingsOpen>,
    mut focus: ResMut<Focus>,
    mut commands: Commands,
) {
    for request in requests.read() {
        debug!("screen reader asks {:?} on {:?}", request.action, request.target_node);
        redraw.write(RequestRedraw);
        let Some(entity) = Entity::try_from_bits(request.target_node.0) else { continue };
        let Ok((in_pause_menu, in_settings)) = controls.get(entity) else { continue };
        if !in_reach(paused.0, settings.0, in_pause_menu, in_settings) {
            continue;
        }
        match request.action {
            ReaderAction::Click => {
                focus.0 = Some(entity);
                commands.trigger(Activate { entity });
            }
            ReaderAction::Focus => focus.0 = Some(entity),
            ReaderAction::ScrollIntoView => commands.trigger(ScrollIntoView { entity }),
            _ => {}
        }
    }
}
