//! A phone in a real browser: Debian's chromium, headless at 390x844 with mobile emulation,
//! driven through chromedriver with fantoccini. Skips (saying why) when chromedriver is not
//! installed, unless `REQUIRE_DISPLAY=1`, as `.ci/run` sets.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::window::or_skip;

pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver on a free loopback port, or `None` (after saying why) to skip.
pub fn chromedriver() -> Option<Driver> {
    let port = free_port();
    let spawned = Command::new("chromedriver")
        .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".into()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("no chromedriver ({e}): apt-get install chromium chromium-driver"));
    let child = or_skip(spawned)?;
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start listening");
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(Driver { child, port })
}

/// A new headless phone-sized browser with a profile of its own.
pub async fn phone(driver: &Driver, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                     format!("--user-data-dir={}", profile.display())],
            "mobileEmulation": {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}},
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("chromium starts through chromedriver")
}

/// Runs JavaScript in the page and returns its result.
pub async fn js(client: &Client, script: &str) -> serde_json::Value {
    client.execute(script, vec![]).await.expect("the script runs")
}

/// Waits until `script` returns true, failing after `seconds`.
pub async fn until(client: &Client, what: &str, script: &str, seconds: u64) {
    let started = Instant::now();
    while js(client, script).await != json!(true) {
        assert!(started.elapsed() < Duration::from_secs(seconds), "the phone page never showed {what}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

pub async fn shot(client: &Client, path: PathBuf) {
    std::fs::write(&path, client.screenshot().await.expect("a screenshot")).unwrap();
}

/// Joins from the QR link (the code filled in by the page), typing only the name; with `shot`,
/// saves the filled-in join form there first.
pub async fn join(client: &Client, link: &str, name: &str, shot: Option<PathBuf>) {
    client.goto(link).await.expect("the phone page loads");
    let name_field = client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css("#name")).await.unwrap();
    name_field.send_keys(name).await.unwrap();
    let code = js(client, "return document.querySelector('#code').value").await;
    assert_eq!(code.as_str().map(str::len), Some(4), "the QR link filled in the room code");
    if let Some(path) = shot {
        self::shot(client, path).await;
    }
    client.find(Locator::Css("#join-button")).await.unwrap().click().await.unwrap();
}
