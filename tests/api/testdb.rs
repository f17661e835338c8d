//! A fresh, migrated database per test, on SQLite or on PostgreSQL.

use std::{path::PathBuf, time::Duration};

use fachforum::db::Db;
use sqlx::{Connection, Executor, PgConnection};
use uuid::Uuid;

/// The PostgreSQL server tests create their databases on, unless
/// `FACHFORUM_TEST_POSTGRES` names another.
const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Connections per test database: enough for the concurrency tests.
const MAX_CONNECTIONS: u32 = 10;

/// The database a test runs on.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A fresh, migrated database that disappears when dropped.
pub struct TestDb {
    /// The pool to the database.
    pub db: Db,
    /// The database's URL, for an app under test to connect to.
    pub url: String,
    /// Removes the database when the test ends, also when it panicked.
    _remover: Remover,
}

impl TestDb {
    /// Creates and migrates a new database. Panics with a clear message when it cannot,
    /// e.g. when PostgreSQL is unreachable: a test never skips.
    pub async fn new(backend: Backend) -> TestDb {
        let id = Uuid::new_v4().simple();
        let (url, target) = match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("fachforum_test_{id}"));
                std::fs::create_dir_all(&dir).expect("cannot create a temporary directory");
                let url = format!("sqlite://{}", dir.join("fachforum.db").display());
                (url, Target::SqliteDir(dir))
            }
            Backend::Postgres => {
                let server = std::env::var("FACHFORUM_TEST_POSTGRES")
                    .unwrap_or_else(|_| DEFAULT_POSTGRES.to_string());
                let name = format!("fachforum_test_{id}");
                let mut admin = PgConnection::connect(&server).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is unreachable at {server} (set FACHFORUM_TEST_POSTGRES \
                         to a server where tests may create databases): {e}"
                    )
                });
                let create = format!("CREATE DATABASE {name}");
                admin
                    .execute(create.as_str())
                    .await
                    .unwrap_or_else(|e| panic!("cannot create the test database {name}: {e}"));
                admin.close().await.ok();
                let url = database_url(&server, &name);
                (url, Target::PostgresDatabase { server, name })
            }
        };
        // Armed before connecting, so that a failure below leaves nothing behind.
        let mut remover = Remover {
            target: Some(target),
            pool: None,
        };
        let db = Db::connect(&url, MAX_CONNECTIONS)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to the test database {url}: {e:#}"));
        remover.pool = Some(db.clone());
        db.migrate()
            .await
            .unwrap_or_else(|e| panic!("cannot migrate the test database {url}: {e:#}"));
        TestDb {
            db,
            url,
            _remover: remover,
        }
    }
}

/// Where a test database lives.
enum Target {
    /// The temporary directory holding the SQLite file.
    SqliteDir(PathBuf),
    /// The server URL and the name of the PostgreSQL database.
    PostgresDatabase { server: String, name: String },
}

/// Closes the pool and removes the database when dropped.
struct Remover {
    target: Option<Target>,
    pool: Option<Db>,
}

impl Drop for Remover {
    fn drop(&mut self) {
        let pool = self.pool.take();
        let Some(target) = self.target.take() else {
            return;
        };
        // Drop is sync and may run on a runtime thread, also while unwinding: do the
        // async work on a fresh thread with its own runtime, and wait for it.
        let removal = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("cannot start a runtime to remove the test database")
                .block_on(async move {
                    if let Some(pool) = pool {
                        // Its connections belong to the test's runtime; don't hang on them.
                        tokio::time::timeout(Duration::from_secs(5), pool.close())
                            .await
                            .ok();
                    }
                    remove(target).await;
                });
        });
        if removal.join().is_err() {
            eprintln!("removing a test database panicked");
        }
    }
}

/// Removes the database. Errors are printed, not raised: this runs in Drop.
async fn remove(target: Target) {
    match target {
        Target::SqliteDir(dir) => {
            if let Err(e) = std::fs::remove_dir_all(&dir) {
                eprintln!("cannot remove the test directory {}: {e}", dir.display());
            }
        }
        Target::PostgresDatabase { server, name } => {
            let dropped = async {
                let mut admin = PgConnection::connect(&server).await?;
                let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                admin.execute(drop.as_str()).await?;
                admin.close().await
            };
            if let Err(e) = dropped.await {
                eprintln!("cannot drop the test database {name}: {e}");
            }
        }
    }
}

/// The URL of database `name` on the server at `server` (whose URL names some other
/// database, or none).
fn database_url(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let authority_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut url = format!("{}/{name}", &base[..authority_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Runs `async fn name(backend: Backend)` as two tests: `name::sqlite` and
/// `name::postgres`.
macro_rules! both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::testdb::Backend::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::testdb::Backend::Postgres).await
                }
            }
        )*
    };
}
pub(crate) use both_databases;

both_databases!(
    test_database_is_removed_when_dropped,
    test_database_is_removed_when_the_test_panics,
);

/// True when the database at `url` (made by [`TestDb::new`]) still exists.
async fn database_exists(url: &str) -> bool {
    if let Some(file) = url.strip_prefix("sqlite://") {
        return std::path::Path::new(file).parent().unwrap().exists();
    }
    let name = url.rsplit('/').next().unwrap();
    let server =
        std::env::var("FACHFORUM_TEST_POSTGRES").unwrap_or_else(|_| DEFAULT_POSTGRES.to_string());
    let mut admin = PgConnection::connect(&server).await.unwrap();
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pg_database WHERE datname = $1")
        .bind(name)
        .fetch_one(&mut admin)
        .await
        .unwrap();
    count == 1
}

/// A test database exists, migrated, while in use and is gone once dropped.
async fn test_database_is_removed_when_dropped(backend: Backend) {
    let test = TestDb::new(backend).await;
    let url = test.url.clone();
    assert!(test.db.migrations_current().await.unwrap());
    assert!(database_exists(&url).await);
    drop(test);
    assert!(!database_exists(&url).await, "{url} is left behind");
}

/// A test database is removed also when the test using it panics.
async fn test_database_is_removed_when_the_test_panics(backend: Backend) {
    let (url_tx, url_rx) = tokio::sync::oneshot::channel();
    let failing_test = tokio::spawn(async move {
        let test = TestDb::new(backend).await;
        url_tx.send(test.url.clone()).unwrap();
        panic!("a failing test");
    });
    assert!(failing_test.await.unwrap_err().is_panic());
    let url = url_rx.await.unwrap();
    assert!(!database_exists(&url).await, "{url} is left behind");
}
