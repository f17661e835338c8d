//! The test harness: the real server on port 0 with a fresh database, and browsers
//! (HTTP clients with their own cookie jars) that speak GraphQL to it.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use fachforum::{
    app::App,
    auth,
    clock::Clock,
    config::Settings,
    platform::{jobs, mail::OutgoingMail},
    state::{AppState, MAIL_JOB},
};
use serde_json::{Value, json};
use tokio::{sync::oneshot, task::JoinHandle};
use uuid::Uuid;

use crate::{
    smtp_server::ParsedMessage,
    testdb::{Backend, TestDb},
};

/// A password that passes the rules, used for test accounts.
pub const PASSWORD: &str = "Kooperation-Übergang-2026";

/// A running server with its own database, data directory and clock.
pub struct TestApp {
    /// e.g. `http://127.0.0.1:41234`
    pub base_url: String,
    pub state: Arc<AppState>,
    /// The app's manual clock: `app.clock.advance(…)` makes what is scheduled due (and
    /// wakes the job worker).
    pub clock: Clock,
    pub data_dir: PathBuf,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<anyhow::Result<()>>>,
    _db: TestDb,
}

/// A test account and its password.
#[derive(Clone, Debug)]
pub struct TestUser {
    pub email: String,
    pub name: String,
    pub password: String,
}

impl TestApp {
    /// Starts the server with default settings on a fresh database.
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with(backend, |_| {}).await
    }

    /// Starts the server with settings adjusted by `configure`.
    pub async fn spawn_with(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestApp {
        let db = TestDb::new(backend).await;
        let data_dir =
            std::env::temp_dir().join(format!("fachforum_data_{}", Uuid::new_v4().simple()));
        let mut settings = Settings {
            listen: "127.0.0.1:0".into(),
            data_dir: data_dir.clone(),
            database_url: db.url.as_str().into(),
            job_poll_interval_ms: 50,
            job_backoff_secs: 0,
            shutdown_timeout_secs: 5,
            ..Settings::default()
        };
        configure(&mut settings);
        let clock = Clock::manual();
        let app = App::build(settings, clock.clone())
            .await
            .expect("the app builds");
        let base_url = format!("http://127.0.0.1:{}", app.port());
        let state = app.state().clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(app.run(async move {
            let _ = stopped.await;
        }));
        // Once the server answers, its start-up work (e.g. the setup link) is done.
        reqwest::get(format!("{base_url}/healthz"))
            .await
            .expect("the server answers");
        TestApp {
            base_url,
            state,
            clock,
            data_dir,
            stop: Some(stop),
            server: Some(server),
            _db: db,
        }
    }

    /// A new browser without cookies.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.base_url)
    }

    /// Creates an account named `name` (email `<name>@example.org`, lowercased, of the
    /// name's ASCII letters and digits only) with [`PASSWORD`].
    pub async fn create_user(&self, name: &str, admin: bool) -> TestUser {
        let local: String = name
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let user = TestUser {
            email: format!("{local}@example.org"),
            name: name.to_owned(),
            password: PASSWORD.to_owned(),
        };
        auth::create_account(
            &self.state,
            &user.email,
            &user.name,
            admin,
            Some(&user.password),
        )
        .await
        .map_err(|e| e.into_anyhow())
        .expect("the account is created");
        user
    }

    /// A browser signed in as `user`.
    pub async fn signed_in(&self, user: &TestUser) -> Browser {
        let browser = self.browser();
        browser.login(&user.email, &user.password).await.assert_ok();
        browser
    }

    /// The mails written to the outbox so far, oldest first.
    pub fn outbox(&self) -> Vec<ParsedMessage> {
        read_outbox(&self.data_dir.join("outbox"))
    }

    /// The mails whose jobs are still stored (queued, running or dead), oldest first.
    ///
    /// To show that a mail was never queued, check here first and then the outbox:
    /// a mail job leaves the queue only after its mail is in the outbox.
    pub async fn unsent_mails(&self) -> Vec<OutgoingMail> {
        jobs::of_kind(&self.state.db, MAIL_JOB)
            .await
            .expect("the jobs are readable")
            .iter()
            .map(|job| serde_json::from_str(&job.payload).expect("a mail payload"))
            .collect()
    }

    /// Asserts that no mail was ever queued: none is in the job queue, none in the outbox.
    pub async fn assert_no_mail(&self) {
        let unsent = self.unsent_mails().await;
        assert!(unsent.is_empty(), "mails are queued: {unsent:?}");
        assert!(self.outbox().is_empty(), "mails were sent");
    }

    /// Waits until the outbox holds at least `n` mails (jobs send them after commit).
    pub async fn wait_for_outbox(&self, n: usize) -> Vec<ParsedMessage> {
        for _ in 0..200 {
            let mails = self.outbox();
            if mails.len() >= n {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "expected {n} mails in the outbox, found {}",
            self.outbox().len()
        );
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

fn read_outbox(dir: &Path) -> Vec<ParsedMessage> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "eml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| ParsedMessage::parse(&std::fs::read(p).expect("readable mail")))
        .collect()
}

/// One browser: an HTTP client with its own cookie jar.
pub struct Browser {
    pub client: reqwest::Client,
    pub base_url: String,
    cookies: Arc<reqwest::cookie::Jar>,
}

/// A GraphQL response with its HTTP status and headers.
#[derive(Debug)]
pub struct Gql {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Gql {
    /// `data`, after asserting there are no errors.
    pub fn assert_ok(&self) -> &Value {
        assert!(
            self.body.get("errors").is_none(),
            "unexpected errors: {}",
            self.body
        );
        &self.body["data"]
    }

    /// The `extensions.code` of the first error.
    pub fn code(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["code"].as_str()
    }

    /// Asserts the first error's code.
    pub fn assert_code(&self, code: &str) -> &Value {
        assert_eq!(self.code(), Some(code), "response: {}", self.body);
        &self.body["errors"][0]
    }
}

impl Browser {
    /// A browser without cookies for the server at `base_url`.
    pub fn new(base_url: &str) -> Browser {
        let cookies = Arc::new(reqwest::cookie::Jar::default());
        Browser {
            client: reqwest::Client::builder()
                .cookie_provider(cookies.clone())
                .build()
                .expect("http client"),
            base_url: base_url.to_owned(),
            cookies,
        }
    }

    /// The `Cookie` header this browser sends to its server, if it holds any cookie
    /// (for clients that are not reqwest, like the WebSocket client).
    pub fn cookie_header(&self) -> Option<String> {
        let url = reqwest::Url::parse(&self.base_url).expect("a valid base URL");
        reqwest::cookie::CookieStore::cookies(&*self.cookies, &url)
            .map(|value| value.to_str().expect("an ASCII cookie").to_owned())
    }

    /// Posts a GraphQL operation as the web client does.
    pub async fn gql(&self, query: &str, variables: Value) -> Gql {
        let response = self
            .client
            .post(format!("{}/graphql", self.base_url))
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.json().await.expect("a JSON body");
        Gql {
            status,
            headers,
            body,
        }
    }

    /// Signs in.
    pub async fn login(&self, email: &str, password: &str) -> Gql {
        self.gql(
            "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email name } }",
            json!({ "email": email, "password": password }),
        )
        .await
    }

    /// The signed-in account, or null.
    pub async fn viewer(&self) -> Value {
        self.gql("{ viewer { id email name language isAdmin } }", json!({}))
            .await
            .assert_ok()["viewer"]
            .clone()
    }

    /// A GET of a path, for plain HTTP routes.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base_url))
            .send()
            .await
            .expect("the server answers")
    }
}
