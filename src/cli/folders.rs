//! Where a trainer's own scenarios live, so the program runs from any folder: `--scenarios`, a
//! clone's `scenarios/`, or a `scenarios` folder in the data folder, set up on first use.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::sim::library::CATALOG_FILE;
use crate::tr;

const GUIDE: &str = include_str!("../../AUTHORING.md");
const README: &str = "\
Your own Hold the Line scenarios
================================

Scenario files you put in this folder (names ending in .scenario.ron) appear in the game beside
the built-in ones, marked as yours; the game reloads them as soon as you save. A file with the
same id as a built-in scenario replaces it.

To start one, copy template.scenario.ron.example to a name of your own ending in .scenario.ron,
for example my-first.scenario.ron, and change the id inside to match (my-first).

Check your files with:    hold-the-line validate
Try one in the terminal:  hold-the-line play my-first

Scenarios use the built-in strategy catalog. To add strategies or mistakes of your own, put a
strategies.ron here with only your new entries (new ids); it extends the built-in catalog.

The full guide to the format is AUTHORING.md: in /usr/share/doc/hold-the-line/ when installed
from the .deb, beside the program in the portable archive, and in the sources.
";

/// The data folder: `--data-dir`, else `HOLD_THE_LINE_DATA`, else the platform data folder.
pub fn data_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    crate::store::store_path(explicit).and_then(|p| p.parent().map(Path::to_owned))
}

/// The trainer's scenarios folder. Without `--scenarios`: `scenarios/` in the working folder when
/// it holds a catalog (a clone of the repository, where the bundled files are edited), else
/// `scenarios` in the data folder, created with a README and the template the first time when
/// `create` (commands that only read never create anything).
pub fn scenarios_folder(explicit: Option<&Path>, data: Option<&Path>, create: bool) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir.to_owned());
    }
    let here = Path::new("scenarios");
    if here.join(CATALOG_FILE).is_file() {
        return Ok(here.to_owned());
    }
    let dir = data_dir(data).with_context(|| tr!("folders-no-data-folder"))?.join("scenarios");
    if create && !dir.is_dir() {
        set_up(&dir).with_context(|| tr!("folders-cannot-create", folder = dir.display().to_string()))?;
    }
    Ok(dir)
}

/// The template from the authoring guide, the one it tests to validate clean.
pub fn template() -> String {
    let body = GUIDE.split("```ron\nScenario(").nth(1).and_then(|t| t.split("\n```").next()).unwrap_or_default();
    format!("Scenario({body}\n")
}

fn set_up(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("README.txt"), README)?;
    std::fs::write(dir.join("template.scenario.ron.example"), template())
}
