//! The organisation's Learning Record Store settings: `lrs.ron` in the configuration folder,
//! readable by its owner only (it holds the secret), written whole, and checked with every
//! problem named by file, line and column.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::formats::{is_iri, is_uuid};
use crate::store::settings::{config_dir, write_whole};
use crate::store::xapi::{DEFAULT_HOME_PAGE, Target};
use crate::tr;

/// Where results go and who sends them. (`Debug` leaves the secret out.)
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsConfig {
    /// The LRS's xAPI address; statements are posted to `<endpoint>statements`.
    pub endpoint: String,
    /// The key (HTTP Basic user name) the LRS gave this computer.
    pub user: String,
    /// The key's secret (HTTP Basic password).
    pub secret: String,
    /// Who the trainees are: the home page of the system their profile names are ids in.
    #[serde(default = "default_home_page")]
    pub home_page: String,
    /// `context.platform` in every statement, e.g. "Hold the Line, Lisbon contact centre".
    #[serde(default)]
    pub platform: Option<String>,
    /// One registration (UUID) for every run, when the organisation enrols trainees in a course;
    /// else each run is its own registration.
    #[serde(default)]
    pub registration: Option<String>,
    /// The score (0-100) a run needs to be `passed`.
    #[serde(default = "default_mastery")]
    pub mastery_score: u8,
    /// How long to wait for the LRS to answer one request.
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
}

fn default_home_page() -> String {
    DEFAULT_HOME_PAGE.to_owned()
}

fn default_mastery() -> u8 {
    crate::sim::scoring::DEFAULT_MASTERY
}

fn default_timeout() -> u64 {
    30
}

impl std::fmt::Debug for LrsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LrsConfig")
            .field("endpoint", &self.endpoint)
            .field("user", &self.user)
            .field("secret", &"(hidden)")
            .field("home_page", &self.home_page)
            .field("platform", &self.platform)
            .field("registration", &self.registration)
            .field("mastery_score", &self.mastery_score)
            .field("timeout_seconds", &self.timeout_seconds)
            .finish()
    }
}

impl LrsConfig {
    /// A configuration with the defaults for everything but the address and the key.
    pub fn new(endpoint: &str, user: &str, secret: &str) -> LrsConfig {
        LrsConfig {
            endpoint: normalise_endpoint(endpoint),
            user: user.to_owned(),
            secret: secret.to_owned(),
            home_page: default_home_page(),
            platform: None,
            registration: None,
            mastery_score: default_mastery(),
            timeout_seconds: default_timeout(),
        }
    }

    /// What statements carry from this configuration.
    pub fn target(&self) -> Target {
        Target {
            home_page: self.home_page.clone(),
            platform: self.platform.clone(),
            registration: self.registration.clone(),
            mastery: self.mastery_score,
        }
    }

    /// Every problem with the values, each with the field it is about.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut problems = Vec::new();
        let web = |s: &str| s.starts_with("http://") || s.starts_with("https://");
        let address = self.endpoint.split_once("://").map_or("", |(_, rest)| rest);
        if !web(&self.endpoint) || address.len() <= 1 {
            problems.push(("endpoint", tr!("lrs-config-not-web-address", endpoint = &self.endpoint)));
        } else if address.contains(['?', '#', '@', ' ']) {
            problems.push(("endpoint", tr!("lrs-config-address-alone", endpoint = &self.endpoint)));
        }
        if self.user.is_empty() {
            problems.push(("user", tr!("lrs-config-user-empty")));
        }
        if self.secret.is_empty() {
            problems.push(("secret", tr!("lrs-config-secret-empty")));
        }
        if !is_iri(&self.home_page) {
            problems.push(("home_page", tr!("lrs-config-not-iri", home_page = &self.home_page)));
        }
        if let Some(registration) = self.registration.as_deref().filter(|r| !is_uuid(r)) {
            problems.push(("registration", tr!("lrs-config-not-uuid", registration = registration)));
        }
        if self.mastery_score > 100 {
            problems.push(("mastery_score", tr!("lrs-config-not-a-score", score = self.mastery_score)));
        }
        if self.timeout_seconds == 0 {
            problems.push(("timeout_seconds", tr!("lrs-config-timeout-zero")));
        }
        problems
    }
}

/// The statements resource is `<endpoint>statements`: the address ends in `/`, and a pasted
/// statements address is taken back to its endpoint.
pub fn normalise_endpoint(endpoint: &str) -> String {
    let trimmed = endpoint.trim().trim_end_matches('/');
    let base = trimmed.strip_suffix("/statements").unwrap_or(trimmed);
    format!("{base}/")
}

/// `lrs.ron` in the configuration folder.
pub fn config_path() -> Option<PathBuf> {
    Some(config_dir()?.join("lrs.ron"))
}

/// The configuration, `None` when no LRS is set. A file that cannot be used is an error naming
/// the file, line and column, and what to do.
pub fn load(path: &Path) -> Result<Option<LrsConfig>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(format!("{}: {}", path.display(), tr!("settings-file-cannot-read", error = err.to_string())));
        }
    };
    let fix = |problem: String| tr!("lrs-config-fix", problem = problem);
    let config = ron::from_str::<LrsConfig>(&text).map_err(|err| {
        let at = err.span.start;
        format!("{}:{}:{}: {}", path.display(), at.line, at.col, fix(err.code.to_string()))
    })?;
    let problems: Vec<String> = config
        .problems()
        .into_iter()
        .map(|(field, why)| {
            let line = text.lines().position(|l| l.trim_start().starts_with(field)).map_or(1, |n| n + 1);
            format!("{}:{line}:1: {}", path.display(), fix(why))
        })
        .collect();
    if problems.is_empty() {
        Ok(Some(LrsConfig { endpoint: normalise_endpoint(&config.endpoint), ..config }))
    } else {
        Err(problems.join("\n"))
    }
}

/// Whether the address sends the key and results unencrypted to another computer.
pub fn is_plain_http_to_another_computer(endpoint: &str) -> bool {
    let Some(rest) = endpoint.strip_prefix("http://") else { return false };
    let loopback =
        rest.starts_with("[::1]") || matches!(rest.split(['/', ':']).next(), Some("localhost" | "127.0.0.1"));
    !loopback
}

/// Writes the configuration, readable and writable by this computer's user only.
pub fn save(path: &Path, config: &LrsConfig) -> Result<(), String> {
    let body = ron::ser::to_string_pretty(config, ron::ser::PrettyConfig::default())
        .map_err(|err| format!("{}: {}", path.display(), tr!("settings-file-cannot-write", error = err.to_string())))?;
    let text = format!(
        "// Where Hold the Line sends results: the organisation's Learning Record Store (xAPI 1.0.3).\n\
         // Set with `hold-the-line lrs set`; the secret is why only this user can read the file.\n{body}\n"
    );
    write_whole(path, &text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endpoint_ends_in_a_slash_and_a_statements_address_is_taken_back() {
        for given in [
            "https://lrs.example.org/xAPI",
            "https://lrs.example.org/xAPI/",
            "https://lrs.example.org/xAPI/statements/",
        ] {
            assert_eq!(normalise_endpoint(given), "https://lrs.example.org/xAPI/", "{given}");
        }
    }

    #[test]
    fn saved_settings_read_back_and_only_the_owner_can_read_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config/lrs.ron");
        assert_eq!(load(&path), Ok(None));
        let mut config = LrsConfig::new("https://lrs.example.org/xAPI", "key", "s3cret \"quoted\"");
        config.platform = Some("Lisbon contact centre".to_owned());
        save(&path, &config).unwrap();
        assert_eq!(load(&path), Ok(Some(config)));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn the_secret_stays_out_of_debug_output_and_addresses_are_checked() {
        let config = LrsConfig::new("https://lrs.example.org/xAPI", "key", "s3cret");
        assert!(!format!("{config:?}").contains("s3cret"));
        let with = |endpoint: &str| LrsConfig { endpoint: endpoint.to_owned(), ..config.clone() }.problems();
        assert!(with("https://user:pw@lrs.example.org/xAPI/").iter().any(|(f, _)| *f == "endpoint"));
        assert!(with("https://lrs.example.org/xAPI/?x=1").iter().any(|(f, _)| *f == "endpoint"));
        assert!(with("https://lrs.example.org/xAPI/").is_empty());
        assert!(is_plain_http_to_another_computer("http://10.0.0.5/xAPI/"));
        assert!(!is_plain_http_to_another_computer("http://127.0.0.1:8100/xAPI/"));
        assert!(!is_plain_http_to_another_computer("https://lrs.example.org/xAPI/"));
    }

    #[test]
    fn every_problem_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lrs.ron");
        let text = "(\n  endpoint: \"ftp://x\",\n  user: \"k\",\n  secret: \"s\",\n  registration: Some(\"nope\"),\n  mastery_score: 120,\n)";
        std::fs::write(&path, text).unwrap();
        let err = load(&path).unwrap_err();
        for expected in
            ["lrs.ron:2:1: `ftp://x` is not a web address", "lrs.ron:5:1: `nope` is not a UUID", "lrs.ron:6:1: 120"]
        {
            assert!(err.contains(expected), "{expected} in {err}");
        }
        std::fs::write(&path, "(\n  endpoint: \"https://x.org/\",\n  usr: \"k\",\n)").unwrap();
        let err = load(&path).unwrap_err();
        assert!(err.contains("lrs.ron:3:") && err.contains("lrs set"), "{err}");
    }
}
