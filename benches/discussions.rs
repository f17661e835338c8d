//! Discussion read performance over HTTP: the page of a thread with 200 replies and a
//! group's thread list, each requested by 20 concurrent signed-in clients, on SQLite
//! (a temporary directory) and PostgreSQL (a fresh database on 127.0.0.1:5432,
//! dropped at the end). Prints requests per second and p50/p95/p99 latency.
//!
//! Run with `cargo bench --bench discussions` (release profile). Loopback only; stops
//! by itself. For profiling, `FACHFORUM_BENCH_DB` (`sqlite` or `postgres`),
//! `FACHFORUM_BENCH_SCENARIO` (part of a scenario's name), `FACHFORUM_BENCH_CLIENTS`,
//! `FACHFORUM_BENCH_REQUESTS` and `FACHFORUM_BENCH_POOL` (connections) narrow or vary
//! the run; the defaults are the figures'.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use fachforum::{
    app::App,
    auth,
    clock::Clock,
    config::Settings,
    discussions::{self, ImportParent, ImportedReply, model::PostBody, model::ThreadId},
};
use serde_json::{Value, json};
use sqlx::{Connection, Executor, PgConnection};
use tokio::sync::{Mutex, oneshot};
use uuid::Uuid;

/// Concurrent clients.
const CLIENTS: usize = 20;
/// Requests before measuring, per scenario.
const WARM_UP: usize = 200;
/// Measured requests per scenario.
const REQUESTS: usize = 2000;
/// Replies of the large thread.
const REPLIES: usize = 200;
/// Further threads in the group.
const THREADS: usize = 60;
/// Reactions the member leaves on every fourth reply.
const REACTIONS: [&str; 3] = ["THUMBS_UP", "HEART", "CHECK"];
const PASSWORD: &str = "Benchmark-Passwort-2026";
const POSTGRES_ADMIN: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The thread page of issue 4: the first 100 posts in threaded order with authors,
/// reactions and parents.
const THREAD_QUERY: &str = "query($id: ID!) { thread(id: $id) { id title kind replyCount \
     unreadCount answered author { name } posts(first: 100) { nodes { id seq depth \
     bodyHtml author { name } reactions { reaction count reactedByMe } parent { id } } \
     pageInfo { hasNextPage endCursor } } } }";
/// The web app's operations, read from its source, so that the benchmark asks exactly
/// what the thread page asks.
const WEB_OPERATIONS: &str = include_str!("../web/src/api/discussions.ts");
/// The thread page of the web app, read from its source.
const WEB_PAGE: &str = include_str!("../web/src/pages/discussions/ThreadPage.tsx");

/// The GraphQL text in the web app's source that starts with `start`, up to the end of
/// its template literal.
fn web_operation(start: &str) -> &'static str {
    let from = WEB_OPERATIONS
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` is no longer in web/src/api/discussions.ts"));
    let text = &WEB_OPERATIONS[from..];
    &text[..text.find('`').expect("a template literal ends")]
}

/// The thread page as the web app asks for it: `ThreadQuery` with the `ThreadFields`
/// and `PostFields` fragments, and its page size (`POSTS_PAGE`). Built once per run and
/// kept for the program's life.
fn web_thread_query() -> (&'static str, i64) {
    let query = [
        "query Thread(",
        "fragment ThreadFields on Thread",
        "fragment PostFields on Post",
    ]
    .map(web_operation)
    .join("\n")
    .leak();
    let page = WEB_PAGE
        .split_once("const POSTS_PAGE = ")
        .and_then(|(_, rest)| rest.split(';').next()?.trim().parse().ok())
        .expect("POSTS_PAGE in web/src/pages/discussions/ThreadPage.tsx");
    (query, page)
}
/// The group's thread list, first page.
const LIST_QUERY: &str = "query($g: ID!) { threads(groupId: $g, first: 30) { nodes { id \
     title kind replyCount unreadCount isNew answered lastActivityAt author { name } \
     category { name } tags } pageInfo { hasNextPage endCursor } } }";

/// A cookie-keeping HTTP client for the app.
struct Client {
    http: reqwest::Client,
    url: String,
}

impl Client {
    fn new(base: &str) -> Client {
        Client {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .expect("an HTTP client"),
            url: format!("{base}/graphql"),
        }
    }

    /// Runs a query; panics on a transport or GraphQL error (the figures would lie).
    async fn gql(&self, query: &str, variables: Value) -> Value {
        let mut body: Value = self
            .http
            .post(&self.url)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON body");
        assert!(body.get("errors").is_none(), "{body}");
        body["data"].take()
    }

    async fn login(&self, email: &str) {
        self.gql(
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }",
            json!({ "e": email, "p": PASSWORD }),
        )
        .await;
    }
}

/// One scenario's figures.
struct Figures {
    per_second: f64,
    p50: f64,
    p95: f64,
    p99: f64,
}

/// Runs `count` requests of `query` spread over the clients, all at once; returns
/// the figures of all of them.
async fn measure(
    clients: &[Arc<Client>],
    query: &'static str,
    vars: &Value,
    count: usize,
) -> Figures {
    let remaining = Arc::new(Mutex::new(count));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in clients {
        let client = client.clone();
        let remaining = remaining.clone();
        let vars = vars.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                {
                    let mut left = remaining.lock().await;
                    if *left == 0 {
                        return latencies;
                    }
                    *left -= 1;
                }
                let start = Instant::now();
                client.gql(query, vars.clone()).await;
                latencies.push(start.elapsed());
            }
        }));
    }
    let mut latencies: Vec<Duration> = Vec::with_capacity(count);
    for task in tasks {
        latencies.extend(task.await.expect("a client finishes"));
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    let at = |q: f64| {
        let index = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
        latencies[index].as_secs_f64() * 1000.0
    };
    Figures {
        per_second: count as f64 / elapsed.as_secs_f64(),
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
    }
}

/// A reply of real length (as in the demo: three to five sentences, some markdown;
/// every fifth with a list).
fn reply_body(k: usize) -> String {
    let mut body = format!(
        "Antwort {k}: Bei uns fließen die *Erfahrungen* aus der Praxis direkt in die \
         Auswertung ein. Die Terminplanung mit den Schulen ist jedes Jahr ein Kraftakt; ein \
         gemeinsames Portal würde helfen. Die Räume der Träger sind nicht überall \
         barrierefrei, das gehört in die Standards. Mehr dazu in unserer \
         [Übersicht](https://example.org/{k})."
    );
    if k.is_multiple_of(5) {
        body.push_str(
            "\n\nWas bei uns geholfen hat:\n\n- feste Ansprechpersonen an jeder Schule\n\
             - Rückmeldebögen in **leichter Sprache**\n- ein gemeinsamer Kalender mit den Trägern",
        );
    }
    body
}

/// Starts the app on `database_url`, seeds it, runs both scenarios and stops it.
async fn run(database_url: &str, data_dir: &std::path::Path) -> Vec<(&'static str, Figures)> {
    let settings = Settings {
        listen: "127.0.0.1:0".into(),
        data_dir: data_dir.to_path_buf(),
        database_url: database_url.into(),
        shutdown_timeout_secs: 5,
        database_max_connections: env_number(
            "FACHFORUM_BENCH_POOL",
            Settings::default().database_max_connections as usize,
        ) as u32,
        ..Settings::default()
    };
    let app = App::build(settings, Clock::system())
        .await
        .expect("the app builds");
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(app.run(async move {
        let _ = stopped.await;
    }));

    for (email, name, admin) in [
        ("moderation@bench.example", "Mona Moderation", true),
        ("mitglied@bench.example", "Max Mitglied", false),
    ] {
        auth::create_account(&state, email, name, admin, Some(PASSWORD))
            .await
            .map_err(|e| e.into_anyhow())
            .expect("the account is created");
    }
    let moderator = Client::new(&base);
    moderator.login("moderation@bench.example").await;
    let group = moderator
        .gql(
            "mutation { createGroup(input: { name: \"Benchmark-Forum\", visibility: LISTED, \
             joinPolicy: REQUEST }) { id } }",
            json!({}),
        )
        .await["createGroup"]["id"]
        .clone();
    let member = Client::new(&base);
    member.login("mitglied@bench.example").await;
    let request = member
        .gql(
            "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }",
            json!({ "g": group }),
        )
        .await["requestToJoin"]["id"]
        .clone();
    moderator
        .gql(
            "mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { id } }",
            json!({ "r": request }),
        )
        .await;
    let start = "mutation($g: ID!, $t: String!, $b: String!) { startThread(groupId: $g, \
         input: { title: $t, body: $b }) { id author { id } } }";
    let large = moderator
        .gql(
            start,
            json!({ "g": group, "t": "Ein Thread mit 200 Antworten", "b": "Worüber wir **sprechen**." }),
        )
        .await["startThread"]
        .clone();
    let author =
        fachforum::auth::model::AccountId(large["author"]["id"].as_str().unwrap().parse().unwrap());
    let replies = (0..REPLIES)
        .map(|k| ImportedReply {
            author,
            parent: if k % 3 == 0 || k < 3 {
                ImportParent::Thread
            } else {
                ImportParent::Earlier(k - 1 - k % 3)
            },
            body: PostBody::parse("body", &reply_body(k)).unwrap(),
        })
        .collect();
    let thread = ThreadId(large["id"].as_str().unwrap().parse().unwrap());
    let posts = discussions::import_replies(&state, thread, replies)
        .await
        .map_err(|e| e.into_anyhow())
        .expect("the replies are imported");
    for (k, post) in posts.iter().enumerate().step_by(4) {
        member
            .gql(
                "mutation($p: ID!, $r: Reaction!) { react(postId: $p, reaction: $r) { id } }",
                json!({ "p": post.id.0, "r": REACTIONS[k % 3] }),
            )
            .await;
    }
    for k in 0..THREADS {
        moderator
            .gql(
                start,
                json!({ "g": group, "t": format!("Thema Nummer {k}"), "b": format!("Text {k}") }),
            )
            .await;
    }

    let mut clients = Vec::with_capacity(clients_count());
    for _ in 0..clients_count() {
        let client = Client::new(&base);
        client.login("mitglied@bench.example").await;
        clients.push(Arc::new(client));
    }
    let (web_query, web_page) = web_thread_query();
    let web_name: &'static str = format!("thread as the web app asks ({web_page} posts)").leak();
    let scenarios = [
        (
            "thread, 200 replies (100 posts/page)",
            THREAD_QUERY,
            json!({ "id": large["id"] }),
        ),
        (
            web_name,
            web_query,
            json!({ "id": large["id"], "first": web_page }),
        ),
        ("thread list (30 of 61)", LIST_QUERY, json!({ "g": group })),
    ];
    let only = std::env::var("FACHFORUM_BENCH_SCENARIO").unwrap_or_default();
    let mut figures = Vec::new();
    for (name, query, vars) in scenarios {
        if !name.contains(only.as_str()) {
            continue;
        }
        measure(&clients, query, &vars, WARM_UP).await;
        figures.push((name, measure(&clients, query, &vars, requests()).await));
    }
    let _ = stop.send(());
    server
        .await
        .expect("the server task ends")
        .expect("the server stops cleanly");
    state.db.close().await;
    figures
}

/// Creates the PostgreSQL database, runs, and drops it again.
async fn run_postgres() -> Vec<(&'static str, Figures)> {
    let name = format!("fachforum_bench_{}", Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(POSTGRES_ADMIN)
        .await
        .expect("PostgreSQL on 127.0.0.1:5432");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("the database is created");
    let dir = temp_dir("pg");
    let figures = run(&format!("postgres://postgres@127.0.0.1:5432/{name}"), &dir).await;
    admin
        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
        .await
        .expect("the database is dropped");
    let _ = std::fs::remove_dir_all(dir);
    figures
}

fn temp_dir(kind: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "fachforum_bench_{kind}_{}",
        Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn clients_count() -> usize {
    env_number("FACHFORUM_BENCH_CLIENTS", CLIENTS)
}

fn requests() -> usize {
    env_number("FACHFORUM_BENCH_REQUESTS", REQUESTS)
}

fn main() {
    let databases = std::env::var("FACHFORUM_BENCH_DB").unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime");
    runtime.block_on(async {
        let mut sqlite = Vec::new();
        if databases != "postgres" {
            let dir = temp_dir("sqlite");
            sqlite = run(&format!("sqlite://{}", dir.join("bench.db").display()), &dir).await;
            let _ = std::fs::remove_dir_all(&dir);
        }
        let mut postgres = Vec::new();
        if databases != "sqlite" {
            postgres = run_postgres().await;
        }
        println!(
            "\n{} concurrent clients, {} requests per scenario after {WARM_UP} warm-up\n",
            clients_count(),
            requests()
        );
        println!(
            "| database   | scenario                              |  req/s | p50 ms | p95 ms | p99 ms |"
        );
        println!(
            "|------------|---------------------------------------|-------:|-------:|-------:|-------:|"
        );
        for (database, figures) in [("SQLite", sqlite), ("PostgreSQL", postgres)] {
            for (scenario, f) in figures {
                println!(
                    "| {database:<10} | {scenario:<37} | {:>6.0} | {:>6.1} | {:>6.1} | {:>6.1} |",
                    f.per_second, f.p50, f.p95, f.p99
                );
            }
        }
    });
}
