//! What hostile traffic costs the server: the release binary runs as its own process on
//! SQLite (a temporary directory), and this program measures its resident memory
//! (VmRSS, and the peak VmHWM, from /proc) and the answer times for
//!
//! - fragment bombs: chains of n fragments that each spread the next one twice
//!   (2^n fields when expanded), for n = 16, 24, 30, 60, and one fragment spread
//!   10 000 times;
//! - a login storm: 200 sign-ins of one account at once, with the server's default
//!   hashing slots and, for comparison, with practically unbounded ones
//!   (`password_hashes_at_once` = 1000, the behaviour without a bound), each on a fresh
//!   server; the memory afterwards is sampled for a minute.
//!
//! Run with `cargo bench --bench hostile`. Loopback only; stops by itself.
//! `FACHFORUM_BENCH_SETTLE_SECS` shortens the minute of sampling after the storm.

use std::{
    io::{BufRead, BufReader, Write},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::{Value, json};

const BINARY: &str = env!("CARGO_BIN_EXE_fachforum");
const PASSWORD: &str = "Benchmark-Passwort-2026";
const EMAIL: &str = "sturm@example.org";
const LOGINS: usize = 200;

/// A server process with its own data directory, stopped when dropped.
struct Server {
    child: Child,
    base_url: String,
    _dir: TempDir,
}

impl Server {
    /// Creates the test account, then starts the server with `env` set.
    fn start(env: &[(&str, &str)]) -> Server {
        let dir = TempDir::new();
        let mut create = Command::new(BINARY)
            .args(["--data-dir", dir.path_str(), "admin", "create-user"])
            .args(["--email", EMAIL, "--name", "Sturm"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("the binary runs");
        writeln!(create.stdin.take().unwrap(), "{PASSWORD}").unwrap();
        assert!(create.wait().unwrap().success(), "create-user failed");

        let mut child = Command::new(BINARY)
            .args(["--data-dir", dir.path_str(), "--listen", "127.0.0.1:0"])
            .args(["--log-format", "json", "serve"])
            .envs(env.iter().copied())
            .env("RUST_LOG", "warn,fachforum=info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = loop {
            let line = lines.next().expect("the server logs its port").unwrap();
            if line.contains("Fachforum is listening") {
                let entry: Value = serde_json::from_str(&line).unwrap();
                break entry["fields"]["port"]
                    .as_u64()
                    .or_else(|| entry["port"].as_u64())
                    .expect("the port in the log line");
            }
        };
        // Keep reading the log, so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        }
    }

    /// The resident and peak resident memory, in MiB.
    fn memory(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("the server's /proc status");
        let field = |name: &str| {
            status
                .lines()
                .find(|line| line.starts_with(name))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<f64>().ok())
                .map_or(0.0, |kib| kib / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary directory, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let path = std::env::temp_dir().join(format!(
            "fachforum-bench-hostile-{}",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn path_str(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn post(client: &reqwest::Client, server: &Server, body: &Value) -> (u16, Value) {
    let response = client
        .post(format!("{}/graphql", server.base_url))
        .json(body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The doubling chain of `n` fragments.
fn doubling_chain(n: usize) -> String {
    let chain: String = (0..n)
        .map(|i| format!("fragment F{i} on Query {{ ...F{} ...F{} }} ", i + 1, i + 1))
        .collect();
    format!("{{ ...F0 }} {chain} fragment F{n} on Query {{ __typename }}")
}

async fn fragment_bombs() {
    println!("\n## Fragment bombs (one request each, no account)");
    println!("| document | bytes | answer | reason | time | RSS before → after (peak) |");
    println!("|---|---|---|---|---|---|");
    let server = Server::start(&[]);
    let client = reqwest::Client::new();
    let wide = format!(
        "{{ ...W }} {{ {} }} fragment W on Query {{ __typename }}",
        "...W ".repeat(10_000)
    );
    let documents: Vec<(String, String)> = [16, 24, 30, 60]
        .into_iter()
        .map(|n| (format!("chain n = {n}"), doubling_chain(n)))
        .chain([("one fragment spread 10 000 times".to_owned(), wide)])
        .collect();
    for (label, query) in documents {
        let (before, _) = server.memory();
        let started = Instant::now();
        let (status, body) = post(&client, &server, &json!({ "query": query })).await;
        let took = started.elapsed();
        let (after, peak) = server.memory();
        let reason = body["errors"][0]["extensions"]["reason"]
            .as_str()
            .unwrap_or("-");
        println!(
            "| {label} | {} | {status} | {reason} | {:.2} ms | {before:.1} → {after:.1} MiB ({peak:.1}) |",
            query.len(),
            took.as_secs_f64() * 1000.0
        );
    }
}

async fn login_storm(label: &str, env: &[(&str, &str)], settle: Duration) {
    let server = Server::start(env);
    let (idle, _) = server.memory();
    let started = Instant::now();
    let logins = (0..LOGINS).map(|_| {
        let client = reqwest::Client::new();
        let server = &server;
        async move {
            let body = json!({
                "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }",
                "variables": { "e": EMAIL, "p": PASSWORD },
            });
            post(&client, server, &body).await
        }
    });
    let answers = futures_util::future::join_all(logins).await;
    let took = started.elapsed();
    let (after, peak) = server.memory();
    let ok = answers
        .iter()
        .filter(|(s, b)| *s == 200 && b["errors"].is_null())
        .count();
    let busy = answers
        .iter()
        .filter(|(s, b)| *s == 429 && b["errors"][0]["extensions"]["reason"] == "SERVER_BUSY")
        .count();
    let other = answers.len() - ok - busy;
    let mut samples = Vec::new();
    let sampled = Instant::now();
    for at in [1u64, 5, 15, 30, 60] {
        let at = Duration::from_secs(at).min(settle);
        if let Some(wait) = at.checked_sub(sampled.elapsed()) {
            tokio::time::sleep(wait).await;
        }
        samples.push(format!(
            "{:.0} s: {:.1}",
            at.as_secs_f64(),
            server.memory().0
        ));
        if at == settle {
            break;
        }
    }
    println!(
        "| {label} | {ok} | {busy} | {other} | {:.1} s | {idle:.1} | {peak:.1} | {after:.1} | {} |",
        took.as_secs_f64(),
        samples.join(", ")
    );
}

#[tokio::main]
async fn main() {
    let settle = Duration::from_secs(
        std::env::var("FACHFORUM_BENCH_SETTLE_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(60),
    );
    println!("# Hostile traffic against the release binary (SQLite)");
    fragment_bombs().await;
    println!("\n## {LOGINS} sign-ins at once (MiB)");
    println!(
        "| hashing slots | signed in | busy (429) | other | all answered in | RSS idle | peak | right after | later |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    login_storm("default (one per core)", &[], settle).await;
    login_storm(
        "unbounded (1000)",
        &[
            ("FACHFORUM_PASSWORD_HASHES_AT_ONCE", "1000"),
            ("FACHFORUM_PASSWORD_HASH_WAIT_MS", "600000"),
        ],
        settle,
    )
    .await;
}
