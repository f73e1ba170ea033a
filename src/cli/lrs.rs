//! `hold-the-line lrs`: set the organisation's Learning Record Store, see where the queue
//! stands, test the connection, send now, or stop sending.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::args::{LrsAction, LrsSettings};
use super::{EXIT_PROBLEMS, EXIT_RUNTIME, EXIT_USAGE, read_store};
use crate::lrs::client::{Answer, Client};
use crate::lrs::config::{self, LrsConfig};
use crate::lrs::drain::drain;
use crate::lrs::link::results;
use crate::store::queue::QueueSummary;
use crate::store::{Store, StoreError, store_path};

pub fn run(action: LrsAction, data_dir: Option<&Path>) -> Result<ExitCode> {
    let Some(path) = config::config_path() else {
        eprintln!("error: this system has no configuration folder; set HOLD_THE_LINE_CONFIG to one");
        return Ok(ExitCode::from(EXIT_RUNTIME));
    };
    let current = config::load(&path);
    match action {
        LrsAction::Set(settings) => {
            let old = match current {
                Ok(old) => old,
                Err(problem) => {
                    // Replaced, but kept beside it: someone wrote it by hand.
                    let aside = path.with_extension("ron.broken");
                    eprintln!("warning: {problem}\nthe old settings are kept as {}", aside.display());
                    std::fs::rename(&path, &aside)?;
                    None
                }
            };
            set(&path, old, settings)
        }
        LrsAction::Off => {
            if !path.exists() {
                println!("No LRS is set; nothing to turn off.");
                return Ok(ExitCode::SUCCESS);
            }
            std::fs::remove_file(&path)?;
            println!("Results are no longer sent; {} (with its key and secret) is removed.", path.display());
            if let Ok(Some(store)) = read_store(data_dir, super::EXIT_OK)
                && let Ok(waiting) = store.waiting_count()
                && waiting > 0
            {
                println!("{} waiting stay in the store and are sent when an LRS is set again.", results(waiting));
            }
            Ok(ExitCode::SUCCESS)
        }
        other => {
            let config = match current {
                Ok(Some(config)) => config,
                Ok(None) => {
                    eprintln!("error: no LRS is set; set one with `hold-the-line lrs set --endpoint URL --user KEY`");
                    if matches!(other, LrsAction::Status) {
                        return status(None, data_dir);
                    }
                    return Ok(ExitCode::from(EXIT_USAGE));
                }
                Err(problem) => {
                    eprintln!("error: {problem}");
                    return Ok(ExitCode::from(EXIT_PROBLEMS));
                }
            };
            match other {
                LrsAction::Status => status(Some(&config), data_dir),
                LrsAction::Test => Ok(test(&config)),
                LrsAction::Push { retry_refused } => push(&config, data_dir, retry_refused),
                LrsAction::Set(_) | LrsAction::Off => unreachable!("handled above"),
            }
        }
    }
}

fn set(path: &Path, old: Option<LrsConfig>, settings: LrsSettings) -> Result<ExitCode> {
    let secret = match super::secret::read_secret(&settings.user) {
        Ok(secret) => secret,
        Err(why) => {
            eprintln!("error: {why}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let mut config = LrsConfig::new(&settings.endpoint, &settings.user, &secret);
    // What is not given again is kept from the settings before.
    if let Some(old) = old {
        config =
            LrsConfig { home_page: old.home_page, platform: old.platform, registration: old.registration, ..config };
        config.mastery_score = old.mastery_score;
        config.timeout_seconds = old.timeout_seconds;
    }
    config.home_page = settings.home_page.unwrap_or(config.home_page);
    config.platform = settings.platform.or(config.platform).filter(|p| !p.is_empty());
    config.registration = settings.registration.or(config.registration).filter(|r| !r.is_empty());
    config.mastery_score = settings.mastery_score.unwrap_or(config.mastery_score);
    config.timeout_seconds = settings.timeout.unwrap_or(config.timeout_seconds);
    let problems = config.problems();
    if !problems.is_empty() {
        for (field, why) in problems {
            eprintln!("error: {field}: {why}");
        }
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    if let Err(why) = config::save(path, &config) {
        eprintln!("error: {why}");
        return Ok(ExitCode::from(EXIT_RUNTIME));
    }
    println!("Results will be sent to {} as {} (saved in {}).", config.endpoint, config.user, path.display());
    if config::is_plain_http_to_another_computer(&config.endpoint) {
        eprintln!(
            "warning: http:// sends the key's secret and the results unencrypted; use the LRS's https:// address \
             unless this network is trusted"
        );
    }
    println!("Check the connection with `hold-the-line lrs test`.");
    Ok(ExitCode::SUCCESS)
}

fn status(config: Option<&LrsConfig>, data_dir: Option<&Path>) -> Result<ExitCode> {
    if let Some(c) = config {
        println!("LRS: {} (key {}, secret set)", c.endpoint, c.user);
        let registration = c.registration.as_deref().unwrap_or("each run its own");
        println!("Trainees are accounts on {}; registration: {registration}", c.home_page);
        let platform = c.platform.as_deref().unwrap_or("(none)");
        println!("Passed at {} or more, with the issue resolved or escalated; platform: {platform}", c.mastery_score);
    }
    let summary = match read_store(data_dir, super::EXIT_OK) {
        Ok(Some(store)) => match store.queue_summary() {
            Ok(summary) => summary,
            Err(err) => {
                eprintln!("error: {}", err.explain());
                return Ok(ExitCode::from(EXIT_RUNTIME));
            }
        },
        Ok(None) => QueueSummary::default(),
        Err(code) => return Ok(code),
    };
    println!("Queue: {} waiting, {} sent, {} refused", summary.waiting, summary.sent, summary.refused.len());
    if let Some(attempt) = &summary.last_attempt {
        println!("Last try: {} ({}): {}", attempt.at, attempt.outcome, attempt.detail);
        if let Some(sent) = &attempt.last_sent_at {
            println!("Last sent: {sent}");
        }
    }
    if !summary.refused.is_empty() {
        println!("\nRefused by the LRS (kept in the store, not sent again):");
        for refused in &summary.refused {
            println!(
                "  {} {} (queued {})\n    {}",
                refused.statement_id, refused.what, refused.queued_at, refused.reason
            );
        }
        println!("Once the cause is fixed, send them again with `hold-the-line lrs push --retry-refused`.");
    }
    Ok(ExitCode::SUCCESS)
}

fn test(config: &LrsConfig) -> ExitCode {
    let client = Client::new(config);
    println!("Asking {}about ...", config.endpoint);
    match client.about() {
        Ok((200, text)) => {
            let about = serde_json::from_str::<serde_json::Value>(&text).ok();
            let versions: Vec<String> = about
                .as_ref()
                .and_then(|a| a.get("version")?.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            match versions.iter().any(|v| v.starts_with("1.0.")) {
                true => println!("  an xAPI LRS answers; it speaks {}", versions.join(", ")),
                false if versions.is_empty() => println!("  a server answers, but not as an xAPI LRS's `about` does"),
                false => println!("  an LRS answers, but speaks {} and not xAPI 1.0.3", versions.join(", ")),
            }
        }
        // Some LRSs have no `about`; the read below is what counts.
        Ok((status, _)) => {
            println!("  HTTP {status}: no `about` here (some LRSs have none); the read below is what counts")
        }
        Err(why) => {
            println!("  nothing answered: {why}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    }
    println!("Reading one statement with the key {} ...", config.user);
    let (ok, explanation) = match client.check_key() {
        Answer::Stored => (true, "the key is accepted: results can be sent".to_owned()),
        Answer::Credentials { status: 401, reason } => {
            (false, format!("the key or its secret is wrong ({reason}); set them again with `hold-the-line lrs set`"))
        }
        Answer::Credentials { reason, .. } => (
            false,
            format!(
                "the key is known but may not read statements ({reason}); a write-only key may still send: try `hold-the-line lrs push`"
            ),
        ),
        Answer::NotAnLrs { reason, .. } => (
            false,
            format!(
                "no statements here ({reason}); the endpoint is the LRS's xAPI address, e.g. https://lrs.example.org/xAPI/"
            ),
        ),
        Answer::Unreachable(why) => (false, format!("nothing answered: {why}")),
        Answer::Busy { reason, .. } => (false, format!("the LRS is failing or busy ({reason}); try again later")),
        Answer::Conflict(reason) | Answer::Refused { reason, .. } => {
            (false, format!("the LRS refused the request ({reason})"))
        }
    };
    println!("  {explanation}");
    if ok { ExitCode::SUCCESS } else { ExitCode::from(EXIT_RUNTIME) }
}

fn push(config: &LrsConfig, data_dir: Option<&Path>, retry_refused: bool) -> Result<ExitCode> {
    let Some(path) = store_path(data_dir) else {
        eprintln!("error: this system has no data folder for progress; pass --data-dir DIR");
        return Ok(ExitCode::from(EXIT_RUNTIME));
    };
    let mut store = match Store::open_existing(&path) {
        Ok(store) => store,
        Err(StoreError::Missing { .. }) => {
            println!(
                "Nothing to send: no progress has been saved in {} yet.",
                path.parent().unwrap_or(&path).display()
            );
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => {
            eprintln!("error: {}", err.explain());
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    if retry_refused {
        let again = store.retry_refused().map_err(|e| anyhow::anyhow!(e.explain()))?;
        println!("{} refused before go back in the queue.", results(again));
    }
    let drained = drain(&mut store, &Client::new(config));
    let waiting = store.waiting_count().unwrap_or(0);
    let sent = drained.sent + drained.already_there;
    match (sent, drained.already_there) {
        (0, _) => println!("Nothing sent to {}.", config.endpoint),
        (n, 0) => println!("Sent {} to {}.", results(n), config.endpoint),
        (n, there) => println!("Sent {} to {} ({there} it already had).", results(n), config.endpoint),
    }
    if drained.refused > 0 {
        println!(
            "The LRS refused {}; `hold-the-line lrs status` lists them with its reasons.",
            results(drained.refused)
        );
    }
    match &drained.stopped {
        Some(stop) => {
            println!(
                "Stopped: {}.\n{} still waiting, kept in the store for the next try.",
                stop.reason(),
                results(waiting)
            );
            Ok(ExitCode::from(EXIT_RUNTIME))
        }
        None if drained.refused > 0 => Ok(ExitCode::from(EXIT_PROBLEMS)),
        None => {
            println!("Nothing is waiting.");
            Ok(ExitCode::SUCCESS)
        }
    }
}
