//! Talking to a Learning Record Store over xAPI 1.0.3: posting a batch of statements, and the
//! requests `lrs test` makes. Every answer is sorted into what the sender does next, with the
//! LRS's own reason kept in one line.

use std::time::Duration;

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};

use super::config::LrsConfig;
use crate::tr;

pub const XAPI_VERSION: &str = "1.0.3";

/// What an LRS made of a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// 200 or 204: stored.
    Stored,
    /// 409: the LRS already holds a statement with one of these ids.
    Conflict(String),
    /// Another 4xx: the LRS will not take these statements as they are.
    Refused { status: u16, reason: String },
    /// 401 or 403: the key or its secret is wrong, or the key may not write statements.
    Credentials { status: u16, reason: String },
    /// No LRS at this address (404, 405, a redirect): the endpoint is wrong.
    NotAnLrs { status: u16, reason: String },
    /// 5xx, 408 or 429: the LRS is in trouble or busy; try again later.
    Busy { status: u16, reason: String },
    /// Nothing answered: no network, the name does not resolve, refused, timed out, TLS failed.
    Unreachable(String),
}

pub struct Client {
    agent: Agent,
    endpoint: String,
    authorization: String,
}

impl Client {
    pub fn new(config: &LrsConfig) -> Client {
        let agent: Agent = Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(config.timeout_seconds.max(1))))
            .http_status_as_error(false)
            // A POST redirected would be lost; a moved LRS is an endpoint to fix.
            .max_redirects(0)
            .tls_config(TlsConfig::builder().root_certs(RootCerts::PlatformVerifier).build())
            .user_agent(concat!("hold-the-line/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let authorization = format!("Basic {}", base64(format!("{}:{}", config.user, config.secret).as_bytes()));
        Client { agent, endpoint: config.endpoint.clone(), authorization }
    }

    /// Posts statements (JSON objects) as one array. A 200 counts as stored only when it lists
    /// the statements' ids, as an LRS does; anything else answering 200 (a captive portal, a
    /// website) is not an LRS, and nothing is marked sent.
    pub fn post_statements(&self, statements: &[&str], ids: &[&str]) -> Answer {
        let body = format!("[{}]", statements.join(","));
        let request = self
            .agent
            .post(format!("{}statements", self.endpoint))
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization)
            .header("Content-Type", "application/json");
        match answer(request.send(body.as_str())) {
            (Answer::Stored, 200, text) => {
                let listed: Option<Vec<String>> = serde_json::from_str(&text).ok();
                let mut listed = listed.unwrap_or_default();
                let mut expected: Vec<&str> = ids.to_vec();
                listed.sort();
                expected.sort_unstable();
                if listed == expected {
                    Answer::Stored
                } else {
                    Answer::NotAnLrs { status: 200, reason: not_statement_ids(&text) }
                }
            }
            (answer, _, _) => answer,
        }
    }

    /// `GET statements?statementId=…`: the statement the LRS holds with this id, if any.
    pub fn get_statement(&self, id: &str) -> Result<Option<serde_json::Value>, Answer> {
        match self.read(&format!("statements?statementId={id}")) {
            (Answer::Stored, _, text) => {
                let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                // One statement, or (some LRSs) a result list holding it.
                match json.get("statements").and_then(|list| list.as_array()) {
                    Some(list) => Ok(list.iter().find(|s| s["id"] == id).cloned()),
                    None => Ok(Some(json).filter(|s| s["id"] == id)),
                }
            }
            (Answer::NotAnLrs { status: 404, .. }, _, _) => Ok(None),
            (other, _, _) => Err(other),
        }
    }

    /// `GET about`: the LRS's xAPI versions (needs no key).
    pub fn about(&self) -> Result<(u16, String), String> {
        let request =
            self.agent.get(format!("{}about", self.endpoint)).header("X-Experience-API-Version", XAPI_VERSION);
        match request.call() {
            Ok(mut response) => {
                let status = response.status().as_u16();
                Ok((status, response.body_mut().read_to_string().unwrap_or_default()))
            }
            Err(err) => Err(unreachable(&err)),
        }
    }

    /// An authenticated `GET` of `<endpoint><resource>`.
    fn read(&self, resource: &str) -> (Answer, u16, String) {
        let request = self
            .agent
            .get(format!("{}{resource}", self.endpoint))
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization);
        answer(request.call())
    }

    /// One authenticated read (`GET statements?limit=1`): whether the key is accepted.
    pub fn check_key(&self) -> Answer {
        match self.read("statements?limit=1") {
            (Answer::Stored, status, text) => {
                let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                if json.get("statements").is_some_and(serde_json::Value::is_array) {
                    Answer::Stored
                } else {
                    Answer::NotAnLrs { status, reason: not_statement_ids(&text) }
                }
            }
            (other, _, _) => other,
        }
    }
}

/// A 200 that is not an LRS's: what came instead, shortened.
fn not_statement_ids(text: &str) -> String {
    let start: String = text.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(80).collect();
    tr!("lrs-not-an-lrs-answer", start = start)
}

/// The answer, with its status and text (64 KiB at most) for the caller to look into.
fn answer(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (Answer, u16, String) {
    let mut response = match result {
        Ok(response) => response,
        Err(err) => return (Answer::Unreachable(unreachable(&err)), 0, String::new()),
    };
    let status = response.status().as_u16();
    let text = response.body_mut().with_config().limit(64 * 1024).read_to_string().unwrap_or_default();
    (classify(status, &text), status, text)
}

fn classify(status: u16, text: &str) -> Answer {
    let reason = reason(status, text);
    match status {
        200..=299 => Answer::Stored,
        409 => Answer::Conflict(reason),
        401 | 403 => Answer::Credentials { status, reason },
        300..=399 | 404 | 405 => Answer::NotAnLrs { status, reason },
        408 | 429 | 500.. => Answer::Busy { status, reason },
        _ => Answer::Refused { status, reason },
    }
}

/// Why nothing answered, in words a trainer can act on.
fn unreachable(err: &ureq::Error) -> String {
    match err {
        ureq::Error::HostNotFound => tr!("lrs-name-does-not-resolve"),
        ureq::Error::ConnectionFailed => tr!("lrs-nothing-at-address"),
        ureq::Error::Timeout(_) => tr!("lrs-timed-out"),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => tr!("lrs-connection-refused"),
        ureq::Error::Io(io) => tr!("lrs-connection-failed", error = io.to_string()),
        ureq::Error::Rustls(tls) => tr!("lrs-certificate-refused", error = tls.to_string()),
        other => other.to_string(),
    }
}

/// The LRS's reason in one line: its JSON `message`, `detail` or `error`, else its text.
fn reason(status: u16, text: &str) -> String {
    let from_json = serde_json::from_str::<serde_json::Value>(text).ok().and_then(|json| {
        ["message", "detail", "error", "errors"].iter().find_map(|key| json.get(key).map(validation_errors))
    });
    let text = from_json.unwrap_or_else(|| text.to_owned());
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = line.chars().take(400).collect();
    match (short.is_empty(), short.len() < line.len()) {
        (true, _) => format!("HTTP {status}"),
        (false, true) => format!("HTTP {status}: {short}…"),
        (false, false) => format!("HTTP {status}: {short}"),
    }
}

/// A validation report in one line: a list of `{loc, msg}` errors (FastAPI, as Ralph sends)
/// becomes "verb: Field required; …" without the statement echoed back; anything else as is.
fn validation_errors(value: &serde_json::Value) -> String {
    let Some(items) = value.as_array().filter(|items| items.iter().all(|i| i.get("msg").is_some())) else {
        return value.as_str().map_or_else(|| value.to_string(), str::to_owned);
    };
    let each = items.iter().map(|item| {
        let at: Vec<String> = item["loc"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|part| part.as_str().filter(|p| *p != "body").map(str::to_owned))
            .collect();
        let msg = item["msg"].as_str().unwrap_or_default();
        if at.is_empty() { msg.to_owned() } else { format!("{}: {msg}", at.join(".")) }
    });
    each.collect::<Vec<_>>().join("; ")
}

/// Standard base64 with padding (RFC 4648), for the HTTP Basic header.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(base64("key:sécret".as_bytes()), "a2V5OnPDqWNyZXQ=");
    }

    #[test]
    fn a_reason_is_the_lrs_message_in_one_line() {
        assert_eq!(reason(400, r#"{"message": "verb is\n required"}"#), "HTTP 400: verb is required");
        assert_eq!(reason(422, r#"{"detail": [{"loc": ["verb"]}]}"#), r#"HTTP 422: [{"loc":["verb"]}]"#);
        let ralph = r#"{"detail": [{"type": "missing", "loc": ["body", 1, "verb"], "msg": "Field required", "input": {"id": "x"}},
                                   {"loc": ["body", 0, "result", "score", "scaled"], "msg": "too big"}]}"#;
        assert_eq!(reason(422, ralph), "HTTP 422: verb: Field required; result.score.scaled: too big");
        assert_eq!(reason(500, ""), "HTTP 500");
        assert!(reason(400, &"x".repeat(1000)).ends_with('…'));
    }
}
