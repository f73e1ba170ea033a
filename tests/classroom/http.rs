//! A tiny HTTP/1.0 client for the classroom server tests: requests with exact headers (or
//! wrong ones, on purpose), and an event stream read event by event. HTTP/1.0 keeps replies
//! unchunked: the body runs to the end of the connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

pub const JSON: Option<&str> = Some("application/json");

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or_default().to_owned()
    }
}

fn request(method: &str, path: &str, content_type: Option<&str>, body: &str) -> String {
    let mut head = format!("{method} {path} HTTP/1.0\r\nHost: test\r\nContent-Length: {}\r\n", body.len());
    if let Some(kind) = content_type {
        head.push_str(&format!("Content-Type: {kind}\r\n"));
    }
    format!("{head}\r\n{body}")
}

fn read_head(reader: &mut impl BufRead) -> (u16, String) {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head)
}

/// Sends a request over `stream` and reads the whole reply.
pub fn send_on(mut stream: TcpStream, method: &str, path: &str, content_type: Option<&str>, body: &str) -> Reply {
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request(method, path, content_type, body).as_bytes()).unwrap();
    let mut reader = BufReader::new(stream);
    let (status, headers) = read_head(&mut reader);
    let mut body = String::new();
    let _ = reader.read_to_string(&mut body);
    Reply { status, headers, body }
}

pub fn send(server: SocketAddr, method: &str, path: &str, content_type: Option<&str>, body: &str) -> Reply {
    send_on(TcpStream::connect(server).unwrap(), method, path, content_type, body)
}

pub fn post(server: SocketAddr, path: &str, body: &serde_json::Value) -> Reply {
    send(server, "POST", path, JSON, &body.to_string())
}

/// Joins and returns the token.
pub fn join(server: SocketAddr, code: &str, name: &str) -> String {
    let reply = post(server, "/api/join", &serde_json::json!({"code": code, "name": name}));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["token"].as_str().unwrap().to_owned()
}

pub fn vote(server: SocketAddr, token: &str, scene: usize, choice: usize) -> Reply {
    post(server, "/api/vote", &serde_json::json!({"token": token, "scene": scene, "choice": choice}))
}

/// One phone's open event stream.
pub struct Events {
    reader: BufReader<TcpStream>,
    pub status: u16,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub data: String,
}

impl Event {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.data).unwrap()
    }
}

impl Events {
    pub fn open(server: SocketAddr, token: &str) -> Events {
        let mut stream = TcpStream::connect(server).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let body = serde_json::json!({ "token": token }).to_string();
        stream.write_all(request("POST", "/api/events", JSON, &body).as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let (status, _) = read_head(&mut reader);
        Events { reader, status }
    }

    /// The next event (keep-alive comments skipped), or `None` when the stream ended.
    pub fn next(&mut self) -> Option<Event> {
        let (mut name, mut data) = (String::new(), Vec::<String>::new());
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if !name.is_empty() || !data.is_empty() {
                    return Some(Event { name, data: data.join("\n") });
                }
            } else if let Some(v) = line.strip_prefix("event:") {
                name = v.trim().to_owned();
            } else if let Some(v) = line.strip_prefix("data:") {
                data.push(v.strip_prefix(' ').unwrap_or(v).to_owned());
            }
        }
    }

    /// Reads events until one satisfies `until`; every event read is passed to `seen` too.
    pub fn until(&mut self, mut until: impl FnMut(&Event) -> bool) -> Vec<Event> {
        let mut all = Vec::new();
        while let Some(event) = self.next() {
            let done = until(&event);
            all.push(event);
            if done {
                break;
            }
        }
        all
    }

    /// Whether the server closed the stream (nothing more to read).
    pub fn is_closed(&mut self) -> bool {
        let mut rest = String::new();
        self.reader.read_to_string(&mut rest).is_ok() && rest.trim().is_empty()
    }
}
