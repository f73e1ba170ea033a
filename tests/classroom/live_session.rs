//! A whole class as a new user would run it: `hold-the-line classroom` in a real window, two
//! phones in real browsers and 58 simulated phones join, the class plays the scenario through
//! to the debrief by the instructor's keys, and the session is exported.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::browser::{self, free_port};
use super::http::{Events, join, vote};
use crate::window::with_own_display;

const SIMULATED: usize = 58;

/// A simulated phone: joins, votes in every scene once voting opens, until the session ends.
fn simulated_phone(at: std::net::SocketAddr, code: &str, n: usize, joined: &AtomicUsize) -> usize {
    let token = join(at, code, &format!("Phone {n}"));
    joined.fetch_add(1, Ordering::SeqCst);
    let mut events = Events::open(at, &token);
    let mut voted_in = Vec::new();
    while let Some(event) = events.next() {
        if event.name == "end" {
            break;
        }
        let state = event.json();
        let scene = state["scene"]["number"].as_u64().unwrap_or(0) as usize;
        if state["phase"] == "Voting" && state["your_vote"].is_null() && !voted_in.contains(&scene) {
            let choices = state["scene"]["choices"].as_array().unwrap().len();
            assert_eq!(vote(at, &token, scene, (n * 7) % choices).status, 204);
            voted_in.push(scene);
        }
    }
    voted_in.len()
}

/// A phone in chromium: joins from the QR link, votes in every scene, keeps screenshots.
async fn browser_phone(
    driver: &browser::Driver,
    link: &str,
    name: &str,
    pick: usize,
    out: &Path,
    joined: &AtomicUsize,
) -> usize {
    let profile = tempfile::tempdir().unwrap();
    let client = browser::phone(driver, profile.path()).await;
    browser::join(&client, link, name, (pick == 0).then(|| out.join("phone-0-join.png"))).await;
    browser::until(&client, "the scene", "return !document.querySelector('#scene').hidden", 60).await;
    joined.fetch_add(1, Ordering::SeqCst);
    if pick == 0 {
        browser::shot(&client, out.join("phone-1-joined.png")).await;
    }
    // Scenes voted in, by their heading: under load the page may not show the vote yet at the
    // next look, and a second click in the same scene is not a second scene.
    let mut voted_in = std::collections::HashSet::new();
    let started = Instant::now();
    loop {
        assert!(started.elapsed() < Duration::from_secs(400), "the class never ended for {name}");
        let page = browser::js(
            &client,
            "const c = [...document.querySelectorAll('#choices button.choice:not([disabled])')];
             return { over: !document.querySelector('#debrief').hidden,
                      feedback: !document.querySelector('#feedback').hidden,
                      open: c.length, mine: c.some(b => b.getAttribute('aria-pressed') === 'true'),
                      scene: document.querySelector('#scene-heading').textContent };",
        )
        .await;
        if page["over"] == true {
            break;
        }
        let scene = page["scene"].as_str().unwrap_or_default().to_owned();
        if page["open"].as_u64().unwrap_or(0) > 0 && page["mine"] == false && !voted_in.contains(&scene) {
            let n = page["open"].as_u64().unwrap() as usize;
            let script =
                format!("document.querySelectorAll('#choices button.choice')[{}].click(); return true;", pick % n);
            browser::js(&client, &script).await;
            voted_in.insert(scene);
            if pick == 0 && voted_in.len() == 1 {
                browser::until(
                    &client,
                    "the vote marked",
                    "return !!document.querySelector('.choice[aria-pressed=\"true\"]')",
                    10,
                )
                .await;
                browser::shot(&client, out.join("phone-2-voted.png")).await;
            }
        }
        if page["feedback"] == true && pick == 0 && !out.join("phone-3-feedback.png").exists() {
            browser::shot(&client, out.join("phone-3-feedback.png")).await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let score = browser::js(&client, "return document.querySelector('#your-score').textContent").await;
    assert!(score.as_str().unwrap_or_default().contains("would have scored"), "{score}");
    // The room's path, worded on the phone from the steps the room sends.
    let path =
        browser::js(&client, "return [...document.querySelectorAll('#path li')].map(li => li.textContent)").await;
    let lines: Vec<&str> = path.as_array().into_iter().flatten().filter_map(|l| l.as_str()).collect();
    assert!(!lines.is_empty(), "no path on the debrief: {path}");
    for line in &lines {
        let verdict = line.ends_with("(the best response)") || line.ends_with("(not the best response)");
        assert!(line.starts_with("Scene ") && verdict, "{line}");
    }
    if pick == 0 {
        browser::shot(&client, out.join("phone-4-debrief.png")).await;
    }
    client.close().await.unwrap();
    voted_in.len()
}

/// The presenter, stopped if the test fails before it ends by itself.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn wait_for_file(path: &Path, seconds: u64) -> String {
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            return text;
        }
        assert!(started.elapsed() < Duration::from_secs(seconds), "{} never appeared", path.display());
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_class_of_sixty_plays_a_scenario_through_to_the_debrief_and_exports_it() {
    let binary = env!("CARGO_BIN_EXE_hold-the-line");
    let Some(mut presenter) = with_own_display(binary) else { return };
    let Some(driver) = browser::chromedriver() else { return };
    let (data, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let port = free_port();
    let game = presenter
        .args(["--size", "1280x720", "classroom", "lost-order", "--host", "127.0.0.1"])
        .args(["--port", &port.to_string(), "--seed", "3", "--autoplay", out.path().to_str().unwrap()])
        .env("HOLD_THE_LINE_DATA", data.path())
        .env("HOLD_THE_LINE_CONFIG", data.path().join("config"))
        .env("XDG_RUNTIME_DIR", data.path())
        .spawn()
        .expect("the game starts");
    let mut game = KillOnDrop(game);
    let info: Value = serde_json::from_str(&wait_for_file(&out.path().join("classroom.json"), 120)).unwrap();
    let (code, link) = (info["code"].as_str().unwrap().to_owned(), info["link"].as_str().unwrap().to_owned());
    assert_eq!(link, format!("http://127.0.0.1:{port}/?code={code}"));
    let at = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let joined = AtomicUsize::new(0);
    let (phones, browsers) = std::thread::scope(|s| {
        let phones: Vec<_> = (0..SIMULATED)
            .map(|n| {
                let (code, joined) = (code.clone(), &joined);
                s.spawn(move || simulated_phone(at, &code, n, joined))
            })
            .collect();
        let browsers: Vec<_> = ["Ana (browser)", "Ben (browser)"]
            .into_iter()
            .enumerate()
            .map(|(pick, name)| {
                let (driver, link, out, joined) = (&driver, link.clone(), out.path().to_owned(), &joined);
                s.spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                    runtime.block_on(browser_phone(driver, &link, name, pick, &out, joined))
                })
            })
            .collect();
        // Everyone is in: the presenter may start (it shoots the join panel first).
        let started = Instant::now();
        while joined.load(Ordering::SeqCst) < SIMULATED + 2 {
            assert!(started.elapsed() < Duration::from_secs(240), "not everyone could join");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::fs::write(out.path().join("go"), "go").unwrap();
        (
            phones.into_iter().map(|p| p.join().unwrap()).collect::<Vec<_>>(),
            browsers.into_iter().map(|b| b.join().unwrap()).collect::<Vec<_>>(),
        )
    });
    let status = game.0.wait().unwrap();
    assert!(status.success(), "the presenter exited with {status}");
    let scenes = phones[0];
    assert!(scenes >= 3, "the class played several scenes ({scenes})");
    assert!(phones.iter().all(|n| *n == scenes), "every simulated phone voted in every scene: {phones:?}");
    assert!(browsers.iter().all(|n| *n == scenes), "each browser voted in every scene: {browsers:?}");
    for shot in [
        "c1-join.png",
        "c2-voting.png",
        "c3-tally.png",
        "c4-feedback.png",
        "c5-debrief.png",
        "phone-0-join.png",
        "phone-1-joined.png",
        "phone-2-voted.png",
        "phone-3-feedback.png",
        "phone-4-debrief.png",
    ] {
        assert!(out.path().join(shot).metadata().is_ok_and(|m| m.len() > 5_000), "{shot} missing or blank");
    }
    let layout = std::fs::read_to_string(out.path().join("layout.txt")).unwrap();
    assert!(!layout.lines().any(|l| l.starts_with("overflow")), "text runs out of its panel:\n{layout}");
    if let Some(dir) = std::env::var_os("HTL_SCREENSHOTS_TO") {
        for shot in std::fs::read_dir(out.path())
            .unwrap()
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "png"))
        {
            std::fs::copy(
                shot.path(),
                Path::new(&dir).join(format!("classroom-{}", shot.file_name().to_string_lossy())),
            )
            .unwrap();
        }
    }
    let export = Command::new(binary)
        .args(["export", "--format", "class-csv"])
        .env("HOLD_THE_LINE_DATA", data.path())
        .env("HOLD_THE_LINE_CONFIG", data.path().join("config"))
        .output()
        .unwrap();
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let csv = String::from_utf8(export.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 60 * scenes, "one row per participant per scene");
    assert!(csv.contains("Ana (browser)") && csv.contains("Phone 57"));
    assert!(rows.iter().all(|r| r.contains(&code)), "every row names the room");
}
