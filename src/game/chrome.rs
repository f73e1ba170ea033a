//! The window as the desktop shows it: the app icon, and a title naming the scenario played.

use bevy::ecs::system::NonSendMarker;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use super::state::ActiveRun;
use crate::tr;

const ICON: &[u8] = include_bytes!("../../assets/icons/hold-the-line.png");

/// Added by the windowed game only (`cli::game`); headless apps have no window to dress.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, (name_the_window, set_icon_once));
}

/// "The Parcel That Never Came - Hold the Line" during a run, else the app's name.
fn name_the_window(run: Option<Res<ActiveRun>>, mut windows: Query<&mut Window, With<PrimaryWindow>>) {
    let Ok(mut window) = windows.single_mut() else { return };
    let app = tr!("common-app-name");
    let title = match &run {
        Some(run) => format!("{} - {app}", run.session.scenario().title),
        None => app,
    };
    if window.title != title {
        window.title = title;
    }
}

/// The icon's pixels, straight RGBA.
fn icon_rgba() -> Option<(Vec<u8>, u32, u32)> {
    let mut reader = png::Decoder::new(std::io::Cursor::new(ICON)).read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    buf.truncate(info.buffer_size());
    (info.color_type == png::ColorType::Rgba).then_some((buf, info.width, info.height))
}

/// winit windows live on the main thread, so this runs there, once the window exists.
fn set_icon_once(mut done: Local<bool>, windows: Query<Entity, With<PrimaryWindow>>, _main: NonSendMarker) {
    if *done {
        return;
    }
    let Ok(entity) = windows.single() else { return };
    bevy::winit::WINIT_WINDOWS.with_borrow(|winit_windows| {
        let Some(window) = winit_windows.get_window(entity) else { return };
        *done = true;
        match icon_rgba().and_then(|(rgba, w, h)| winit::window::Icon::from_rgba(rgba, w, h).ok()) {
            Some(icon) => window.set_window_icon(Some(icon)),
            None => warn!("the window icon could not be decoded"),
        }
    });
}
