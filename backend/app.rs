//! Builds the application from [`Settings`] and runs it until shutdown: connects the
//! [`AppState`], builds the schema, and wires the routes, the job worker and the
//! session cleanup together.

use std::{future::Future, sync::Arc, time::Duration};

use anyhow::Context;
use tokio::sync::watch;

use crate::{
    auth,
    clock::Clock,
    config::Settings,
    error::AppError,
    graphql::{self, AppSchema},
    http, links, notices,
    platform::{
        jobs::{self, Job},
        mail::OutgoingMail,
    },
    state::{AppState, MAIL_JOB},
};

/// Runs one job by its kind.
async fn run_job(state: Arc<AppState>, job: Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        MAIL_JOB => {
            let mail: OutgoingMail = serde_json::from_str(&job.payload)?;
            state.mailer.send(&state.settings.mail_from, &mail).await
        }
        notices::DEADLINE_JOB | notices::REMINDER_JOB => notices::run_job(state, job).await,
        links::CHECK_JOB => links::run_job(state, job).await,
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
        let public_url = settings.reachable_url(addr);
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
