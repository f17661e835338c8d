//! The link check: every link is checked on a schedule (each link every
//! `link_check_interval_hours`, weekly by default, as a job due on the application
//! clock) and by moderators on demand; the result (ok, moved with the new address, or
//! broken with the reason) is stored with the time of the check. Moderators see the
//! problems first in the link check list and apply a moved address with one click.
//!
//! A check fetches outside any transaction (it may take `outbound_timeout_secs`) and
//! stores its result only if the link still has the address it checked. The check job
//! queues the link's next check in the transaction that stores the result, keyed by
//! the link and the time it is due, so a job that runs twice queues one next check.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{
    LinkView, count_fetch, link, list_page,
    model::{LinkFilter, LinkId, LinkOrder, LinkStatus, LinkUrl},
    publish, set_url,
    store::{self, CheckResult, LinkKey},
    visible_link,
};
use crate::{
    auth::Viewer,
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    outbound::CheckOutcome,
    paging::{Page, PageRequest},
    platform::jobs::{self, Job, NewJob},
    state::AppState,
};

/// The job that checks one link on the schedule and queues its next check.
pub const CHECK_JOB: &str = "link_check";

#[derive(Serialize, Deserialize)]
struct Payload {
    link: LinkId,
    /// When this check was due: the next one is due an interval later.
    due: DateTime<Utc>,
}

/// The time between two scheduled checks of a link; `None` when the schedule is off.
fn interval(state: &AppState) -> Option<Duration> {
    let hours = state.settings.link_check_interval_hours;
    (hours > 0).then(|| Duration::hours(i64::from(hours)))
}

/// Queues the check of `link` due at `due`, in the caller's transaction.
async fn schedule(
    tx: &mut Tx,
    state: &AppState,
    link: LinkId,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let payload = serde_json::to_value(Payload { link, due })
        .map_err(|err| AppError::from(anyhow::Error::from(err)))?;
    let job = NewJob {
        kind: CHECK_JOB,
        payload,
        dedupe_key: Some(format!("{CHECK_JOB}:{}:{}", link.0, due.timestamp_micros())),
    };
    jobs::enqueue_at(tx, job, due, now, &state.job_policy).await?;
    Ok(())
}

/// Queues the first scheduled check of a new link, an interval after `now`.
pub(super) async fn schedule_first(
    tx: &mut Tx,
    state: &AppState,
    link: LinkId,
    now: DateTime<Utc>,
) -> AppResult<()> {
    match interval(state) {
        Some(every) => schedule(tx, state, link, now + every, now).await,
        None => Ok(()),
    }
}

/// The stored form of what the fetcher found.
fn result_of(outcome: &CheckOutcome, at: DateTime<Utc>) -> (CheckResult<'_>, Option<String>) {
    match outcome {
        CheckOutcome::Ok { status } => (
            CheckResult {
                status: LinkStatus::Ok,
                reason: None,
                detail: None,
                moved_to: None,
                at,
            },
            Some(status.to_string()),
        ),
        CheckOutcome::Moved { to } => (
            CheckResult {
                status: LinkStatus::Moved,
                reason: None,
                detail: None,
                moved_to: Some(to),
                at,
            },
            None,
        ),
        CheckOutcome::Broken { reason } => (
            CheckResult {
                status: LinkStatus::Broken,
                reason: Some(reason.code()),
                detail: None,
                moved_to: None,
                at,
            },
            reason.detail(),
        ),
    }
}

/// Stores what a check of `url` found at `at`, in the caller's transaction; false when
/// the link's address changed while the check ran (or the demo wrote a result it
/// made up).
pub async fn write_check(
    tx: &mut Tx,
    link: LinkId,
    url: &str,
    outcome: &CheckOutcome,
    at: DateTime<Utc>,
) -> AppResult<bool> {
    let (mut result, detail) = result_of(outcome, at);
    result.detail = detail.as_deref();
    Ok(store::store_check(tx, link, url, &result).await?)
}

/// Runs a job of [`CHECK_JOB`]: checks the link (unless it is deleted or gone) and
/// queues its next check.
pub async fn run_job(state: Arc<AppState>, job: Job) -> anyhow::Result<()> {
    let Payload { link, due } = serde_json::from_str(&job.payload)?;
    run(&state, link, due).await.map_err(AppError::into_anyhow)
}

async fn run(state: &AppState, id: LinkId, due: DateTime<Utc>) -> AppResult<()> {
    let Some(target) = store::check_target(&state.db, id).await? else {
        return Ok(());
    };
    // A deleted link is not fetched, but keeps its schedule for when it is restored.
    let outcome = match target.deleted {
        true => None,
        false => Some(state.fetcher.check(&target.url).await),
    };
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let stored = match &outcome {
        Some(outcome) => write_check(&mut tx, id, &target.url, outcome, now).await?,
        None => false,
    };
    if let Some(every) = interval(state) {
        // After a pause (the server was down) the next check is an interval from now,
        // not a run of overdue ones.
        let next = (due + every).max(now + Duration::minutes(1));
        schedule(&mut tx, state, id, next, now).await?;
    }
    tx.commit().await?;
    if let (true, Some(outcome)) = (stored, &outcome) {
        tracing::info!(link.id = %id.0, status = outcome.status(), "Link checked");
        publish(state, target.group_id, target.thread_id).await;
    }
    Ok(())
}

/// Checks a link now (moderators) and stores the result; the link is returned with
/// it. The check counts against the viewer's fetches.
pub async fn check_link(state: &AppState, viewer: &Viewer, id: LinkId) -> AppResult<LinkView> {
    let (access, row) = visible_link(state, viewer, id).await?;
    access.require_moderator()?;
    count_fetch(state, viewer).await?;
    let outcome = state.fetcher.check(&row.url).await;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_moderator()?;
    let stored = write_check(&mut tx, id, &row.url, &outcome, now).await?;
    tx.commit().await?;
    if stored {
        tracing::info!(link.id = %id.0, status = outcome.status(), "Link checked on demand");
        publish(state, row.group_id, row.thread_id).await;
    }
    link(state, viewer, id).await
}

/// Gives a moved link the address its last check was redirected to (moderators), in
/// its normal form's rules: one that another entry has is CONFLICT (`LINK_EXISTS`); a
/// link whose last check found no new address is CONFLICT (`NOT_MOVED`). The new
/// address is unchecked until its next check.
pub async fn apply_moved_url(state: &AppState, viewer: &Viewer, id: LinkId) -> AppResult<LinkView> {
    let (_, row) = visible_link(state, viewer, id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_moderator()?;
    let row = store::link_for_update(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let moved_to = match (row.check.status(), &row.check.moved_to) {
        (LinkStatus::Moved, Some(to)) => to.clone(),
        _ => {
            return Err(AppError::conflict(
                Reason::NotMoved,
                "the link's last check found no new address",
            ));
        }
    };
    let url = LinkUrl::parse("url", &moved_to)?;
    set_url(&mut tx, &row, &url, now).await?;
    tx.commit().await?;
    tracing::info!(link.id = %id.0, "Moved address applied to a link");
    publish(state, row.group_id, row.thread_id).await;
    link(state, viewer, id).await
}

/// One page of the link check list of a group (moderators): broken links first, then
/// moved ones, unchecked ones, and those that work; newest first within each.
pub async fn link_checks(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    page: &PageRequest<LinkKey>,
) -> AppResult<Page<LinkView>> {
    let access = Access::load(state, viewer, group).await?;
    access.require_moderator()?;
    list_page(
        state,
        viewer,
        access,
        &LinkFilter::default(),
        LinkOrder::ProblemsFirst,
        page,
    )
    .await
}

/// The rank of a status in the link check list, as the store orders by it.
pub(super) fn status_rank(status: LinkStatus) -> i64 {
    match status {
        LinkStatus::Broken => 0,
        LinkStatus::Moved => 1,
        LinkStatus::Unchecked => 2,
        LinkStatus::Ok => 3,
    }
}
