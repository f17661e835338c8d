//! Join requests: a person asks to join a listed group that admits by request, with an
//! optional message; the moderators get a notice, approve or decline, and the person
//! gets a mail either way. A pending request can be withdrawn.

use super::{
    Access, mails,
    members::admit,
    model::{
        GroupId, GroupRole, JoinPolicy, JoinRequest, JoinRequestId, JoinRequestStatus,
        parse_message,
    },
    store::{
        self,
        join_requests::{self as request_store, JoinRequestKey},
    },
};
use crate::{
    auth::{Viewer, model::Language},
    error::{AppError, AppResult, Reason},
    live, notifications,
    paging::{Page, PageRequest},
    state::AppState,
};

/// Asks to join a group. Members get CONFLICT, as does a second pending request; groups
/// that admit by invitation only are FORBIDDEN; secret groups NOT_FOUND (for
/// non-members, by the access rule).
pub async fn request_to_join(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    message: Option<&str>,
) -> AppResult<JoinRequest> {
    let message = parse_message("message", message)?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    if access.role().is_some() {
        return Err(AppError::conflict(
            Reason::AlreadyMember,
            "you are a member of this group already",
        ));
    }
    if access.group().join_policy != JoinPolicy::Request {
        return Err(AppError::Forbidden);
    }
    let request = request_store::insert(
        &mut tx,
        group,
        viewer.id(),
        message.as_deref(),
        state.clock.now(),
    )
    .await?;
    let link = format!("{}/groups/{}/join-requests", state.public_url, group.0);
    for moderator in store::moderators(&mut tx, group).await? {
        let mail = mails::join_request_arrived(
            state,
            &mails::Recipient {
                email: &moderator.email,
                name: &moderator.name,
                language: Language::from_code(&moderator.language),
            },
            &access.group().name,
            &viewer.account.name,
            message.as_deref(),
            &link,
        );
        state.queue_mail(&mut tx, &mail).await?;
    }
    let notified = notifications::join_request_arrived(
        &mut tx,
        group,
        request.id,
        viewer.id(),
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    state.wake_workers();
    notifications::publish_changed(state, &notified).await;
    tracing::info!(group.id = %group.0, join_request.id = %request.id.0, "Join request made");
    Ok(request)
}

/// Approves (the person becomes a member) or declines a pending request (moderators);
/// the person gets a mail either way. A decided request is CONFLICT.
pub async fn decide_join_request(
    state: &AppState,
    viewer: &Viewer,
    id: JoinRequestId,
    approve: bool,
) -> AppResult<JoinRequest> {
    let group = request_store::group_of(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    access.require_moderator()?;
    request_store::in_group(&mut tx, access.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = if approve {
        JoinRequestStatus::Approved
    } else {
        JoinRequestStatus::Declined
    };
    let now = state.clock.now();
    let request = request_store::close(&mut tx, id, status, viewer.id(), now)
        .await?
        .ok_or_else(|| {
            AppError::conflict(
                Reason::RequestDecided,
                "the request is not pending any more",
            )
        })?;
    if approve {
        admit(&mut tx, group, request.account_id, GroupRole::Member, now).await?;
    }
    let requester = store::recipient(&mut tx, request.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mail = mails::join_request_decided(
        state,
        &mails::Recipient {
            email: &requester.email,
            name: &requester.name,
            language: Language::from_code(&requester.language),
        },
        &access.group().name,
        approve,
        &format!("{}/groups/{}", state.public_url, group.0),
    );
    state.queue_mail(&mut tx, &mail).await?;
    tx.commit().await?;
    state.wake_workers();
    if approve {
        live::members_changed(state, group).await;
    }
    tracing::info!(
        group.id = %group.0,
        join_request.id = %id.0,
        approved = approve,
        "Join request decided"
    );
    Ok(request)
}

/// Withdraws the viewer's own pending request. Requests of others are NOT_FOUND;
/// a decided request is CONFLICT.
pub async fn withdraw_join_request(
    state: &AppState,
    viewer: &Viewer,
    id: JoinRequestId,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    request_store::of_account(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    request_store::close(
        &mut tx,
        id,
        JoinRequestStatus::Withdrawn,
        viewer.id(),
        state.clock.now(),
    )
    .await?
    .ok_or_else(|| {
        AppError::conflict(
            Reason::RequestDecided,
            "the request is not pending any more",
        )
    })?;
    tx.commit().await?;
    tracing::info!(join_request.id = %id.0, "Join request withdrawn");
    Ok(())
}

/// One page of a group's pending requests (moderators), oldest first.
pub async fn join_requests(
    state: &AppState,
    access: &Access,
    page: &PageRequest<JoinRequestKey>,
) -> AppResult<Page<JoinRequest>> {
    access.require_moderator()?;
    let rows =
        request_store::pending_page(&state.db, access.id(), page.after.as_ref(), page.limit())
            .await?;
    Ok(Page::from_rows(rows, page, |r| (r.created_at, r.id.0)))
}

/// How many requests to join the group are open, for its moderators; `None` for
/// everyone else.
pub async fn open_join_request_count(state: &AppState, access: &Access) -> AppResult<Option<i64>> {
    if !access.can_moderate() {
        return Ok(None);
    }
    Ok(Some(
        request_store::pending_count(&state.db, access.id()).await?,
    ))
}

/// The viewer's pending request for the group, if any.
pub async fn my_join_request(state: &AppState, access: &Access) -> AppResult<Option<JoinRequest>> {
    Ok(request_store::pending_of(&state.db, access.id(), access.viewer()).await?)
}
