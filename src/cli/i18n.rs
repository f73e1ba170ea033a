//! `hold-the-line i18n`: writes and updates translation overlays, and adds choice ids.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::args::I18nAction;
use super::{EXIT_PROBLEMS, EXIT_RUNTIME, EXIT_USAGE, color_stderr, error_line};
use crate::sim::bundled::is_built_in;
use crate::sim::i18n::{
    self, CATALOG_OVERLAY, Coverage, Entry, Row, SOURCE_LANGUAGE, coverage, overlay_files, overlay_folder, overlay_id,
    parse_overlay, update, with_choice_ids, write_overlay,
};
use crate::sim::library::{self, Library};
use crate::sim::source::SourceFile;
use crate::store::settings::write_whole;
use crate::text::Shown;
use crate::tr;

pub fn run(action: I18nAction, folder: &Path, lang: Option<&str>) -> Result<ExitCode> {
    let library = library::load(&[folder.to_path_buf()]);
    match action {
        I18nAction::Update { ids } => {
            let Some(lang) = lang.filter(|l| !l.trim().is_empty()) else {
                eprintln!("{}", error_line(tr!("i18n-which-language")));
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            // `es_MX`, `ES` and `es-mx` are one folder, `es-MX`, the one `play` reads.
            let lang = match crate::text::check_tag(lang) {
                Ok(lang) => lang,
                Err(problem) => {
                    eprintln!("{}", error_line(problem));
                    return Ok(ExitCode::from(EXIT_USAGE));
                }
            };
            let lang = lang.as_str();
            if lang == SOURCE_LANGUAGE {
                eprintln!("{}", error_line(tr!("i18n-source-language")));
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            update_overlays(&library, folder, lang, &ids)
        }
        I18nAction::Ids { ids } => add_ids(&library, &ids),
    }
}

/// Which scenarios to update: those named (a built-in one too, to correct its translation),
/// else the folder's own that have an overlay in `lang` there, else all the folder's own. The
/// built-in scenarios' translations come with the program.
fn chosen<'a>(library: &'a Library, folder: &Path, lang: &str, ids: &[String]) -> Result<Vec<&'a str>, String> {
    let all: Vec<&str> = library.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
    if let Some(unknown) = ids.iter().find(|id| !all.contains(&id.as_str())) {
        let folder = folder.display().to_string();
        return Err(tr!("i18n-no-scenario", name = unknown, folder = folder, ids = all.join(", ")));
    }
    if !ids.is_empty() {
        return Ok(all.into_iter().filter(|id| ids.iter().any(|n| n == id)).collect());
    }
    let own: Vec<&str> =
        library.scenarios.iter().filter(|s| !is_built_in(&s.file.path)).map(|s| s.scenario.id.as_str()).collect();
    let existing: Vec<String> = overlay_files(Some(folder), lang)
        .iter()
        .flatten()
        .filter(|f| !is_built_in(&f.path))
        .map(|f| overlay_id(&f.path).to_owned())
        .collect();
    let started: Vec<&str> = own.iter().copied().filter(|id| existing.iter().any(|e| e == id)).collect();
    Ok(if started.is_empty() { own } else { started })
}

/// The catalog's texts a folder translates: all of them for a library of its own (a clone's
/// `scenarios/`), else only the strategies and mistakes it adds to the built-in catalog.
fn catalog_texts(library: &Library) -> Vec<Entry> {
    let Some((file, catalog)) = &library.catalog else { return Vec::new() };
    let all = i18n::catalog_entries(catalog);
    let layered = is_built_in(&file.path) || library.scenarios.iter().any(|s| is_built_in(&s.file.path));
    if !layered {
        return all;
    }
    let built_in = crate::sim::bundled::catalog();
    let known = |key: &str| {
        let id = key.split('.').nth(1).unwrap_or_default();
        built_in.strategy(&id.into()).is_some() || built_in.mistake(&id.into()).is_some()
    };
    all.into_iter().filter(|e| !known(&e.key)).collect()
}

fn update_overlays(library: &Library, folder: &Path, lang: &str, ids: &[String]) -> Result<ExitCode> {
    let ids = match chosen(library, folder, lang, ids) {
        Ok(ids) => ids,
        Err(problem) => {
            eprintln!("{}", error_line(problem));
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    let mut jobs: Vec<(String, Vec<Entry>)> = Vec::new();
    let catalog = catalog_texts(library);
    if !catalog.is_empty() {
        jobs.push((CATALOG_OVERLAY.to_owned(), catalog));
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
                    eprintln!("{}", error_line(tr!("i18n-left-as-is", file = &file.path)));
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
            let file = path.display().to_string();
            println!("{}", tr!("i18n-up-to-date", file = file, summary = summary(coverage(&updated))));
            continue;
        }
        if let Err(err) = write_whole(&path, &write_overlay(&updated), false) {
            eprintln!("{}", error_line(err));
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
        let file = path.display().to_string();
        println!("{}", tr!("i18n-written", file = file, summary = summary(coverage(&updated))));
    }
    Ok(if failed { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}

fn summary(c: Coverage) -> String {
    let total = c.current + c.missing + c.stale;
    let mut parts = vec![tr!("i18n-translated", percent = c.percent(), current = c.current, total = total)];
    // `stale` and `orphaned` are the words of the overlay's status column, kept in every language.
    if c.stale > 0 {
        parts.push(tr!("i18n-stale", count = c.stale));
    }
    if c.orphaned > 0 {
        parts.push(tr!("i18n-orphaned", count = c.orphaned));
    }
    parts.join(", ")
}

fn add_ids(library: &Library, ids: &[String]) -> Result<ExitCode> {
    let (mut changed, mut failed) = (0, false);
    for loaded in &library.scenarios {
        if !ids.is_empty() && !ids.contains(&loaded.scenario.id) || is_built_in(&loaded.file.path) {
            continue;
        }
        let text = match with_choice_ids(&loaded.file, &loaded.scenario) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(problem) => {
                eprintln!("{}", error_line(format!("{}: {}", loaded.file.path, crate::text::say(&problem))));
                failed = true;
                continue;
            }
        };
        let added = text.matches("id: \"").count() - loaded.file.text.matches("id: \"").count();
        if let Err(err) = write_whole(Path::new(&loaded.file.path), &text, false) {
            eprintln!("{}", error_line(err));
            return Ok(ExitCode::from(EXIT_RUNTIME));
        }
        println!("{}", tr!("i18n-ids-added", file = &loaded.file.path, count = added));
        changed += 1;
    }
    if changed == 0 && !failed {
        println!("{}", tr!("i18n-ids-none-added"));
    }
    Ok(if failed { ExitCode::from(EXIT_PROBLEMS) } else { ExitCode::SUCCESS })
}
