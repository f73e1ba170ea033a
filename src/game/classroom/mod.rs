//! Classroom live mode in the window: the presenter's screen on the projector, the server the
//! phones vote through, and the instructor's keys. The room's rules are `sim::classroom`'s and
//! the server is `net`'s; this only starts them, presents the room and forwards key presses.

pub mod keys;
mod qr_image;
mod view;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::library::GameLibrary;
use super::recorder::Recorder;
use super::state::{ClassroomPick, ClassroomRequest, Screen, TitleNotice};
use crate::net::address::{Interface, candidates, join_url};
use crate::net::{ClassServer, DEFAULT_PORT, LiveRoom, new_room_code};
use crate::sim::Session;
use crate::sim::classroom::Room;
use crate::tr;

/// The class in progress: the room, its server and how phones reach it. Removing it (leaving
/// the screen) stops the server, ending every phone's stream first.
#[derive(Resource)]
pub struct Class {
    pub live: Arc<LiveRoom>,
    server: ClassServer,
    /// Addresses phones may use, best first; `A` cycles them.
    pub addresses: Vec<IpAddr>,
    pub chosen: usize,
    pub qr: Handle<Image>,
    pub started: Instant,
}

impl Class {
    pub fn port(&self) -> u16 {
        self.server.port()
    }

    /// The address on the projector, e.g. `http://192.168.1.23:8321/`.
    pub fn url(&self) -> String {
        join_url(self.addresses[self.chosen], self.port())
    }

    /// What the QR code carries: the page with the room code filled in.
    pub fn link(&self) -> String {
        crate::net::qr::join_link(&self.url(), &self.live.read(|r| r.code().to_owned()))
    }
}

/// The presenter's own state, apart from the room's.
#[derive(Resource, Default, Debug)]
pub struct Presenter {
    /// The room version on screen; another one (or `None`) redraws.
    pub seen: Option<u64>,
    /// When the voting countdown ends.
    pub countdown: Option<Instant>,
    /// The participant list is shown (names stay off the projector otherwise), with the one
    /// `Delete` would remove.
    pub people: Option<usize>,
    /// What the last key did or why it could not.
    pub message: Option<String>,
    /// Esc was pressed once: a second Esc ends the session.
    pub confirm_end: bool,
    /// Nobody joined for a minute: the checklist is on screen.
    pub checklist: bool,
}

/// How long the countdown key gives the room to vote.
pub const COUNTDOWN: Duration = Duration::from_secs(30);
/// With nobody joined after this, the join panel shows what to check.
pub const CHECKLIST_AFTER: Duration = Duration::from_secs(60);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Presenter>();
    app.add_systems(OnExit(Screen::Classroom), end_class);
    // Back on the title, "Start practicing" is solo again, however the select screen was left.
    app.add_systems(OnEnter(Screen::Title), |mut commands: Commands| commands.remove_resource::<ClassroomPick>());
    // Why a class could not start is said once, not on every later visit to the title.
    app.add_systems(OnExit(Screen::Title), |mut notice: ResMut<TitleNotice>| notice.0 = None);
    app.add_systems(Update, open_requested.run_if(resource_exists::<ClassroomRequest>));
    view::plugin(app);
    keys::plugin(app);
}

/// The laptop's addresses as the system lists them (an empty list if it cannot say).
fn interfaces() -> Vec<Interface> {
    if_addrs::get_if_addrs()
        .map(|list| list.into_iter().map(|i| Interface { ip: i.ip(), name: i.name }).collect())
        .unwrap_or_default()
}

/// Starts a class on the scenario in `file`: a room with a fresh code, its server listening,
/// and the session saved in the store. The error says what to do.
pub fn start_class(
    world: &mut World,
    file: &str,
    seed: u64,
    host: Option<IpAddr>,
    port: Option<u16>,
) -> Result<(), String> {
    let library = world.resource::<GameLibrary>();
    let card = library.card_by_file(file).ok_or_else(|| tr!("classroom-not-in-library", file = file))?;
    let scenario = card.playable.clone().ok_or_else(|| tr!("classroom-has-problems", file = file))?;
    let catalog = library.catalog.clone().ok_or_else(|| tr!("classroom-catalog-problems"))?;
    let session = Session::from_shared(scenario, catalog, seed).map_err(|e| e.to_string())?;
    let live = LiveRoom::new(Room::new(session, new_room_code()));
    if let Some(proxy) = world.get_resource::<bevy::winit::EventLoopProxyWrapper>() {
        let proxy = (**proxy).clone();
        // Phones change the room from the server's thread; the reactive window would not
        // notice until the next input.
        let waker = proxy.clone();
        live.on_change(move || {
            let _ = waker.send_event(bevy::winit::WinitUserEvent::WakeUp);
        });
        // An unfocused reactive window may sleep a minute: wake it when the checklist is due.
        std::thread::spawn(move || {
            std::thread::sleep(CHECKLIST_AFTER + Duration::from_millis(200));
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        });
    }
    let server = listen(live.clone(), host, port)?;
    let addresses = match host {
        Some(host) => vec![host],
        // The server listens on every IPv4 address then, so only those are offered.
        None => candidates(&interfaces()).into_iter().filter(IpAddr::is_ipv4).collect(),
    };
    let addresses = if addresses.is_empty() { vec![IpAddr::V4(Ipv4Addr::LOCALHOST)] } else { addresses };
    {
        let mut recorder = world.resource_mut::<Recorder>();
        live.read(|room| recorder.start_class(room));
    }
    let mut class = Class { live, server, addresses, chosen: 0, qr: Handle::default(), started: Instant::now() };
    class.qr = qr_image::add(world, &class.link());
    info!("classroom open: phones join at {} with the code {}", class.url(), class.live.read(|r| r.code().to_owned()));
    world.insert_resource(class);
    world.insert_resource(Presenter::default());
    Ok(())
}

/// Listens on the port asked for; without one, on the default port or, if that is taken (a
/// second class on this laptop), any free one.
fn listen(live: Arc<LiveRoom>, host: Option<IpAddr>, port: Option<u16>) -> Result<ClassServer, String> {
    let ip = host.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let first = ClassServer::start(live.clone(), SocketAddr::new(ip, port.unwrap_or(DEFAULT_PORT)));
    match (first, port) {
        (Ok(server), _) => Ok(server),
        (Err(_), None) => ClassServer::start(live, SocketAddr::new(ip, 0))
            .map_err(|e| tr!("classroom-cannot-listen", ip = ip.to_string(), error = e.to_string())),
        (Err(e), Some(port)) => Err(tr!(
            "classroom-cannot-listen-port",
            ip = ip.to_string(),
            port = port.to_string(),
            error = e.to_string()
        )),
    }
}

/// Opens the class asked for (on the command line, or a card picked for a class on the select
/// screen) once the library has loaded.
fn open_requested(world: &mut World) {
    let request = world.resource::<ClassroomRequest>().clone();
    let library = world.resource::<GameLibrary>();
    if library.catalog.is_none() && library.cards.is_empty() {
        return; // still loading
    }
    let file = request.scenario.as_ref().map(|wanted| {
        library
            .cards
            .iter()
            .find(|c| &c.id == wanted || &c.file == wanted || c.file.ends_with(&format!("/{wanted}")))
            .map(|c| c.file.clone())
    });
    world.remove_resource::<ClassroomRequest>();
    let Some(wanted) = request.scenario.clone() else {
        world.insert_resource(ClassroomPick(request));
        world.resource_mut::<NextState<Screen>>().set(Screen::Select);
        return;
    };
    let file = file.flatten();
    let seed = world.resource::<super::state::SeedChoice>().0.unwrap_or_else(crate::sim::rng::fresh_seed);
    match file {
        Some(file) => open_class(world, &file, seed, request.host, request.port),
        None => refuse(world, tr!("classroom-no-scenario", wanted = &wanted)),
    }
}

/// Starts the class and shows the presenter, or says on the title screen why it cannot.
pub fn open_class(world: &mut World, file: &str, seed: u64, host: Option<IpAddr>, port: Option<u16>) {
    match start_class(world, file, seed, host, port) {
        Ok(()) => world.resource_mut::<NextState<Screen>>().set(Screen::Classroom),
        Err(why) => refuse(world, why),
    }
}

fn refuse(world: &mut World, why: String) {
    error!("the classroom could not start: {why}");
    world.insert_resource(TitleNotice(Some(tr!("classroom-could-not-start", why = why))));
    world.resource_mut::<NextState<Screen>>().set(Screen::Title);
}

fn end_class(mut commands: Commands, mut recorder: ResMut<Recorder>) {
    // A session ended before its debrief is kept as it stands, closed as abandoned.
    recorder.end_class();
    // Dropping the server ends every phone's stream with "session ended" and stops listening.
    commands.remove_resource::<Class>();
    commands.remove_resource::<ClassroomPick>();
}
