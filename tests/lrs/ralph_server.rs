//! Ralph, a real xAPI LRS, started on loopback for a test or the LRS benchmark: its file
//! backend in a fresh folder (through `tests/fixtures/ralph_lrs.py`), one key with Basic auth.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const KEY: &str = "ralph-key";
pub const SECRET: &str = "ralph-secret";

/// The virtual environment: `HOLD_THE_LINE_RALPH_VENV`, else where `.ci/run` puts it.
pub fn venv() -> Option<PathBuf> {
    let dir = std::env::var_os("HOLD_THE_LINE_RALPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache/hold-the-line/ralph-venv")))?;
    if dir.join("bin/ralph").exists() {
        return Some(dir);
    }
    let why = format!("no Ralph LRS in {} (`.ci/run` installs it)", dir.display());
    assert!(std::env::var_os("REQUIRE_LRS").is_none_or(|v| v != "1"), "REQUIRE_LRS=1 but {why}");
    eprintln!("skipped: {why}");
    None
}

pub struct Ralph {
    child: Child,
    pub port: u16,
    _folder: tempfile::TempDir,
}

impl Drop for Ralph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Ralph {
    pub fn start(venv: &std::path::Path) -> Ralph {
        let folder = tempfile::tempdir().unwrap();
        let env = |cmd: &mut Command| {
            cmd.current_dir(folder.path())
                .env("RALPH_RUNSERVER_BACKEND", "fs")
                .env("RALPH_AUTH_FILE", folder.path().join("auth.json"))
                .env("RALPH_HISTORY_FILE", folder.path().join("history.json"))
                .env("RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH", folder.path().join("data"));
        };
        let mut auth = Command::new(venv.join("bin/ralph"));
        env(&mut auth);
        let args = ["auth", "-u", KEY, "-p", SECRET, "-s", "statements/write", "-s", "statements/read"];
        let made = auth.args(args).args(["-A", KEY, "https://lrs.example.org", "-w"]).output().unwrap();
        assert!(made.status.success(), "ralph auth: {}", String::from_utf8_lossy(&made.stderr));
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ralph_lrs.py");
        let mut server = Command::new(venv.join("bin/python"));
        env(&mut server);
        let child = server.arg(script).arg(port.to_string()).stdout(Stdio::null()).spawn().unwrap();
        let ralph = Ralph { child, port, _folder: folder };
        let start = Instant::now();
        while ureq::get(format!("http://127.0.0.1:{port}/__heartbeat__")).call().is_err() {
            assert!(start.elapsed() < Duration::from_secs(60), "Ralph did not start");
            std::thread::sleep(Duration::from_millis(200));
        }
        ralph
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    pub fn statements(&self) -> Vec<Value> {
        let auth = format!("Basic {}", hold_the_line::lrs::client::base64(format!("{KEY}:{SECRET}").as_bytes()));
        let mut response = ureq::get(format!("{}statements?limit=0", self.endpoint()))
            .header("Authorization", &auth)
            .header("X-Experience-API-Version", "1.0.3")
            .call()
            .unwrap();
        let body: Value = serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
        body["statements"].as_array().unwrap().clone()
    }
}
