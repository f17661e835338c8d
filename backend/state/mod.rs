//! The services every domain receives: database, pub/sub, rate limits, mail, the job
//! queue, the clock-driven job policy, settings, the password-hashing slots and the
//! outbound fetcher.

mod password_hashing;

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use tokio::sync::Notify;

pub use password_hashing::PasswordHashing;

use crate::{
    clock::Clock,
    config::Settings,
    db::{Db, Tx},
    outbound::Fetcher,
    platform::{
        jobs::{self, JobPolicy, NewJob},
        mail::{Mailer, OutgoingMail},
        pubsub::PubSub,
        ratelimit::RateLimiter,
    },
};

/// Everything a request or a job needs, shared by all of them.
pub struct AppState {
    pub settings: Settings,
    /// The application clock: where every service takes the time from.
    pub clock: Clock,
    pub db: Db,
    pub pubsub: PubSub,
    pub limiter: RateLimiter,
    pub mailer: Mailer,
    pub job_policy: JobPolicy,
    /// Wakes this instance's job worker after a commit that queued jobs.
    pub job_notify: Arc<Notify>,
    /// The bounded slots for password hashing.
    pub password_hashing: PasswordHashing,
    /// The one way out to other web servers (link checks and previews).
    pub fetcher: Fetcher,
    /// The URL users reach the server under, without trailing slash.
    pub public_url: String,
    /// The host part of `public_url`, for Message-IDs.
    pub mail_host: String,
}

impl AppState {
    /// Connects to the database (and migrates it), pub/sub, rate limits and mail, and
    /// builds the outbound fetcher; the services take the time from `clock`.
    pub async fn connect(
        settings: Settings,
        public_url: String,
        clock: Clock,
    ) -> anyhow::Result<AppState> {
        std::fs::create_dir_all(&settings.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                settings.data_dir.display()
            )
        })?;
        let db = Db::connect(&settings.database_url(), settings.database_max_connections).await?;
        db.migrate().await?;
        let redis = settings.redis_url.get();
        let pubsub = PubSub::connect(redis, &settings.redis_prefix).await?;
        let limiter = RateLimiter::connect(redis, &settings.redis_prefix).await?;
        let mailer = Mailer::new(settings.smtp_url.get(), settings.outbox_dir())?;
        let job_policy = JobPolicy {
            max_attempts: settings.job_max_attempts,
            lease: Duration::from_secs(settings.job_lease_secs),
            backoff_base: Duration::from_secs(settings.job_backoff_secs),
            poll_interval: Duration::from_millis(settings.job_poll_interval_ms),
        };
        let mail_host = public_url
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split([':', '/']).next())
            .unwrap_or("localhost")
            .to_owned();
        tracing::info!(
            database = if db.is_postgres() {
                "postgres"
            } else {
                "sqlite"
            },
            pubsub = if redis.is_some() {
                "redis"
            } else {
                "in-process"
            },
            mail = mailer.kind(),
            "Connected the platform services"
        );
        let password_hashing = PasswordHashing::new(
            settings.password_hashes_at_once,
            Duration::from_millis(settings.password_hash_wait_ms),
        );
        let fetcher = Fetcher::new(&settings)?;
        let job_notify = Arc::new(Notify::new());
        clock.wake_on_advance(job_notify.clone());
        Ok(AppState {
            settings,
            clock,
            db,
            pubsub,
            limiter,
            mailer,
            job_policy,
            job_notify,
            password_hashing,
            fetcher,
            public_url: public_url.trim_end_matches('/').to_owned(),
            mail_host,
        })
    }

    /// Queues a mail in the caller's transaction; it is sent after commit by a job.
    pub async fn queue_mail(&self, tx: &mut Tx, mail: &OutgoingMail) -> anyhow::Result<()> {
        let job = NewJob {
            kind: MAIL_JOB,
            payload: serde_json::to_value(mail)?,
            dedupe_key: Some(format!("mail:{}", mail.message_id)),
        };
        jobs::enqueue(tx, job, self.clock.now(), &self.job_policy).await?;
        Ok(())
    }

    /// Tells this instance's worker that committed jobs are waiting.
    pub fn wake_workers(&self) {
        self.job_notify.notify_one();
    }
}

/// The job kind that sends one queued mail.
pub const MAIL_JOB: &str = "mail";
