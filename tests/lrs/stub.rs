//! A fault-injecting stand-in for a Learning Record Store: an HTTP/1.1 server on loopback that
//! keeps statements by id the way an LRS does (an identical repeat is accepted and not stored
//! twice, a differing one is a conflict), and can refuse, fail, stall or drop on request.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hold_the_line::lrs::client::base64;
use serde_json::{Value, json};

pub const USER: &str = "stub-key";
pub const SECRET: &str = "stub-secret";

/// How the next statement requests are answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// An LRS that works.
    Normal,
    /// This status for the next `n` posts, then normal.
    Fail { status: u16, n: usize },
    /// Store the statements, then wait this long before answering.
    Slow(Duration),
    /// Store the statements, then close the connection without an answer, `n` times.
    DropAfterStoring { n: usize },
    /// Store the statements, then never answer (until the stub is dropped).
    Hang,
    /// Refuse (400, with a reason) any batch holding a statement with this verb.
    RefuseVerb(String),
    /// Refuse every batch (400), whatever it holds: a proxy or a setting at fault.
    RefuseAll,
    /// Answer 200 with a web page, as a captive portal does.
    Portal,
    /// Answer 409 even to a statement it already holds unchanged (some LRSs do).
    ConflictOnRepeat,
}

#[derive(Default)]
pub struct Seen {
    /// Statements stored, by id.
    pub stored: BTreeMap<String, Value>,
    /// How many statement posts arrived, and how many statements they carried in all.
    pub posts: usize,
    pub statements_received: usize,
    /// The version header of every request.
    pub versions: Vec<Option<String>>,
}

pub struct Stub {
    pub port: u16,
    mode: Arc<Mutex<Mode>>,
    seen: Arc<Mutex<Seen>>,
}

impl Stub {
    pub fn start(mode: Mode) -> Stub {
        Stub::start_at(0, mode)
    }

    /// On a given port (0: any free one), as an LRS coming back where it was.
    pub fn start_at(port: u16, mode: Mode) -> Stub {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        let (mode, seen) = (Arc::new(Mutex::new(mode)), Arc::new(Mutex::new(Seen::default())));
        let (m, s) = (Arc::clone(&mode), Arc::clone(&seen));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (m, s) = (Arc::clone(&m), Arc::clone(&s));
                std::thread::spawn(move || serve(stream, &m, &s));
            }
        });
        Stub { port, mode, seen }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    pub fn seen<T>(&self, read: impl FnOnce(&Seen) -> T) -> T {
        read(&self.seen.lock().unwrap())
    }

    /// Waits until `ready` holds (or 20 s pass, then says what was seen).
    pub fn wait_for(&self, what: &str, ready: impl Fn(&Seen) -> bool) {
        let start = Instant::now();
        while !self.seen(&ready) {
            assert!(start.elapsed() < Duration::from_secs(20), "the stub never saw {what}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A port nothing listens on (bound, then let go).
pub fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn serve(stream: TcpStream, mode: &Mutex<Mode>, seen: &Mutex<Seen>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    let mut headers = BTreeMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap_or(0);
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    let length = headers.get("content-length").and_then(|l| l.parse().ok()).unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let mut out = stream;
    let basic = format!("Basic {}", base64(format!("{USER}:{SECRET}").as_bytes()));
    seen.lock().unwrap().versions.push(headers.get("x-experience-api-version").cloned());
    let (method, path) = {
        let mut parts = request_line.split_whitespace();
        (parts.next().unwrap_or("").to_owned(), parts.next().unwrap_or("").to_owned())
    };
    if path == "/xAPI/about" {
        return answer(&mut out, 200, &json!({"version": ["1.0.3"]}));
    }
    if headers.get("authorization") != Some(&basic) {
        return answer(&mut out, 401, &json!({"message": "Invalid authentication credentials"}));
    }
    if method == "GET" && path.starts_with("/xAPI/statements") {
        let statements: Vec<Value> = seen.lock().unwrap().stored.values().cloned().collect();
        return answer(&mut out, 200, &json!({"statements": statements}));
    }
    if method != "POST" || path != "/xAPI/statements" {
        return answer(&mut out, 404, &json!({"message": "Not Found"}));
    }
    let batch: Vec<Value> = serde_json::from_slice(&body).expect("a JSON array of statements");
    {
        let mut seen = seen.lock().unwrap();
        seen.posts += 1;
        seen.statements_received += batch.len();
    }
    let current = mode.lock().unwrap().clone();
    match &current {
        Mode::Fail { status, n } if *n > 0 => {
            *mode.lock().unwrap() = Mode::Fail { status: *status, n: n - 1 };
            return answer(&mut out, *status, &json!({"message": "stub failure"}));
        }
        Mode::RefuseAll => return answer(&mut out, 400, &json!({"message": "Bad Request"})),
        Mode::Portal => {
            let page = "<html><body>Please sign in to the guest Wi-Fi</body></html>";
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                page.len()
            );
            let _ = out.write_all(head.as_bytes()).and_then(|()| out.write_all(page.as_bytes()));
            return;
        }
        Mode::RefuseVerb(verb) => {
            if let Some(bad) = batch.iter().find(|s| s["verb"]["display"]["en-US"] == verb.as_str()) {
                let reason = format!("statement {}: this LRS does not take `{verb}`", bad["id"].as_str().unwrap());
                return answer(&mut out, 400, &json!({"message": reason}));
            }
        }
        _ => {}
    }
    {
        let mut seen = seen.lock().unwrap();
        let repeat = current == Mode::ConflictOnRepeat;
        let differs = |s: &Value| seen.stored.get(s["id"].as_str().unwrap()).is_some_and(|old| repeat || old != s);
        if batch.iter().any(differs) {
            return answer(&mut out, 409, &json!({"message": "Differing statements already exist with the same ID"}));
        }
        for statement in &batch {
            seen.stored.insert(statement["id"].as_str().unwrap().to_owned(), statement.clone());
        }
    }
    match current {
        Mode::Slow(wait) => std::thread::sleep(wait),
        Mode::DropAfterStoring { n } if n > 0 => {
            *mode.lock().unwrap() = Mode::DropAfterStoring { n: n - 1 };
            return;
        }
        Mode::Hang => {
            std::thread::sleep(Duration::from_secs(120));
            return;
        }
        _ => {}
    }
    let ids: Vec<&Value> = batch.iter().map(|s| &s["id"]).collect();
    answer(&mut out, 200, &json!(ids));
}

fn answer(out: &mut TcpStream, status: u16, body: &Value) {
    let text = body.to_string();
    let head = format!(
        "HTTP/1.1 {status} Stub\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        text.len()
    );
    let _ = out.write_all(head.as_bytes()).and_then(|()| out.write_all(text.as_bytes()));
}
