//! The jobs of acknowledgement requests, due on the application clock: the reminder
//! before the deadline and the closing at the deadline. Both are idempotent: a run
//! after the request closed, or a second run, changes nothing.

use std::sync::Arc;

use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::{
    acknowledgements::{freeze, remind_before_deadline},
    model::{AcknowledgementRequest, AcknowledgementRequestId},
    publish, store,
};
use crate::{
    db::Tx,
    error::{AppError, AppResult},
    notifications,
    platform::jobs::{self, Job, NewJob},
    state::AppState,
};

/// The job that closes a request at its deadline.
pub const DEADLINE_JOB: &str = "acknowledgement_deadline";

/// The job that reminds those missing before the deadline.
pub const REMINDER_JOB: &str = "acknowledgement_reminder";

#[derive(Serialize, Deserialize)]
struct Payload {
    request: AcknowledgementRequestId,
}

/// Schedules the deadline and, when reminders are on and the time is still ahead, the
/// reminder of a new request, in its transaction.
pub(super) async fn schedule(
    tx: &mut Tx,
    state: &AppState,
    request: &AcknowledgementRequest,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    let payload = serde_json::to_value(Payload {
        request: request.id,
    })
    .map_err(|err| AppError::from(anyhow::Error::from(err)))?;
    let job = |kind: &'static str| NewJob {
        kind,
        payload: payload.clone(),
        dedupe_key: Some(format!("{kind}:{}", request.id.0)),
    };
    jobs::enqueue_at(
        tx,
        job(DEADLINE_JOB),
        request.deadline,
        now,
        &state.job_policy,
    )
    .await?;
    let hours = state.settings.acknowledgement_reminder_hours;
    let remind_at = request.deadline - Duration::hours(i64::from(hours));
    if hours > 0 && remind_at > now {
        jobs::enqueue_at(tx, job(REMINDER_JOB), remind_at, now, &state.job_policy).await?;
    }
    Ok(())
}

/// Runs a job of [`DEADLINE_JOB`] or [`REMINDER_JOB`].
pub async fn run_job(state: Arc<AppState>, job: Job) -> anyhow::Result<()> {
    let Payload { request } = serde_json::from_str(&job.payload)?;
    run(&state, &job.kind, request)
        .await
        .map_err(AppError::into_anyhow)
}

async fn run(state: &AppState, kind: &str, id: AcknowledgementRequestId) -> AppResult<()> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let Some(request) = store::request_for_update(&mut tx, id).await? else {
        return Ok(());
    };
    let mut notified = Vec::new();
    let mut changed = false;
    match kind {
        DEADLINE_JOB if request.closed_at.is_none() && now >= request.deadline => {
            changed = freeze(&mut tx, &request, request.deadline).await?;
        }
        REMINDER_JOB => notified = remind_before_deadline(&mut tx, &request, now).await?,
        _ => {}
    }
    tx.commit().await?;
    if changed {
        tracing::info!(request.id = %id.0, "Acknowledgement request closed at its deadline");
        publish(state, request.group_id, request.thread_id).await;
    }
    notifications::publish_changed(state, &notified).await;
    Ok(())
}
