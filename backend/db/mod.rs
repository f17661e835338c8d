//! The database: SQLite (embedded default) or PostgreSQL, behind one enum.
//!
//! Every query is one SQL string with `$1` placeholders that both databases accept.
//! The [`sql!`](crate::sql) macro runs it on whichever pool or transaction is at hand,
//! with native types on both sides (bool, chrono, uuid). Where the dialects truly
//! differ, a store branches on [`Db::is_postgres`].

use std::{fmt::Write, str::FromStr, time::Duration};

use anyhow::Context;
use sqlx::{
    PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool, Transaction,
    migrate::Migrator,
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// A connection pool to one of the two supported databases.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An open transaction on either database. Dropped without [`Tx::commit`], it rolls back.
#[derive(Debug)]
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// What [`sql!`](crate::sql) dispatches on: the concrete executor of each database.
pub enum Target<S, P> {
    Sqlite(S),
    Postgres(P),
}

/// Runs one expression on the executor of whichever database `$on` (a `&Db` or a
/// `&mut Tx`) holds; `$ex` names the executor inside the expression. Both arms must
/// give the same type: map `execute` results to `rows_affected()`.
#[macro_export]
macro_rules! sql {
    ($on:expr, |$ex:ident| $body:expr) => {
        match $on.target() {
            $crate::db::Target::Sqlite($ex) => $body,
            $crate::db::Target::Postgres($ex) => $body,
        }
    };
}

/// Connection pool statistics for the metrics endpoint.
pub struct PoolStats {
    pub size: u32,
    pub idle: usize,
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`).
    ///
    /// SQLite runs in WAL mode with foreign keys on, full synchronous commits and a
    /// busy timeout, and the file is created when missing.
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .context("invalid SQLite database URL")?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // Room for a whole page of rows (at most 101), so that the connection's
                // thread hands them over without waiting for the reader halfway.
                .row_buffer_size(256);
            let pool = SqlitePoolOptions::new()
                .max_connections(max_connections)
                .connect_with(options)
                .await
                .context("cannot open the SQLite database")?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(max_connections)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .context("cannot connect to PostgreSQL")?;
            Ok(Db::Postgres(pool))
        } else {
            anyhow::bail!("database URL must start with sqlite: or postgres:")
        }
    }

    /// True on PostgreSQL, for the few places where the dialects differ.
    pub fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }

    /// The executor for [`sql!`](crate::sql).
    pub fn target(&self) -> Target<&SqlitePool, &PgPool> {
        match self {
            Db::Sqlite(pool) => Target::Sqlite(pool),
            Db::Postgres(pool) => Target::Postgres(pool),
        }
    }

    /// Applies the pending migrations of this database.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await,
        }
        .context("migrating the database failed")
    }

    /// True when every migration this binary knows has been applied.
    pub async fn migrations_current(&self) -> sqlx::Result<bool> {
        let known = match self {
            Db::Sqlite(_) => SQLITE_MIGRATIONS.iter().count(),
            Db::Postgres(_) => POSTGRES_MIGRATIONS.iter().count(),
        };
        let applied: i64 = sql!(self, |ex| sqlx::query_scalar(
            "SELECT COUNT(*) FROM _sqlx_migrations WHERE success"
        )
        .fetch_one(ex)
        .await)?;
        Ok(applied as usize == known)
    }

    /// Begins a transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a transaction that reads and then writes waits for
    /// other writers instead of failing with "database is locked".
    pub async fn begin(&self) -> sqlx::Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Begins a transaction that only reads: on SQLite a deferred `BEGIN`, which takes
    /// no write lock, so it neither waits for writers nor holds them up.
    pub async fn begin_read(&self) -> sqlx::Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Pool size and idle connections.
    pub fn pool_stats(&self) -> PoolStats {
        match self {
            Db::Sqlite(pool) => PoolStats {
                size: pool.size(),
                idle: pool.num_idle(),
            },
            Db::Postgres(pool) => PoolStats {
                size: pool.size(),
                idle: pool.num_idle(),
            },
        }
    }

    /// Closes all connections (at shutdown).
    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

impl Tx {
    /// The executor for [`sql!`](crate::sql).
    pub fn target(&mut self) -> Target<&mut SqliteConnection, &mut PgConnection> {
        match self {
            Tx::Sqlite(tx) => Target::Sqlite(&mut **tx),
            Tx::Postgres(tx) => Target::Postgres(&mut **tx),
        }
    }

    /// Commits the transaction.
    pub async fn commit(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

/// True when `err` is a violation of a unique constraint (on either database).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error()
        .is_some_and(|e| e.kind() == sqlx::error::ErrorKind::UniqueViolation)
}

/// `$from, $from+1, …` for `count` values, to fill an `IN (…)` list.
pub fn placeholders(from: usize, count: usize) -> String {
    let mut list = String::with_capacity(count * 6);
    for i in from..from + count {
        if i > from {
            list.push_str(", ");
        }
        let _ = write!(list, "${i}");
    }
    list
}
