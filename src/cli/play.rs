//! `hold-the-line play`: a whole run in the terminal, scripted with `--choices` or interactive.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;

use super::{EXIT_USAGE, error_line, load_one, transcript, warning_line};
use crate::lrs::link::{Link, results};
use crate::sim::Session;
use crate::sim::rng::fresh_seed;
use crate::store::recorder::RunRecorder;
use crate::store::resume::{Resumable, classify};
use crate::text::Shown;
use crate::tr;

pub fn run(
    scenarios_dir: &Path,
    name: &str,
    seed: Option<u64>,
    choices: Option<&[usize]>,
    mut progress: RunRecorder,
) -> Result<ExitCode> {
    let (library, found) = match load_one(scenarios_dir, name) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    // In the language in use: each text translated where its overlay has it, else English.
    let overlays = super::language::overlays(scenarios_dir);
    // A translation file that cannot be read: said on stderr, the transcript stays as it is.
    for problem in &overlays.problems {
        eprintln!("{}", problem.render(super::color_stderr()));
    }
    let catalog = overlays.catalog(&library.catalog.as_ref().map(|(_, c)| c.clone()).unwrap_or_default());
    let untranslated = overlays.lang != crate::sim::i18n::SOURCE_LANGUAGE && !overlays.translates(&found.scenario);
    let found = crate::sim::LoadedScenario { scenario: overlays.scenario(&found.scenario), ..found };
    if let Some(aside) = progress.moved_aside.take() {
        eprintln!("{}", warning_line(tr!("play-store-moved-aside", file = aside.display().to_string())));
    }
    warn_once(&mut progress);
    let mut out = std::io::stdout().lock();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();

    // An interactive run with no seed given offers to resume this scenario's unfinished run.
    let mut resumed = None;
    if choices.is_none() && seed.is_none() {
        let saved = match progress.unfinished() {
            Ok(saved) => saved,
            Err(err) => {
                // A store that failed to open was already reported; a failed read is news.
                if progress.is_saving() {
                    eprintln!("{}", warning_line(tr!("play-unfinished-unreadable", error = err.to_string())));
                }
                None
            }
        };
        if let Some(saved) = saved.filter(|u| u.scenario_id == found.scenario.id && !u.choices.is_empty()) {
            let now = Some((Arc::new(found.scenario.clone()), Arc::new(catalog.clone())));
            match classify(&saved, now) {
                Resumable::Ready(session) => {
                    write!(out, "{} ", tr!("play-resume", scene = saved.choices.len() + 1))?;
                    out.flush()?;
                    let answer = lines.next().transpose()?.unwrap_or_default();
                    if !answer.trim().to_lowercase().starts_with('n') {
                        progress.resume(saved.run_id);
                        resumed = Some(*session);
                    }
                }
                Resumable::Changed | Resumable::Missing => writeln!(out, "{}", tr!("play-changed"))?,
            }
        }
    }
    let was_resumed = resumed.is_some();
    let seed = resumed.as_ref().map(Session::seed).or(seed).unwrap_or_else(fresh_seed);
    let mut session = match resumed {
        Some(session) => session,
        None => match Session::new(&found.scenario, &catalog, seed) {
            Ok(s) => s,
            Err(err) => {
                eprintln!("{}", error_line(format!("{}: {}", found.file.path, crate::text::say(&err.phrase()))));
                return Ok(ExitCode::from(super::EXIT_PROBLEMS));
            }
        },
    };
    if !was_resumed {
        progress.start(&session);
    }
    warn_once(&mut progress);
    let customer =
        found.scenario.customer.name.split_whitespace().next().map_or_else(|| tr!("scene-customer"), str::to_owned);
    write!(out, "{}", transcript::header(&found.scenario, seed))?;
    if untranslated {
        write!(out, "{}", transcript::wrap(&tr!("transcript-in-english"), ""))?;
    }

    let mut made = Vec::new();
    match choices {
        Some(choices) => {
            for (i, &number) in choices.iter().enumerate() {
                let Some(presented) = session.current() else {
                    if let Some(debrief) = session.debrief() {
                        write!(out, "{}", transcript::debrief(debrief))?;
                    }
                    out.flush()?;
                    eprintln!("{}", error_line(tr!("play-choices-too-many", made = i, given = choices.len())));
                    return Ok(ExitCode::from(EXIT_USAGE));
                };
                write!(out, "{}", transcript::scene(presented, &customer))?;
                let count = presented.choices.len();
                let scene_id = presented.scene_id.clone();
                if number == 0 || number > count {
                    out.flush()?;
                    let said = tr!(
                        "play-choice-out-of-range",
                        position = i + 1,
                        number = number,
                        id = &scene_id,
                        count = count
                    );
                    eprintln!("{}", error_line(said));
                    return Ok(ExitCode::from(EXIT_USAGE));
                }
                let feedback =
                    session.choose(number - 1).map_err(|e| anyhow::anyhow!(crate::text::say(&e.phrase())))?;
                write!(out, "{}", transcript::feedback(feedback, number))?;
                made.push(number);
                progress.record(&session);
                warn_once(&mut progress);
            }
            if let Some(presented) = session.current() {
                write!(out, "{}", transcript::scene(presented, &customer))?;
                out.flush()?;
                let (scene, id, count) = (presented.number, &presented.scene_id, presented.choices.len());
                eprintln!("{}", error_line(tr!("play-choices-ran-out", scene = scene, id = id, count = count)));
                return Ok(ExitCode::from(EXIT_USAGE));
            }
        }
        None => {
            while let Some(presented) = session.current() {
                write!(out, "{}", transcript::scene(presented, &customer))?;
                let count = presented.choices.len();
                let number = loop {
                    write!(out, "\n{} ", tr!("play-prompt", count = count))?;
                    out.flush()?;
                    let Some(line) = lines.next().transpose()? else {
                        writeln!(out, "\n{}", tr!("play-stopped", seed = seed.to_string()))?;
                        return Ok(ExitCode::SUCCESS);
                    };
                    let line = line.trim();
                    if line.eq_ignore_ascii_case("q") || line.eq_ignore_ascii_case("quit") {
                        writeln!(out, "{}", tr!("play-stopped", seed = seed.to_string()))?;
                        return Ok(ExitCode::SUCCESS);
                    }
                    match line.parse::<usize>() {
                        Ok(n) if (1..=count).contains(&n) => break n,
                        _ => writeln!(out, "{}", tr!("play-type-a-number", count = count))?,
                    }
                };
                let feedback =
                    session.choose(number - 1).map_err(|e| anyhow::anyhow!(crate::text::say(&e.phrase())))?;
                write!(out, "{}", transcript::feedback(feedback, number))?;
                made.push(number);
                progress.record(&session);
                warn_once(&mut progress);
            }
        }
    }
    if let Some(debrief) = session.debrief() {
        write!(out, "{}", transcript::debrief(debrief))?;
        let list: Vec<String> = made.iter().map(usize::to_string).collect();
        let (file, seed, choices) = (&found.file.path, seed.to_string(), list.join(","));
        writeln!(out, "\n{}", tr!("play-replay", file = file, seed = seed, choices = choices))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How long the end of `play` waits for the LRS before leaving the rest queued.
const LRS_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// After the run, on standard error (the transcript stays as it is): what reached the LRS, or
/// why results wait.
pub fn report_sending(link: Link) {
    if let Some(problem) = link.problem {
        eprintln!("{}", warning_line(problem));
    }
    let Some(sender) = link.sender else { return };
    let status = sender.finish(LRS_PATIENCE);
    if status.sent > 0 {
        eprintln!("{}", tr!("play-lrs-sent", results = results(status.sent)));
    }
    if status.refused > 0 {
        eprintln!("{}", warning_line(tr!("play-lrs-refused", results = results(status.refused))));
    }
    if status.waiting > 0 {
        let why = status.stopped.as_ref().map_or_else(|| tr!("play-lrs-no-answer"), |stop| stop.reason().to_owned());
        eprintln!("{}", tr!("play-lrs-waiting", results = results(status.waiting), why = why));
    }
}

/// Says once, on standard error, why progress is not being saved.
fn warn_once(recorder: &mut RunRecorder) {
    if let Some(problem) = recorder.problem.take() {
        eprintln!("{}", warning_line(problem));
    }
}
