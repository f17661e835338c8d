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

mod server_process;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use server_process::{Server, TempDir};

const PASSWORD: &str = "Benchmark-Passwort-2026";
const EMAIL: &str = "sturm@example.org";
const LOGINS: usize = 200;
/// This program's own setting.
const SETTLE_VAR: &str = "FACHFORUM_BENCH_SETTLE_SECS";

/// A fresh server with the one account of the login storm, started with `env` set.
fn start(env: &[(&str, &str)]) -> Server {
    let dir = TempDir::new();
    let create = ["admin", "create-user", "--email", EMAIL, "--name", "Sturm"];
    server_process::run(&dir, &[], &create, &format!("{PASSWORD}\n"));
    Server::start(dir, env)
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
    let server = start(&[]);
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
    let server = start(env);
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
        std::env::var(SETTLE_VAR)
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
