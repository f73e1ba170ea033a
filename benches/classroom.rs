//! Classroom server benchmark: 60 phones on loopback, each with its event stream open, vote at
//! the same instant, 20 rounds. Prints the vote round trip (the room, and so the presenter, has
//! the vote before the reply goes out), how long until every phone's stream shows the round's
//! last vote, the server thread's CPU time and the memory the 60 phones cost.
//! Run with `cargo bench --bench classroom`.

#[path = "../tests/classroom/http.rs"]
#[allow(dead_code, reason = "the tests' HTTP client; the benchmark uses part of it")]
mod http;

use std::net::SocketAddr;
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use hold_the_line::net::{ClassServer, LiveRoom};
use hold_the_line::sim::classroom::Room;
use hold_the_line::sim::source::parse_scenario;
use hold_the_line::sim::{Session, bundled};

const PHONES: usize = 60;
const ROUNDS: usize = 20;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Kilobytes of resident memory, from /proc (0 where there is none).
fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// CPU seconds used so far by the thread named `name`, from /proc (which keeps 15 characters
/// of a thread's name).
fn thread_cpu(name: &str) -> f64 {
    let name = &name[..name.len().min(15)];
    let ticks = 100.0; // USER_HZ on Linux
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return 0.0 };
    tasks
        .flatten()
        .filter(|t| std::fs::read_to_string(t.path().join("comm")).is_ok_and(|c| c.trim() == name))
        .filter_map(|t| {
            let stat = std::fs::read_to_string(t.path().join("stat")).ok()?;
            let after = stat.rsplit_once(')')?.1.split_whitespace().collect::<Vec<_>>();
            Some((after.get(11)?.parse::<f64>().ok()? + after.get(12)?.parse::<f64>().ok()?) / ticks)
        })
        .sum()
}

/// The tally once every phone voted in `round` (phone n votes for (n + round) mod choices).
fn expected_tally(round: usize, choices: usize) -> Vec<usize> {
    let mut counts = vec![0; choices];
    (0..PHONES).for_each(|n| counts[(n + round) % choices] += 1);
    counts
}

fn main() {
    let file = bundled::scenario_files().into_iter().find(|f| f.path.ends_with("lost-order.scenario.ron")).unwrap();
    let session = Session::new(&parse_scenario(&file).unwrap(), &bundled::catalog(), 1).unwrap();
    let live = LiveRoom::new(Room::new(session, "BKDR".into()));
    let before = rss_kb();
    let server = ClassServer::start(live.clone(), SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    let at = server.address();
    live.change(|r| r.open_voting()).unwrap();
    // Counts go out with every update, the heaviest case.
    live.change(|r| {
        r.show_tally(true);
        Ok::<_, ()>(())
    })
    .unwrap();
    let scene = live.read(|r| r.session().current().unwrap().number);
    let choices = live.read(|r| r.session().current().unwrap().choices.len());

    let round_trips = Arc::new(Mutex::new(Vec::new()));
    let seen_all = Arc::new(Mutex::new(vec![Vec::<Instant>::new(); ROUNDS]));
    let start = Arc::new(Barrier::new(PHONES + 1));
    let cpu_before = thread_cpu("classroom-server");
    let phones: Vec<_> = (0..PHONES)
        .map(|n| {
            let (round_trips, seen_all, start) = (round_trips.clone(), seen_all.clone(), start.clone());
            std::thread::spawn(move || {
                let token = http::join(at, "BKDR", &format!("Phone {n}"));
                let mut events = http::Events::open(at, &token);
                events.next();
                for round in 0..ROUNDS {
                    start.wait();
                    let sent = Instant::now();
                    assert_eq!(http::vote(at, &token, scene, (n + round) % choices).status, 204);
                    round_trips.lock().unwrap().push(sent.elapsed().as_secs_f64() * 1e3);
                    // Until this phone's stream shows the whole round's tally.
                    let expected = serde_json::json!(expected_tally(round, choices));
                    events.until(|e| e.json()["tally"] == expected);
                    seen_all.lock().unwrap()[round].push(Instant::now());
                    start.wait();
                }
            })
        })
        .collect();
    let mut spread = Vec::new();
    let mut with_streams = 0;
    for round in 0..ROUNDS {
        std::thread::sleep(Duration::from_millis(700)); // inside the per-address flood limit
        let go = Instant::now();
        start.wait();
        start.wait();
        let last = seen_all.lock().unwrap()[round].iter().max().copied().unwrap();
        spread.push((last - go).as_secs_f64() * 1e3);
        if round == 0 {
            with_streams = rss_kb();
        }
    }
    phones.into_iter().for_each(|p| p.join().unwrap());
    let cpu = thread_cpu("classroom-server") - cpu_before;
    let after = rss_kb();
    let tally: usize = live.read(|r| r.tally().iter().sum());
    assert_eq!(tally, PHONES, "every phone counted once");
    let stop = server.stop();

    let mut trips = round_trips.lock().unwrap().clone();
    trips.sort_by(f64::total_cmp);
    spread.sort_by(f64::total_cmp);
    println!("classroom server, {PHONES} phones on loopback, {ROUNDS} rounds of everyone voting at once");
    println!(
        "  vote round trip (room and presenter have it): p50 {:.1} ms, p99 {:.1} ms ({} votes)",
        percentile(&trips, 0.5),
        percentile(&trips, 0.99),
        trips.len()
    );
    println!(
        "  round start -> every phone's stream shows it: p50 {:.1} ms, p99 {:.1} ms",
        percentile(&spread, 0.5),
        percentile(&spread, 0.99)
    );
    println!("  server thread CPU: {:.2} s for {} votes and the stream updates carrying them", cpu, trips.len());
    println!(
        "  memory: {} KiB for the server and {PHONES} open streams ({} KiB at the end)",
        with_streams.saturating_sub(before),
        after.saturating_sub(before)
    );
    println!("  shutdown with {PHONES} streams open: {:.1} ms", stop.as_secs_f64() * 1e3);
}
