//! Finds where a value sits in RON text, so problems found after parsing point at a line and column.
//!
//! Serde hands us values without positions; rather than carry spans through every struct, the
//! validator names a problem by its path (`scenes."opening".choices[1].next`) and this walker
//! finds that path in the text. It runs only for files that have problems, so clean files pay
//! nothing for it.

use std::collections::HashMap;
use std::ops::Range;

/// One step of a path into a RON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    /// A named field of a struct: `start: ...`.
    Field(&'a str),
    /// The value under a string key of a map: `"opening": ...`.
    Key(&'a str),
    /// The key itself, not its value.
    KeyName(&'a str),
    /// An element of a list.
    Index(usize),
}

/// The byte range of the value at `path`, or of the deepest part of it that exists.
pub fn locate(text: &str, path: &[Seg]) -> Range<usize> {
    let mut walker = Walker { src: text.as_bytes(), pos: 0 };
    walker.skip_trivia();
    let mut found = walker.pos..walker.pos;
    for seg in path {
        match walker.descend(seg) {
            Some(range) => found = range,
            None => break,
        }
    }
    if found.is_empty() {
        let end = walker.value_end(found.start);
        found.end = end;
    }
    found
}

/// Where each scene of a scenario file sits: its key's range and its value's range, by id (the
/// first of duplicates, as `locate` finds). Built in one pass, so a file with thousands of
/// problems is located in linear time rather than rescanning the scenes map for each.
pub fn scene_index(text: &str) -> HashMap<String, (Range<usize>, Range<usize>)> {
    let mut index = HashMap::new();
    let mut walker = Walker { src: text.as_bytes(), pos: 0 };
    walker.skip_trivia();
    if walker.descend(&Seg::Field("scenes")).is_none() || walker.open() != Some(b'{') {
        return index;
    }
    while !walker.at_close() {
        let key_start = walker.pos;
        let Some(key) = walker.string() else { break };
        let key_end = walker.pos;
        walker.skip_trivia_no_comma();
        if walker.peek() == Some(b':') {
            walker.pos += 1;
        }
        walker.skip_trivia();
        let start = walker.pos;
        let end = walker.value_end(start);
        let id = String::from_utf8_lossy(&text.as_bytes()[key]).into_owned();
        index.entry(id).or_insert((key_start..key_end, start..end));
        walker.pos = end;
    }
    index
}

/// `locate` for the rest of a path below a value already found at `value`.
pub fn locate_within(text: &str, value: Range<usize>, rest: &[Seg]) -> Range<usize> {
    let mut walker = Walker { src: text.as_bytes(), pos: value.start };
    let mut found = value;
    for seg in rest {
        match walker.descend(seg) {
            Some(range) => found = range,
            None => break,
        }
    }
    found
}

/// 1-based line and column (in characters) of a byte offset, and the text of that line.
pub fn line_col(text: &str, offset: usize) -> (usize, usize, &str) {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = text[..offset].bytes().filter(|&b| b == b'\n').count() + 1;
    let column = text[line_start..offset].chars().count() + 1;
    (line, column, text[line_start..line_end].trim_end_matches('\r'))
}

struct Walker<'a> {
    src: &'a [u8],
    pos: usize,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r' | b',') => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    while self.pos < self.src.len() && !self.src[self.pos..].starts_with(b"*/") {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.src.len());
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let start = self.pos;
        if self.src[self.pos..].starts_with(b"r#") {
            self.pos += 2;
        }
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'_') {
            self.pos += 1;
        }
        (self.pos > start).then(|| std::str::from_utf8(&self.src[start..self.pos]).unwrap_or(""))
    }

    /// Skips a string literal (plain or raw) starting at `pos`; returns its contents' range.
    fn string(&mut self) -> Option<Range<usize>> {
        if self.peek() == Some(b'r') {
            let mut hashes = 0;
            let mut p = self.pos + 1;
            while self.src.get(p) == Some(&b'#') {
                hashes += 1;
                p += 1;
            }
            if self.src.get(p) != Some(&b'"') {
                return None;
            }
            let body = p + 1;
            let mut closing = vec![b'"'];
            closing.extend(std::iter::repeat_n(b'#', hashes));
            let end = self.src[body..].windows(closing.len()).position(|w| w == closing.as_slice())?;
            self.pos = body + end + closing.len();
            return Some(body..body + end);
        }
        if self.peek() != Some(b'"') {
            return None;
        }
        let body = self.pos + 1;
        let mut p = body;
        while let Some(&b) = self.src.get(p) {
            match b {
                b'\\' => p += 2,
                b'"' => {
                    self.pos = p + 1;
                    return Some(body..p);
                }
                _ => p += 1,
            }
        }
        self.pos = self.src.len();
        None
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) {
        self.skip_trivia();
        match self.peek() {
            Some(b'"') => {
                self.string();
            }
            Some(b'r') if matches!(self.src.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.string();
            }
            Some(b'(' | b'[' | b'{') => self.skip_group(),
            Some(b'\'') => {
                self.pos += 1;
                while let Some(b) = self.peek() {
                    self.pos += if b == b'\\' { 2 } else { 1 };
                    if b == b'\'' {
                        break;
                    }
                }
            }
            Some(_) => {
                let start = self.pos;
                while matches!(self.peek(), Some(b) if !matches!(b, b',' | b')' | b']' | b'}' | b'(' | b':' | b' ' | b'\n' | b'\t' | b'\r'))
                {
                    self.pos += 1;
                }
                if self.pos == start {
                    self.pos += 1;
                }
                self.skip_trivia_no_comma();
                if self.peek() == Some(b'(') {
                    self.skip_group();
                }
            }
            None => {}
        }
    }

    fn skip_trivia_no_comma(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Skips a bracketed group, minding strings and comments inside it.
    fn skip_group(&mut self) {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    self.pos += 1;
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                b'"' => {
                    self.string();
                }
                b'r' if matches!(self.src.get(self.pos + 1), Some(b'"' | b'#')) => {
                    if self.string().is_none() {
                        self.pos += 1;
                    }
                }
                b'/' => {
                    let before = self.pos;
                    self.skip_trivia();
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The end of the value starting at `start` (clipped to its first line by the caller).
    fn value_end(&mut self, start: usize) -> usize {
        self.pos = start;
        self.skip_value();
        self.pos.max(start + 1).min(self.src.len())
    }

    /// Opens the container at `pos` (skipping a struct or variant name) and returns its opener.
    fn open(&mut self) -> Option<u8> {
        self.skip_trivia();
        if matches!(self.peek(), Some(b) if b.is_ascii_alphabetic() || b == b'_') {
            self.ident();
            self.skip_trivia_no_comma();
        }
        let opener = self.peek()?;
        if matches!(opener, b'(' | b'[' | b'{') {
            self.pos += 1;
            Some(opener)
        } else {
            None
        }
    }

    fn at_close(&mut self) -> bool {
        self.skip_trivia();
        matches!(self.peek(), None | Some(b')' | b']' | b'}'))
    }

    /// Moves into the child named by `seg`; returns the child's range, leaving `pos` at it.
    fn descend(&mut self, seg: &Seg) -> Option<Range<usize>> {
        let opener = self.open()?;
        loop {
            if self.at_close() {
                return None;
            }
            match (seg, opener) {
                (Seg::Index(n), b'[' | b'(') => {
                    for _ in 0..*n {
                        self.skip_value();
                        if self.at_close() {
                            return None;
                        }
                    }
                    self.skip_trivia();
                    let start = self.pos;
                    let end = self.value_end(start);
                    self.pos = start;
                    return Some(start..end);
                }
                (Seg::Field(name), b'(') => {
                    let key_start = self.pos;
                    let key = self.ident().map(str::to_owned);
                    self.skip_trivia_no_comma();
                    if key.is_some() && self.peek() == Some(b':') {
                        self.pos += 1;
                        self.skip_trivia();
                        if key.as_deref() == Some(*name) {
                            let start = self.pos;
                            let end = self.value_end(start);
                            self.pos = start;
                            return Some(start..end);
                        }
                    } else {
                        self.pos = key_start;
                    }
                    self.skip_value();
                }
                (Seg::Key(name) | Seg::KeyName(name), b'{') => {
                    let key_start = self.pos;
                    let key = self.string();
                    let key_end = self.pos;
                    let matches = key.is_some_and(|r| &self.src[r] == name.as_bytes());
                    self.skip_trivia_no_comma();
                    if self.peek() == Some(b':') {
                        self.pos += 1;
                    }
                    self.skip_trivia();
                    if matches {
                        if matches!(seg, Seg::KeyName(_)) {
                            return Some(key_start..key_end);
                        }
                        let start = self.pos;
                        let end = self.value_end(start);
                        self.pos = start;
                        return Some(start..end);
                    }
                    self.skip_value();
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
#[path = "locate_tests.rs"]
mod tests;
