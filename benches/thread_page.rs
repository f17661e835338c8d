//! The thread page measured from outside: the release binary runs as its own process
//! with the demo content (`fachforum demo`: the discussion with 224 replies of real
//! length), on SQLite (a temporary directory) and on PostgreSQL (a fresh database on
//! 127.0.0.1:5432, dropped afterwards). A demo coordinator signs in, and `wrk` (Debian's
//! package) sends the web app's own `Thread` query (read from `web/src/gql/graphql.ts`,
//! with the page size of the thread page, 50 posts) again and again:
//!
//! - one connection, to see what a page costs: latency percentiles and the server's CPU
//!   time per page (from /proc, user + system);
//! - 20 connections, to see how it holds under load: requests per second and latency
//!   percentiles.
//!
//! Run with `cargo bench --bench thread_page`; `FACHFORUM_BENCH_DB` (`sqlite` or
//! `postgres`) picks one database, `FACHFORUM_BENCH_SECS` the length of each run
//! (default 10 s). Loopback only; stops by itself.

mod server_process;

use std::{process::Command, time::Duration};

use serde_json::{Value, json};
use server_process::{Server, TempDir};
use sqlx::{Connection, Executor, PgConnection};

/// The web app's generated GraphQL documents.
const DOCUMENTS: &str = include_str!("../web/src/gql/graphql.ts");
/// Posts per page of the thread page.
const POSTS_PAGE: u32 = 50;

/// The text of the web app's document `name` (e.g. `ThreadDocument`).
fn document(name: &str) -> String {
    let start = format!("export const {name} = new TypedDocumentString(`");
    let at = DOCUMENTS.find(&start).expect("the document is generated") + start.len();
    let end = DOCUMENTS[at..].find('`').expect("the document ends");
    DOCUMENTS[at..at + end].to_owned()
}

/// Seeds the demo on `dir`; the email of the first coordinator login and the password.
fn seed_demo(dir: &TempDir, env: &[(&str, &str)]) -> (String, String) {
    let printed = server_process::run(dir, env, &["demo"], "");
    let password = printed
        .lines()
        .find_map(|line| line.split("password of every demo account: ").nth(1))
        .expect("the demo prints the password")
        .trim()
        .to_owned();
    let email = printed
        .lines()
        .find(|line| line.contains("coordinator in the forum and the working group"))
        .and_then(|line| line.split(": ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the demo prints a coordinator")
        .to_owned();
    (email, password)
}

async fn gql(client: &reqwest::Client, server: &Server, query: &str, variables: Value) -> Value {
    let body: Value = client
        .post(format!("{}/graphql", server.base_url))
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("a JSON answer");
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

/// Signs in; the session cookie, and the request body of the thread page of the
/// longest thread the person sees.
async fn thread_page_request(server: &Server, email: &str, password: &str) -> (String, Value) {
    let response = reqwest::Client::new()
        .post(format!("{}/graphql", server.base_url))
        .json(&json!({
            "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }",
            "variables": { "e": email, "p": password },
        }))
        .send()
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| {
            value
                .to_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join("; ");
    let client = reqwest::Client::builder()
        .default_headers(
            [(reqwest::header::COOKIE, cookie.parse().unwrap())]
                .into_iter()
                .collect(),
        )
        .build()
        .unwrap();
    let groups = gql(
        &client,
        server,
        "{ groups(first: 100) { nodes { id myRole } } }",
        json!({}),
    )
    .await;
    let mut longest: Option<(i64, String)> = None;
    for group in groups["groups"]["nodes"].as_array().unwrap() {
        if group["myRole"].is_null() {
            continue;
        }
        let threads = gql(
            &client,
            server,
            "query($g: ID!) { threads(groupId: $g, first: 100) { nodes { id replyCount } } }",
            json!({ "g": group["id"] }),
        )
        .await;
        for thread in threads["threads"]["nodes"].as_array().unwrap() {
            let replies = thread["replyCount"].as_i64().unwrap();
            if longest.as_ref().is_none_or(|(most, _)| replies > *most) {
                longest = Some((replies, thread["id"].as_str().unwrap().to_owned()));
            }
        }
    }
    let (replies, thread) = longest.expect("the coordinator sees threads");
    let body = json!({
        "query": document("ThreadDocument"),
        "operationName": "Thread",
        "variables": { "id": thread, "order": "THREADED", "first": POSTS_PAGE },
    });
    let page = gql(
        &client,
        server,
        body["query"].as_str().unwrap(),
        body["variables"].clone(),
    )
    .await;
    let posts = page["thread"]["posts"]["nodes"].as_array().unwrap();
    let bytes = serde_json::to_vec(&page).unwrap().len();
    println!(
        "thread with {replies} replies; a page of {} posts is {:.1} kB of JSON",
        posts.len(),
        bytes as f64 / 1000.0
    );
    (cookie, body)
}

/// The CPU time the process has used so far (user + system), in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name (in parentheses, which may hold spaces).
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    // Linux reports in clock ticks of 1/100 s (USER_HZ).
    ticks / 100.0
}

/// What one wrk run printed in its `done` function: requests, per second, percentiles.
struct Run {
    requests: f64,
    per_second: f64,
    percentiles_ms: [f64; 4],
}

/// Runs wrk with `connections` for `duration` against the thread page.
fn wrk(
    server: &Server,
    dir: &TempDir,
    cookie: &str,
    body: &Value,
    connections: u32,
    duration: Duration,
) -> Run {
    let script = format!(
        "wrk.method = \"POST\"\n\
         wrk.body = {body}\n\
         wrk.headers[\"Content-Type\"] = \"application/json\"\n\
         wrk.headers[\"Cookie\"] = {cookie}\n\
         function response(status, headers, body)\n\
           if status ~= 200 then error(\"status \" .. status) end\n\
         end\n\
         function done(summary, latency, requests)\n\
           local errors = summary.errors.status + summary.errors.read + summary.errors.timeout\n\
           io.write(string.format(\"RESULT %d %d %f %f %f %f %f\\n\", summary.requests, errors,\n\
             summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,\n\
             latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))\n\
         end\n",
        body = lua_string(&body.to_string()),
        cookie = lua_string(cookie),
    );
    let path = format!("{}/thread.lua", dir.path_str());
    std::fs::write(&path, script).unwrap();
    let threads = connections.min(2).to_string();
    let output = Command::new("wrk")
        .args(["-t", &threads, "-c", &connections.to_string()])
        .args(["-d", &format!("{}s", duration.as_secs()), "-s", &path])
        .arg(format!("{}/graphql", server.base_url))
        .output()
        .expect("wrk is installed (apt install wrk)");
    let printed = String::from_utf8_lossy(&output.stdout);
    let line = printed
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .unwrap_or_else(|| panic!("wrk printed no result: {printed}"));
    let numbers: Vec<f64> = line
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(numbers[1], 0.0, "wrk saw failed requests: {printed}");
    Run {
        requests: numbers[0],
        per_second: numbers[2],
        percentiles_ms: [numbers[3], numbers[4], numbers[5], numbers[6]],
    }
}

fn lua_string(text: &str) -> String {
    format!(
        "\"{}\"",
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
    )
}

/// Seeds, starts and measures one database (`env` points the binary at it).
async fn measure(label: &str, env: &[(&str, &str)], duration: Duration) {
    let dir = TempDir::new();
    let (email, password) = seed_demo(&dir, env);
    let scratch = TempDir::new();
    let server = Server::start(dir, env);
    let (cookie, body) = thread_page_request(&server, &email, &password).await;
    // Warm-up: caches, connections, the parsed query.
    wrk(&server, &scratch, &cookie, &body, 1, Duration::from_secs(2));
    let before = cpu_seconds(server.pid());
    let single = wrk(&server, &scratch, &cookie, &body, 1, duration);
    let cpu_ms = (cpu_seconds(server.pid()) - before) * 1000.0 / single.requests;
    let loaded = wrk(&server, &scratch, &cookie, &body, 20, duration);
    let (rss, peak) = server.memory();
    let [p50, p90, p95, p99] = single.percentiles_ms;
    println!(
        "| {label} | 1 | {:.0} | {p50:.2} | {p90:.2} | {p95:.2} | {p99:.2} | {cpu_ms:.2} |",
        single.per_second
    );
    let [p50, p90, p95, p99] = loaded.percentiles_ms;
    println!(
        "| {label} | 20 | {:.0} | {p50:.2} | {p90:.2} | {p95:.2} | {p99:.2} | – |",
        loaded.per_second
    );
    println!("memory after the runs: {rss:.1} MiB (peak {peak:.1} MiB)");
}

#[tokio::main]
async fn main() {
    let only = std::env::var("FACHFORUM_BENCH_DB").ok();
    let duration = Duration::from_secs(
        std::env::var("FACHFORUM_BENCH_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10),
    );
    println!("# The thread page (50 posts) of the release binary, measured with wrk");
    println!(
        "| database | connections | req/s | p50 ms | p90 ms | p95 ms | p99 ms | CPU ms per page |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    if only.as_deref().is_none_or(|db| db == "sqlite") {
        measure("SQLite", &[], duration).await;
    }
    if only.as_deref().is_none_or(|db| db == "postgres") {
        let admin = "postgres://postgres@127.0.0.1:5432/postgres";
        let name = format!("fachforum_bench_{}", uuid::Uuid::new_v4().simple());
        let mut connection = PgConnection::connect(admin).await.expect("PostgreSQL runs");
        connection
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .unwrap();
        let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
        measure("PostgreSQL", &[("FACHFORUM_DATABASE_URL", &url)], duration).await;
        connection
            .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await
            .unwrap();
    }
}
