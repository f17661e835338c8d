//! The real binary as an operator runs it: its commands, crash safety (SIGKILL after an
//! acknowledged write) and graceful shutdown on SIGTERM.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    process::{Child, Command},
    sync::mpsc,
};

use crate::{
    helpers::{Browser, PASSWORD},
    testdb::{Backend, TestDb, both_databases},
};

const BINARY: &str = env!("CARGO_BIN_EXE_fachforum");

/// The binary with a clean environment (no FACHFORUM_* of the test run leaks in).
pub(crate) fn fachforum(data_dir: &Path, database_url: &str) -> Command {
    let mut command = Command::new(BINARY);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("FACHFORUM_DATABASE_URL", database_url)
        .arg("--data-dir")
        .arg(data_dir)
        .kill_on_drop(true);
    command
}

/// A server process and the JSON log lines it wrote so far.
pub(crate) struct ServerProcess {
    child: Child,
    base_url: String,
    seen: Vec<Value>,
    logs: mpsc::UnboundedReceiver<Value>,
}

impl ServerProcess {
    /// Starts `fachforum serve` on a free port and waits until it listens.
    async fn start(data_dir: &Path, database_url: &str) -> ServerProcess {
        ServerProcess::start_with_env(data_dir, database_url, &[]).await
    }

    /// Like [`ServerProcess::start`], with more `FACHFORUM_*` environment variables.
    pub(crate) async fn start_with_env(
        data_dir: &Path,
        database_url: &str,
        env: &[(&str, &str)],
    ) -> ServerProcess {
        let mut child = fachforum(data_dir, database_url)
            .envs(env.iter().copied())
            .args(["--listen", "127.0.0.1:0", "--log-format", "json", "serve"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stderr = child.stderr.take().unwrap();
        let (tx, mut rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if let Ok(value) = serde_json::from_str::<Value>(&line) {
                    let _ = tx.send(value);
                }
            }
        });
        let mut seen = Vec::new();
        let port = tokio::time::timeout(Duration::from_secs(30), async {
            loop {
                let line = rx.recv().await.expect("the server logs until it listens");
                seen.push(line.clone());
                if line["message"] == "Fachforum is listening" {
                    return line["port"].as_u64().expect("a port field");
                }
            }
        })
        .await
        .expect("the server listens within 30 s");
        ServerProcess {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            seen,
            logs: rx,
        }
    }

    /// Every log line so far.
    fn log_lines(&mut self) -> &[Value] {
        while let Ok(line) = self.logs.try_recv() {
            self.seen.push(line);
        }
        &self.seen
    }

    pub(crate) fn browser(&self) -> Browser {
        Browser::new(&self.base_url)
    }

    /// The first-admin setup link from the log.
    fn setup_link(&mut self) -> String {
        self.log_lines()
            .iter()
            .filter_map(|line| line["message"].as_str())
            .find(|message| message.contains("/setup?token="))
            .and_then(|message| {
                message
                    .split_whitespace()
                    .find(|word| word.starts_with("http"))
            })
            .expect("a setup link in the log")
            .to_owned()
    }

    /// True once the server logged `message`.
    fn logged(&mut self, message: &str) -> bool {
        self.log_lines()
            .iter()
            .any(|line| line["message"] == message)
    }
}

/// A fresh data directory.
pub(crate) fn data_dir() -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("fachforum_proc_{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

both_databases!(acknowledged_writes_survive_a_kill_and_sigterm_stops_gracefully);

/// A write acknowledged before SIGKILL is there after a restart; SIGTERM exits cleanly.
async fn acknowledged_writes_survive_a_kill_and_sigterm_stops_gracefully(backend: Backend) {
    let db = TestDb::new(backend).await;
    let dir = data_dir();
    let mut server = ServerProcess::start(&dir, &db.url).await;
    let link = server.setup_link();
    assert!(link.starts_with(&server.base_url), "{link}");
    let token = link.split("token=").nth(1).unwrap();
    let browser = server.browser();
    browser
        .gql(
            "mutation($t: String!, $p: String!) { setupFirstAdmin(token: $t, email: \"admin@example.org\", name: \"Admin\", password: $p) { id } }",
            json!({ "t": token, "p": PASSWORD }),
        )
        .await
        .assert_ok();
    browser
        .gql(
            "mutation { updateProfile(name: \"Nach dem Absturz\") { name } }",
            json!({}),
        )
        .await
        .assert_ok();
    server.child.start_kill().unwrap();
    server.child.wait().await.unwrap();

    let mut server = ServerProcess::start(&dir, &db.url).await;
    let browser = server.browser();
    browser
        .login("admin@example.org", PASSWORD)
        .await
        .assert_ok();
    assert_eq!(browser.viewer().await["name"], "Nach dem Absturz");

    let pid = server.child.id().unwrap().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(15), server.child.wait())
        .await
        .expect("the server stops within 15 s of SIGTERM")
        .unwrap();
    assert!(status.success(), "clean exit: {status}");
    // The log reader may lag behind the exit by a moment.
    let mut clean = server.logged("Shut down cleanly");
    for _ in 0..20 {
        if clean {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        clean = server.logged("Shut down cleanly");
    }
    assert!(clean, "the server logged its clean shutdown");
    std::fs::remove_dir_all(dir).unwrap();
}

/// `fachforum schema` prints exactly the checked-in schema.graphql.
#[tokio::test]
async fn schema_command_matches_the_checked_in_schema() {
    let output = Command::new(BINARY).arg("schema").output().await.unwrap();
    assert!(output.status.success());
    let checked_in =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql")).unwrap();
    assert!(
        String::from_utf8(output.stdout).unwrap() == checked_in,
        "schema.graphql is out of date: run `cargo run -- schema > schema.graphql`"
    );
}

/// The library's SDL equals schema.graphql (the web client's types are generated from it).
#[test]
fn schema_graphql_is_up_to_date() {
    let checked_in =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql")).unwrap();
    assert!(
        fachforum::graphql::sdl() == checked_in,
        "schema.graphql is out of date: run `cargo run -- schema > schema.graphql`"
    );
}

/// `fachforum config` documents every setting; unknown keys in a file are named.
#[tokio::test]
async fn config_command_documents_settings_and_rejects_unknown_keys() {
    let output = Command::new(BINARY).arg("config").output().await.unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for (key, _) in fachforum::config::DOCS {
        assert!(text.contains(&format!("\n{key} = ")), "{key} missing");
    }
    let dir = data_dir();
    let file = dir.join("fachforum.toml");
    std::fs::write(&file, "listen = \"127.0.0.1:0\"\nsmtp_server = \"x\"\n").unwrap();
    let output = Command::new(BINARY)
        .env_clear()
        .arg("--config")
        .arg(&file)
        .arg("migrate")
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("smtp_server"));
    std::fs::remove_dir_all(dir).unwrap();
}

/// `admin create-user` reads the password from stdin; `admin reset-password` and
/// `--invite` print one-time links that work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_commands_create_accounts_and_links() {
    let dir = data_dir();
    let url = format!("sqlite://{}", dir.join("fachforum.db").display());
    let mut create = fachforum(&dir, &url)
        .args([
            "admin",
            "create-user",
            "--email",
            "Chef@Example.org",
            "--name",
            "Chefin",
            "--admin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    create
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .await
        .unwrap();
    let output = create.wait_with_output().await.unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("chef@example.org"));

    let invite_args = "admin create-user --email neu@example.org --name Neu --invite";
    let invite = admin_command(&dir, &url, invite_args).await;
    let invite_token = token_in(&invite.stdout);
    let duplicate = admin_command(&dir, &url, invite_args).await;
    assert!(!duplicate.status.success());
    assert!(String::from_utf8_lossy(&duplicate.stderr).contains("exists already"));
    let reset = admin_command(&dir, &url, "admin reset-password --email chef@example.org").await;
    let reset_token = token_in(&reset.stdout);

    let server = ServerProcess::start(&dir, &url).await;
    let browser = server.browser();
    let login = browser.login("chef@example.org", PASSWORD).await;
    assert_eq!(login.assert_ok()["login"]["email"], "chef@example.org");
    assert_eq!(browser.viewer().await["isAdmin"], true);
    let set = "mutation($t: String!, $n: String!) { resetPassword(token: $t, new: $n) }";
    browser
        .gql(
            set,
            json!({ "t": reset_token, "n": "Chefin-hat-ein-neues" }),
        )
        .await
        .assert_ok();
    browser
        .gql(set, json!({ "t": invite_token, "n": "Neu-im-Fachforum" }))
        .await
        .assert_ok();
    server
        .browser()
        .login("neu@example.org", "Neu-im-Fachforum")
        .await
        .assert_ok();
    drop(server);
    std::fs::remove_dir_all(dir).unwrap();
}

/// Creates an account with [`PASSWORD`] through `fachforum admin create-user`.
pub(crate) async fn create_account(dir: &Path, url: &str, email: &str, name: &str, admin: bool) {
    let mut command = fachforum(dir, url);
    command.args(["admin", "create-user", "--email", email, "--name", name]);
    if admin {
        command.arg("--admin");
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .await
        .unwrap();
    drop(stdin);
    let output = child.wait_with_output().await.unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs the binary with space-separated `args` on the given data.
async fn admin_command(dir: &Path, url: &str, args: &str) -> std::process::Output {
    fachforum(dir, url)
        .args(args.split(' '))
        .output()
        .await
        .unwrap()
}

/// The `token` parameter of the one-time link a command printed.
fn token_in(stdout: &[u8]) -> String {
    let text = String::from_utf8_lossy(stdout);
    let token = text.split("token=").nth(1).expect("a one-time link");
    token.trim().to_owned()
}
