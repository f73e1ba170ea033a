//! How the screens are drawn on this computer: text size, the high-contrast palette and reduced
//! motion, from the saved settings and the command line, applied at once when they change.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::text::RemSize;

use crate::store::settings::{self, Settings};

/// The font size every `ui::text` is written against: a text of size 20 is 1 rem.
pub const BASE_TEXT: f32 = 20.0;

/// The settings in force, where they are saved, and what went wrong reading or saving them.
#[derive(Resource, Debug, Clone, Default)]
pub struct Look {
    /// What the screens are drawn with: the saved settings with the command line's on top.
    pub settings: Settings,
    /// What this computer has saved; a session's command-line flags are never written.
    saved: Settings,
    /// `None`: not saved (headless tests, or no config folder on this system).
    pub path: Option<PathBuf>,
    /// A settings file that could not be read or written, said on the title and settings screens.
    pub problem: Option<String>,
}

/// The languages the settings offer, in order: those with a translation that the game's font
/// can draw (decided before the window opens).
#[derive(Resource, Clone, Debug, Default)]
pub struct LanguageChoices(pub Vec<String>);

/// What the command line asks for this session (a classroom PC set up for one person).
#[derive(Clone, Copy, Debug, Default)]
pub struct LookOverrides {
    pub text_size: Option<u16>,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

impl Look {
    /// The saved settings (or the defaults, with the reason), with the command line's on top.
    pub fn load(overrides: LookOverrides) -> Look {
        let path = settings::settings_path();
        let (saved, problem) = path.as_deref().map(settings::load).unwrap_or_default();
        let mut shown = saved.clone();
        if let Some(size) = overrides.text_size {
            shown.text_size = size;
        }
        shown.high_contrast |= overrides.high_contrast;
        shown.reduced_motion |= overrides.reduced_motion;
        Look { settings: shown, saved, path, problem }
    }

    /// Applies one change (the same to what is shown and what is saved) and saves it for this
    /// computer, leaving the rest of the saved settings as they were.
    pub fn change(&mut self, change: impl Fn(Settings) -> Settings) {
        self.settings = change(self.settings.clone());
        self.saved = change(self.saved.clone());
        self.problem = self.path.as_deref().and_then(|path| settings::save(path, self.saved.clone()).err());
    }

    /// The colour to draw for a palette colour: itself, or its high-contrast counterpart.
    pub fn ink(&self, color: Color) -> Color {
        if self.settings.high_contrast { high_contrast(color) } else { color }
    }
}

/// A calm palette; every text colour keeps at least 4.5:1 contrast on the surfaces it sits on.
pub mod palette {
    use bevy::color::Color;

    pub const BACKGROUND: Color = Color::srgb(0.957, 0.945, 0.918); // #F4F1EA
    pub const SURFACE: Color = Color::WHITE;
    pub const SURFACE_ALT: Color = Color::srgb(0.925, 0.937, 0.953); // #ECEFF3
    pub const TEXT: Color = Color::srgb(0.122, 0.161, 0.200); // #1F2933, 14:1 on white
    pub const MUTED: Color = Color::srgb(0.322, 0.376, 0.427); // #52606D, 6.3:1 on white
    pub const PRIMARY: Color = Color::srgb(0.114, 0.306, 0.537); // #1D4E89, white text 8.6:1
    pub const PRIMARY_HOVER: Color = Color::srgb(0.082, 0.239, 0.427);
    pub const ON_PRIMARY: Color = Color::WHITE;
    pub const FOCUS: Color = Color::srgb(0.910, 0.639, 0.239); // #E8A33D ring, never text
    pub const GOOD: Color = Color::srgb(0.106, 0.431, 0.227); // #1B6E3A, 6.4:1 on white
    pub const BAD: Color = Color::srgb(0.651, 0.106, 0.106); // #A61B1B, 7.3:1 on white
    pub const CAUTION: Color = Color::srgb(0.541, 0.353, 0.0); // #8A5A00, 5.6:1 on white
    pub const INFO: Color = PRIMARY;
    pub const BORDER: Color = Color::srgb(0.800, 0.820, 0.847);
}

/// The high-contrast palette: light text on black, body text at least 7:1 (WCAG AAA) on every
/// surface it sits on (see the tests). No colour here is also a normal palette colour, so
/// mapping a colour twice gives the same colour.
pub mod high {
    use bevy::color::Color;

    pub const BACKGROUND: Color = Color::srgb(0.0, 0.0, 0.0);
    pub const SURFACE: Color = Color::srgb(0.0, 0.0, 0.0);
    pub const SURFACE_ALT: Color = Color::srgb(0.122, 0.122, 0.122); // #1F1F1F
    pub const TEXT: Color = Color::srgb(0.980, 0.980, 0.980); // #FAFAFA
    pub const MUTED: Color = Color::srgb(0.851, 0.851, 0.851); // #D9D9D9
    pub const PRIMARY: Color = Color::srgb(1.0, 0.878, 0.400); // #FFE066
    pub const PRIMARY_HOVER: Color = TEXT;
    pub const ON_PRIMARY: Color = BACKGROUND;
    pub const FOCUS: Color = Color::srgb(0.200, 0.867, 1.0); // #33DDFF ring
    pub const GOOD: Color = Color::srgb(0.439, 0.910, 0.565); // #70E890
    pub const BAD: Color = Color::srgb(1.0, 0.620, 0.620); // #FF9E9E
    pub const CAUTION: Color = Color::srgb(1.0, 0.761, 0.400); // #FFC266
    pub const BORDER: Color = Color::srgb(0.749, 0.749, 0.749); // #BFBFBF
}

/// The high-contrast counterpart of a normal palette colour; other colours (the faces, the pause
/// shade) stay as they are.
pub fn high_contrast(color: Color) -> Color {
    let pairs = [
        (palette::BACKGROUND, high::BACKGROUND),
        (palette::SURFACE, high::SURFACE),
        (palette::SURFACE_ALT, high::SURFACE_ALT),
        (palette::TEXT, high::TEXT),
        (palette::MUTED, high::MUTED),
        (palette::PRIMARY, high::PRIMARY),
        (palette::PRIMARY_HOVER, high::PRIMARY_HOVER),
        (palette::FOCUS, high::FOCUS),
        (palette::GOOD, high::GOOD),
        (palette::BAD, high::BAD),
        (palette::CAUTION, high::CAUTION),
        (palette::BORDER, high::BORDER),
    ];
    // ON_PRIMARY is SURFACE (white), which becomes black either way.
    pairs.iter().find(|(normal, _)| *normal == color).map_or(color, |(_, high)| *high)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Look>();
    app.add_systems(PreUpdate, follow_look.run_if(resource_changed::<Look>));
    app.add_systems(PostUpdate, recolor);
}

/// Text size takes effect through the rem size every text is measured in (the screens redraw
/// themselves in the new colours when the palette switches, see `screens::plugin`).
fn follow_look(look: Res<Look>, rem: Option<ResMut<RemSize>>) {
    if let Some(mut rem) = rem {
        rem.set_if_neq(RemSize(BASE_TEXT * look.settings.text_scale()));
    }
}

type Recolored<'a> = (Option<Mut<'a, TextColor>>, Option<Mut<'a, BackgroundColor>>, Option<Mut<'a, BorderColor>>);
type Repainted = Or<(Changed<TextColor>, Changed<BackgroundColor>, Changed<BorderColor>)>;

/// In high contrast, every palette colour drawn (new, or changed in place) is drawn as its
/// counterpart. The mapping is idempotent, so a recoloured component stays put.
fn recolor(look: Res<Look>, mut drawn: Query<Recolored, Repainted>) {
    if !look.settings.high_contrast {
        return;
    }
    for (text, background, border) in &mut drawn {
        if let Some(mut text) = text {
            let ink = high_contrast(text.0);
            text.set_if_neq(TextColor(ink));
        }
        if let Some(mut background) = background {
            let ink = high_contrast(background.0);
            background.set_if_neq(BackgroundColor(ink));
        }
        if let Some(mut border) = border {
            let mapped = BorderColor {
                top: high_contrast(border.top),
                right: high_contrast(border.right),
                bottom: high_contrast(border.bottom),
                left: high_contrast(border.left),
            };
            border.set_if_neq(mapped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two opaque colours.
    fn contrast(a: Color, b: Color) -> f32 {
        let luminance = |c: Color| c.to_linear().luminance();
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Each text colour with every surface it is drawn on.
    fn text_on_surfaces(p: [Color; 9]) -> Vec<(&'static str, Color, Color)> {
        let [background, surface, surface_alt, text, muted, primary, good, bad, caution] = p;
        let mut pairs = Vec::new();
        for (name, ink) in
            [("text", text), ("muted", muted), ("primary", primary), ("good", good), ("bad", bad), ("caution", caution)]
        {
            for ground in [background, surface, surface_alt] {
                pairs.push((name, ink, ground));
            }
        }
        pairs
    }

    #[test]
    fn high_contrast_body_text_is_at_least_7_to_1_on_every_surface() {
        let p = [
            high::BACKGROUND,
            high::SURFACE,
            high::SURFACE_ALT,
            high::TEXT,
            high::MUTED,
            high::PRIMARY,
            high::GOOD,
            high::BAD,
            high::CAUTION,
        ];
        for (name, ink, ground) in text_on_surfaces(p) {
            let ratio = contrast(ink, ground);
            assert!(ratio >= 7.0, "{name} text is {ratio:.2}:1 on {ground:?}");
        }
        // The words on a primary button, focused or not.
        for ground in [high::PRIMARY, high::PRIMARY_HOVER] {
            assert!(contrast(high::ON_PRIMARY, ground) >= 7.0);
        }
        // The focus ring and borders are not text: 3:1 against what they sit on (WCAG 1.4.11).
        for ground in [high::BACKGROUND, high::SURFACE_ALT] {
            assert!(contrast(high::FOCUS, ground) >= 3.0);
            assert!(contrast(high::BORDER, ground) >= 3.0);
        }
    }

    #[test]
    fn the_normal_palette_keeps_text_at_4_5_to_1() {
        let p = [
            palette::BACKGROUND,
            palette::SURFACE,
            palette::SURFACE_ALT,
            palette::TEXT,
            palette::MUTED,
            palette::PRIMARY,
            palette::GOOD,
            palette::BAD,
            palette::CAUTION,
        ];
        for (name, ink, ground) in text_on_surfaces(p) {
            let ratio = contrast(ink, ground);
            assert!(ratio >= 4.5, "{name} text is {ratio:.2}:1 on {ground:?}");
        }
        assert!(contrast(palette::ON_PRIMARY, palette::PRIMARY_HOVER) >= 4.5);
    }

    #[test]
    fn mapping_twice_is_mapping_once() {
        let normal = [
            palette::BACKGROUND,
            palette::SURFACE,
            palette::SURFACE_ALT,
            palette::TEXT,
            palette::MUTED,
            palette::PRIMARY,
            palette::PRIMARY_HOVER,
            palette::ON_PRIMARY,
            palette::FOCUS,
            palette::GOOD,
            palette::BAD,
            palette::CAUTION,
            palette::BORDER,
        ];
        for color in normal {
            let once = high_contrast(color);
            assert_ne!(once, color, "{color:?} has a high-contrast counterpart");
            assert_eq!(high_contrast(once), once, "{once:?} maps to itself");
        }
    }

    #[test]
    fn a_change_saves_that_setting_but_not_the_sessions_flags() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let shown = Settings { text_size: 175, high_contrast: true, reduced_motion: false, language: None };
        let mut look =
            Look { settings: shown.clone(), saved: Settings::default(), path: Some(path.clone()), problem: None };
        look.change(|s| Settings { reduced_motion: true, ..s });
        assert_eq!(look.settings, Settings { reduced_motion: true, ..shown });
        let (saved, problem) = settings::load(&path);
        assert_eq!(problem, None);
        assert_eq!(
            saved,
            Settings { reduced_motion: true, ..Settings::default() },
            "--text-size and --high-contrast stay this session's"
        );
    }
}
