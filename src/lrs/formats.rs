//! The xAPI value formats: UUIDs, IRIs, RFC 5646 language tags, ISO 8601 durations and
//! timestamps, checked by hand (no regex engine needed for five small grammars).

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// 8-4-4-4-12 hexadecimal digits with the RFC 4122 variant (8, 9, a or b).
pub fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12].iter().zip(&parts).all(|(len, part)| is_hex(part, *len))
        && matches!(parts[3].as_bytes()[0].to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b')
}

/// An absolute IRI: a scheme, a colon and something after it, no spaces.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else { return false };
    let mut letters = scheme.chars();
    letters.next().is_some_and(|c| c.is_ascii_alphabetic())
        && letters.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.contains(char::is_whitespace)
}

pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts.next().is_some_and(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A number of units: digits with an optional fraction.
fn is_number(s: &str) -> bool {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, "0"));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// Designated numbers in order (`units` lists the allowed designators, each at most once).
fn designated(mut s: &str, units: &str) -> Option<usize> {
    let mut seen = 0;
    let mut allowed = units;
    while !s.is_empty() {
        let at = s.find(|c: char| c.is_ascii_alphabetic())?;
        let (number, rest) = s.split_at(at);
        let unit = rest.chars().next()?;
        let place = allowed.find(unit)?;
        if !is_number(number) {
            return None;
        }
        allowed = &allowed[place + 1..];
        s = &rest[1..];
        seen += 1;
    }
    Some(seen)
}

/// ISO 8601 duration as xAPI uses it: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, at least one part.
pub fn is_duration(s: &str) -> bool {
    let Some(body) = s.strip_prefix('P') else { return false };
    let (date, time) = match body.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (body, None),
    };
    let Some(date_parts) = designated(date, "YMWD") else { return false };
    match time {
        None => date_parts > 0,
        Some(time) => designated(time, "HMS").is_some_and(|n| n > 0),
    }
}

/// `YYYY-MM-DDThh:mm:ss[.f+]` followed by `Z` or `±hh:mm`.
pub fn is_timestamp(s: &str) -> bool {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let Some((date, time)) = s.split_once('T') else { return false };
    let d: Vec<&str> = date.split('-').collect();
    if d.len() != 3 || !digits(d[0], 4) || !digits(d[1], 2) || !digits(d[2], 2) {
        return false;
    }
    let (clock, zone) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, "00:00")
    } else if let Some(at) = time.rfind(['+', '-']) {
        (&time[..at], &time[at + 1..])
    } else {
        return false;
    };
    let z: Vec<&str> = zone.split(':').collect();
    let (clock, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let c: Vec<&str> = clock.split(':').collect();
    c.len() == 3
        && c.iter().all(|p| digits(p, 2))
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && z.len() == 2
        && z.iter().all(|p| digits(p, 2))
}
