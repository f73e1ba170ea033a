//! The game as a trainee starts it: reactive, with no input and no window focus (as under Xvfb
//! with no window manager), its title must reach the screen. The X screen is captured from
//! outside the process with `xwd` (Debian x11-apps), so nothing in the game can fake it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::window::{or_skip, with_own_display};

/// Palette colours the title screen is made of (src/game/ui.rs).
const BACKGROUND: [u8; 3] = [0xF4, 0xF1, 0xEA];
const PRIMARY: [u8; 3] = [0x1D, 0x4E, 0x89];

/// An XWD screen dump (X11 `xwd -root`), decoded to RGB rows.
struct Capture {
    width: usize,
    height: usize,
    rgb: Vec<[u8; 3]>,
}

fn parse_xwd(data: &[u8]) -> Result<Capture, String> {
    let field = |i: usize| -> Result<u32, String> {
        let bytes = data.get(i * 4..i * 4 + 4).ok_or("the XWD header is cut short")?;
        Ok(u32::from_be_bytes(bytes.try_into().unwrap()))
    };
    let (header, version) = (field(0)? as usize, field(1)?);
    if version != 7 {
        return Err(format!("XWD version {version}, expected 7"));
    }
    let (width, height) = (field(4)? as usize, field(5)? as usize);
    let (little_endian, bits, line) = (field(7)? == 0, field(11)? as usize, field(12)? as usize);
    let masks = [field(14)?, field(15)?, field(16)?];
    let colormap = field(19)? as usize * 12;
    if bits != 32 && bits != 24 {
        return Err(format!("{bits} bits per pixel is not a true-colour dump"));
    }
    let start = header + colormap;
    let mut rgb = Vec::with_capacity(width * height);
    for y in 0..height {
        for x in 0..width {
            let at = start + y * line + x * bits / 8;
            let raw = data.get(at..at + bits / 8).ok_or("the XWD pixels are cut short")?;
            let value = raw.iter().enumerate().fold(0u32, |v, (i, b)| {
                let shift = if little_endian { 8 * i } else { 8 * (raw.len() - 1 - i) };
                v | u32::from(*b) << shift
            });
            rgb.push(masks.map(|m| ((value & m) >> m.trailing_zeros()) as u8));
        }
    }
    Ok(Capture { width, height, rgb })
}

fn near(a: [u8; 3], b: [u8; 3], tolerance: u8) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= tolerance)
}

/// What is visible of a 1280x720 window at the screen's top-left corner (no window manager
/// places it elsewhere): mostly background, with the title's blue in its top third.
fn title_drawn(capture: &Capture) -> Result<(), String> {
    let (w, h) = (capture.width.min(1280), capture.height.min(720));
    let pixel = |x: usize, y: usize| capture.rgb[y * capture.width + x];
    let background =
        (0..h).flat_map(|y| (0..w).map(move |x| (x, y))).filter(|&(x, y)| near(pixel(x, y), BACKGROUND, 3));
    let background = background.count();
    let title_ink =
        (60..h / 3).flat_map(|y| (0..w).map(move |x| (x, y))).filter(|&(x, y)| near(pixel(x, y), PRIMARY, 12));
    let title_ink = title_ink.count();
    if background * 2 < w * h {
        return Err(format!("only {background} of {} pixels are the background colour", w * h));
    }
    if title_ink < 2000 {
        return Err(format!("only {title_ink} title-blue pixels in the top third"));
    }
    Ok(())
}

/// Dumps the X screen the game is on.
fn capture(display: &str, xauthority: &str) -> Result<Capture, String> {
    let mut xwd = Command::new("xwd");
    xwd.args(["-root", "-silent", "-display", display]);
    if !xauthority.is_empty() {
        xwd.env("XAUTHORITY", xauthority);
    }
    let output = xwd.output().map_err(|e| format!("cannot run xwd (apt-get install x11-apps): {e}"))?;
    if !output.status.success() {
        return Err(format!("xwd failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    parse_xwd(&output.stdout)
}

fn wait_for_file(path: &Path, deadline: Instant) -> Option<String> {
    while Instant::now() < deadline {
        if let Ok(text) = std::fs::read_to_string(path) {
            return Some(text);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

/// The window's name and icon as a window manager reads them (`xprop`, from x11-utils).
fn window_properties(display: &str, xauthority: &str) -> Result<(), String> {
    let out = Command::new("xprop")
        // The icon's first two numbers are its width and height.
        .args(["-display", display, "-name", "Hold the Line", "-f", "_NET_WM_ICON", "32c", " $0, $1\n"])
        .args(["WM_NAME", "_NET_WM_ICON"])
        .env("XAUTHORITY", xauthority)
        .output()
        .map_err(|e| format!("xprop: {e} (apt-get install x11-utils)"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let head: String = text.chars().take(200).collect();
    if !text.contains("WM_NAME(") || !text.contains("\"Hold the Line\"") {
        return Err(format!("the window is not named Hold the Line: {head}"));
    }
    if !text.contains("_NET_WM_ICON(CARDINAL) 256, 256") {
        return Err(format!("the window has no 256x256 icon: {head}"));
    }
    Ok(())
}

#[test]
fn the_title_screen_is_drawn_with_no_input_and_no_focus() {
    let Some(_) = or_skip(
        Command::new("sh")
            .args(["-c", "command -v xwd"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .ok_or_else(|| "no xwd to capture the screen (apt-get install x11-apps)".to_owned()),
    ) else {
        return;
    };
    let Some(mut cmd) = with_own_display("sh") else { return };
    let work = tempfile::tempdir().unwrap();
    let info = work.path().join("display");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    // The wrapper says which display it got (xvfb-run picks a free one), then becomes the game.
    let script =
        r#"info=$0; printf '%s\n%s\n' "$DISPLAY" "${XAUTHORITY:-}" > "$info.tmp" && mv "$info.tmp" "$info"; exec "$@""#;
    use std::os::unix::process::CommandExt;
    let mut child = cmd
        .process_group(0)
        .args(["-c", script, info.to_str().unwrap(), env!("CARGO_BIN_EXE_hold-the-line")])
        .args(["--scenarios", fixtures.to_str().unwrap(), "--size", "1280x720"])
        .env("XDG_RUNTIME_DIR", work.path())
        .env("HOLD_THE_LINE_DATA", work.path())
        .env("HOLD_THE_LINE_CONFIG", work.path().join("config"))
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("the game starts");
    // A dev build under software rendering takes a few seconds to its first frame; a window
    // that stays black (or never drew its text) keeps failing until the deadline.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = Err("the game never said which display it got".to_owned());
    if let Some(display) = wait_for_file(&info, deadline) {
        let mut lines = display.lines();
        let (display, xauthority) = (lines.next().unwrap_or_default(), lines.next().unwrap_or_default());
        while Instant::now() < deadline {
            last = capture(display, xauthority).and_then(|c| title_drawn(&c));
            if last.is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
        // What the desktop shows for it: the app's name and its 256x256 icon.
        if last.is_ok() {
            last = window_properties(display, xauthority);
        }
    }
    // xvfb-run starts the game as a child: end the whole process group.
    let _ = Command::new("kill").args(["--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
    if let Err(problem) = last {
        panic!("the title screen was not drawn without input within 60 s: {problem}");
    }
}

#[test]
fn an_xwd_dump_decodes_to_its_pixels() {
    // A 2x1 little-endian 32-bit dump: one background pixel, one title-blue pixel.
    let mut header = [0u32; 25];
    header[0] = 100;
    header[1] = 7;
    header[4] = 2;
    header[5] = 1;
    header[11] = 32;
    header[12] = 8;
    header[14] = 0xFF0000;
    header[15] = 0x00FF00;
    header[16] = 0x0000FF;
    let mut data: Vec<u8> = header.iter().flat_map(|v| v.to_be_bytes()).collect();
    for [r, g, b] in [BACKGROUND, PRIMARY] {
        data.extend([b, g, r, 0]);
    }
    let capture = parse_xwd(&data).unwrap();
    assert_eq!((capture.width, capture.height), (2, 1));
    assert_eq!(capture.rgb, vec![BACKGROUND, PRIMARY]);
}
