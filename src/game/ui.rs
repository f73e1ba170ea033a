//! Palette, bundled fonts, widgets and the keyboard focus ring shared by every screen.

use bevy::ecs::observer::IntoEntityObserver;
use bevy::prelude::*;
use bevy::ui_widgets::{ScrollArea, ScrollIntoView};
use bevy::window::PrimaryWindow;

use super::actions::{Action, MouseMoved, SettingsMenu, activate_with, in_reach};
pub use super::actions::{Focus, Focusable};
use super::state::{Paused, SettingsOpen};
use super::theme::Look;

pub use super::theme::palette;

/// Lato (SIL OFL 1.1, see assets/fonts/OFL.txt), compiled in so the game runs from any folder.
#[derive(Resource, Clone, Default)]
pub struct UiFonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
}

/// Marks a button's normal background, restored when focus leaves it.
#[derive(Component, Clone, Copy)]
pub struct ButtonColors {
    pub normal: Color,
    pub focused: Color,
}

pub(super) fn plugin(app: &mut App) {
    // Loaded while building, so the first screen (entered before Startup systems run) has them.
    let fonts = app.world_mut().get_resource_mut::<Assets<Font>>().map(|mut fonts| UiFonts {
        regular: fonts.add(Font::from_bytes(include_bytes!("../../assets/fonts/Lato-Regular.ttf").to_vec())),
        bold: fonts.add(Font::from_bytes(include_bytes!("../../assets/fonts/Lato-Bold.ttf").to_vec())),
    });
    app.insert_resource(fonts.unwrap_or_default());
    app.add_systems(
        Update,
        (draw_focus, scale_to_window, page_keys_scroll, scroll_focus_into_view.after(super::actions::keyboard)),
    );
}

/// The part of a screen between its heading and its buttons: as tall as its content while that
/// fits, and scrolling (mouse wheel, Page Up and Page Down) when a long text needs more room, so
/// the buttons below it never leave the window.
pub fn scroll_body() -> impl Bundle {
    (
        Name::new("Scrolling body"),
        ScrollArea,
        Node {
            width: px(CONTENT_WIDTH),
            max_width: percent(100),
            flex_shrink: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(12),
            overflow: Overflow::scroll_y(),
            ..default()
        },
    )
}

/// A whole screen's content (but a button row kept below it), scrolling as one when large text
/// makes it taller than the window; it fills the window's height otherwise, so a screen can still
/// centre its content with growing spacers.
pub fn scroll_page() -> impl Bundle {
    (
        Name::new("Scrolling page"),
        ScrollArea,
        Node {
            width: percent(100),
            flex_grow: 1.0,
            flex_shrink: 1.0,
            min_height: px(0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(12),
            overflow: Overflow::scroll_y(),
            ..default()
        },
    )
}

/// A screen's heading with a note beside it, wrapping below it when they do not fit. A definite
/// width, so the wrapped row is measured at the width it is drawn at (see `CONTENT_WIDTH`).
pub fn heading_row() -> Node {
    Node { width: px(CONTENT_WIDTH), max_width: percent(100), flex_shrink: 0.0, ..row() }
}

/// Page Up and Page Down scroll the screen's scrolling parts by most of their height, so a
/// keyboard alone can read a text taller than the window; only the parts the keys can reach now
/// (the settings panel's while it is open, none of the screen's behind the pause menu).
fn page_keys_scroll(
    keys: Res<ButtonInput<KeyCode>>,
    paused: Res<Paused>,
    settings: Res<SettingsOpen>,
    mut areas: Query<(&ComputedNode, &mut ScrollPosition, Has<SettingsMenu>), With<ScrollArea>>,
) {
    let step = match (keys.just_pressed(KeyCode::PageDown), keys.just_pressed(KeyCode::PageUp)) {
        (true, false) => 0.8,
        (false, true) => -0.8,
        _ => return,
    };
    for (node, mut position, in_settings) in &mut areas {
        if !in_reach(paused.0, settings.0, false, in_settings) {
            continue;
        }
        let visible = node.size().y * node.inverse_scale_factor;
        let content = node.content_size().y * node.inverse_scale_factor;
        position.y = (position.y + step * visible).clamp(0.0, (content - visible).max(0.0));
    }
}

/// Keeps the focused control inside its scroll view: after a key moved the focus, and when a
/// screen opens with the focus on a control below the fold (large text), so Enter never picks
/// something out of sight. A control the mouse moved onto is already in sight. A new control
/// is scrolled to once it has been laid out.
fn scroll_focus_into_view(
    focus: Res<Focus>,
    pointer: Res<MouseMoved>,
    laid_out: Query<&ComputedNode>,
    mut pending: Local<Option<Entity>>,
    mut commands: Commands,
) {
    if focus.is_changed() && !pointer.0 {
        *pending = focus.0;
    }
    let Some(entity) = *pending else { return };
    match laid_out.get(entity) {
        Ok(node) if node.size() == Vec2::ZERO => {}
        Ok(_) => {
            commands.trigger(ScrollIntoView { entity });
            *pending = None;
        }
        Err(_) => *pending = None,
    }
}

/// Scales the whole UI with the window, so 1024x600 and 3840x2160 both read well.
fn scale_to_window(windows: Query<&Window, (With<PrimaryWindow>, Changed<Window>)>, scale: Option<ResMut<UiScale>>) {
    let Some(mut scale) = scale else { return };
    if let Ok(window) = windows.single() {
        let (w, h) = (window.width(), window.height());
        let fit = (w / 1280.0).min(h / 760.0).clamp(0.75, 3.0);
        if (scale.0 - fit).abs() > 0.01 {
            scale.0 = fit;
        }
    }
}

fn draw_focus(
    focus: Res<Focus>,
    look: Res<Look>,
    mut buttons: Query<(Entity, &ButtonColors, &mut BackgroundColor, &mut Outline), With<Focusable>>,
) {
    for (entity, colors, mut background, mut outline) in &mut buttons {
        let focused = focus.0 == Some(entity);
        let (bg, ring) = if focused { (colors.focused, palette::FOCUS) } else { (colors.normal, Color::NONE) };
        let (bg, ring) = (look.ink(bg), look.ink(ring));
        if background.0 != bg {
            background.0 = bg;
        }
        if outline.color != ring {
            outline.color = ring;
        }
    }
}

/// A text size in pixels at 100 %, scaled with the trainee's text size (see `theme`).
fn sized(pixels: f32) -> FontSize {
    FontSize::Rem(pixels / super::theme::BASE_TEXT)
}

pub fn text(fonts: &UiFonts, s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont { font: fonts.regular.clone().into(), font_size: sized(size), ..default() },
        TextColor(color),
        unrounded(),
    )
}

pub fn bold(fonts: &UiFonts, s: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont { font: fonts.bold.clone().into(), font_size: sized(size), ..default() },
        TextColor(color),
        unrounded(),
    )
}

/// A text's box is not rounded to whole pixels: the lines are broken at the width the text was
/// measured at, and a box a fraction of a pixel narrower broke a line that only just fitted
/// onto one more, drawn over what follows (seen with Spanish at 1024x600, UI scale 0.79).
fn unrounded() -> bevy::ui::LayoutConfig {
    bevy::ui::LayoutConfig { use_rounding: false }
}

/// The full-window root every screen hangs from.
pub fn screen_root() -> impl Bundle {
    (
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(24)),
            row_gap: px(12),
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(palette::BACKGROUND),
    )
}

/// The width of a screen's content. Always a definite width, never `percent(100)` capped by a
/// `max_width`: taffy works out a column item's height at its uncapped width, so text that
/// wraps at the capped width overflowed its panel (issue 10). The UI scale keeps the logical
/// window at least 1280 wide (see `scale_to_window`), so this fits; `max_width: percent(100)`
/// still shrinks it in a smaller window.
pub const CONTENT_WIDTH: f32 = 1100.0;

/// A node as wide as a screen's content, centred by the screen root.
pub fn content_node() -> Node {
    Node { width: px(CONTENT_WIDTH), max_width: percent(100), flex_shrink: 0.0, ..default() }
}

/// A shade over the whole window with a panel centred on it (the pause menu, the settings),
/// drawn above the screen at `layer`.
pub fn overlay(layer: i32) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(16)),
            ..default()
        },
        BackgroundColor(Color::srgba(0.1, 0.12, 0.15, 0.6)),
        GlobalZIndex(layer),
    )
}

/// Marks a panel, so the layout check can hold its texts to its box.
#[derive(Component, Clone, Copy, Debug)]
pub struct Panel;

/// A white card with a soft border; `width` as the caller's layout needs (`px(CONTENT_WIDTH)` on
/// a screen root). It never shrinks below its content, which would let text spill out of it.
pub fn panel(width: Val) -> impl Bundle {
    (Panel, panel_node(width), BackgroundColor(palette::SURFACE), BorderColor::all(palette::BORDER))
}

/// A panel's layout, for a panel that needs to differ in one respect (one that scrolls inside).
pub fn panel_node(width: Val) -> Node {
    Node {
        width,
        max_width: percent(100),
        flex_shrink: 0.0,
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(18)),
        row_gap: px(8),
        border: UiRect::all(px(1)),
        border_radius: BorderRadius::all(px(10)),
        ..default()
    }
}

/// A button that carries out `action` with its screen's `on_activate` observer, whether it is
/// clicked, chosen with Enter or reached by its number key.
pub fn button<M>(
    fonts: &UiFonts,
    label: impl Into<String>,
    order: u32,
    primary: bool,
    action: Action,
    on_activate: impl IntoEntityObserver<M> + Sync,
) -> impl Bundle {
    let (normal, focused, ink) = if primary {
        (palette::PRIMARY, palette::PRIMARY_HOVER, palette::ON_PRIMARY)
    } else {
        (palette::SURFACE, palette::SURFACE_ALT, palette::TEXT)
    };
    (
        Node {
            padding: UiRect::axes(px(18), px(10)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(8)),
            justify_content: JustifyContent::FlexStart,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(normal),
        BorderColor::all(if primary { palette::PRIMARY } else { palette::BORDER }),
        Outline { width: px(3), offset: px(2), color: Color::NONE },
        ButtonColors { normal, focused },
        Focusable { order },
        action,
        activate_with(on_activate),
        children![bold(fonts, label, 20.0, ink)],
    )
}

/// A short coloured tag with a word on it, so meaning never rests on colour alone.
pub fn badge(fonts: &UiFonts, label: impl Into<String>, color: Color) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(8), px(2)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(6)),
            ..default()
        },
        BorderColor::all(color),
        BackgroundColor(palette::SURFACE),
        children![bold(fonts, label, 15.0, color)],
    )
}

pub fn row() -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(10),
        align_items: AlignItems::Center,
        flex_wrap: FlexWrap::Wrap,
        ..default()
    }
}

pub fn column() -> Node {
    Node { flex_direction: FlexDirection::Column, row_gap: px(6), ..default() }
}
