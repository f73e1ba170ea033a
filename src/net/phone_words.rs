//! The phone page in the class's language: `phone.html` is a template whose marks in double
//! braces the server fills in for each request. Static text (headings, labels, the title) is put
//! in as escaped HTML, so the page reads right before any script runs; the sentences the script
//! builds come as one JSON object of every `phone-*` message, with each value left as `{name}`
//! for the script to fill in.

use fluent_bundle::FluentArgs;
use serde_json::{Map, Value, json};

use crate::text::Texts;

/// The page phones load: one file, no outside requests. A template that `phone_page` fills in
/// with the class's language.
pub const PHONE_PAGE: &str = include_str!("phone.html");

/// The English phone messages. Their ids and variables are read from here: every language has
/// the same ones (src/text's tests hold Spanish to it).
const ENGLISH: &str = include_str!("../../locales/en/phone.ftl");

/// Counts a plural message is formatted with: at least one of every plural category of the
/// languages CLDR knows for whole numbers (0 for "zero", 2 for "two", 3 and 5 for "few" and
/// "many" in Slavic languages, 11 and 100 for Arabic, a million for "many" in Spanish). The
/// script picks the sample whose category, in the page's language, is the count's.
const PLURAL_SAMPLES: &[u32] = &[0, 1, 2, 3, 5, 11, 21, 100, 1_000_000];

/// The page as served now, in the language in use.
pub fn phone_page() -> String {
    let texts = crate::text::current();
    // The language the strings are in, not a second read of the setting that may have changed.
    phone_page_in(&texts, &texts.lang)
}

/// The page with `texts`' words and `<html lang>` set to `lang`. Takes the strings rather than
/// reading the global language, so tests can build any language without switching it for
/// every other test running at the same time.
pub fn phone_page_in(texts: &Texts, lang: &str) -> String {
    fill(PHONE_PAGE, |mark| match mark {
        "lang" => Some(escape_html(lang)),
        "words" => Some(script_json(&words(texts))),
        id if id.starts_with("phone-") => Some(escape_html(&texts.get(id, None))),
        _ => None,
    })
}

/// `template` with each `{{mark}}` replaced by `value(mark)`, in one pass: a value is never read
/// for marks (a translation may hold braces). A mark `value` does not know is left as it is,
/// for the tests to find.
fn fill(template: &str, mut value: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 8192);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let found = after.find("}}").and_then(|end| value(&after[..end]).map(|v| (end, v)));
        if let Some((end, v)) = found {
            out.push_str(&v);
            rest = &after[end + 2..];
        } else {
            out.push_str("{{");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Text safe in HTML content and in a quoted attribute.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON that cannot end the `<script>` element it sits in (`</script>`, `<!--`): every `<`
/// becomes `\u003c`, which JSON.parse reads back as `<`.
fn script_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// One message of the English file: its id, its variables, and the variable its plural forms
/// depend on, if any.
#[derive(Debug)]
struct Message {
    id: &'static str,
    vars: Vec<&'static str>,
    plural: Option<&'static str>,
}

/// The messages of the English phone file. A message starts at a line `phone-… =` and goes on
/// over the indented lines after it (the file's multi-line messages are plural selections);
/// a test holds this reading to the Fluent parser's.
fn messages() -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    let mut open = false;
    for line in ENGLISH.lines() {
        if let Some((id, _)) = line.split_once('=').filter(|_| line.starts_with("phone-")) {
            out.push(Message { id: id.trim(), vars: Vec::new(), plural: None });
            open = true;
        } else if !line.starts_with(char::is_whitespace) {
            open = false; // a comment, a blank line, a section or the end of a selection
        }
        if let Some(message) = out.last_mut().filter(|_| open) {
            read_variables(line, message);
        }
    }
    out
}

/// Adds the `$name`s of one line to `message`, and notes `$name ->` as the plural selector.
fn read_variables(line: &'static str, message: &mut Message) {
    let mut rest = line;
    while let Some(at) = rest.find('$') {
        let after = &rest[at + 1..];
        let len = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(after.len());
        let name = &after[..len];
        rest = &after[len..];
        if name.is_empty() {
            continue;
        }
        if !message.vars.contains(&name) {
            message.vars.push(name);
        }
        if rest.trim_start().starts_with("->") {
            message.plural = Some(name);
        }
    }
}

/// Every phone message in `texts`' language, by id: a string with `{name}` for each value, or
/// for a plural message `{"by": name, "forms": {sample count: string}}`.
fn words(texts: &Texts) -> Value {
    let mut all = Map::new();
    for message in messages() {
        let value = match message.plural {
            None => Value::String(with_marks(texts, &message, None)),
            Some(by) => {
                let forms: Map<String, Value> = PLURAL_SAMPLES
                    .iter()
                    .map(|&n| (n.to_string(), Value::String(with_marks(texts, &message, Some(n)))))
                    .collect();
                json!({ "by": by, "forms": forms })
            }
        };
        all.insert(message.id.to_owned(), value);
    }
    Value::Object(all)
}

/// One message with every variable set to the text `{name}`, except the plural one, which is
/// the sample `count` (a number, so Fluent picks its form), then turned into `{name}` as well.
fn with_marks(texts: &Texts, message: &Message, count: Option<u32>) -> String {
    let mark = |name: &str| format!("{{{name}}}");
    let mut args = FluentArgs::new();
    for &var in &message.vars {
        match count {
            Some(n) if message.plural == Some(var) => args.set(var, n),
            _ => args.set(var, mark(var)),
        }
    }
    let text = texts.get(message.id, Some(&args));
    match (count, message.plural) {
        // Fluent writes a whole number as its digits (no grouping), as `to_string` does.
        (Some(n), Some(by)) => text.replace(&n.to_string(), &mark(by)),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    const WORDS_OPEN: &str = r#"<script id="words" type="application/json">"#;

    /// The marks of the template, in order.
    fn marks() -> Vec<&'static str> {
        PHONE_PAGE.split("{{").skip(1).filter_map(|s| s.split_once("}}").map(|(m, _)| m)).collect()
    }

    /// The JSON object in a built page.
    fn words_in(page: &str) -> Value {
        let start = page.find(WORDS_OPEN).expect("the words block") + WORDS_OPEN.len();
        let end = start + page[start..].find("</script>").expect("its end");
        serde_json::from_str(&page[start..end]).expect("the words block is JSON")
    }

    #[test]
    fn every_mark_in_the_template_is_an_english_message_without_variables() {
        let english = Texts::new("en");
        let all = messages();
        let marks = marks();
        assert!(marks.contains(&"lang") && marks.contains(&"words"), "{marks:?}");
        for mark in marks.into_iter().filter(|m| !["lang", "words"].contains(m)) {
            let message = all.iter().find(|m| m.id == mark).unwrap_or_else(|| panic!("`{mark}` is not in phone.ftl"));
            assert!(message.vars.is_empty(), "`{mark}` has variables: the script must build it");
            assert_ne!(english.get(mark, None), mark, "`{mark}` has no English");
        }
    }

    #[test]
    fn the_english_page_has_every_mark_filled_in() {
        let page = phone_page_in(&Texts::new("en"), "en");
        assert!(!page.contains("{{"), "a mark was left");
        assert!(page.contains(r#"<html lang="en">"#));
        assert!(page.contains("<h2 id=\"join-heading\">Join the class</h2>"));
        assert!(page.contains("<title>Hold the Line</title>"));
        assert!(!page.contains(".innerHTML"), "words only ever go in through textContent");
    }

    #[test]
    fn a_spanish_page_is_spanish_before_and_after_the_script_runs() {
        let spanish = Texts::new("es");
        let page = phone_page_in(&spanish, "es");
        assert!(page.contains(r#"<html lang="es">"#));
        assert!(page.contains("<h2 id=\"join-heading\">Únete a la clase</h2>"), "the heading is in the HTML");
        assert!(!page.contains("Join the class"));
        assert!(!page.contains("{{"));
        let words = words_in(&page);
        assert_eq!(words["phone-scene"], "Escena {number}");
        let mut marks = FluentArgs::new();
        for var in ["score", "voted", "scenes"] {
            marks.set(var, format!("{{{var}}}"));
        }
        assert_eq!(words["phone-your-score"], spanish.get("phone-your-score", Some(&marks)));
        assert!(words["phone-your-score"].as_str().unwrap().contains("{scenes}"), "{}", words["phone-your-score"]);
        assert_eq!(words["phone-votes"]["by"], "count");
        assert_eq!(words["phone-votes"]["forms"]["1"], "{count} voto");
        assert_eq!(words["phone-votes"]["forms"]["2"], "{count} votos");
        assert_eq!(words["phone-session-ended"], spanish.get("phone-session-ended", None));
    }

    #[test]
    fn the_words_block_holds_every_message_and_cannot_close_its_script() {
        let page = phone_page_in(&Texts::new("en"), "en");
        let words = words_in(&page);
        let object = words.as_object().expect("an object");
        assert_eq!(object.len(), messages().len());
        assert_eq!(words["phone-scene"], "Scene {number}");
        assert_eq!(words["phone-votes"]["forms"]["0"], "{count} votes");
        assert_eq!(words["phone-votes"]["forms"]["1"], "{count} vote");
        let attack = "</script><script>alert(1)</script><!--";
        let hostile = script_json(&json!({ "phone-x": attack }));
        assert!(!hostile.contains('<'), "{hostile}");
        assert_eq!(serde_json::from_str::<Value>(&hostile).unwrap()["phone-x"], attack, "read back as written");
    }

    #[test]
    fn filling_escapes_html_and_never_reads_a_value_for_marks() {
        let escaped = escape_html(r#"<b a="1">Tom & Jerry's</b>"#);
        assert_eq!(escaped, "&lt;b a=&quot;1&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
        let value = |m: &str| match m {
            "x" => Some("{{y}}".to_owned()),
            "y" => Some("Y".to_owned()),
            _ => None,
        };
        assert_eq!(fill("a {{x}} b {{unknown}} c {{y}}", value), "a {{y}} b {{unknown}} c Y");
        assert_eq!(fill("{{x}}{{y}}", |m| Some(m.to_uppercase())), "XY");
        assert_eq!(fill("open {{ never closed", |_| Some(String::new())), "open {{ never closed");
    }

    /// The variables of a Fluent pattern, as the Fluent parser sees them.
    fn variables(pattern: &Pattern<&'static str>, out: &mut Vec<&'static str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => out.push(id.name),
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            out.push(id.name);
                        }
                        for v in variants {
                            variables(&v.value, out);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn the_messages_are_read_as_the_fluent_parser_reads_them() {
        let resource = fluent_syntax::parser::parse(ENGLISH).expect("phone.ftl parses");
        let parsed: Vec<(&str, Vec<&str>)> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut vars = Vec::new();
                    if let Some(pattern) = &m.value {
                        variables(pattern, &mut vars);
                    }
                    vars.sort_unstable();
                    vars.dedup();
                    Some((m.id.name, vars))
                }
                _ => None,
            })
            .collect();
        let read: Vec<(&str, Vec<&str>)> = messages()
            .into_iter()
            .map(|m| {
                let mut vars = m.vars;
                vars.sort_unstable();
                (m.id, vars)
            })
            .collect();
        assert_eq!(read, parsed);
        assert!(parsed.iter().all(|(id, _)| id.starts_with("phone-")), "only phone-* ids in phone.ftl");
        let plural: Vec<&str> = messages().iter().filter(|m| m.plural.is_some()).map(|m| m.id).collect();
        assert_eq!(plural, ["phone-votes"]);
    }
}
