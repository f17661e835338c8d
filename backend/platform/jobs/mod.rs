//! The durable job queue: side effects that run after commit.
//!
//! A change and the jobs it causes commit together: [`enqueue`] writes the job row in
//! the caller's transaction. After commit the caller wakes this instance's workers
//! with `notify.notify_one()`; workers on other instances find the job by polling.
//! [`run_worker`] claims due jobs one at a time ([`claim`] is atomic, so any number of
//! workers on any number of instances run side by side), hands each to a handler and
//! then deletes it ([`complete`]) or schedules a retry with exponential backoff
//! ([`fail`]), until the job is dead after `max_attempts`. A worker that crashes leaves
//! its job `running`; once the lease expires another worker claims it again.
//!
//! A job may therefore run more than once (a crash after the side effect but before
//! [`complete`]), and a dedupe key only blocks duplicates while the row exists:
//! handlers must be idempotent.

mod store;

use std::{future::Future, panic::AssertUnwindSafe, sync::Arc, time::Duration};

use chrono::{DateTime, SubsecRound, Utc};
use futures_util::FutureExt;
use tokio::sync::Notify;
use uuid::Uuid;

use crate::{
    clock::Clock,
    db::{Db, Tx},
};

/// The longest error text kept in `last_error`, in characters.
const MAX_ERROR_CHARS: usize = 2000;

/// The longest delay between two attempts, before jitter.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

/// The error recorded when a job's lease expired during its final attempt.
const LEASE_EXPIRED: &str = "The lease expired during the final attempt (the worker stopped or \
                             took too long).";

/// A job as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Job {
    /// The job's id (UUID v7, so ids sort by creation time).
    pub id: Uuid,
    /// What to do; the handler dispatches on it.
    pub kind: String,
    /// The job's arguments as JSON text.
    pub payload: String,
    /// The idempotency key: a second job with the same key is not enqueued.
    pub dedupe_key: Option<String>,
    /// `queued`, `running` or `dead`.
    pub status: String,
    /// Attempts made so far, counting the one in progress.
    pub attempts: i32,
    /// After this many failed attempts the job is dead.
    pub max_attempts: i32,
    /// When the job is due (again).
    pub run_at: DateTime<Utc>,
    /// While `running`: when the worker's lease ends and another worker may claim it.
    pub locked_until: Option<DateTime<Utc>>,
    /// The error of the last failed attempt.
    pub last_error: Option<String>,
    /// When the job was enqueued.
    pub created_at: DateTime<Utc>,
}

/// What a new job is.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// What to do; the handler dispatches on it.
    pub kind: &'static str,
    /// The job's arguments.
    pub payload: serde_json::Value,
    /// An idempotency key: while a job with this key exists, another is not enqueued.
    pub dedupe_key: Option<String>,
}

/// Retry and lease policy.
#[derive(Clone, Debug)]
pub struct JobPolicy {
    /// After this many failed attempts a job is dead.
    pub max_attempts: i32,
    /// How long a claimed job belongs to its worker before others may claim it again.
    pub lease: Duration,
    /// The delay after the first failure; it doubles with each further failure, up to
    /// an hour, plus up to 10 % jitter.
    pub backoff_base: Duration,
    /// How often an idle worker looks for due jobs when nobody wakes it.
    pub poll_interval: Duration,
}

impl Default for JobPolicy {
    fn default() -> Self {
        JobPolicy {
            max_attempts: 8,
            lease: Duration::from_secs(5 * 60),
            backoff_base: Duration::from_secs(10),
            poll_interval: Duration::from_secs(1),
        }
    }
}

impl JobPolicy {
    /// The delay after the failure of attempt number `attempts` (1-based), before
    /// jitter: `backoff_base * 2^(attempts - 1)`, at most an hour.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = attempts.saturating_sub(1).clamp(0, 31) as u32;
        self.backoff_base
            .saturating_mul(1 << exponent)
            .min(MAX_BACKOFF)
    }
}

/// Counts per status for metrics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueDepth {
    /// Jobs waiting, due or not.
    pub queued: i64,
    /// Jobs a worker holds (or held, if its lease expired).
    pub running: i64,
    /// Jobs that failed `max_attempts` times.
    pub dead: i64,
}

/// Enqueues inside the caller's transaction (so the job commits with the change).
/// A duplicate dedupe key is silently skipped: idempotency. The job is due at `now`.
pub async fn enqueue(
    tx: &mut Tx,
    job: NewJob,
    now: DateTime<Utc>,
    policy: &JobPolicy,
) -> sqlx::Result<()> {
    enqueue_at(tx, job, now, now, policy).await
}

/// Like [`enqueue`], for a job due at `due` (a deadline, a reminder); the application
/// clock decides when that is, so tests advance it instead of waiting.
pub async fn enqueue_at(
    tx: &mut Tx,
    job: NewJob,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
    policy: &JobPolicy,
) -> sqlx::Result<()> {
    let row = store::Insert {
        id: Uuid::now_v7(),
        kind: job.kind,
        payload: job.payload.to_string(),
        dedupe_key: job.dedupe_key,
        max_attempts: policy.max_attempts,
        run_at: due,
        now,
    };
    store::insert(tx, row).await
}

/// Claims the next due job atomically: a queued job with `run_at <= now`, or a running
/// job whose lease expired before `now` (its worker crashed). The job becomes running
/// until `now + lease` and its attempt is counted. No job is claimed twice, however
/// many workers claim at once.
///
/// A job whose lease expired during its final attempt is not run again: it is marked
/// dead and the next job is claimed instead.
pub async fn claim(db: &Db, now: DateTime<Utc>, policy: &JobPolicy) -> sqlx::Result<Option<Job>> {
    let locked_until = later(now, policy.lease);
    loop {
        let Some(job) = store::claim(db, now, locked_until).await? else {
            return Ok(None);
        };
        if job.attempts <= job.max_attempts {
            return Ok(Some(job));
        }
        tracing::error!(
            job.id = %job.id,
            job.kind = %job.kind,
            attempts = job.max_attempts,
            "A job is dead: its lease expired during the final attempt."
        );
        store::bury(db, job.id, job.attempts, job.max_attempts, LEASE_EXPIRED).await?;
    }
}

/// Done: deletes the job.
pub async fn complete(db: &Db, id: Uuid) -> sqlx::Result<()> {
    store::delete(db, id).await
}

/// Failed: back to the queue, due at `now` plus the backoff, or dead when the job has
/// had `max_attempts` attempts. Stores the error text (at most 2000 characters).
/// Does nothing when the job has been claimed again since (its lease expired).
pub async fn fail(
    db: &Db,
    job: &Job,
    error: &str,
    now: DateTime<Utc>,
    policy: &JobPolicy,
) -> sqlx::Result<()> {
    let error = truncate(error, MAX_ERROR_CHARS);
    if is_final_attempt(job) {
        store::bury(db, job.id, job.attempts, job.attempts, error).await
    } else {
        let delay = policy.backoff(job.attempts);
        let jitter = delay.mul_f64(rand::random_range(0.0..=0.1));
        let run_at = later(now, delay + jitter);
        store::requeue(db, job.id, job.attempts, run_at, error).await
    }
}

/// Returns a running job to the queue at once (graceful shutdown), without counting
/// the attempt.
pub async fn release(db: &Db, id: Uuid) -> sqlx::Result<()> {
    store::release(db, id).await
}

/// The stored jobs (queued, running or dead) of `kind`, oldest first: what is still to
/// do, for inspection and tests.
pub async fn of_kind(db: &Db, kind: &str) -> sqlx::Result<Vec<Job>> {
    store::of_kind(db, kind).await
}

/// Counts the jobs per status, for metrics.
pub async fn depth(db: &Db) -> sqlx::Result<QueueDepth> {
    let mut depth = QueueDepth::default();
    for (status, count) in store::count_by_status(db).await? {
        match status.as_str() {
            "queued" => depth.queued = count,
            "running" => depth.running = count,
            "dead" => depth.dead = count,
            _ => {}
        }
    }
    Ok(depth)
}

/// Runs jobs until `shutdown` resolves: claims the jobs due by `clock`, hands each to
/// `handler` (which dispatches on `job.kind`), then completes or fails it. A handler
/// that panics counts as a failure. When idle, the worker sleeps until `notify` wakes
/// it (an enqueue on this instance calls `notify_one` after commit, and so does a
/// manual clock that advances) or `poll_interval` passes.
///
/// On shutdown it stops claiming. A job still running gets up to `grace` to finish;
/// after that it is released (returned to the queue without counting the attempt).
pub async fn run_worker<H, F>(
    db: Db,
    clock: Clock,
    policy: JobPolicy,
    notify: Arc<Notify>,
    handler: H,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) where
    H: Fn(Job) -> F,
    F: Future<Output = anyhow::Result<()>>,
{
    let mut shutdown = std::pin::pin!(shutdown.fuse());
    tracing::debug!("A job worker started.");
    loop {
        // A claim is not raced against shutdown: dropped mid-statement, it could
        // commit and leave its job running until the lease expires.
        if shutdown.as_mut().now_or_never().is_some() {
            break;
        }
        match claim(&db, clock.now(), &policy).await {
            Ok(Some(job)) => {
                let stopping =
                    run_one(&db, &clock, &policy, &handler, job, &mut shutdown, grace).await;
                if stopping {
                    break;
                }
                continue;
            }
            Ok(None) => {}
            Err(error) => {
                tracing::warn!(error = %error, "Claiming a job failed.");
            }
        }
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            () = notify.notified() => {}
            () = tokio::time::sleep(policy.poll_interval) => {}
        }
    }
    tracing::debug!("A job worker stopped.");
}

/// Runs one claimed job to its end and records the outcome. Returns true when
/// shutdown came meanwhile.
async fn run_one<H, F, S>(
    db: &Db,
    clock: &Clock,
    policy: &JobPolicy,
    handler: &H,
    job: Job,
    shutdown: &mut S,
    grace: Duration,
) -> bool
where
    H: Fn(Job) -> F,
    F: Future<Output = anyhow::Result<()>>,
    S: Future<Output = ()> + Unpin,
{
    let work = AssertUnwindSafe(handler(job.clone())).catch_unwind();
    let mut work = std::pin::pin!(work);
    let (outcome, stopping) = tokio::select! {
        outcome = &mut work => (Some(outcome), false),
        () = &mut *shutdown => (tokio::time::timeout(grace, &mut work).await.ok(), true),
    };
    let recorded = match outcome {
        Some(Ok(Ok(()))) => complete(db, job.id).await,
        Some(Ok(Err(error))) => {
            record_failure(db, clock, policy, &job, &format!("{error:#}")).await
        }
        Some(Err(panic)) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            record_failure(
                db,
                clock,
                policy,
                &job,
                &format!("The handler panicked: {message}"),
            )
            .await
        }
        None => {
            tracing::warn!(
                job.id = %job.id,
                job.kind = %job.kind,
                attempts = job.attempts,
                "A job did not finish within the shutdown grace period and was released."
            );
            release(db, job.id).await
        }
    };
    if let Err(error) = recorded {
        tracing::warn!(
            job.id = %job.id,
            job.kind = %job.kind,
            error = %error,
            "Recording the outcome of a job failed; it runs again when its lease expires."
        );
    }
    stopping
}

/// Logs a failed attempt once (a dead job as an error) and records it.
async fn record_failure(
    db: &Db,
    clock: &Clock,
    policy: &JobPolicy,
    job: &Job,
    error: &str,
) -> sqlx::Result<()> {
    if is_final_attempt(job) {
        tracing::error!(
            job.id = %job.id,
            job.kind = %job.kind,
            attempts = job.attempts,
            error = %error,
            "A job failed for the last time and is dead."
        );
    } else {
        tracing::warn!(
            job.id = %job.id,
            job.kind = %job.kind,
            attempts = job.attempts,
            error = %error,
            "A job failed and will be retried."
        );
    }
    fail(db, job, error, clock.now(), policy).await
}

/// True when a failure of this attempt makes the job dead.
fn is_final_attempt(job: &Job) -> bool {
    job.attempts >= job.max_attempts
}

/// `now` plus `delay`, truncated to the microseconds both databases keep.
fn later(now: DateTime<Utc>, delay: Duration) -> DateTime<Utc> {
    let delay = chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::MAX);
    now.checked_add_signed(delay)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
        .trunc_subsecs(6)
}

/// The first `max` characters of `text`.
fn truncate(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}
