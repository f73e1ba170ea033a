//! Hot reload: loads the trainer files from `scenarios://`, rescans the folder when files come
//! and go, wakes the window on edits, and rebuilds the `GameLibrary` when they change.

use std::path::Path;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext};
use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::GameLibrary;
use crate::sim::library::over_bundled;
use crate::sim::library::{CATALOG_FILE, SCENARIO_SUFFIX};
use crate::sim::{Diagnostics, SourceFile};

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
    /// Set by the folder watcher: a translation overlay (`i18n/<lang>/*.csv`) was edited.
    overlays: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

fn is_trainer_file(name: &str) -> bool {
    name == CATALOG_FILE || name.ends_with(SCENARIO_SUFFIX)
}

/// A translation overlay: a CSV file under the folder's `i18n/`.
fn is_overlay(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "csv") && path.components().any(|c| c.as_os_str() == "i18n")
}

/// Loads `scenarios://` through Bevy's asset server, watching it for edits.
pub fn asset_plugin(app: &mut App) {
    app.init_asset::<RonText>();
    app.init_asset_loader::<RonTextLoader>();
    // Built once at start even from an empty folder: the bundled library is always there.
    let files = ScenarioFiles { dirty: true, ..default() };
    files.rescan.store(true, std::sync::atomic::Ordering::Relaxed);
    app.insert_resource(files);
    app.add_message::<RequestRedraw>();
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
    let overlays = files.overlays.clone();
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
        let overlay = event.paths.iter().any(|p| is_overlay(p));
        if edit && (trainer_file || overlay) {
            if overlay {
                overlays.store(true, std::sync::atomic::Ordering::Relaxed);
            } else {
                rescan.store(true, std::sync::atomic::Ordering::Relaxed);
            }
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
        // Recursive for the overlays in `i18n/<lang>/`; only trainer files and overlays count.
        Ok(mut watcher) => match watcher.watch(Path::new(&library.source), notify::RecursiveMode::Recursive) {
            Ok(()) => {
                // The real-window test waits for this line before it edits a file.
                info!("watching {} for edits", library.source);
                commands.insert_resource(WakeWatcher(std::sync::Mutex::new(watcher)));
            }
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
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let changed = events.read().filter(|e| !matches!(e, AssetEvent::Unused { .. })).count() > 0;
    let overlays = files.overlays.swap(false, std::sync::atomic::Ordering::Relaxed);
    if !changed && !files.dirty {
        if overlays {
            library.relanguage();
            info!("translations reloaded (generation {})", library.generation);
        }
        return;
    }
    // Wait until every file has loaded (or failed to), so the list never flickers half-built.
    // Loads finish on other threads and nothing wakes a reactive window for them: keep frames
    // coming until they are in, or the library would appear only on the next input.
    if files.handles.iter().any(|(_, h)| server.load_state(h).is_loading()) {
        redraw.write(RequestRedraw);
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
    // The trainer's folder over the bundled library (a standalone folder, like a clone's
    // `scenarios/`, is read on its own).
    let built = over_bundled(&library.source, catalog, scenarios, Diagnostics::default());
    library.rebuild(built);
    let broken = library.cards.iter().filter(|c| !c.problems.is_empty()).count();
    info!(
        "scenario library loaded: {} cards, {broken} with errors (generation {})",
        library.cards.len(),
        library.generation
    );
}
