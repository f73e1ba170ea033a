//! `hold-the-line i18n`: writes and updates translation overlays, and adds choice ids.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::args::I18nAction;
use super::{EXIT_PROBLEMS, EXIT_RUNTIME, EXIT_USAGE, color_stderr};
use crate::sim::bundled::is_built_in;
use crate::sim::i18n::{
    self, CATALOG_OVERLAY, Coverage, Entry, Row, SOURCE_LANGUAGE, coverage, overlay_files, overlay_folder, overlay_id,
    parse_overlay, update, with_choice_ids, write_overlay,
};
use crate::sim::library::{self, Library};
use crate::sim::numbers::counted;
use crate::sim::source::SourceFile;
use crate::store::settings::write_whole;

pub fn run(action: I18nAction, folder: &Path, lang: Option<&str>) -> Result<ExitCode> {
    let library = library::load(&[folder.to_path_buf()]);
    match action {
        I18nAction::Update { ids } => {
            let Some(lang) = lang.filter(|l| !l.trim().is_empty()) else {
                eprintln!("error: say which language to update, e.g. `hold-the-line i18n update --lang es`");
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            if let Err(problem) = crate::text::check_tag(lang) {
                eprintln!("error: {problem}");
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            if lang == SOURCE_LANGUAGE {
                eprintln!("error: the scenarios are written in English (`en`); overlays are for other languages");
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            update_overlays(&library, folder, lang, &ids)
        }
        I18nAction::Ids { ids } => add_ids(&library, &ids),
    }
}

/// Which scenarios to update: those named, else those with an overlay in `lang`, else all.
fn chosen<'a>(library: &'a Library, folder: &Path, lang: &str, ids: &[String]) -> Result<Vec<&'a str>, String> {
    let all: Vec<&str> = library.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
    if let Some(unknown) = ids.iter().find(|id| !all.contains(&id.as_str())) {
        return Err(format!("no scenario `{unknown}` in {}; known ids: {}", folder.display(), all.join(", ")));
    }
    if !ids.is_empty() {
        return Ok(all.into_iter().filter(|id| ids.iter().any(|n| n == id)).collect());
    }
    let existing: Vec<String> =
        overlay_files(Some(folder), lang).iter().flatten().map(|f| overlay_id(&f.path).to_owned()).collect();
    let started: Vec<&str> = all.iter().copied().filter(|id| existing.iter().any(|e| e == id)).collect();
    Ok(if started.is_empty() { all } else { started })
}

fn update_overlays(library: &Library, folder: &Path, lang: &str, ids: &[String]) -> Result<ExitCode> {
    let ids = match chosen(library, folder, lang, ids) {
        Ok(ids) => ids,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let mut jobs: Vec<(String, Vec<Entry>)> = Vec::new();
    if let Some((_, catalog)) = &library.catalog {
        jobs.push((CATALOG_OVERLAY.to_owned(), i18n::catalog_entries(catalog)));
    }
    for id in &ids {
        let loaded = library.scenarios.iter().find(|s| s.scenario.id == *id).expect("chosen from the library");
        jobs.push((format!("{id}.csv"), i18n::entries(&loaded.scenario)));
    }
    let dir = overlay_folder(folder, lang);
    let built_in: Vec<SourceFile> = crate::sim::bundled::overlay_files(lang);
    let mut failed = false;
    for (name, now) in jobs {
        let path = dir.join(&name);
        // The trainer's file, else the built-in translation to start from.
        let before = if path.exists() {
            SourceFile::read(&path).map(Some)
        } else {
            Ok(built_in.iter().find(|f| f.path.ends_with(&format!("/{name}"))).cloned())
        };
        let rows: Vec<Row> = match before {
            Ok(None) => Vec::new(),
            Ok(Some(file)) => {
                let (rows, problems) = parse_overlay(&file);
                if problems.iter().any(|d| d.is_error()) {
                    for d in &problems {
                        eprintln!("{}", d.render(color_stderr()));
                    }
                    eprintln!("error: {} was left as it is: fix the rows above, then run this again", file.path);
                    failed = true;
                    continue;
                }
                rows.into_iter().map(|r| r.row).collect()
            }
            Err(unreadable) => {
                eprintln!("{}", unreadable.render(color_stderr()));
                failed = true;
                continue;
            }
        };
        let updated = update(&rows, &now);
        if updated == rows && path.exists() {
            println!("{}: up to date, {}", path.display(), summary(coverage(&updated)));
            continue;
        }
        if let Err(err) = write_whole(&path, &write_overlay(&updated), false) {
            eprintln!("error: {err}");
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
        println!("{}: written, {}", path.display(), summary(coverage(&updated)));
    }
    Ok(if failed { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}

fn summary(c: Coverage) -> String {
    let mut parts =
        vec![format!("{} % translated ({} of {})", c.percent(), c.current, c.current + c.missing + c.stale)];
    if c.stale > 0 {
        parts.push(format!("{} to check (stale)", c.stale));
    }
    if c.orphaned > 0 {
        parts.push(format!("{} kept from removed texts (orphaned)", c.orphaned));
    }
    parts.join(", ")
}

fn add_ids(library: &Library, ids: &[String]) -> Result<ExitCode> {
    let mut changed = 0;
    for loaded in &library.scenarios {
        if !ids.is_empty() && !ids.contains(&loaded.scenario.id) || is_built_in(&loaded.file.path) {
            continue;
        }
        let Some(text) = with_choice_ids(&loaded.file, &loaded.scenario) else { continue };
        let added = text.matches("id: \"").count() - loaded.file.text.matches("id: \"").count();
        if let Err(err) = write_whole(Path::new(&loaded.file.path), &text, false) {
            eprintln!("error: {err}");
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
        println!("{}: {} added", loaded.file.path, counted(added, "choice id"));
        changed += 1;
    }
    if changed == 0 {
        println!("every choice already has an id");
    }
    Ok(ExitCode::SUCCESS)
}
