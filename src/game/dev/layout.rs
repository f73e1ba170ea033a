//! `--autoplay`'s layout check: for each screen shot, whether every text's drawn lines stay
//! inside the panel it sits in (and the window, outside scroll views), every control can be
//! reached and the focused one is in sight,
//! appended to `layout.txt` for the real-window test to read.

use std::io::Write;
use std::path::PathBuf;

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::ui::UiGlobalTransform;

use bevy::ui_widgets::ScrollArea;
use bevy::window::PrimaryWindow;

use crate::game::ui::{Focus, Focusable, Panel};

/// Set by autoplay when it shoots a screen: the screen's name and the report file.
#[derive(Resource, Default)]
pub struct LayoutCheck(pub Option<(String, PathBuf)>);

/// A box in physical pixels: left, top, right, bottom.
#[derive(Clone, Copy, Debug)]
struct Box4 {
    min: Vec2,
    max: Vec2,
}

impl std::fmt::Display for Box4 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.0},{:.0}-{:.0},{:.0}", self.min.x, self.min.y, self.max.x, self.max.y)
    }
}

/// The node's box, shrunk by its border (what a panel's content may fill).
fn inner_box(node: &ComputedNode, transform: &UiGlobalTransform) -> Box4 {
    let center = transform.translation;
    let half = node.size() / 2.0;
    Box4 { min: center - half + node.border.min_inset, max: center + half - node.border.max_inset }
}

/// Where the text's glyphs are drawn (they can spill past the node when its height was
/// measured at another width); the content box when there are none.
fn text_box(node: &ComputedNode, transform: &UiGlobalTransform, info: Option<&TextLayoutInfo>) -> Box4 {
    let outer = inner_box(node, transform);
    let corner = outer.min + node.padding.min_inset;
    let content = Box4 { min: corner, max: outer.max - node.padding.max_inset };
    let glyphs = info.map(|i| i.glyphs.as_slice()).unwrap_or_default();
    glyphs
        .iter()
        .fold(None, |drawn: Option<Box4>, g| {
            let half = g.atlas_info.rect.size() / 2.0;
            let (min, max) = (corner + g.position - half, corner + g.position + half);
            Some(drawn.map_or(Box4 { min, max }, |b| Box4 { min: b.min.min(min), max: b.max.max(max) }))
        })
        .unwrap_or(content)
}

fn inside(inner: Box4, outer: Box4, slack: f32) -> bool {
    inner.min.x >= outer.min.x - slack
        && inner.min.y >= outer.min.y - slack
        && inner.max.x <= outer.max.x + slack
        && inner.max.y <= outer.max.y + slack
}

/// Controls a trainee cannot reach: outside the window, or (in a scroll view, which may hide
/// rows above and below) cut off at its sides; and whether the focused control is in sight.
fn reachability(
    screen: &str,
    window: Box4,
    focus: Option<Entity>,
    controls: &Query<(Entity, &ComputedNode, &UiGlobalTransform), With<Focusable>>,
    areas: &Query<(&ComputedNode, &UiGlobalTransform), With<ScrollArea>>,
    parents: &Query<&ChildOf>,
) -> Vec<String> {
    let mut lines = Vec::new();
    for (entity, node, transform) in controls {
        let own = inner_box(node, transform);
        let area = parents.iter_ancestors(entity).find_map(|a| areas.get(a).ok());
        let area_box = area.map(|(n, t)| inner_box(n, t));
        let reachable = match area_box {
            None => inside(own, window, 1.5),
            Some(a) => own.min.x >= a.min.x - 1.5 && own.max.x <= a.max.x + 1.5,
        };
        if !reachable {
            lines.push(format!("offscreen {screen}: a control at {own} is cut off"));
        }
        if focus == Some(entity)
            && let Some(a) = area_box
        {
            let seen = if inside(own, a, 1.5) { "in view".to_owned() } else { format!("OUT OF VIEW {own} in {a}") };
            lines.push(format!("focus {screen}: {seen}"));
        }
    }
    lines
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each parameter is a resource or query it reads
pub fn check_layout(
    mut request: ResMut<LayoutCheck>,
    texts: Query<(Entity, &Text, &ComputedNode, &UiGlobalTransform, Option<&TextLayoutInfo>)>,
    panels: Query<(&ComputedNode, &UiGlobalTransform), With<Panel>>,
    parents: Query<&ChildOf>,
    focus: Res<Focus>,
    controls: Query<(Entity, &ComputedNode, &UiGlobalTransform), With<Focusable>>,
    areas: Query<(&ComputedNode, &UiGlobalTransform), With<ScrollArea>>,
    windows: Query<&Window, With<PrimaryWindow>>,
) {
    let Some((screen, path)) = request.0.take() else { return };
    // Rounding to physical pixels can leave a glyph a pixel over; more than that shows.
    const SLACK: f32 = 1.5;
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut in_panels = Vec::new();
    let window = windows
        .single()
        .ok()
        .map(|w| Box4 { min: Vec2::ZERO, max: Vec2::new(w.physical_width() as f32, w.physical_height() as f32) });
    for (entity, text, node, transform, info) in &texts {
        // A text drawn beyond its own box runs over what follows it (or is cut off), wherever it
        // is. An accent over a capital may rise above the line; a whole line more cannot hide.
        let own = inner_box(node, transform);
        let drawn = text_box(node, transform, info);
        let glyph = info.map_or(0.0, |i| i.glyphs.iter().map(|g| g.atlas_info.rect.height()).fold(0.0, f32::max));
        if !inside(drawn, own, (glyph / 2.0).max(SLACK)) {
            let words: String = text.0.chars().take(48).collect();
            problems.push(format!("clipped {screen}: {words:?} drawn at {drawn}, outside its own box {own}"));
        }
        // A text in a scroll view inside its panel may be scrolled out of sight, not spilled.
        let holder = parents.iter_ancestors(entity).find(|a| panels.contains(*a) || areas.contains(*a));
        if holder.is_some_and(|h| !panels.contains(h)) && parents.iter_ancestors(entity).any(|a| panels.contains(a)) {
            continue;
        }
        let Some(panel) = parents.iter_ancestors(entity).find(|a| panels.contains(*a)) else {
            // Outside a panel and a scroll view, a text must be drawn inside the window.
            let scrolls = parents.iter_ancestors(entity).any(|a| areas.contains(a));
            let drawn = text_box(node, transform, info);
            if let Some(window) = window.filter(|w| !scrolls && !inside(drawn, *w, SLACK)) {
                let words: String = text.0.chars().take(48).collect();
                problems.push(format!("offscreen {screen}: {words:?} drawn at {drawn}, outside the window {window}"));
            }
            continue;
        };
        let Ok((panel_node, panel_transform)) = panels.get(panel) else { continue };
        checked += 1;
        if !in_panels.contains(&panel) {
            in_panels.push(panel);
        }
        let (inside, drawn) = (inner_box(panel_node, panel_transform), text_box(node, transform, info));
        let out = drawn.min.x < inside.min.x - SLACK
            || drawn.min.y < inside.min.y - SLACK
            || drawn.max.x > inside.max.x + SLACK
            || drawn.max.y > inside.max.y + SLACK;
        if out {
            let words: String = text.0.chars().take(48).collect();
            problems.push(format!("overflow {screen}: {words:?} drawn at {drawn}, outside its panel {inside}"));
        }
    }
    if let Some(window) = window {
        problems.extend(reachability(&screen, window, focus.0, &controls, &areas, &parents));
    }
    let mut report = format!("{screen}: {checked} texts in {} panels\n", in_panels.len());
    for p in problems {
        report.push_str(&p);
        report.push('\n');
    }
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(report.as_bytes()));
    if let Err(err) = written {
        error!("autoplay: cannot write {}: {err}", path.display());
    }
}
