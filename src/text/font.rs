//! Which characters the bundled Lato can draw, read from its `cmap` table, so a language the
//! font cannot show is refused with a message instead of drawing boxes.

use std::collections::BTreeSet;
use std::sync::OnceLock;

const LATO: &[u8] = include_bytes!("../../assets/fonts/Lato-Regular.ttf");

fn u16_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?)))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The code point ranges of a font's Unicode `cmap` subtable (format 4 or 12).
fn ranges(font: &[u8]) -> Option<Vec<(u32, u32)>> {
    let tables = u16_at(font, 4)? as usize;
    let cmap = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&at| font.get(at..at + 4) == Some(b"cmap"))
        .and_then(|at| u32_at(font, at + 8))? as usize;
    let subtables = u16_at(font, cmap + 2)? as usize;
    let mut best: Option<(u32, usize)> = None;
    for i in 0..subtables {
        let at = cmap + 4 + 8 * i;
        let (platform, encoding) = (u16_at(font, at)?, u16_at(font, at + 2)?);
        let offset = cmap + u32_at(font, at + 4)? as usize;
        let format = u16_at(font, offset)?;
        let unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
        if unicode && (format == 4 || format == 12) && best.is_none_or(|(f, _)| format > f) {
            best = Some((format, offset));
        }
    }
    let (format, at) = best?;
    let mut out = Vec::new();
    if format == 12 {
        for g in 0..u32_at(font, at + 12)? as usize {
            let group = at + 16 + 12 * g;
            out.push((u32_at(font, group)?, u32_at(font, group + 4)?));
        }
    } else {
        let segments = u16_at(font, at + 6)? as usize / 2;
        for s in 0..segments {
            let end = u16_at(font, at + 14 + 2 * s)?;
            let start = u16_at(font, at + 16 + 2 * segments + 2 * s)?;
            if start != 0xFFFF {
                out.push((start, end));
            }
        }
    }
    Some(out)
}

fn lato() -> &'static [(u32, u32)] {
    static RANGES: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    RANGES.get_or_init(|| ranges(LATO).unwrap_or_default())
}

/// Whether Lato has a glyph for `c` (spaces and line breaks need none).
fn font_covers(c: char) -> bool {
    c.is_whitespace() || c.is_control() || lato().iter().any(|&(start, end)| (start..=end).contains(&u32::from(c)))
}

/// The characters of `text` that Lato cannot draw, each once, in code point order.
pub fn missing_glyphs(text: &str) -> Vec<char> {
    text.chars().filter(|&c| !font_covers(c)).collect::<BTreeSet<char>>().into_iter().collect()
}
