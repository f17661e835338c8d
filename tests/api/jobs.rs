//! The durable job queue, on both databases. Queue tests pass explicit times instead
//! of sleeping. Worker tests wait for a signal from their handler and then stop the
//! worker, which records the outcome of its job first; scheduled jobs become due by
//! advancing a manual clock.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{DateTime, TimeDelta, Utc};
use fachforum::{
    clock::Clock,
    db::Db,
    platform::jobs::{self, Job, JobPolicy, NewJob, QueueDepth},
};
use serde_json::json;
use tokio::sync::{Notify, oneshot};

use crate::testdb::{Backend, TestDb, both_databases};

both_databases!(
    enqueued_job_is_claimed_and_completed,
    job_is_not_claimed_before_run_at,
    failed_job_is_requeued_with_growing_backoff,
    job_is_dead_after_max_attempts,
    expired_lease_lets_another_worker_claim_the_job,
    expired_lease_on_the_final_attempt_makes_the_job_dead,
    duplicate_dedupe_key_is_skipped,
    concurrent_claimers_claim_each_job_once,
    released_job_is_claimed_again_without_counting_the_attempt,
    depth_counts_jobs_per_status,
    worker_retries_a_failed_job_until_it_succeeds,
    worker_treats_a_panicking_handler_as_a_failure,
    worker_wakes_up_when_notified,
    worker_runs_a_scheduled_job_once_the_clock_passes_its_time,
    worker_stops_promptly_on_shutdown,
    worker_lets_a_running_job_finish_within_the_grace_period,
    worker_releases_a_job_that_outlasts_the_grace_period,
);

/// A policy with the default lease and backoff.
fn policy() -> JobPolicy {
    JobPolicy::default()
}

/// A policy for workers in real time: tiny backoff, short polls.
fn fast_policy() -> JobPolicy {
    JobPolicy {
        backoff_base: Duration::from_millis(10),
        poll_interval: Duration::from_millis(20),
        ..JobPolicy::default()
    }
}

/// Now by the system clock, as the queue tests start from.
fn now() -> DateTime<Utc> {
    Clock::system().now()
}

/// A duration as a chrono delta.
fn delta(duration: Duration) -> TimeDelta {
    TimeDelta::from_std(duration).unwrap()
}

/// Enqueues one job of kind `test` in its own transaction, committed.
async fn enqueue(
    db: &Db,
    payload: serde_json::Value,
    dedupe_key: Option<&str>,
    now: DateTime<Utc>,
    policy: &JobPolicy,
) {
    let mut tx = db.begin().await.unwrap();
    let job = NewJob {
        kind: "test",
        payload,
        dedupe_key: dedupe_key.map(str::to_string),
    };
    jobs::enqueue(&mut tx, job, now, policy).await.unwrap();
    tx.commit().await.unwrap();
}

/// Every stored job, oldest first.
async fn stored(db: &Db) -> Vec<Job> {
    jobs::of_kind(db, "test").await.unwrap()
}

/// The one stored job.
async fn only_job(db: &Db) -> Job {
    let mut all = stored(db).await;
    assert_eq!(all.len(), 1, "expected exactly one job: {all:?}");
    all.remove(0)
}

/// Waits up to five seconds for `condition` to hold on the database.
async fn eventually<F>(db: &Db, what: &str, condition: F)
where
    F: AsyncFn(&Db) -> bool,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !condition(db).await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// True when no job is stored.
async fn queue_is_empty(db: &Db) -> bool {
    jobs::depth(db).await.unwrap() == QueueDepth::default()
}

/// A worker running on its own task, stopped through `stop`.
struct Worker {
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Worker {
    /// Starts a worker on `clock` with `handler` and a grace period of `grace`.
    fn start<H, F>(
        db: &Db,
        clock: &Clock,
        policy: JobPolicy,
        notify: Arc<Notify>,
        handler: H,
        grace: Duration,
    ) -> Worker
    where
        H: Fn(Job) -> F + Send + Sync + 'static,
        F: Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        let (stop, stopped) = oneshot::channel();
        let shutdown = async move {
            stopped.await.ok();
        };
        let task = tokio::spawn(jobs::run_worker(
            db.clone(),
            clock.clone(),
            policy,
            notify,
            handler,
            shutdown,
            grace,
        ));
        Worker { stop, task }
    }

    /// Signals shutdown and waits (at most `limit`) for the worker to return.
    async fn stop_within(self, limit: Duration) {
        self.stop.send(()).unwrap();
        tokio::time::timeout(limit, self.task)
            .await
            .expect("the worker did not stop in time")
            .expect("the worker panicked");
    }
}

/// An enqueued job is claimed with its payload, counted as one attempt, leased, and
/// gone once completed.
async fn enqueued_job_is_claimed_and_completed(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, now) = (&test.db, policy(), now());
    enqueue(db, json!({"to": 42}), None, now, &policy).await;

    let job = jobs::claim(db, now, &policy)
        .await
        .unwrap()
        .expect("a due job");
    assert_eq!(job.kind, "test");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&job.payload).unwrap(),
        json!({"to": 42})
    );
    assert_eq!(job.status, "running");
    assert_eq!(job.attempts, 1);
    assert_eq!(job.max_attempts, 8);
    assert_eq!(job.locked_until, Some(now + delta(policy.lease)));
    assert_eq!(only_job(db).await.status, "running");
    assert!(jobs::claim(db, now, &policy).await.unwrap().is_none());

    jobs::complete(db, job.id).await.unwrap();
    assert!(stored(db).await.is_empty());
}

/// A job is not claimed before its run_at.
async fn job_is_not_claimed_before_run_at(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, now) = (&test.db, policy(), now());
    enqueue(db, json!({}), None, now, &policy).await;

    let just_before = now - TimeDelta::microseconds(1);
    assert!(
        jobs::claim(db, just_before, &policy)
            .await
            .unwrap()
            .is_none()
    );
    assert!(jobs::claim(db, now, &policy).await.unwrap().is_some());
}

/// A failed job is requeued after a backoff that doubles per attempt, with its
/// attempts counted and its error kept, and is not claimed before the backoff ends.
async fn failed_job_is_requeued_with_growing_backoff(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, t0) = (&test.db, policy(), now());
    enqueue(db, json!({}), None, t0, &policy).await;

    let job = jobs::claim(db, t0, &policy).await.unwrap().unwrap();
    jobs::fail(db, &job, "first failure", t0, &policy)
        .await
        .unwrap();
    let stored_job = only_job(db).await;
    assert_eq!(stored_job.status, "queued");
    assert_eq!(stored_job.attempts, 1);
    assert_eq!(stored_job.locked_until, None);
    assert_eq!(stored_job.last_error.as_deref(), Some("first failure"));
    let first_delay = stored_job.run_at - t0;
    assert!(
        first_delay >= TimeDelta::seconds(10) && first_delay <= TimeDelta::seconds(11),
        "first backoff {first_delay} is not 10 s plus up to 10 %"
    );
    let just_before = stored_job.run_at - TimeDelta::microseconds(1);
    assert!(
        jobs::claim(db, just_before, &policy)
            .await
            .unwrap()
            .is_none()
    );

    let t1 = stored_job.run_at;
    let job = jobs::claim(db, t1, &policy).await.unwrap().unwrap();
    assert_eq!(job.attempts, 2);
    jobs::fail(db, &job, "second failure", t1, &policy)
        .await
        .unwrap();
    let stored_job = only_job(db).await;
    assert_eq!(stored_job.attempts, 2);
    assert_eq!(stored_job.last_error.as_deref(), Some("second failure"));
    let second_delay = stored_job.run_at - t1;
    assert!(
        second_delay >= TimeDelta::seconds(20) && second_delay <= TimeDelta::seconds(22),
        "second backoff {second_delay} is not 20 s plus up to 10 %"
    );
    let ratio = second_delay.as_seconds_f64() / first_delay.as_seconds_f64();
    assert!(
        (1.8..=2.2).contains(&ratio),
        "backoff grew by {ratio}, not about twice"
    );
}

/// After max_attempts failures a job is dead: never claimed again, its last error
/// kept (truncated to 2000 characters).
async fn job_is_dead_after_max_attempts(backend: Backend) {
    let test = TestDb::new(backend).await;
    let policy = JobPolicy {
        max_attempts: 3,
        ..policy()
    };
    let (db, mut now) = (&test.db, now());
    enqueue(db, json!({}), None, now, &policy).await;

    for attempt in 1..=2 {
        let job = jobs::claim(db, now, &policy).await.unwrap().unwrap();
        assert_eq!(job.attempts, attempt);
        jobs::fail(db, &job, "try again", now, &policy)
            .await
            .unwrap();
        now = only_job(db).await.run_at;
    }
    let job = jobs::claim(db, now, &policy).await.unwrap().unwrap();
    assert_eq!(job.attempts, 3);
    let long_error = "ä".repeat(3000);
    jobs::fail(db, &job, &long_error, now, &policy)
        .await
        .unwrap();

    let dead = only_job(db).await;
    assert_eq!(dead.status, "dead");
    assert_eq!(dead.attempts, 3);
    assert_eq!(dead.locked_until, None);
    assert_eq!(dead.last_error, Some("ä".repeat(2000)));
    let far_future = now + TimeDelta::days(365);
    assert!(
        jobs::claim(db, far_future, &policy)
            .await
            .unwrap()
            .is_none()
    );
}

/// A claimed job whose worker crashed is claimed again once now is past locked_until,
/// not before; the crashed worker's late failure report then changes nothing.
async fn expired_lease_lets_another_worker_claim_the_job(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, t0) = (&test.db, policy(), now());
    enqueue(db, json!({}), None, t0, &policy).await;

    let crashed = jobs::claim(db, t0, &policy).await.unwrap().unwrap();
    let locked_until = crashed.locked_until.unwrap();
    assert!(
        jobs::claim(db, locked_until, &policy)
            .await
            .unwrap()
            .is_none()
    );

    let after = locked_until + TimeDelta::microseconds(1);
    let again = jobs::claim(db, after, &policy)
        .await
        .unwrap()
        .expect("the lease expired");
    assert_eq!(again.id, crashed.id);
    assert_eq!(again.attempts, 2);
    assert_eq!(again.locked_until, Some(after + delta(policy.lease)));

    jobs::fail(db, &crashed, "late report", after, &policy)
        .await
        .unwrap();
    let stored_job = only_job(db).await;
    assert_eq!(stored_job.status, "running");
    assert_eq!(stored_job.attempts, 2);
    assert_eq!(stored_job.last_error, None);
}

/// A job whose lease expires during its final attempt is dead, not run again.
async fn expired_lease_on_the_final_attempt_makes_the_job_dead(backend: Backend) {
    let test = TestDb::new(backend).await;
    let policy = JobPolicy {
        max_attempts: 1,
        ..policy()
    };
    let (db, t0) = (&test.db, now());
    enqueue(db, json!({}), None, t0, &policy).await;

    let crashed = jobs::claim(db, t0, &policy).await.unwrap().unwrap();
    let after = crashed.locked_until.unwrap() + TimeDelta::seconds(1);
    assert!(jobs::claim(db, after, &policy).await.unwrap().is_none());

    let dead = only_job(db).await;
    assert_eq!(dead.status, "dead");
    assert_eq!(dead.attempts, 1);
    assert!(dead.last_error.unwrap().contains("lease expired"));
}

/// A second job with the same dedupe key is skipped; jobs without a key never are.
async fn duplicate_dedupe_key_is_skipped(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, now) = (&test.db, policy(), now());
    enqueue(
        db,
        json!({"n": 1}),
        Some("digest:alice:2024-W01"),
        now,
        &policy,
    )
    .await;
    enqueue(
        db,
        json!({"n": 2}),
        Some("digest:alice:2024-W01"),
        now,
        &policy,
    )
    .await;
    enqueue(db, json!({"n": 3}), None, now, &policy).await;
    enqueue(db, json!({"n": 4}), None, now, &policy).await;

    let payloads: Vec<String> = stored(db)
        .await
        .into_iter()
        .map(|job| job.payload)
        .collect();
    assert_eq!(payloads, [r#"{"n":1}"#, r#"{"n":3}"#, r#"{"n":4}"#]);
    let keyed = &stored(db).await[0];
    assert_eq!(keyed.dedupe_key.as_deref(), Some("digest:alice:2024-W01"));
}

/// Eight concurrent claimers on fifty jobs claim each job exactly once.
async fn concurrent_claimers_claim_each_job_once(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, now) = (&test.db, policy(), now());
    let mut tx = db.begin().await.unwrap();
    for n in 0..50 {
        let job = NewJob {
            kind: "test",
            payload: json!({ "n": n }),
            dedupe_key: None,
        };
        jobs::enqueue(&mut tx, job, now, &policy).await.unwrap();
    }
    tx.commit().await.unwrap();

    let start = Arc::new(tokio::sync::Barrier::new(8));
    let claimers: Vec<_> = (0..8)
        .map(|_| {
            let (db, policy, start) = (db.clone(), policy.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                let mut claimed = Vec::new();
                while let Some(job) = jobs::claim(&db, now, &policy).await.unwrap() {
                    claimed.push(job.id);
                }
                claimed
            })
        })
        .collect();
    let mut all = Vec::new();
    for claimer in claimers {
        all.extend(claimer.await.unwrap());
    }

    let distinct: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), 50, "jobs claimed more than once or not at all");
    assert_eq!(distinct.len(), 50);
    assert!(
        stored(db)
            .await
            .iter()
            .all(|job| job.status == "running" && job.attempts == 1)
    );
}

/// A released job is queued again at once, its attempt not counted.
async fn released_job_is_claimed_again_without_counting_the_attempt(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (db, policy, now) = (&test.db, policy(), now());
    enqueue(db, json!({}), None, now, &policy).await;

    let job = jobs::claim(db, now, &policy).await.unwrap().unwrap();
    jobs::release(db, job.id).await.unwrap();
    let released = only_job(db).await;
    assert_eq!(released.status, "queued");
    assert_eq!(released.attempts, 0);
    assert_eq!(released.locked_until, None);

    let again = jobs::claim(db, now, &policy).await.unwrap().unwrap();
    assert_eq!(again.id, job.id);
    assert_eq!(again.attempts, 1);
}

/// The queue depth counts queued, running and dead jobs.
async fn depth_counts_jobs_per_status(backend: Backend) {
    let test = TestDb::new(backend).await;
    let policy = JobPolicy {
        max_attempts: 1,
        ..policy()
    };
    let (db, now) = (&test.db, now());
    assert_eq!(jobs::depth(db).await.unwrap(), QueueDepth::default());
    for _ in 0..4 {
        enqueue(db, json!({}), None, now, &policy).await;
    }
    let dying = jobs::claim(db, now, &policy).await.unwrap().unwrap();
    jobs::fail(db, &dying, "broken", now, &policy)
        .await
        .unwrap();
    jobs::claim(db, now, &policy).await.unwrap().unwrap();

    let depth = jobs::depth(db).await.unwrap();
    assert_eq!(
        depth,
        QueueDepth {
            queued: 2,
            running: 1,
            dead: 1
        }
    );
}

/// The worker runs a job that fails the first time again after the backoff, exactly
/// twice, and the queue ends empty.
async fn worker_retries_a_failed_job_until_it_succeeds(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = fast_policy();
    enqueue(db, json!({}), None, now(), &policy).await;

    let attempts_seen = Arc::new(Mutex::new(Vec::new()));
    let seen = attempts_seen.clone();
    let succeeded = Arc::new(Notify::new());
    let signal = succeeded.clone();
    let handler = move |job: Job| {
        let first = {
            let mut seen = seen.lock().unwrap();
            seen.push(job.attempts);
            seen.len() == 1
        };
        let signal = signal.clone();
        async move {
            if first {
                anyhow::bail!("the mail server is down");
            }
            signal.notify_one();
            Ok(())
        }
    };
    let worker = Worker::start(
        db,
        &Clock::system(),
        policy,
        Arc::new(Notify::new()),
        handler,
        Duration::from_secs(1),
    );

    succeeded.notified().await;
    // A stopped worker has recorded the outcome of its last job.
    worker.stop_within(Duration::from_secs(2)).await;
    assert!(queue_is_empty(db).await, "the job was not completed");
    assert_eq!(*attempts_seen.lock().unwrap(), [1, 2]);
}

/// A handler that panics counts as a failed attempt; the worker survives and retries.
async fn worker_treats_a_panicking_handler_as_a_failure(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = JobPolicy {
        backoff_base: Duration::from_secs(3600),
        ..fast_policy()
    };
    enqueue(db, json!({}), None, now(), &policy).await;

    let panicking = Arc::new(Notify::new());
    let signal = panicking.clone();
    let handler = move |_job: Job| {
        let signal = signal.clone();
        async move {
            signal.notify_one();
            panic!("a bug in the handler")
        }
    };
    let worker = Worker::start(
        db,
        &Clock::system(),
        policy,
        Arc::new(Notify::new()),
        handler,
        Duration::from_secs(1),
    );

    panicking.notified().await;
    // A stopped worker has recorded the outcome of its last job.
    worker.stop_within(Duration::from_secs(2)).await;
    let failed = only_job(db).await;
    assert_eq!(failed.status, "queued");
    assert_eq!(failed.attempts, 1);
    assert_eq!(
        failed.last_error.as_deref(),
        Some("The handler panicked: a bug in the handler")
    );
}

/// Starts a worker whose handler signals the returned notify for each job, runs one
/// job through it and waits until that job is gone: the worker has then found the
/// queue empty and gone idle (or is about to).
async fn idle_worker(
    db: &Db,
    clock: &Clock,
    policy: &JobPolicy,
    notify: Arc<Notify>,
) -> (Worker, Arc<Notify>) {
    enqueue(db, json!({}), None, clock.now(), policy).await;
    let ran = Arc::new(Notify::new());
    let signal = ran.clone();
    let handler = move |_job: Job| {
        let signal = signal.clone();
        async move {
            signal.notify_one();
            Ok(())
        }
    };
    let worker = Worker::start(
        db,
        clock,
        policy.clone(),
        notify,
        handler,
        Duration::from_secs(1),
    );
    ran.notified().await;
    eventually(db, "the first job is gone", async |db| {
        queue_is_empty(db).await
    })
    .await;
    (worker, ran)
}

/// A policy whose idle workers wait an hour before they look again by themselves.
fn sleepy_policy() -> JobPolicy {
    JobPolicy {
        poll_interval: Duration::from_secs(3600),
        ..fast_policy()
    }
}

/// An idle worker runs a new job as soon as it is notified, not at its next poll.
async fn worker_wakes_up_when_notified(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = sleepy_policy();
    let notify = Arc::new(Notify::new());
    let (worker, ran) = idle_worker(db, &Clock::system(), &policy, notify.clone()).await;

    enqueue(db, json!({}), None, now(), &policy).await;
    notify.notify_one();
    ran.notified().await;
    worker.stop_within(Duration::from_secs(2)).await;
    assert!(queue_is_empty(db).await, "the job was not completed");
}

/// A job scheduled for later runs as soon as the app clock passes its time: advancing
/// the clock wakes the idle worker.
async fn worker_runs_a_scheduled_job_once_the_clock_passes_its_time(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = sleepy_policy();
    let clock = Clock::manual();
    let notify = Arc::new(Notify::new());
    clock.wake_on_advance(notify.clone());
    let (worker, ran) = idle_worker(db, &clock, &policy, notify).await;

    let later = clock.now() + TimeDelta::minutes(10);
    enqueue(db, json!({}), None, later, &policy).await;
    assert_eq!(
        jobs::claim(db, clock.now(), &policy)
            .await
            .unwrap()
            .map(|job| job.id),
        None
    );
    clock.advance(Duration::from_secs(10 * 60));
    ran.notified().await;
    worker.stop_within(Duration::from_secs(2)).await;
    assert!(queue_is_empty(db).await, "the job was not completed");
}

/// An idle worker stops promptly on shutdown, even with a long poll interval.
async fn worker_stops_promptly_on_shutdown(backend: Backend) {
    let test = TestDb::new(backend).await;
    let (worker, _ran) = idle_worker(
        &test.db,
        &Clock::system(),
        &sleepy_policy(),
        Arc::new(Notify::new()),
    )
    .await;
    worker.stop_within(Duration::from_millis(500)).await;
}

/// A job running at shutdown that finishes within the grace period is completed.
async fn worker_lets_a_running_job_finish_within_the_grace_period(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = fast_policy();
    enqueue(db, json!({}), None, now(), &policy).await;

    let started = Arc::new(Notify::new());
    let signal = started.clone();
    let handler = move |_job: Job| {
        let signal = signal.clone();
        async move {
            signal.notify_one();
            tokio::time::sleep(Duration::from_millis(300)).await;
            Ok(())
        }
    };
    let worker = Worker::start(
        db,
        &Clock::system(),
        policy,
        Arc::new(Notify::new()),
        handler,
        Duration::from_secs(5),
    );
    started.notified().await;
    worker.stop_within(Duration::from_secs(2)).await;
    assert!(stored(db).await.is_empty(), "the job was not completed");
}

/// A job still running when the grace period ends is released: queued again, its
/// attempt not counted.
async fn worker_releases_a_job_that_outlasts_the_grace_period(backend: Backend) {
    let test = TestDb::new(backend).await;
    let db = &test.db;
    let policy = fast_policy();
    enqueue(db, json!({}), None, now(), &policy).await;

    let started = Arc::new(Notify::new());
    let signal = started.clone();
    let handler = move |_job: Job| {
        let signal = signal.clone();
        async move {
            signal.notify_one();
            std::future::pending::<()>().await;
            Ok(())
        }
    };
    let worker = Worker::start(
        db,
        &Clock::system(),
        policy,
        Arc::new(Notify::new()),
        handler,
        Duration::from_millis(100),
    );
    started.notified().await;
    worker.stop_within(Duration::from_secs(2)).await;

    let released = only_job(db).await;
    assert_eq!(released.status, "queued");
    assert_eq!(released.attempts, 0);
    assert_eq!(released.locked_until, None);
}
