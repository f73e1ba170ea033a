//! The scenario library in the game: cards for the select screen, last good versions kept
//! through broken edits, and hot reload from the `scenarios://` asset source.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext};
use bevy::prelude::*;

use crate::sim::library::{self, CATALOG_FILE, SCENARIO_SUFFIX};
use crate::sim::{Catalog, Diagnostics, Difficulty, Library, Scenario, SourceFile};

/// One scenario as the select screen shows it.
#[derive(Clone, Debug)]
pub struct Card {
    pub file: String,
    pub id: String,
    pub title: String,
    pub setting: String,
    pub difficulty: Option<Difficulty>,
    pub tags: Vec<String>,
    pub scenes: usize,
    /// The validator's located messages for this file (errors only), rendered as text.
    pub problems: Vec<String>,
    /// The version to play: the current one, or the last good one when the file is broken.
    pub playable: Option<Arc<Scenario>>,
}

impl Card {
    /// The file is broken but an earlier version still plays.
    pub fn is_stale(&self) -> bool {
        self.playable.is_some() && !self.problems.is_empty()
    }
}

#[derive(Resource, Debug)]
pub struct GameLibrary {
    /// Where the scenarios come from, for messages.
    pub source: String,
    pub catalog: Option<Arc<Catalog>>,
    pub cards: Vec<Card>,
    /// Problems in the catalog itself, shown above the cards.
    pub catalog_problems: Vec<String>,
    good: HashMap<String, Arc<Scenario>>,
    /// Bumped on every rebuild, so screens can tell when to refresh.
    pub generation: u64,
}

impl GameLibrary {
    pub fn empty(source: String) -> Self {
        GameLibrary {
            source,
            catalog: None,
            cards: Vec::new(),
            catalog_problems: Vec::new(),
            good: HashMap::new(),
            generation: 0,
        }
    }

    /// Reads a folder from disk (tests and tools; the game uses the asset source).
    pub fn from_dir(dir: &Path) -> Self {
        let mut lib = GameLibrary::empty(dir.display().to_string());
        lib.rebuild(library::load(&[dir.to_path_buf()]));
        lib
    }

    /// Takes a freshly validated library; broken files keep their last good version.
    pub fn rebuild(&mut self, library: Library) {
        let errors_in = |file: &str| -> Vec<String> { library.file_errors(file).map(|d| d.render(false)).collect() };
        self.catalog_problems = library.catalog_errors().map(|d| d.render(false)).collect();
        if let Some((_, catalog)) = &library.catalog
            && (self.catalog_problems.is_empty() || self.catalog.is_none())
        {
            self.catalog = Some(Arc::new(catalog.clone()));
        }
        let mut cards = Vec::new();
        for loaded in &library.scenarios {
            let problems = errors_in(&loaded.file.path);
            if library.blocking(&loaded.file.path).is_empty() {
                self.good.insert(loaded.file.path.clone(), Arc::new(loaded.scenario.clone()));
            }
            let s = &loaded.scenario;
            cards.push(Card {
                file: loaded.file.path.clone(),
                id: s.id.clone(),
                title: s.title.clone(),
                setting: s.setting.clone(),
                difficulty: Some(s.difficulty),
                tags: s.tags.clone(),
                scenes: s.decision_scene_count(),
                problems,
                playable: self.good.get(&loaded.file.path).cloned(),
            });
        }
        for (file, diagnostic) in &library.broken {
            let old = self.good.get(file).cloned();
            let name = Path::new(file).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
            cards.push(Card {
                file: file.clone(),
                id: old.as_ref().map_or_else(|| name.trim_end_matches(SCENARIO_SUFFIX).to_owned(), |s| s.id.clone()),
                title: old.as_ref().map_or_else(|| name.clone(), |s| s.title.clone()),
                setting: old.as_ref().map_or_else(String::new, |s| s.setting.clone()),
                difficulty: old.as_ref().map(|s| s.difficulty),
                tags: old.as_ref().map_or_else(Vec::new, |s| s.tags.clone()),
                scenes: old.as_ref().map_or(0, |s| s.decision_scene_count()),
                problems: vec![diagnostic.render(false)],
                playable: old,
            });
        }
        cards.sort_by(|a, b| {
            (a.difficulty.is_none(), a.difficulty, &a.title).cmp(&(b.difficulty.is_none(), b.difficulty, &b.title))
        });
        self.cards = cards;
        self.generation += 1;
    }

    pub fn card_by_file(&self, file: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.file == file)
    }
}

/// A trainer file's text, as loaded from the asset source; parsing happens in `sim`.
#[derive(Asset, TypePath, Debug)]
pub struct RonText {
    /// The bytes as saved; `sim` decodes them (a BOM is fine, UTF-16 gets a located message).
    pub bytes: Vec<u8>,
}

#[derive(Default, TypePath)]
struct RonTextLoader;

impl AssetLoader for RonTextLoader {
    type Asset = RonText;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<RonText, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        Ok(RonText { bytes })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// The trainer files loaded from `scenarios://`, by file name. Other files in the folder (notes,
/// backups) are left alone, so they can never stop the library from loading.
#[derive(Resource, Default)]
struct ScenarioFiles {
    handles: Vec<(String, Handle<RonText>)>,
    /// Set by the folder watcher: files may have been added or removed.
    rescan: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The set of files changed since the last rebuild.
    dirty: bool,
}

fn is_trainer_file(name: &str) -> bool {
    name == CATALOG_FILE || name.ends_with(SCENARIO_SUFFIX)
}

/// Loads `scenarios://` through Bevy's asset server, watching it for edits.
pub fn asset_plugin(app: &mut App) {
    app.init_asset::<RonText>();
    app.init_asset_loader::<RonTextLoader>();
    let files = ScenarioFiles::default();
    files.rescan.store(true, std::sync::atomic::Ordering::Relaxed);
    app.insert_resource(files);
    app.add_systems(Startup, wake_on_file_change);
    app.add_systems(Update, (scan_folder, rebuild_on_change).chain());
}

/// Lists the folder (at start, and whenever the watcher saw a change) and loads new files.
fn scan_folder(mut files: ResMut<ScenarioFiles>, library: Res<GameLibrary>, server: Res<AssetServer>) {
    if !files.rescan.swap(false, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(&library.source) else { return };
    let mut names: Vec<String> =
        entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| is_trainer_file(n)).collect();
    names.sort();
    let known: Vec<String> = files.handles.iter().map(|(n, _)| n.clone()).collect();
    if names != known {
        files.handles = names.into_iter().map(|n| (n.clone(), server.load(format!("scenarios://{n}")))).collect();
        files.dirty = true;
    }
}

/// Keeps the file watcher that wakes the window alive.
#[derive(Resource)]
struct WakeWatcher(
    #[allow(dead_code, reason = "held only to keep watching")] std::sync::Mutex<notify::RecommendedWatcher>,
);

/// A reactive window sleeps until input, and a trainer saving in their editor gives the game
/// no input: wake it for a couple of seconds after any change in the scenarios folder, so the
/// asset watcher's reload reaches the screen at once.
fn wake_on_file_change(
    mut commands: Commands,
    library: Res<GameLibrary>,
    files: Res<ScenarioFiles>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) {
    use notify::Watcher;
    let proxy = proxy.map(|p| (**p).clone());
    let rescan = files.rescan.clone();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Only real edits to trainer files: reading the folder raises access events too, and
        // waking on those would keep an idle window busy forever.
        let Ok(event) = event else { return };
        let edit = match event.kind {
            notify::EventKind::Create(_) | notify::EventKind::Remove(_) => true,
            notify::EventKind::Modify(kind) => !matches!(kind, notify::event::ModifyKind::Metadata(_)),
            _ => false,
        };
        let trainer_file =
            event.paths.iter().any(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(is_trainer_file));
        if edit && trainer_file {
            rescan.store(true, std::sync::atomic::Ordering::Relaxed);
            let Some(proxy) = proxy.clone() else { return };
            std::thread::spawn(move || {
                for _ in 0..6 {
                    let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
                    std::thread::sleep(std::time::Duration::from_millis(400));
                }
            });
        }
    });
    match watcher {
        Ok(mut watcher) => match watcher.watch(Path::new(&library.source), notify::RecursiveMode::NonRecursive) {
            Ok(()) => commands.insert_resource(WakeWatcher(std::sync::Mutex::new(watcher))),
            Err(err) => warn!("edits to {} will show on the next input: {err}", library.source),
        },
        Err(err) => warn!("edits to scenarios will show on the next input: {err}"),
    }
}

fn rebuild_on_change(
    mut events: MessageReader<AssetEvent<RonText>>,
    mut files: ResMut<ScenarioFiles>,
    texts: Res<Assets<RonText>>,
    server: Res<AssetServer>,
    mut library: ResMut<GameLibrary>,
) {
    let changed = events.read().filter(|e| !matches!(e, AssetEvent::Unused { .. })).count() > 0;
    if !changed && !files.dirty {
        return;
    }
    // Wait until every file has loaded (or failed to), so the list never flickers half-built.
    if files.handles.iter().any(|(_, h)| server.load_state(h).is_loading()) {
        return;
    }
    files.dirty = false;
    let mut catalog = None;
    let mut scenarios = Vec::new();
    for (name, handle) in &files.handles {
        let shown = Path::new(&library.source).join(name).display().to_string();
        let file = match texts.get(handle) {
            Some(loaded) => SourceFile::from_bytes(shown, &loaded.bytes),
            None => SourceFile::read(Path::new(&shown)),
        };
        if name == CATALOG_FILE {
            catalog = Some(file);
        } else if name.ends_with(SCENARIO_SUFFIX) {
            scenarios.push(file);
        }
    }
    scenarios.sort_by_key(|f| f.as_ref().map_or_else(|d| d.file.clone(), |f| f.path.clone()));
    let mut built = library::from_sources(&library.source, catalog, scenarios, Diagnostics::default());
    built.diagnostics.sort();
    library.rebuild(built);
    let broken = library.cards.iter().filter(|c| !c.problems.is_empty()).count();
    info!(
        "scenario library loaded: {} cards, {broken} with errors (generation {})",
        library.cards.len(),
        library.generation
    );
}
