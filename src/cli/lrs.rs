//! `hold-the-line lrs`: set the organisation's Learning Record Store, see where the queue
//! stands, test the connection, send now, or stop sending.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::args::{LrsAction, LrsSettings};
use super::{EXIT_PROBLEMS, EXIT_RUNTIME, EXIT_USAGE, error_line, read_store, warning_line};
use crate::lrs::client::{Answer, Client};
use crate::lrs::config::{self, LrsConfig};
use crate::lrs::drain::drain;
use crate::store::queue::QueueSummary;
use crate::store::{Store, StoreError, store_path};
use crate::tr;

pub fn run(action: LrsAction, data_dir: Option<&Path>) -> Result<ExitCode> {
    let Some(path) = config::config_path() else {
        eprintln!("{}", error_line(tr!("lrs-no-config-folder")));
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
                    let kept = tr!("lrs-old-settings-kept", file = aside.display().to_string());
                    eprintln!("{}\n{kept}", warning_line(problem));
                    std::fs::rename(&path, &aside)?;
                    None
                }
            };
            set(&path, old, settings)
        }
        LrsAction::Off => {
            if !path.exists() {
                println!("{}", tr!("lrs-off-none"));
                return Ok(ExitCode::SUCCESS);
            }
            std::fs::remove_file(&path)?;
            println!("{}", tr!("lrs-off-done", file = path.display().to_string()));
            if let Ok(Some(store)) = read_store(data_dir, super::EXIT_OK)
                && let Ok(waiting) = store.waiting_count()
                && waiting > 0
            {
                println!("{}", tr!("lrs-off-waiting", count = waiting));
            }
            Ok(ExitCode::SUCCESS)
        }
        other => {
            let config = match current {
                Ok(Some(config)) => config,
                Ok(None) => {
                    eprintln!("{}", error_line(tr!("lrs-none-set")));
                    if matches!(other, LrsAction::Status) {
                        return status(None, data_dir);
                    }
                    return Ok(ExitCode::from(EXIT_USAGE));
                }
                Err(problem) => {
                    eprintln!("{}", error_line(problem));
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
            eprintln!("{}", error_line(why));
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
            eprintln!("{}", error_line(format!("{field}: {why}")));
        }
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    if let Err(why) = config::save(path, &config) {
        eprintln!("{}", error_line(why));
        return Ok(ExitCode::from(EXIT_RUNTIME));
    }
    let file = path.display().to_string();
    println!("{}", tr!("lrs-set-done", endpoint = &config.endpoint, user = &config.user, file = file));
    if config::is_plain_http_to_another_computer(&config.endpoint) {
        eprintln!("{}", warning_line(tr!("lrs-plain-http")));
    }
    println!("{}", tr!("lrs-set-check"));
    Ok(ExitCode::SUCCESS)
}

fn status(config: Option<&LrsConfig>, data_dir: Option<&Path>) -> Result<ExitCode> {
    if let Some(c) = config {
        println!("{}", tr!("lrs-status-endpoint", endpoint = &c.endpoint, user = &c.user));
        let registration = c.registration.clone().unwrap_or_else(|| tr!("lrs-status-registration-per-run"));
        println!("{}", tr!("lrs-status-accounts", home_page = &c.home_page, registration = registration));
        let platform = c.platform.clone().unwrap_or_else(|| tr!("lrs-status-no-platform"));
        println!("{}", tr!("lrs-status-passed", score = c.mastery_score, platform = platform));
    }
    let summary = match read_store(data_dir, super::EXIT_OK) {
        Ok(Some(store)) => match store.queue_summary() {
            Ok(summary) => summary,
            Err(err) => {
                eprintln!("{}", error_line(err.explain()));
                return Ok(ExitCode::from(EXIT_RUNTIME));
            }
        },
        Ok(None) => QueueSummary::default(),
        Err(code) => return Ok(code),
    };
    let (waiting, sent, refused) = (summary.waiting, summary.sent, summary.refused.len());
    println!("{}", tr!("lrs-status-queue", waiting = waiting, sent = sent, refused = refused));
    if let Some(attempt) = &summary.last_attempt {
        // The outcome is the store's word for it (`sent`, `unreachable`, `refused`, `store`).
        let (at, outcome, detail) = (&attempt.at, &attempt.outcome, &attempt.detail);
        println!("{}", tr!("lrs-status-last-try", at = at, outcome = outcome, detail = detail));
        if let Some(sent) = &attempt.last_sent_at {
            println!("{}", tr!("lrs-status-last-sent", at = sent));
        }
    }
    if !summary.refused.is_empty() {
        println!("\n{}", tr!("lrs-status-refused"));
        for refused in &summary.refused {
            let (id, what, at) = (&refused.statement_id, &refused.what, &refused.queued_at);
            println!("  {}\n    {}", tr!("lrs-status-refused-row", id = id, what = what, at = at), refused.reason);
        }
        println!("{}", tr!("lrs-status-retry"));
    }
    Ok(ExitCode::SUCCESS)
}

fn test(config: &LrsConfig) -> ExitCode {
    let client = Client::new(config);
    println!("{}", tr!("lrs-test-asking", endpoint = &config.endpoint));
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
            let about_speaks_xapi = versions.iter().any(|v| v.starts_with("1.0."));
            let versions = versions.join(", ");
            match about_speaks_xapi {
                true => println!("  {}", tr!("lrs-test-xapi", versions = versions)),
                false if versions.is_empty() => println!("  {}", tr!("lrs-test-not-xapi")),
                false => println!("  {}", tr!("lrs-test-other-version", versions = versions)),
            }
        }
        // Some LRSs have no `about`; the read below is what counts.
        Ok((status, _)) => {
            println!("  {}", tr!("lrs-test-no-about", status = status))
        }
        Err(why) => {
            println!("  {}", tr!("lrs-test-nothing-answered", why = why));
            return ExitCode::from(EXIT_RUNTIME);
        }
    }
    println!("{}", tr!("lrs-test-reading", user = &config.user));
    let (ok, explanation) = match client.check_key() {
        Answer::Stored => (true, tr!("lrs-test-key-accepted")),
        Answer::Credentials { status: 401, reason } => (false, tr!("lrs-test-key-wrong", reason = reason)),
        Answer::Credentials { reason, .. } => (false, tr!("lrs-test-key-cannot-read", reason = reason)),
        Answer::NotAnLrs { reason, .. } => (false, tr!("lrs-test-not-an-lrs", reason = reason)),
        Answer::Unreachable(why) => (false, tr!("lrs-test-nothing-answered", why = why)),
        Answer::Busy { reason, .. } => (false, tr!("lrs-test-busy", reason = reason)),
        Answer::Conflict(reason) | Answer::Refused { reason, .. } => (false, tr!("lrs-test-refused", reason = reason)),
    };
    println!("  {explanation}");
    if ok { ExitCode::SUCCESS } else { ExitCode::from(EXIT_RUNTIME) }
}

fn push(config: &LrsConfig, data_dir: Option<&Path>, retry_refused: bool) -> Result<ExitCode> {
    let Some(path) = store_path(data_dir) else {
        eprintln!("{}", error_line(tr!("lrs-no-data-folder")));
        return Ok(ExitCode::from(EXIT_RUNTIME));
    };
    let mut store = match Store::open_existing(&path) {
        Ok(store) => store,
        Err(StoreError::Missing { .. }) => {
            let folder = path.parent().unwrap_or(&path).display().to_string();
            println!("{}", tr!("lrs-push-nothing-saved", folder = folder));
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => {
            eprintln!("{}", error_line(err.explain()));
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
    };
    if retry_refused {
        let again = store.retry_refused().map_err(|e| anyhow::anyhow!(e.explain()))?;
        println!("{}", tr!("lrs-push-requeued", count = again));
    }
    let drained = drain(&mut store, &Client::new(config));
    let waiting = store.waiting_count().unwrap_or(0);
    let sent = drained.sent + drained.already_there;
    let endpoint = &config.endpoint;
    match (sent, drained.already_there) {
        (0, _) => println!("{}", tr!("lrs-push-nothing-sent", endpoint = endpoint)),
        (n, 0) => println!("{}", tr!("lrs-push-sent", count = n, endpoint = endpoint)),
        (n, there) => println!("{}", tr!("lrs-push-sent-some-there", count = n, endpoint = endpoint, there = there)),
    }
    if drained.refused > 0 {
        println!("{}", tr!("lrs-push-refused", count = drained.refused));
    }
    match &drained.stopped {
        Some(stop) => {
            let stopped = tr!("lrs-push-stopped", reason = stop.reason());
            println!("{stopped}\n{}", tr!("lrs-push-still-waiting", count = waiting));
            Ok(ExitCode::from(EXIT_RUNTIME))
        }
        None if drained.refused > 0 => Ok(ExitCode::from(EXIT_PROBLEMS)),
        None => {
            println!("{}", tr!("lrs-push-none-waiting"));
            Ok(ExitCode::SUCCESS)
        }
    }
}
