//! Turning a trainer file's bytes into text: UTF-8 with or without a byte-order mark loads; any
//! other encoding gets a located message that names it and says how to save as UTF-8.

use super::diagnostic::{Diagnostic, Phrase, Severity, Span};
use super::locate::line_col;
use crate::phrase;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's text, without a UTF-8 byte-order mark (editors do not count it as a column).
pub fn decode_text(path: &str, bytes: &[u8]) -> Result<String, Diagnostic> {
    if let Some((name, big_endian)) = utf16_name(bytes) {
        return Err(problem(
            path,
            Span { line: 1, column: 1, width: 1 },
            phrase!("files-not-utf8-utf16", encoding = name),
            first_utf16_line(bytes, big_endian),
        ));
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let good = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            let (line, column, source_line) = line_col(good, good.len());
            let byte = bytes[err.valid_up_to()];
            Err(problem(
                path,
                Span { line, column, width: 1 },
                phrase!("files-not-utf8", byte = format!("0x{byte:02X}"), guess = legacy_guess(bytes)),
                source_line.to_owned(),
            ))
        }
    }
}

/// Strips a leading byte-order mark from text that is already decoded.
pub fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// The hint says what to do in the words of the editors trainers use (Notepad, VS Code).
fn problem(path: &str, span: Span, message: Phrase, source_line: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code: "not-utf8",
        file: path.to_owned(),
        span,
        message,
        label: Some(phrase!("files-not-utf8-label")),
        hint: Some(phrase!("files-not-utf8-hint")),
        source_line,
    }
}

/// UTF-16 by its byte-order mark, or by the zero bytes that ASCII text has in every other place;
/// with whether it is big-endian. The name says what Notepad calls it, so the trainer finds it.
fn utf16_name(bytes: &[u8]) -> Option<(Phrase, bool)> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some((phrase!("files-utf16-le-bom"), false));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some((phrase!("files-utf16-be-bom"), true));
    }
    let sample = &bytes[..bytes.len().min(512)];
    if sample.len() >= 4 {
        let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
        let half = sample.len() / 2;
        if zeros_at(1) * 10 >= half * 9 {
            return Some((phrase!("files-utf16-le"), false));
        }
        if zeros_at(0) * 10 >= half * 9 {
            return Some((phrase!("files-utf16-be"), true));
        }
    }
    None
}

/// The file's first line, decoded from UTF-16, so the message shows the trainer their own text.
fn first_utf16_line(bytes: &[u8], big_endian: bool) -> String {
    let units: Vec<u16> =
        bytes
            .chunks_exact(2)
            .map(|pair| {
                if big_endian { u16::from_be_bytes([pair[0], pair[1]]) } else { u16::from_le_bytes([pair[0], pair[1]]) }
            })
            .take(200)
            .collect();
    let text = String::from_utf16_lossy(&units);
    text.trim_start_matches('\u{FEFF}').lines().next().unwrap_or_default().to_owned()
}

/// Which older encoding the bytes most likely are, said as the trainer's editor would say it.
fn legacy_guess(bytes: &[u8]) -> Phrase {
    let high = bytes.iter().filter(|&&b| b >= 0x80);
    if high.clone().any(|&b| (0x80..0xA0).contains(&b)) {
        phrase!("files-looks-like-windows-1252")
    } else if high.count() > 0 {
        phrase!("files-looks-like-latin1")
    } else {
        phrase!("files-looks-like-other")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_bom_is_skipped() {
        assert_eq!(decode_text("a.ron", b"\xEF\xBB\xBFScenario(").unwrap(), "Scenario(");
        assert_eq!(without_bom("\u{FEFF}x".into()), "x");
    }

    /// Which UTF-16 a diagnostic names (the id of its nested phrase).
    fn utf16_named(d: &Diagnostic) -> String {
        assert_eq!(d.message.id, "files-not-utf8-utf16", "{d:?}");
        d.message.arg_text("encoding")
    }

    #[test]
    fn utf16_is_named_with_its_byte_order() {
        let le: Vec<u8> = "Scenario(".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode_text("a.ron", &[b"\xFF\xFE".as_slice(), &le].concat()).unwrap_err();
        assert_eq!(utf16_named(&d), "files-utf16-le-bom");
        assert_eq!(d.hint.as_ref().map(|h| h.id), Some("files-not-utf8-hint"));
        assert_eq!(d.source_line, "Scenario(");
        assert_eq!(utf16_named(&decode_text("a.ron", &le).unwrap_err()), "files-utf16-le");
        let be: Vec<u8> = "Scenario(".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_named(&decode_text("a.ron", &be).unwrap_err()), "files-utf16-be");
        let be_bom = [b"\xFE\xFF".as_slice(), &be].concat();
        assert_eq!(utf16_named(&decode_text("a.ron", &be_bom).unwrap_err()), "files-utf16-be-bom");
    }

    #[test]
    fn windows_1252_is_located_at_its_first_byte() {
        // "café" in Windows-1252 on line 2, column 14: `é` is 0xE9, and 0x93 is a curly quote.
        let bytes = b"Scenario(\n  title: \"Caf\xE9 \x93x\x94\",\n)";
        let d = decode_text("a.ron", bytes).unwrap_err();
        assert_eq!((d.span.line, d.span.column), (2, 14));
        assert_eq!((d.code, d.message.id), ("not-utf8", "files-not-utf8"));
        assert_eq!(d.message.arg_text("byte"), "0xE9");
        assert_eq!(d.message.arg_text("guess"), "files-looks-like-windows-1252");
        assert_eq!(d.source_line, "  title: \"Caf");
    }

    #[test]
    fn latin1_without_windows_bytes_is_named_latin1() {
        let d = decode_text("a.ron", b"x: \"na\xEFve\"").unwrap_err();
        assert_eq!(d.message.arg_text("guess"), "files-looks-like-latin1", "{d:?}");
    }
}
