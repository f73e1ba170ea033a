//! The customer's face, drawn with UI nodes: its expression and colour follow the mood in five
//! steps, and a word names the mood so colour is never the only cue.

use bevy::prelude::*;

use super::access::spoken;
use super::ui::{UiFonts, bold, palette};
use crate::tr;

/// Five steps of mood, from walking out to pleased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expression {
    Furious,
    Upset,
    Uneasy,
    Calm,
    Pleased,
}

impl Expression {
    pub fn from_mood(mood: i32) -> Self {
        match mood {
            ..=19 => Expression::Furious,
            20..=39 => Expression::Upset,
            40..=59 => Expression::Uneasy,
            60..=79 => Expression::Calm,
            _ => Expression::Pleased,
        }
    }

    /// The mood's word, in the language in use.
    pub fn word(self) -> String {
        tr!(match self {
            Expression::Furious => "portrait-furious",
            Expression::Upset => "portrait-upset",
            Expression::Uneasy => "portrait-uneasy",
            Expression::Calm => "portrait-calm",
            Expression::Pleased => "portrait-pleased",
        })
    }

    fn skin(self) -> Color {
        match self {
            Expression::Furious => Color::srgb(0.929, 0.620, 0.576),
            Expression::Upset => Color::srgb(0.957, 0.757, 0.600),
            Expression::Uneasy => Color::srgb(0.973, 0.871, 0.663),
            Expression::Calm => Color::srgb(0.820, 0.902, 0.725),
            Expression::Pleased => Color::srgb(0.714, 0.886, 0.741),
        }
    }
}

/// The meter's fill colour for a mood (the number and word sit beside it).
pub fn mood_color(mood: i32) -> Color {
    match Expression::from_mood(mood) {
        Expression::Furious => palette::BAD,
        Expression::Upset => palette::CAUTION,
        Expression::Uneasy => Color::srgb(0.541, 0.478, 0.0),
        Expression::Calm | Expression::Pleased => palette::GOOD,
    }
}

const INK: Color = Color::srgb(0.161, 0.161, 0.200);

fn eye() -> impl Bundle {
    (Node { width: px(14), height: px(14), border_radius: BorderRadius::all(px(7)), ..default() }, BackgroundColor(INK))
}

/// A brow above each eye; furious brows sit low and close, upset ones high.
fn brow(expression: Expression, left: bool) -> impl Bundle {
    let (top, visible) = match expression {
        Expression::Furious => (24.0, true),
        Expression::Upset => (18.0, true),
        _ => (0.0, false),
    };
    let x = if left { 26.0 } else { 68.0 };
    (
        Node {
            position_type: PositionType::Absolute,
            left: px(x),
            top: px(top),
            width: px(26),
            height: px(6),
            border_radius: BorderRadius::all(px(3)),
            ..default()
        },
        BackgroundColor(if visible { INK } else { Color::NONE }),
    )
}

fn mouth(expression: Expression) -> impl Bundle {
    let r = px(24);
    let (height, border, radius) = match expression {
        Expression::Pleased => (
            26.0,
            UiRect { left: px(5), right: px(5), bottom: px(5), top: px(0) },
            BorderRadius { bottom_left: r, bottom_right: r, ..default() },
        ),
        Expression::Calm => (
            12.0,
            UiRect { left: px(0), right: px(0), bottom: px(5), top: px(0) },
            BorderRadius { bottom_left: r, bottom_right: r, ..default() },
        ),
        Expression::Uneasy => (5.0, UiRect { bottom: px(5), ..default() }, BorderRadius::ZERO),
        Expression::Upset => (
            14.0,
            UiRect { left: px(4), right: px(4), top: px(5), bottom: px(0) },
            BorderRadius { top_left: r, top_right: r, ..default() },
        ),
        Expression::Furious => (
            22.0,
            UiRect { left: px(5), right: px(5), top: px(5), bottom: px(0) },
            BorderRadius { top_left: r, top_right: r, ..default() },
        ),
    };
    (
        Node {
            position_type: PositionType::Absolute,
            left: px(32),
            top: px(if height > 20.0 { 74.0 } else { 82.0 }),
            width: px(56),
            height: px(height),
            border,
            border_radius: radius,
            ..default()
        },
        BorderColor::all(INK),
        BackgroundColor(Color::NONE),
    )
}

/// A 120-pixel face with the mood's word under it (to a screen reader, an image of that word).
pub fn portrait(fonts: &UiFonts, mood: i32) -> impl Bundle {
    let expression = Expression::from_mood(mood);
    (
        Node { flex_direction: FlexDirection::Column, align_items: AlignItems::Center, row_gap: px(6), ..default() },
        spoken(accesskit::Role::Image, tr!("portrait-face", mood = expression.word())),
        children![
            (
                Node {
                    width: px(120),
                    height: px(120),
                    border: UiRect::all(px(3)),
                    border_radius: BorderRadius::all(px(60)),
                    ..default()
                },
                BackgroundColor(expression.skin()),
                BorderColor::all(INK),
                children![
                    brow(expression, true),
                    brow(expression, false),
                    (
                        Node { position_type: PositionType::Absolute, left: px(32), top: px(40), ..default() },
                        children![eye()]
                    ),
                    (
                        Node { position_type: PositionType::Absolute, left: px(74), top: px(40), ..default() },
                        children![eye()]
                    ),
                    mouth(expression),
                ],
            ),
            bold(fonts, expression.word(), 18.0, palette::TEXT),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_steps_cover_the_range() {
        let steps: Vec<Expression> =
            [0, 19, 20, 39, 40, 59, 60, 79, 80, 100].iter().map(|&m| Expression::from_mood(m)).collect();
        assert_eq!(steps[0], Expression::Furious);
        assert_eq!(steps[1], Expression::Furious);
        assert_eq!(steps[2], Expression::Upset);
        assert_eq!(steps[4], Expression::Uneasy);
        assert_eq!(steps[6], Expression::Calm);
        assert_eq!(steps[9], Expression::Pleased);
    }
}
