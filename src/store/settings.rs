//! This computer's display settings (text size, high contrast, reduced motion): one small RON
//! file in the platform config folder, written whole through a temporary file so a crash never
//! leaves half a file, and a broken file kept aside rather than overwritten.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::tr;

/// The text sizes offered, in percent of the normal size.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// How the game looks on this computer, and the language it speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Percent of the normal text size, 100 to 200.
    pub text_size: u16,
    /// The high-contrast palette (body text at least 7:1).
    pub high_contrast: bool,
    /// No easing or animated transitions: values change in one step.
    pub reduced_motion: bool,
    /// The language chosen on the settings screen (`None`: the system's, when translated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { text_size: 100, high_contrast: false, reduced_motion: false, language: None }
    }
}

/// The language saved on the settings screen, if any (a damaged file has none).
pub fn saved_language() -> Option<String> {
    load(&settings_path()?).0.language
}

impl Settings {
    /// The next text size up, wrapping from the largest to the smallest (one key cycles them).
    pub fn larger_text(&self) -> Settings {
        let next = TEXT_SIZES.iter().copied().find(|&s| s > self.text_size).unwrap_or(TEXT_SIZES[0]);
        Settings { text_size: next, ..self.clone() }
    }

    /// The factor text is drawn at.
    pub fn text_scale(&self) -> f32 {
        f32::from(self.text_size) / 100.0
    }
}

/// Why a text size cannot be used.
pub fn check_text_size(percent: u16) -> Result<u16, String> {
    if (TEXT_SIZES[0]..=TEXT_SIZES[TEXT_SIZES.len() - 1]).contains(&percent) {
        Ok(percent)
    } else {
        Err(tr!("settings-file-text-size-range", percent = percent))
    }
}

/// This computer's configuration folder: `HOLD_THE_LINE_CONFIG`, else the platform config
/// folder (on Linux `~/.config/hold-the-line/`).
pub fn config_dir() -> Option<PathBuf> {
    match std::env::var_os("HOLD_THE_LINE_CONFIG") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => Some(directories::ProjectDirs::from("", "", "hold-the-line")?.config_dir().to_owned()),
    }
}

/// The settings file, `settings.ron` in the configuration folder.
pub fn settings_path() -> Option<PathBuf> {
    Some(config_dir()?.join("settings.ron"))
}

/// Reads the settings: no file means the defaults. What cannot be used is said with the file,
/// line and column, and what to do: a file that does not parse gives the defaults, a text size
/// out of range the nearest allowed one (the other settings kept).
pub fn load(path: &Path) -> (Settings, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (Settings::default(), None),
        Err(err) => {
            let problem = tr!("settings-file-cannot-read", error = err.to_string());
            return (Settings::default(), Some(format!("{}: {problem}", path.display())));
        }
    };
    let mut settings = match ron::from_str::<Settings>(&text) {
        Ok(settings) => settings,
        Err(err) => {
            let at = err.span.start;
            let why = tr!("settings-file-broken", problem = err.code.to_string());
            let problem = format!("{}:{}:{}: {why}", path.display(), at.line, at.col);
            return (Settings::default(), Some(problem));
        }
    };
    let problem = check_text_size(settings.text_size).err().map(|why| {
        let line = text.lines().position(|l| l.trim_start().starts_with("text_size")).map_or(1, |n| n + 1);
        let (low, high) = (TEXT_SIZES[0], TEXT_SIZES[TEXT_SIZES.len() - 1]);
        settings.text_size = settings.text_size.clamp(low, high);
        let why = tr!("settings-file-text-size-clamped", problem = why, percent = settings.text_size);
        format!("{}:{line}:1: {why}", path.display())
    });
    (settings, problem)
}

/// Whether the file there is a settings file the game can read (even with a value out of range).
fn parses(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| ron::from_str::<Settings>(&text).is_ok())
}

/// Writes the settings whole, through a temporary file flushed to disk and renamed over the old
/// one. A file there that could not be parsed is first moved aside (`settings.ron.broken`, or
/// `.broken-2` and on when that exists), so nothing a person wrote is lost.
pub fn save(path: &Path, settings: Settings) -> Result<(), String> {
    let failed = |id: &str, err: std::io::Error| format!("{}: {}", path.display(), tr!(id, error = err.to_string()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| failed("settings-file-cannot-create-folder", e))?;
    }
    if path.exists() && !parses(path) {
        let aside = (1..)
            .map(|n| path.with_extension(if n == 1 { "ron.broken".to_owned() } else { format!("ron.broken-{n}") }))
            .find(|p| !p.exists())
            .unwrap_or_else(|| path.with_extension("ron.broken"));
        std::fs::rename(path, aside).map_err(|e| failed("settings-file-cannot-keep-broken", e))?;
    }
    let body = ron::ser::to_string_pretty(&settings, ron::ser::PrettyConfig::default())
        .map_err(|err| format!("{}: {}", path.display(), tr!("settings-file-cannot-write", error = err.to_string())))?;
    let text = format!(
        "// Hold the Line's display settings for this computer. Change them in the game\n\
         // (Settings, on the title screen or the pause menu); text_size is 100 to 200.\n{body}\n"
    );
    write_whole(path, &text, false)
}

/// Writes a file whole: into `<name>.new` (readable by its owner only when `private`), flushed to
/// disk, then renamed over the old one, so a crash leaves the old file or the new, never half.
pub fn write_whole(path: &Path, text: &str, private: bool) -> Result<(), String> {
    use std::io::Write;
    let failed = |id: &str, err: std::io::Error| format!("{}: {}", path.display(), tr!(id, error = err.to_string()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| failed("settings-file-cannot-create-folder", e))?;
    }
    // A temporary name of this write's own, created fresh: two writers never share one, and a
    // file left by a crash (with whatever owner and mode it has) is never written into.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut temporary = path.as_os_str().to_owned();
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    temporary.push(format!(".{}-{n}.new", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut file = options.open(&temporary).map_err(|e| failed("settings-file-cannot-write", e))?;
    file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        failed("settings-file-cannot-write", e)
    })?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        failed("settings-file-cannot-replace", e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sizes_cycle_from_100_to_200_and_back() {
        let mut settings = Settings::default();
        let mut seen = vec![settings.text_size];
        for _ in 0..TEXT_SIZES.len() {
            settings = settings.larger_text();
            seen.push(settings.text_size);
        }
        assert_eq!(seen, [100, 125, 150, 175, 200, 100]);
        assert_eq!(Settings { text_size: 130, ..settings }.larger_text().text_size, 150);
    }

    #[test]
    fn saved_settings_read_back_and_a_missing_file_is_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep/settings.ron");
        assert_eq!(load(&path), (Settings::default(), None));
        let chosen =
            Settings { text_size: 175, high_contrast: true, reduced_motion: true, language: Some("es".into()) };
        save(&path, chosen.clone()).unwrap();
        assert_eq!(load(&path), (chosen, None));
        let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["settings.ron"], "no temporary file left");
    }

    #[test]
    fn a_file_with_only_some_settings_keeps_the_defaults_for_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "(high_contrast: true)").unwrap();
        assert_eq!(load(&path), (Settings { high_contrast: true, ..Settings::default() }, None));
    }

    #[test]
    fn a_broken_file_is_named_with_line_and_column_and_kept_when_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        for (n, kept) in [(1, "ron.broken"), (2, "ron.broken-2")] {
            std::fs::write(&path, format!("(\n  text_size: 150,\n  high_contrast: maybe{n},\n)")).unwrap();
            let (settings, problem) = load(&path);
            assert_eq!(settings, Settings::default());
            let problem = problem.unwrap();
            assert!(problem.contains("settings.ron:3:"), "{problem}");
            assert!(problem.contains("default settings"), "{problem}");
            save(&path, Settings::default()).unwrap();
            let aside = std::fs::read_to_string(path.with_extension(kept)).unwrap();
            assert!(aside.contains(&format!("maybe{n}")), "the broken file {n} is kept as {kept}");
            assert_eq!(load(&path), (Settings::default(), None));
        }
    }

    #[test]
    fn a_text_size_out_of_range_is_said_on_its_line_and_the_other_settings_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let chosen = Settings { text_size: 150, high_contrast: true, ..Settings::default() };
        save(&path, chosen).unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, written.replace("150", "400")).unwrap();
        let line = written.lines().position(|l| l.contains("150")).unwrap() + 1;
        let (settings, problem) = load(&path);
        assert_eq!(settings, Settings { text_size: 200, high_contrast: true, ..Settings::default() });
        let problem = problem.unwrap();
        assert!(
            problem.contains(&format!("settings.ron:{line}:1: the text size must be between 100 and 200")),
            "{problem}"
        );
        save(&path, settings).unwrap();
        assert!(!path.with_extension("ron.broken").exists(), "a file that parses is not set aside");
    }
}
