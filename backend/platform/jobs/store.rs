//! The SQL of the job queue, and nothing else.
//!
//! Every timestamp is bound from Rust. The one dialect difference is in [`claim`]:
//! PostgreSQL skips rows other workers hold locked, SQLite serialises writers anyway.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Job;
use crate::{
    db::{Db, Tx},
    sql,
};

/// The columns of a job row, as the new row to insert.
pub(super) struct Insert<'a> {
    pub id: Uuid,
    pub kind: &'a str,
    pub payload: String,
    pub dedupe_key: Option<String>,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub now: DateTime<Utc>,
}

/// Inserts a queued job, due at `run_at`; skipped when its dedupe key already exists.
pub(super) async fn insert(tx: &mut Tx, row: Insert<'_>) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO jobs (id, kind, payload, dedupe_key, status, attempts, max_attempts, \
                           run_at, created_at) \
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $6, $7) \
         ON CONFLICT (dedupe_key) DO NOTHING"
    )
    .bind(row.id)
    .bind(row.kind)
    .bind(&row.payload)
    .bind(&row.dedupe_key)
    .bind(row.max_attempts)
    .bind(row.run_at)
    .bind(row.now)
    .execute(ex)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The claim statement; `{lock}` is the row-locking clause of the sub-select.
const CLAIM: &str = "UPDATE jobs \
     SET status = 'running', attempts = attempts + 1, locked_until = $2 \
     WHERE id = (SELECT id FROM jobs \
                 WHERE (status = 'queued' AND run_at <= $1) \
                    OR (status = 'running' AND locked_until < $1) \
                 ORDER BY run_at, id \
                 LIMIT 1 {lock}) \
     RETURNING *";

/// Atomically marks the next due job (or the next job whose lease expired before
/// `now`) as running until `locked_until`, counts the attempt and returns it.
pub(super) async fn claim(
    db: &Db,
    now: DateTime<Utc>,
    locked_until: DateTime<Utc>,
) -> sqlx::Result<Option<Job>> {
    // On PostgreSQL concurrent claimers skip the rows another transaction has locked,
    // and a row whose claim committed meanwhile is re-checked against the condition.
    // On SQLite this one statement holds the write lock from start to end.
    let lock = if db.is_postgres() {
        "FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    let query = CLAIM.replace("{lock}", lock);
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(now)
        .bind(locked_until)
        .fetch_optional(ex)
        .await)
}

/// Deletes a job.
pub(super) async fn delete(db: &Db, id: Uuid) -> sqlx::Result<()> {
    sql!(db, |ex| sqlx::query("DELETE FROM jobs WHERE id = $1")
        .bind(id)
        .execute(ex)
        .await
        .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Puts the running attempt `attempts` of a job back into the queue, due at `run_at`.
/// Does nothing when another worker has claimed the job since (its lease expired).
pub(super) async fn requeue(
    db: &Db,
    id: Uuid,
    attempts: i32,
    run_at: DateTime<Utc>,
    error: &str,
) -> sqlx::Result<()> {
    sql!(db, |ex| sqlx::query(
        "UPDATE jobs SET status = 'queued', run_at = $3, locked_until = NULL, last_error = $4 \
         WHERE id = $1 AND status = 'running' AND attempts = $2"
    )
    .bind(id)
    .bind(attempts)
    .bind(run_at)
    .bind(error)
    .execute(ex)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Marks the running attempt `attempts` of a job as dead, keeping it for inspection,
/// and records that `attempts` were made. Does nothing when another worker has claimed
/// the job since.
pub(super) async fn bury(
    db: &Db,
    id: Uuid,
    claimed_attempts: i32,
    attempts: i32,
    error: &str,
) -> sqlx::Result<()> {
    sql!(db, |ex| sqlx::query(
        "UPDATE jobs SET status = 'dead', attempts = $3, locked_until = NULL, last_error = $4 \
         WHERE id = $1 AND status = 'running' AND attempts = $2"
    )
    .bind(id)
    .bind(claimed_attempts)
    .bind(attempts)
    .bind(error)
    .execute(ex)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}

/// Returns a running job to the queue without counting its attempt.
pub(super) async fn release(db: &Db, id: Uuid) -> sqlx::Result<()> {
    sql!(db, |ex| sqlx::query(
        "UPDATE jobs SET status = 'queued', attempts = attempts - 1, locked_until = NULL \
         WHERE id = $1 AND status = 'running'"
    )
    .bind(id)
    .execute(ex)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}

/// The stored jobs of one kind, oldest first.
pub(super) async fn of_kind(db: &Db, kind: &str) -> sqlx::Result<Vec<Job>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT * FROM jobs WHERE kind = $1 ORDER BY created_at, id"
    )
    .bind(kind)
    .fetch_all(ex)
    .await)
}

/// The number of jobs per status.
pub(super) async fn count_by_status(db: &Db) -> sqlx::Result<Vec<(String, i64)>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT status, COUNT(*) FROM jobs GROUP BY status"
    )
    .fetch_all(ex)
    .await)
}
