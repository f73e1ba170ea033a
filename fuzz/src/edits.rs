//! Structure-aware mutations: a bundled scenario edited at the level a trainer's typo works at
//! (swapped ids, changed numbers, lost or doubled lines and scenes), chosen by the fuzz input.
//!
//! Random bytes rarely get past the RON parser; edits of a real scenario reach validation, the
//! best-path search and the session with inputs that are almost right, where the bugs hide.

use super::check;

/// The bundled scenarios, in file-name order (`include_str!` so the targets need no files).
pub const BUNDLED: [&str; 12] = [
    include_str!("../../scenarios/airline-gate-delay.scenario.ron"),
    include_str!("../../scenarios/bank-fee-misunderstanding.scenario.ron"),
    include_str!("../../scenarios/car-repair-overcharge.scenario.ron"),
    include_str!("../../scenarios/clinic-front-desk-bad-day.scenario.ron"),
    include_str!("../../scenarios/cold-dinner-anniversary.scenario.ron"),
    include_str!("../../scenarios/i-want-your-manager.scenario.ron"),
    include_str!("../../scenarios/internet-outage-home-office.scenario.ron"),
    include_str!("../../scenarios/lost-order.scenario.ron"),
    include_str!("../../scenarios/retail-return-no-receipt.scenario.ron"),
    include_str!("../../scenarios/software-sync-chat.scenario.ron"),
    include_str!("../../scenarios/unrealistic-consulting-client.scenario.ron"),
    include_str!("../../scenarios/utility-bill-shock.scenario.ron"),
];

/// Numbers that sit on the edges the validator and the scoring care about.
const NUMBERS: [&str; 14] = [
    "0",
    "-1",
    "1",
    "99",
    "100",
    "101",
    "-100",
    "-101",
    "2147483647",
    "-2147483648",
    "2147483648",
    "1e9",
    "-0",
    "0x10",
];

/// The input read as a stream of small decisions; an exhausted input reads as zeros.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }

    /// A number in `0..n` (0 when `n` is 0), two bytes wide so long files are fully reachable.
    fn below(&mut self, n: usize) -> usize {
        let x = usize::from(self.byte()) << 8 | usize::from(self.byte());
        if n == 0 { 0 } else { x % n }
    }
}

/// Byte ranges in a scenario's text.
type Ranges = Vec<(usize, usize)>;

/// The byte ranges of a text's string literals, numbers and bare identifiers.
fn tokens(text: &str) -> (Ranges, Ranges, Ranges) {
    let (mut strings, mut numbers, mut words) = (Vec::new(), Vec::new(), Vec::new());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                strings.push((start, i));
            }
            b'-' | b'0'..=b'9' => {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                numbers.push((start, i));
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                words.push((start, i));
            }
            _ => i += 1,
        }
    }
    (strings, numbers, words)
}

/// The line ranges (start of line to after its newline) of a text.
fn lines(text: &str) -> Ranges {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// The byte ranges of whole scene entries: from a `"id": Scene(` or `Ending(` line to the line
/// that closes it at the same indent.
fn scene_blocks(text: &str) -> Ranges {
    let lines = lines(text);
    let mut out = Vec::new();
    for (n, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        let body = line.trim_start();
        if !(body.starts_with('"') && (body.contains("\": Scene(") || body.contains("\": Ending("))) {
            continue;
        }
        let indent = line.len() - body.len();
        let close = lines[n + 1..].iter().find(|&&(s, e)| {
            let l = &text[s..e];
            l.len() - l.trim_start().len() == indent && l.trim_start().starts_with(')')
        });
        if let Some(&(_, close_end)) = close {
            out.push((start, close_end));
        }
    }
    out
}

/// Applies up to eight edits chosen by `input` to a bundled scenario and returns the new text.
fn edit(input: &mut Input) -> String {
    let mut text = BUNDLED[usize::from(input.byte()) % BUNDLED.len()].to_owned();
    let count = input.byte() % 9;
    for _ in 0..count {
        let (strings, numbers, words) = tokens(&text);
        let pick = |input: &mut Input, v: &[(usize, usize)]| v.get(input.below(v.len())).copied();
        let replacement: Option<((usize, usize), String)> = match input.byte() % 10 {
            // Another string in its place: an id, a `next` or `start` now names something else.
            0 => pick(input, &strings).zip(pick(input, &strings)).map(|(a, b)| (a, text[b.0..b.1].to_owned())),
            // A bare identifier swapped for another: unknown strategies, outcomes, field names.
            1 => pick(input, &words).zip(pick(input, &words)).map(|(a, b)| (a, text[b.0..b.1].to_owned())),
            2 => pick(input, &numbers).map(|a| (a, NUMBERS[input.below(NUMBERS.len())].to_owned())),
            3 => pick(input, &lines(&text)).map(|a| (a, String::new())),
            4 => pick(input, &lines(&text)).map(|a| (a, text[a.0..a.1].repeat(2))),
            5 => pick(input, &scene_blocks(&text)).map(|a| (a, text[a.0..a.1].repeat(2))),
            6 => pick(input, &scene_blocks(&text)).map(|a| (a, String::new())),
            // A string emptied, or a list emptied: the validator's "empty" checks.
            7 => pick(input, &strings).map(|a| (a, "\"\"".to_owned())),
            8 => {
                let at = text.floor_char_boundary(input.below(text.len() + 1));
                let close = text[at..].find(']').map(|i| at + i);
                text[..at].rfind('[').zip(close).map(|(open, close)| ((open, close + 1), "[]".to_owned()))
            }
            // A raw byte: a stray character, or a cut in the middle of a token.
            _ => {
                let at = text.floor_char_boundary(input.below(text.len() + 1));
                let b = input.byte();
                Some(((at, at), char::from(b).to_string()))
            }
        };
        if let Some(((start, end), with)) = replacement {
            text.replace_range(start..end, &with);
        }
    }
    text
}

/// The second target: an edited bundled scenario; the rest of the input picks the run's choices.
pub fn scenario_edits(data: &[u8]) {
    let mut input = Input(data);
    let text = edit(&mut input);
    let _ = check::scenario(text.as_bytes(), input.0);
}
