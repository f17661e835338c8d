//! Builds the application from [`Settings`] and runs it until shutdown.

use std::{future::Future, sync::Arc, time::Duration};

use anyhow::Context;
use tokio::sync::{Notify, watch};

use crate::{
    auth::{self, PasswordHashing},
    clock::Clock,
    config::Settings,
    db::{Db, Tx},
    error::AppError,
    graphql::{self, AppSchema},
    http::{self, ParsedQueries, metrics::Metrics},
    platform::{
        jobs::{self, Job, JobPolicy, NewJob},
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
    pub metrics: Metrics,
    /// The bounded slots for password hashing.
    pub password_hashing: PasswordHashing,
    /// Parsed GraphQL documents by query text.
    pub parsed_queries: ParsedQueries,
    /// The URL users reach the server under, without trailing slash.
    pub public_url: String,
    /// The host part of `public_url`, for Message-IDs.
    pub mail_host: String,
}

impl AppState {
    /// Connects to the database (and migrates it), pub/sub, rate limits and mail; the
    /// services take the time from `clock`.
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
            metrics: Metrics::default(),
            password_hashing,
            parsed_queries: ParsedQueries::default(),
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

/// The kind of the job that sends one [`OutgoingMail`] (its payload).
pub const MAIL_JOB: &str = "mail";

/// Runs one job by its kind.
async fn run_job(state: Arc<AppState>, job: Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        MAIL_JOB => {
            let mail: OutgoingMail = serde_json::from_str(&job.payload)?;
            state.mailer.send(&state.settings.mail_from, &mail).await
        }
        other => anyhow::bail!("unknown job kind {other}"),
    }
}

/// A built application: the listener is bound, the database migrated.
pub struct App {
    state: Arc<AppState>,
    schema: AppSchema,
    listener: tokio::net::TcpListener,
    port: u16,
}

impl App {
    /// Binds the listen address (port 0 picks a free port), connects every service and
    /// migrates the database. The server passes [`Clock::system`], tests a manual one.
    pub async fn build(settings: Settings, clock: Clock) -> anyhow::Result<App> {
        let listener = tokio::net::TcpListener::bind(&settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let addr = listener.local_addr()?;
        let public_url = if settings.public_url.is_empty() {
            format!("http://{addr}")
        } else {
            settings.public_url.clone()
        };
        let state = Arc::new(AppState::connect(settings, public_url, clock).await?);
        let schema = graphql::build_schema(&state.settings, Some(state.clone()));
        Ok(App {
            state,
            schema,
            listener,
            port: addr.port(),
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state (for tests and commands).
    pub fn state(&self) -> &Arc<AppState> {
        &self.state
    }

    /// Serves requests and runs job workers until `shutdown` resolves; then stops
    /// accepting, lets requests and jobs in flight finish (up to the shutdown timeout)
    /// and releases the job leases it still holds.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let App {
            state,
            schema,
            listener,
            port,
        } = self;
        let (stop_tx, stop_rx) = watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        });

        if let Some(link) = auth::first_admin_link(&state)
            .await
            .map_err(AppError::into_anyhow)?
        {
            tracing::warn!(
                "No administrator exists yet. Open this one-time link (valid 24 hours) to create the first one: {link}"
            );
        }

        let worker = tokio::spawn(jobs::run_worker(
            state.db.clone(),
            state.clock.clone(),
            state.job_policy.clone(),
            state.job_notify.clone(),
            {
                let state = state.clone();
                move |job| run_job(state.clone(), job)
            },
            stopped(stop_rx.clone()),
            Duration::from_secs(state.settings.shutdown_timeout_secs),
        ));
        let cleanup = tokio::spawn(cleanup_loop(state.clone(), stopped(stop_rx.clone())));

        tracing::info!(port, url = %state.public_url, "Fachforum is listening");
        let acceptor = poem::listener::TcpAcceptor::from_tokio(listener)?;
        poem::Server::new_with_acceptor(acceptor)
            .run_with_graceful_shutdown(
                http::routes(state.clone(), schema, stop_rx.clone()),
                stopped(stop_rx.clone()),
                Some(Duration::from_secs(state.settings.shutdown_timeout_secs)),
            )
            .await?;
        tracing::info!("Stopped accepting requests; finishing background work");
        worker.await?;
        cleanup.await?;
        state.db.close().await;
        tracing::info!("Shut down cleanly");
        Ok(())
    }
}

/// Resolves once the stop flag is set.
async fn stopped(mut rx: watch::Receiver<bool>) {
    let _ = rx.wait_for(|stop| *stop).await;
}

/// Deletes idle sessions once an hour.
async fn cleanup_loop(state: Arc<AppState>, stop: impl Future<Output = ()>) {
    tokio::pin!(stop);
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tokio::select! {
            _ = &mut stop => return,
            _ = every.tick() => match auth::delete_idle_sessions(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(count = n, "Deleted idle sessions"),
                Err(err) => err.log_if_internal(),
            },
        }
    }
}
