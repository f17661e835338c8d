//! The busiest pages measured from outside: the release binary runs as its own process
//! with the demo content (`fachforum demo`), on SQLite (a temporary directory) and on
//! PostgreSQL (a fresh database on 127.0.0.1:5432, dropped afterwards). Each page is
//! the web app's own query (read from `web/src/gql/graphql.ts`) sent by `wrk` (Debian's
//! package) as the person who opens it:
//!
//! - the thread page: the discussion with 224 replies of real length, 50 posts, for a
//!   coordinator;
//! - the pinboard across the coordinator's groups (its first page);
//! - the coverage of the open acknowledgement request (331 accounts, 53 offices), for
//!   the moderator.
//!
//! Each runs with one connection, to see what a page costs (latency percentiles and the
//! server's CPU time per page, from /proc, user + system), and with 20 connections, to
//! see how it holds under load (requests per second and latency percentiles).
//!
//! Run with `cargo bench --bench pages`; `FACHFORUM_BENCH_DB` (`sqlite` or `postgres`)
//! picks one database, `FACHFORUM_BENCH_PAGE` (`thread`, `pinboard` or `coverage`) one
//! page, `FACHFORUM_BENCH_SECS` the length of each run (default 10 s). Loopback only;
//! stops by itself.

mod server_process;

use std::{process::Command, time::Duration};

use serde_json::{Value, json};
use server_process::{Server, TempDir};
use sqlx::{Connection, Executor, PgConnection};

/// The web app's generated GraphQL documents.
const DOCUMENTS: &str = include_str!("../web/src/gql/graphql.ts");
/// Posts per page of the thread page.
const POSTS_PAGE: u32 = 50;
/// Items on a page of the web app's lists.
const PAGE_SIZE: u32 = 25;

/// The text of the web app's document `name` (e.g. `ThreadDocument`).
fn document(name: &str) -> String {
    let start = format!("export const {name} = new TypedDocumentString(`");
    let at = DOCUMENTS.find(&start).expect("the document is generated") + start.len();
    let end = DOCUMENTS[at..].find('`').expect("the document ends");
    DOCUMENTS[at..at + end].to_owned()
}

/// The printed demo logins the pages are measured for.
struct Logins {
    coordinator: String,
    moderator: String,
    password: String,
}

/// Seeds the demo on `dir`; its logins.
fn seed_demo(dir: &TempDir, env: &[(&str, &str)]) -> Logins {
    let printed = server_process::run(dir, env, &["demo"], "");
    let after = |marker: &str| {
        printed
            .lines()
            .find_map(|line| line.split(marker).nth(1))
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_else(|| panic!("the demo prints {marker}"))
            .to_owned()
    };
    Logins {
        coordinator: after("coordinator in the forum and the working group: "),
        moderator: after("moderator (state agency): "),
        password: after("password of every demo account: "),
    }
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

/// Signs in; the session cookie and a client that sends it.
async fn sign_in(server: &Server, email: &str, password: &str) -> (String, reqwest::Client) {
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
    (cookie, client)
}

/// The request body of a web app document with its variables.
fn request_body(document_name: &str, operation: &str, variables: Value) -> Value {
    json!({ "query": document(document_name), "operationName": operation, "variables": variables })
}

/// Sends a request body once; prints the size of the answer.
async fn describe(client: &reqwest::Client, server: &Server, body: &Value, what: &str) -> Value {
    let page = gql(
        client,
        server,
        body["query"].as_str().unwrap(),
        body["variables"].clone(),
    )
    .await;
    let bytes = serde_json::to_vec(&page).unwrap().len();
    println!("{what}: {:.1} kB of JSON", bytes as f64 / 1000.0);
    page
}

/// The thread page of the longest thread the person sees.
async fn thread_page(client: &reqwest::Client, server: &Server) -> Value {
    let groups = gql(
        client,
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
            client,
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
    let body = request_body(
        "ThreadDocument",
        "Thread",
        json!({ "id": thread, "order": "THREADED", "first": POSTS_PAGE }),
    );
    let what = format!("the thread page ({replies} replies, {POSTS_PAGE} posts)");
    describe(client, server, &body, &what).await;
    body
}

/// The first page of the pinboard across the person's groups.
async fn pinboard(client: &reqwest::Client, server: &Server) -> Value {
    let body = request_body(
        "PinboardDocument",
        "Pinboard",
        json!({ "first": PAGE_SIZE }),
    );
    let page = describe(client, server, &body, "the pinboard").await;
    println!(
        "  {} notices",
        page["pinboard"]["nodes"].as_array().unwrap().len()
    );
    body
}

/// The coverage of the open acknowledgement request in the forum.
async fn coverage(client: &reqwest::Client, server: &Server) -> Value {
    let groups = gql(
        client,
        server,
        "{ groups(first: 100) { nodes { id name } } }",
        json!({}),
    )
    .await;
    for group in groups["groups"]["nodes"].as_array().unwrap() {
        let notices = gql(
            client,
            server,
            "query($g: ID!) { notices(groupId: $g) { nodes { id acknowledgementRequest { open } } } }",
            json!({ "g": group["id"] }),
        )
        .await;
        let open = notices["notices"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["acknowledgementRequest"]["open"] == true);
        if let Some(notice) = open {
            let body = request_body(
                "CoverageDocument",
                "Coverage",
                json!({ "noticeId": notice["id"] }),
            );
            let page = describe(client, server, &body, "the coverage").await;
            let figures = &page["notice"]["acknowledgementRequest"]["coverage"];
            println!("  {} of {} offices", figures["covered"], figures["total"]);
            return body;
        }
    }
    panic!("the demo has an open acknowledgement request")
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

/// Runs wrk with `connections` for `duration` against one page.
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
    let path = format!("{}/page.lua", dir.path_str());
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

/// Measures one page (as the signed-in `cookie`) with one and with 20 connections.
fn measure_page(server: &Server, label: &str, cookie: &str, body: &Value, duration: Duration) {
    let scratch = TempDir::new();
    // Warm-up: caches, connections, the parsed query.
    wrk(server, &scratch, cookie, body, 1, Duration::from_secs(2));
    let before = cpu_seconds(server.pid());
    let single = wrk(server, &scratch, cookie, body, 1, duration);
    let cpu_ms = (cpu_seconds(server.pid()) - before) * 1000.0 / single.requests;
    let loaded = wrk(server, &scratch, cookie, body, 20, duration);
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
}

/// Seeds, starts and measures one database (`env` points the binary at it).
async fn measure(database: &str, env: &[(&str, &str)], only: Option<&str>, duration: Duration) {
    let dir = TempDir::new();
    let logins = seed_demo(&dir, env);
    let server = Server::start(dir, env);
    let (coordinator, as_coordinator) =
        sign_in(&server, &logins.coordinator, &logins.password).await;
    let (moderator, as_moderator) = sign_in(&server, &logins.moderator, &logins.password).await;
    let wanted = |page: &str| only.is_none_or(|only| only == page);
    if wanted("thread") {
        let body = thread_page(&as_coordinator, &server).await;
        measure_page(
            &server,
            &format!("{database}, thread page"),
            &coordinator,
            &body,
            duration,
        );
    }
    if wanted("pinboard") {
        let body = pinboard(&as_coordinator, &server).await;
        measure_page(
            &server,
            &format!("{database}, pinboard"),
            &coordinator,
            &body,
            duration,
        );
    }
    if wanted("coverage") {
        let body = coverage(&as_moderator, &server).await;
        measure_page(
            &server,
            &format!("{database}, coverage"),
            &moderator,
            &body,
            duration,
        );
    }
    let (rss, peak) = server.memory();
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
    let page = std::env::var("FACHFORUM_BENCH_PAGE").ok();
    println!("# Pages of the release binary, measured with wrk");
    println!(
        "| database, page | connections | req/s | p50 ms | p90 ms | p95 ms | p99 ms | CPU ms per page |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    if only.as_deref().is_none_or(|db| db == "sqlite") {
        measure("SQLite", &[], page.as_deref(), duration).await;
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
        let env = [("FACHFORUM_DATABASE_URL", url.as_str())];
        measure("PostgreSQL", &env, page.as_deref(), duration).await;
        connection
            .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await
            .unwrap();
    }
}
