//! Typed settings.
//!
//! Defaults live in code; an optional TOML file (`fachforum.toml` in the working
//! directory, or `--config FILE`) overrides them, `FACHFORUM_<KEY>` environment
//! variables override the file, and command-line flags override everything. Unknown
//! keys in the file or unknown `FACHFORUM_*` variables are errors that name the key.

use std::{
    fmt,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    path::{Path, PathBuf},
    time::Duration,
};

use anyhow::{Context, bail};
use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// A setting that may carry credentials: it never prints.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The value, or `None` when empty (not configured).
    pub fn get(&self) -> Option<&str> {
        (!self.0.is_empty()).then_some(self.0.as_str())
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "\"\"" } else { "\"***\"" })
    }
}

/// Every setting of a Fachforum server. See [`DOCS`] for what each one does.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    pub listen: String,
    pub public_url: String,
    pub data_dir: PathBuf,
    pub database_url: Secret,
    pub database_max_connections: u32,
    pub redis_url: Secret,
    pub redis_prefix: String,
    pub smtp_url: Secret,
    pub mail_from: String,
    pub secure_cookies: bool,
    pub session_idle_days: u32,
    pub trust_proxy_headers: bool,
    pub login_max_failures_per_account: u32,
    pub login_max_failures_per_ip: u32,
    pub login_window_secs: u64,
    pub password_hashes_at_once: usize,
    pub password_hash_wait_ms: u64,
    pub graphql_max_depth: usize,
    pub graphql_max_complexity: usize,
    pub graphql_max_body_bytes: usize,
    pub job_max_attempts: i32,
    pub job_lease_secs: u64,
    pub job_backoff_secs: u64,
    pub job_poll_interval_ms: u64,
    pub acknowledgement_reminder_hours: u32,
    pub link_check_interval_hours: u32,
    pub shutdown_timeout_secs: u64,
    pub outbound_timeout_secs: u64,
    pub outbound_allowed_networks: String,
    pub outbound_allowed_hosts: String,
    pub outbound_allowed_ports: String,
    pub log_format: String,
    pub dev: bool,
}

/// One line of documentation per setting, in the order `fachforum config` prints them.
pub const DOCS: &[(&str, &str)] = &[
    ("listen", "Address and port the HTTP server listens on."),
    (
        "public_url",
        "URL under which users reach the server, used in mails and links; empty: http://<listen>.",
    ),
    (
        "data_dir",
        "Directory for the SQLite database, outbox mail and files.",
    ),
    (
        "database_url",
        "postgres://user:pass@host/db for PostgreSQL; empty: SQLite file <data_dir>/fachforum.db.",
    ),
    (
        "database_max_connections",
        "Size of the database connection pool.",
    ),
    (
        "redis_url",
        "redis://host:6379 to share live events and rate limits across instances; empty: in-process.",
    ),
    (
        "redis_prefix",
        "Prefix of every Redis key and channel, so installations can share a Redis.",
    ),
    (
        "smtp_url",
        "smtp://user:pass@host:587?tls=required (STARTTLS) or smtps://host:465; empty: .eml files in <data_dir>/outbox.",
    ),
    ("mail_from", "Sender of outgoing mail."),
    (
        "secure_cookies",
        "Mark cookies Secure and use the __Host- prefix; turn on behind TLS.",
    ),
    (
        "session_idle_days",
        "A session ends after this many days without use.",
    ),
    (
        "trust_proxy_headers",
        "Take the client address from X-Forwarded-For (only behind your own reverse proxy).",
    ),
    (
        "login_max_failures_per_account",
        "Failed logins per account per window before throttling.",
    ),
    (
        "login_max_failures_per_ip",
        "Failed logins per client address per window before throttling.",
    ),
    (
        "login_window_secs",
        "Length of the login throttling window in seconds.",
    ),
    (
        "password_hashes_at_once",
        "Password hashes (sign-in, new passwords) computed at once, 19 MiB of memory each; 0: one per CPU core.",
    ),
    (
        "password_hash_wait_ms",
        "How long a sign-in waits for a free hashing slot before it is refused as busy (429).",
    ),
    (
        "graphql_max_depth",
        "Maximum nesting depth of a GraphQL query.",
    ),
    (
        "graphql_max_complexity",
        "Maximum complexity (roughly: fields) of a GraphQL query.",
    ),
    (
        "graphql_max_body_bytes",
        "Maximum size of a GraphQL request body in bytes.",
    ),
    (
        "job_max_attempts",
        "Attempts of a background job (e.g. sending a mail) before it is marked dead.",
    ),
    (
        "job_lease_secs",
        "How long a worker owns a claimed job before another may take it over.",
    ),
    (
        "job_backoff_secs",
        "Delay before the first retry of a failed job; doubles with every attempt.",
    ),
    (
        "job_poll_interval_ms",
        "How often idle workers look for due jobs, in milliseconds.",
    ),
    (
        "acknowledgement_reminder_hours",
        "How long before the deadline of an acknowledgement request those still missing are reminded (0: never).",
    ),
    (
        "link_check_interval_hours",
        "How often each link of the link lists is checked, in hours (168: weekly; 0: only on demand).",
    ),
    (
        "shutdown_timeout_secs",
        "How long shutdown waits for requests and jobs in flight.",
    ),
    (
        "outbound_timeout_secs",
        "How long one link check or page preview may take in all, redirects and body included.",
    ),
    (
        "outbound_allowed_networks",
        "Risk (README, Security): networks that link checks may reach although private or reserved, comma-separated (10.20.0.0/16,127.0.0.1/32); whoever may add a link can then probe them. Empty: none.",
    ),
    (
        "outbound_allowed_hosts",
        "Risk (README, Security): exact host names whose private or reserved addresses link checks may reach, comma-separated (intranet.behoerde.example); whoever may add a link can then probe them. Empty: none.",
    ),
    (
        "outbound_allowed_ports",
        "Risk (README, Security): ports besides 80 and 443 that link checks may connect to, comma-separated (8080,8443). Empty: none.",
    ),
    ("log_format", "Log format: text (human-readable) or json."),
    (
        "dev",
        "Development mode: GraphQL introspection and field suggestions on. Never in production.",
    ),
];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: "127.0.0.1:8080".into(),
            public_url: String::new(),
            data_dir: PathBuf::from("data"),
            database_url: Secret::default(),
            database_max_connections: 10,
            redis_url: Secret::default(),
            redis_prefix: "fachforum".into(),
            smtp_url: Secret::default(),
            mail_from: "Fachforum <fachforum@localhost>".into(),
            secure_cookies: false,
            session_idle_days: 30,
            trust_proxy_headers: false,
            login_max_failures_per_account: 10,
            login_max_failures_per_ip: 30,
            login_window_secs: 15 * 60,
            password_hashes_at_once: 0,
            password_hash_wait_ms: 5000,
            graphql_max_depth: 12,
            graphql_max_complexity: 1000,
            graphql_max_body_bytes: 2 * 1024 * 1024,
            job_max_attempts: 8,
            job_lease_secs: 300,
            job_backoff_secs: 10,
            job_poll_interval_ms: 1000,
            acknowledgement_reminder_hours: 24,
            link_check_interval_hours: 168,
            shutdown_timeout_secs: 20,
            outbound_timeout_secs: 10,
            outbound_allowed_networks: String::new(),
            outbound_allowed_hosts: String::new(),
            outbound_allowed_ports: String::new(),
            log_format: "text".into(),
            dev: false,
        }
    }
}

/// The environment variable that overrides a setting.
fn env_name(key: &str) -> String {
    format!("FACHFORUM_{}", key.to_uppercase())
}

/// Environment variables with the `FACHFORUM_` prefix that are not settings.
const NON_SETTING_VARS: &[&str] = &["FACHFORUM_CONFIG"];

impl Settings {
    /// Loads settings from the defaults, the TOML file and the environment.
    ///
    /// `file` is an explicit `--config` path (which must exist); without it, a
    /// `fachforum.toml` in the working directory is read when present.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> anyhow::Result<Settings> {
        let mut table = toml::Table::try_from(Settings::default())?;
        let defaults = table.clone();

        let path = file.map(Path::to_path_buf).or_else(|| {
            let local = PathBuf::from("fachforum.toml");
            local.exists().then_some(local)
        });
        if let Some(path) = path {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read config file {}", path.display()))?;
            let file_table: toml::Table = toml::from_str(&text)
                .with_context(|| format!("invalid config file {}", path.display()))?;
            for (key, value) in file_table {
                if !defaults.contains_key(&key) {
                    bail!("unknown setting `{key}` in {}", path.display());
                }
                table.insert(key, value);
            }
        }

        for (name, raw) in env {
            let Some(key) = name.strip_prefix("FACHFORUM_") else {
                continue;
            };
            if NON_SETTING_VARS.contains(&name.as_str()) {
                continue;
            }
            let key = key.to_lowercase();
            let Some(default) = defaults.get(&key) else {
                bail!("unknown setting in environment variable {name}");
            };
            let value = match default {
                toml::Value::Integer(_) => toml::Value::Integer(
                    raw.trim()
                        .parse()
                        .with_context(|| format!("{name} must be a whole number"))?,
                ),
                toml::Value::Boolean(_) => toml::Value::Boolean(
                    parse_bool(&raw).with_context(|| format!("{name} must be true or false"))?,
                ),
                _ => toml::Value::String(raw),
            };
            table.insert(key, value);
        }

        let settings: Settings = toml::Value::Table(table)
            .try_into()
            .context("invalid settings")?;
        settings.validate()?;
        Ok(settings)
    }

    /// The address people open: `public_url` when set, else the server's own address
    /// `listening`, with a wildcard IP (0.0.0.0, ::) shown as the loopback address.
    pub fn reachable_url(&self, listening: SocketAddr) -> String {
        if !self.public_url.is_empty() {
            return self.public_url.clone();
        }
        let mut addr = listening;
        if addr.ip().is_unspecified() {
            addr.set_ip(match addr {
                SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => Ipv6Addr::LOCALHOST.into(),
            });
        }
        format!("http://{addr}")
    }

    fn validate(&self) -> anyhow::Result<()> {
        self.listen.parse::<SocketAddr>().with_context(|| {
            format!(
                "listen: `{}` is not an address like 127.0.0.1:8080",
                self.listen
            )
        })?;
        if !matches!(self.log_format.as_str(), "text" | "json") {
            bail!("log_format must be text or json");
        }
        let url = &self.public_url;
        if !(url.is_empty() || url.starts_with("http://") || url.starts_with("https://")) {
            bail!("public_url must start with http:// or https://");
        }
        if self.database_max_connections == 0 {
            bail!("database_max_connections must be at least 1");
        }
        if self.outbound_timeout_secs == 0 {
            bail!("outbound_timeout_secs must be at least 1");
        }
        self.outbound_networks()?;
        self.outbound_hosts()?;
        self.outbound_ports()?;
        Ok(())
    }

    /// The settings file `fachforum config` prints: every key with its default and a comment.
    pub fn documented_defaults() -> String {
        let table = toml::Table::try_from(Settings::default()).expect("defaults serialise");
        let mut out = String::from(
            "# Fachforum settings with their defaults.\n\
             # Put changes into fachforum.toml, or set FACHFORUM_<KEY> in the environment.\n",
        );
        for (key, doc) in DOCS {
            let value = &table[*key];
            out.push_str(&format!(
                "\n# {doc}\n# env: {}\n{key} = {value}\n",
                env_name(key)
            ));
        }
        out
    }

    /// The database URL, defaulting to a SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        match self.database_url.get() {
            Some(url) => url.to_owned(),
            None => format!("sqlite://{}", self.data_dir.join("fachforum.db").display()),
        }
    }

    /// Where outgoing mail goes on the embedded default.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// How long an unused session stays valid.
    pub fn session_idle(&self) -> chrono::Duration {
        chrono::Duration::days(i64::from(self.session_idle_days))
    }

    /// The login throttling window.
    pub fn login_window(&self) -> Duration {
        Duration::from_secs(self.login_window_secs)
    }

    /// How long one outgoing fetch (a link check, a preview) may take in all.
    pub fn outbound_timeout(&self) -> Duration {
        Duration::from_secs(self.outbound_timeout_secs)
    }

    /// The networks outgoing fetches may reach although they are private or reserved
    /// (`outbound_allowed_networks`). A bare address is a network of one; a network
    /// with host bits set is refused, because `10.20.1.0/16` is more likely a typo than
    /// a wish for all of `10.20.0.0/16`.
    pub fn outbound_networks(&self) -> anyhow::Result<Vec<IpNet>> {
        list(&self.outbound_allowed_networks)
            .map(|entry| {
                let net = match entry.parse::<IpNet>() {
                    Ok(net) => net,
                    Err(_) => IpNet::from(entry.parse::<IpAddr>().with_context(|| {
                        format!("outbound_allowed_networks: `{entry}` is not a network like 10.20.0.0/16")
                    })?),
                };
                if net.trunc() != net {
                    bail!(
                        "outbound_allowed_networks: `{entry}` has host bits set; the network is {}",
                        net.trunc()
                    );
                }
                Ok(net)
            })
            .collect()
    }

    /// The host names whose addresses outgoing fetches may reach although they are
    /// private or reserved (`outbound_allowed_hosts`), lower-case and in punycode, as
    /// they appear in a parsed URL. Exact names: a name does not allow its subdomains.
    pub fn outbound_hosts(&self) -> anyhow::Result<Vec<String>> {
        list(&self.outbound_allowed_hosts)
            .map(|entry| match url::Host::parse(entry) {
                Ok(url::Host::Domain(name)) => Ok(name),
                Ok(_) => bail!(
                    "outbound_allowed_hosts: `{entry}` is an address; allow it in outbound_allowed_networks"
                ),
                Err(_) => bail!("outbound_allowed_hosts: `{entry}` is not a host name"),
            })
            .collect()
    }

    /// The ports besides 80 (http) and 443 (https) that outgoing fetches may connect
    /// to (`outbound_allowed_ports`).
    pub fn outbound_ports(&self) -> anyhow::Result<Vec<u16>> {
        list(&self.outbound_allowed_ports)
            .map(|entry| match entry.parse::<u16>() {
                Ok(port) if port > 0 => Ok(port),
                _ => bail!("outbound_allowed_ports: `{entry}` is not a port from 1 to 65535"),
            })
            .collect()
    }

    /// The name of the session cookie: `__Host-` prefixed when cookies are Secure
    /// (browsers reject that prefix on cookies without the Secure flag).
    pub fn session_cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-fachforum"
        } else {
            "fachforum"
        }
    }
}

/// The entries of a comma-separated setting, trimmed, without empty ones.
fn list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
}

fn parse_bool(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// People are sent to the public URL when set, else to where the server listens, a
    /// wildcard address shown as loopback.
    #[test]
    fn the_reachable_url_is_an_address_a_browser_opens() {
        let mut settings = Settings::default();
        let url = |settings: &Settings, addr: &str| settings.reachable_url(addr.parse().unwrap());
        assert_eq!(url(&settings, "127.0.0.1:3000"), "http://127.0.0.1:3000");
        assert_eq!(url(&settings, "0.0.0.0:8080"), "http://127.0.0.1:8080");
        assert_eq!(url(&settings, "[::]:8080"), "http://[::1]:8080");
        assert_eq!(url(&settings, "192.168.1.5:80"), "http://192.168.1.5:80");
        settings.public_url = "https://forum.example.de".into();
        assert_eq!(url(&settings, "0.0.0.0:8080"), "https://forum.example.de");
    }

    /// Every setting has exactly one documentation line, in a stable order.
    #[test]
    fn every_setting_is_documented() {
        let table = toml::Table::try_from(Settings::default()).unwrap();
        let documented: Vec<&str> = DOCS.iter().map(|(k, _)| *k).collect();
        let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
        let mut sorted_docs = documented.clone();
        keys.sort();
        sorted_docs.sort();
        assert_eq!(keys, sorted_docs);
    }

    /// Environment variables override defaults with the type of the default.
    #[test]
    fn environment_overrides_defaults() {
        let s = Settings::load(
            None,
            env(&[
                ("FACHFORUM_LISTEN", "0.0.0.0:9000"),
                ("FACHFORUM_SESSION_IDLE_DAYS", "7"),
                ("FACHFORUM_DEV", "1"),
                ("PATH", "/bin"),
            ]),
        )
        .unwrap();
        assert_eq!(s.listen, "0.0.0.0:9000");
        assert_eq!(s.session_idle_days, 7);
        assert!(s.dev);
    }

    /// An unknown FACHFORUM_ variable is an error that names it.
    #[test]
    fn unknown_environment_key_is_named() {
        let err = Settings::load(None, env(&[("FACHFORUM_LISTNE", "x")])).unwrap_err();
        assert!(err.to_string().contains("FACHFORUM_LISTNE"), "{err}");
    }

    /// An unknown key in the file is an error that names it; known keys are read.
    #[test]
    fn config_file_is_read_and_checked() {
        let dir = std::env::temp_dir().join(format!("ff-config-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.toml");
        std::fs::write(
            &good,
            "listen = \"127.0.0.1:9999\"\nsecure_cookies = true\n",
        )
        .unwrap();
        let s = Settings::load(Some(&good), env(&[])).unwrap();
        assert_eq!(s.listen, "127.0.0.1:9999");
        assert_eq!(s.session_cookie_name(), "__Host-fachforum");

        let bad = dir.join("bad.toml");
        std::fs::write(&bad, "smtp_host = \"mail\"\n").unwrap();
        let err = Settings::load(Some(&bad), env(&[])).unwrap_err();
        assert!(format!("{err:#}").contains("smtp_host"), "{err:#}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Malformed values are rejected with the variable's name.
    #[test]
    fn malformed_values_are_rejected() {
        let err = Settings::load(None, env(&[("FACHFORUM_SESSION_IDLE_DAYS", "ten")])).unwrap_err();
        assert!(err.to_string().contains("FACHFORUM_SESSION_IDLE_DAYS"));
        assert!(Settings::load(None, env(&[("FACHFORUM_LISTEN", "localhost")])).is_err());
        assert!(Settings::load(None, env(&[("FACHFORUM_LOG_FORMAT", "xml")])).is_err());
    }

    /// The outbound allow-lists are read entry by entry, and a wrong entry is an error
    /// that names the setting and the entry.
    #[test]
    fn outbound_allow_lists_are_parsed_and_checked() {
        let s = Settings::load(
            None,
            env(&[
                (
                    "FACHFORUM_OUTBOUND_ALLOWED_NETWORKS",
                    " 10.20.0.0/16, 127.0.0.1 ,,fd00::/8",
                ),
                (
                    "FACHFORUM_OUTBOUND_ALLOWED_HOSTS",
                    "Intranet.Behörde.example",
                ),
                ("FACHFORUM_OUTBOUND_ALLOWED_PORTS", "8080, 8443"),
            ]),
        )
        .unwrap();
        let networks: Vec<String> = s
            .outbound_networks()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(networks, ["10.20.0.0/16", "127.0.0.1/32", "fd00::/8"]);
        assert_eq!(
            s.outbound_hosts().unwrap(),
            ["intranet.xn--behrde-yxa.example"]
        );
        assert_eq!(s.outbound_ports().unwrap(), [8080, 8443]);
        assert!(Settings::default().outbound_networks().unwrap().is_empty());

        for (key, value, named) in [
            (
                "FACHFORUM_OUTBOUND_ALLOWED_NETWORKS",
                "10.20.1.0/16",
                "10.20.0.0/16",
            ),
            (
                "FACHFORUM_OUTBOUND_ALLOWED_NETWORKS",
                "intranet",
                "intranet",
            ),
            ("FACHFORUM_OUTBOUND_ALLOWED_HOSTS", "10.0.0.1", "10.0.0.1"),
            ("FACHFORUM_OUTBOUND_ALLOWED_PORTS", "0", "`0`"),
            ("FACHFORUM_OUTBOUND_ALLOWED_PORTS", "http", "`http`"),
            (
                "FACHFORUM_OUTBOUND_TIMEOUT_SECS",
                "0",
                "outbound_timeout_secs",
            ),
        ] {
            let err = Settings::load(None, env(&[(key, value)])).unwrap_err();
            assert!(format!("{err:#}").contains(named), "{value}: {err:#}");
        }
    }

    /// Secrets never show in debug output.
    #[test]
    fn secrets_do_not_print() {
        let s = Settings {
            database_url: "postgres://u:hunter2@db/x".into(),
            ..Settings::default()
        };
        assert!(!format!("{s:?}").contains("hunter2"));
    }

    /// The printed defaults parse back into the defaults.
    #[test]
    fn documented_defaults_round_trip() {
        let text = Settings::documented_defaults();
        let parsed: Settings = toml::from_str(&text).unwrap();
        assert_eq!(parsed.listen, Settings::default().listen);
        assert!(text.contains("# env: FACHFORUM_SMTP_URL"));
    }
}
