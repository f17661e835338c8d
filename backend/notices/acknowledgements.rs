//! Requests to acknowledge a notice (Kenntnisnahme): a moderator asks, per person or
//! per office, with a deadline; members acknowledge with one button, recorded with who,
//! when and the office they belonged to then (twice changes nothing); moderators see
//! the coverage ([`coverage`](super::coverage) says who counts), remind those missing
//! (at most once an hour), close the request and export the coverage as CSV. An
//! automatic reminder goes out `acknowledgement_reminder_hours` before the deadline,
//! once per request and person; at the deadline the request closes. Closing freezes
//! the coverage: the units counted then stay, whoever joins or leaves later.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{
    NoticeView,
    coverage::{self, Coverage},
    jobs,
    model::{
        AcknowledgementMode, AcknowledgementRequest, AcknowledgementRequestId, NoticeId,
        require_future,
    },
    notice, publish, store, visible_notice,
};
use crate::{
    auth::Viewer,
    clock,
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::Access,
    ids::AccountId,
    notifications::{
        self,
        model::{NewNotification, NotificationKind},
    },
    state::AppState,
};

/// How long after a moderator's reminder the next one may go out.
const REMINDER_PAUSE: Duration = Duration::hours(1);

/// The notification about a request to one person.
fn notification(
    request: &AcknowledgementRequest,
    recipient: AccountId,
    kind: NotificationKind,
    event_key: String,
    actor: Option<AccountId>,
) -> NewNotification {
    NewNotification {
        recipient,
        kind,
        event_key,
        group: request.group_id,
        thread: Some(request.thread_id),
        post: None,
        join_request: None,
        actor,
    }
}

/// Asks for acknowledgement of a notice (moderators), per person or per office, until
/// `deadline`; a notice has at most one request. Everyone the request counts is
/// notified; the reminder and the deadline are scheduled.
pub async fn request_acknowledgement(
    state: &AppState,
    viewer: &Viewer,
    notice_id: NoticeId,
    mode: AcknowledgementMode,
    deadline: DateTime<Utc>,
) -> AppResult<NoticeView> {
    let (_, row) = visible_notice(state, viewer, notice_id).await?;
    let now = state.clock.now();
    require_future("deadline", deadline, now)?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_moderator()?;
    let row = store::notice_for_update(&mut tx, viewer.id(), notice_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.deleted_at.is_some() {
        return Err(AppError::conflict(Reason::Deleted, "the notice is deleted"));
    }
    let request = AcknowledgementRequest {
        id: AcknowledgementRequestId(Uuid::now_v7()),
        notice_id,
        group_id: row.group_id,
        thread_id: row.thread_id,
        mode,
        deadline,
        requested_by: Some(viewer.id()),
        requested_at: now,
        closed_at: None,
        last_reminded_at: None,
    };
    if !store::insert_request(&mut tx, &request).await? {
        return Err(AppError::conflict(
            Reason::AlreadyRequested,
            "the notice has an acknowledgement request already",
        ));
    }
    let asked = store::counted_members(&mut tx, row.group_id).await?;
    let key = format!("acknowledgement_requested:{}", request.id.0);
    let notices = asked
        .iter()
        .map(|m| {
            let kind = NotificationKind::AcknowledgementRequested;
            notification(&request, m.account_id, kind, key.clone(), Some(viewer.id()))
        })
        .collect();
    let notified = notifications::record(&mut tx, notices, now).await?;
    jobs::schedule(&mut tx, state, &request, now).await?;
    tx.commit().await?;
    state.wake_workers();
    tracing::info!(notice.id = %notice_id.0, request.id = %request.id.0, "Acknowledgement requested");
    publish(state, row.group_id, row.thread_id).await;
    notifications::publish_changed(state, &notified).await;
    notice(state, viewer, notice_id).await
}

/// Acknowledges a notice for the viewer (members), with the office they belong to now;
/// acknowledging again changes nothing. No request is NOT_FOUND, a closed one CONFLICT.
pub async fn acknowledge(
    state: &AppState,
    viewer: &Viewer,
    notice_id: NoticeId,
) -> AppResult<NoticeView> {
    let (_, row) = visible_notice(state, viewer, notice_id).await?;
    let request = row.request().ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_member()?;
    let request = store::request_for_update(&mut tx, request.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !request.is_open(now) {
        return Err(closed());
    }
    let office = store::organization_of(&mut tx, viewer.id()).await?;
    if store::insert_acknowledgement(&mut tx, request.id, viewer.id(), office, now).await? {
        tx.commit().await?;
        tracing::info!(request.id = %request.id.0, "Notice acknowledged");
        publish(state, row.group_id, row.thread_id).await;
    }
    notice(state, viewer, notice_id).await
}

/// Closes a request before its deadline (moderators): the coverage is frozen. A closed
/// request is CONFLICT.
pub async fn close_request(
    state: &AppState,
    viewer: &Viewer,
    id: AcknowledgementRequestId,
) -> AppResult<NoticeView> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let request = open_request_for_moderator(state, viewer, &mut tx, id, now).await?;
    if !freeze(&mut tx, &request, now).await? {
        return Err(closed());
    }
    tx.commit().await?;
    tracing::info!(request.id = %id.0, "Acknowledgement request closed");
    publish(state, request.group_id, request.thread_id).await;
    notice(state, viewer, request.notice_id).await
}

/// Reminds everyone the request still misses (moderators), at most once an hour.
/// Returns how many people were reminded.
pub async fn remind_missing(
    state: &AppState,
    viewer: &Viewer,
    id: AcknowledgementRequestId,
) -> AppResult<usize> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let request = open_request_for_moderator(state, viewer, &mut tx, id, now).await?;
    if store::is_deleted(&mut tx, request.notice_id).await? {
        return Err(AppError::conflict(Reason::Deleted, "the notice is deleted"));
    }
    if request
        .last_reminded_at
        .is_some_and(|at| now < at + REMINDER_PAUSE)
    {
        return Err(AppError::conflict(
            Reason::RemindedRecently,
            "a reminder went out less than an hour ago",
        ));
    }
    let missing = coverage_in(&mut tx, &request).await?.missing_members();
    let key = format!(
        "acknowledgement_reminder:{}:{}",
        id.0,
        now.timestamp_micros()
    );
    let kind = NotificationKind::AcknowledgementReminder;
    let notices = missing
        .iter()
        .map(|&m| notification(&request, m, kind, key.clone(), Some(viewer.id())))
        .collect();
    let notified = notifications::record(&mut tx, notices, now).await?;
    store::set_reminded(&mut tx, id, now).await?;
    tx.commit().await?;
    tracing::info!(request.id = %id.0, count = missing.len(), "Acknowledgement reminder sent");
    notifications::publish_changed(state, &notified).await;
    Ok(missing.len())
}

/// The coverage of a request of a notice the viewer was given with `access` to its
/// group (moderators), read in one snapshot.
pub async fn coverage_for(
    state: &AppState,
    access: &Access,
    request: &AcknowledgementRequest,
) -> AppResult<Coverage> {
    access.require_moderator()?;
    let mut tx = state.db.begin_read().await?;
    coverage_in(&mut tx, request).await
}

/// The coverage as CSV (see [`coverage::to_csv`]) with a file name after the notice
/// (moderators).
pub async fn coverage_csv(
    state: &AppState,
    viewer: &Viewer,
    id: AcknowledgementRequestId,
) -> AppResult<(String, Vec<u8>)> {
    let (access, request) = visible_request(state, viewer, id).await?;
    let coverage = coverage_for(state, &access, &request).await?;
    let title = store::title(&state.db, request.notice_id).await?;
    let csv = coverage::to_csv(&coverage, |at| {
        clock::berlin(at).format("%d.%m.%Y %H:%M").to_string()
    });
    Ok((file_name(&title), csv))
}

/// `Kenntnisnahme-<title>.csv` with the title in ASCII letters and digits.
fn file_name(title: &str) -> String {
    let mut name = String::from("Kenntnisnahme-");
    for c in title.chars().take(60) {
        match c {
            'ä' => name.push_str("ae"),
            'ö' => name.push_str("oe"),
            'ü' => name.push_str("ue"),
            'Ä' => name.push_str("Ae"),
            'Ö' => name.push_str("Oe"),
            'Ü' => name.push_str("Ue"),
            'ß' => name.push_str("ss"),
            c if c.is_ascii_alphanumeric() => name.push(c),
            _ if !name.ends_with('-') => name.push('-'),
            _ => {}
        }
    }
    format!("{}.csv", name.trim_end_matches('-'))
}

/// An open request locked in `tx`, for a moderator of its group: NOT_FOUND or FORBIDDEN
/// by the access rule, CONFLICT when it is closed.
async fn open_request_for_moderator(
    state: &AppState,
    viewer: &Viewer,
    tx: &mut Tx,
    id: AcknowledgementRequestId,
    now: DateTime<Utc>,
) -> AppResult<AcknowledgementRequest> {
    let (_, request) = visible_request(state, viewer, id).await?;
    Access::load_for_write(tx, viewer, request.group_id)
        .await?
        .require_moderator()?;
    let request = store::request_for_update(tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !request.is_open(now) {
        return Err(closed());
    }
    Ok(request)
}

/// The request with the viewer's access to its group, if the viewer may see its
/// notice.
async fn visible_request(
    state: &AppState,
    viewer: &Viewer,
    id: AcknowledgementRequestId,
) -> AppResult<(Access, AcknowledgementRequest)> {
    let request = store::request(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (access, _) = visible_notice(state, viewer, request.notice_id).await?;
    Ok((access, request))
}

/// The coverage of a request now: frozen once it is closed, else against the current
/// members.
pub(super) async fn coverage_in(
    tx: &mut Tx,
    request: &AcknowledgementRequest,
) -> AppResult<Coverage> {
    let acknowledgements = store::acknowledgements(tx, request.id, request.group_id).await?;
    let (units, frozen) = if request.closed_at.is_some() {
        let rows = store::frozen_units(tx, request.id).await?;
        let units = rows
            .into_iter()
            .map(|r| (r.unit, r.organization_name))
            .collect();
        (coverage::units_of_frozen(units), true)
    } else {
        let members = store::counted_members(tx, request.group_id).await?;
        (coverage::units_of_members(request.mode, &members), false)
    };
    Ok(coverage::compute(
        request.mode,
        units,
        &acknowledgements,
        frozen,
    ))
}

/// Closes an open request at `at` and keeps the units it counts now; false when it was
/// closed already.
pub(crate) async fn freeze(
    tx: &mut Tx,
    request: &AcknowledgementRequest,
    at: DateTime<Utc>,
) -> AppResult<bool> {
    let coverage = coverage_in(tx, request).await?;
    if !store::close_request(tx, request.id, at).await? {
        return Ok(false);
    }
    let units: Vec<_> = coverage.units.iter().map(|u| u.frozen()).collect();
    store::insert_frozen_units(tx, request.id, &units).await?;
    Ok(true)
}

/// The automatic reminder before the deadline: everyone still missing, once per
/// request and person (the notification's event key is the same for every run); none
/// for a deleted notice.
pub(super) async fn remind_before_deadline(
    tx: &mut Tx,
    request: &AcknowledgementRequest,
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    if !request.is_open(now) || store::is_deleted(tx, request.notice_id).await? {
        return Ok(Vec::new());
    }
    let missing = coverage_in(tx, request).await?.missing_members();
    let key = format!("acknowledgement_reminder:{}", request.id.0);
    let kind = NotificationKind::AcknowledgementReminder;
    let notices = missing
        .into_iter()
        .map(|m| notification(request, m, kind, key.clone(), None))
        .collect();
    notifications::record(tx, notices, now).await
}

fn closed() -> AppError {
    AppError::conflict(
        Reason::RequestClosed,
        "the acknowledgement request is closed",
    )
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            file_name("Neue Förderrichtlinie: Fristen ab 1.1.!"),
            "Kenntnisnahme-Neue-Foerderrichtlinie-Fristen-ab-1-1.csv"
        );
    }
}
