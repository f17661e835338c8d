//! In-app notifications: stored per recipient, written by the change that causes them
//! in its own transaction, listed with an unread count, marked read.
//!
//! # Rules
//! - One notification per event and recipient (`event_key`, unique): reporting an
//!   event twice stores nothing new.
//! - Nobody is notified of their own doing: callers pass the actor, and
//!   [`record`] drops notifications addressed to them.
//! - Only current members are notified, and a notification shows only while its
//!   recipient is a member of its group (join requests: while they moderate it) and its
//!   thread and post are not deleted. Who left a group sees nothing of it any more.
//! - After commit, callers [`publish_changed`] so open pages update their bell
//!   (`account:<id>` channel, payload `{"type":"notifications_changed"}`).
//!
//! The kinds, and when discussions write them, are described at
//! [`NotificationKind`](model::NotificationKind) and in
//! [`discussions`](crate::discussions).

pub mod graphql;
pub mod model;
mod store;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use self::model::{NewNotification, Notification, NotificationId, NotificationKind};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    ids::{GroupId, JoinRequestId, ThreadId},
    orgs::{self, model::Person},
    paging::{Page, PageRequest},
    state::AppState,
};

/// Most ids `markNotificationsRead` takes at once.
pub const MAX_IDS: usize = 100;

/// Stores notifications in the caller's transaction, except those to their own actor
/// and repeated ones; returns who got a new one (to [`publish_changed`] after commit).
pub async fn record(
    tx: &mut Tx,
    notifications: Vec<NewNotification>,
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    let notifications: Vec<NewNotification> = notifications
        .into_iter()
        .filter(|n| n.actor != Some(n.recipient))
        .collect();
    if notifications.is_empty() {
        return Ok(Vec::new());
    }
    Ok(store::insert_many(tx, &notifications, now).await?)
}

/// Notifies the moderators of a group of a new join request, in the transaction that
/// stores the request.
pub async fn join_request_arrived(
    tx: &mut Tx,
    group: GroupId,
    request: JoinRequestId,
    requester: AccountId,
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    let notifications = store::moderators(tx, group)
        .await?
        .into_iter()
        .map(|moderator| NewNotification {
            recipient: moderator,
            kind: NotificationKind::JoinRequest,
            event_key: format!("join_request:{}", request.0),
            group,
            thread: None,
            post: None,
            join_request: Some(request),
            actor: Some(requester),
        })
        .collect();
    record(tx, notifications, now).await
}

/// Tells the open pages of these accounts that their notifications changed.
pub async fn publish_changed(state: &AppState, recipients: &[AccountId]) {
    crate::live::notifications_changed(state, recipients).await;
}

/// A notification with the person who caused it.
#[derive(Clone, Debug)]
pub struct NotificationView {
    pub notification: Notification,
    pub actor: Option<Person>,
}

/// One page of the viewer's notifications, newest first; only unread ones, only those
/// of one kind (the start page's mentions) if asked.
pub async fn notifications(
    state: &AppState,
    viewer: &Viewer,
    unread_only: bool,
    kind: Option<NotificationKind>,
    page: &PageRequest<Uuid>,
) -> AppResult<Page<NotificationView>> {
    let rows = store::page(
        &state.db,
        viewer.id(),
        unread_only,
        kind,
        page.after,
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |n| n.id.0);
    let actors: Vec<AccountId> = page.nodes.iter().filter_map(|n| n.actor_id).collect();
    let people: HashMap<AccountId, Person> = orgs::people_by_ids(state, viewer, &actors).await?;
    Ok(page.map(|notification| NotificationView {
        actor: notification
            .actor_id
            .and_then(|id| people.get(&id).cloned()),
        notification,
    }))
}

/// Several notifications about one thread, shown as one line: the newest of them and
/// how many there are.
#[derive(Clone, Debug)]
pub struct CollapsedNotification {
    pub latest: NotificationView,
    pub count: i64,
}

/// One page of the viewer's notifications collapsed by thread, newest first (the
/// notifications page and the bell): a thread's unread notifications are one entry,
/// its read ones another; only unread ones if asked. Collapsed in the query, so a page
/// holds `first` entries whatever each one collapses.
pub async fn collapsed_notifications(
    state: &AppState,
    viewer: &Viewer,
    unread_only: bool,
    page: &PageRequest<Uuid>,
) -> AppResult<Page<CollapsedNotification>> {
    let rows = store::collapsed_page(
        &state.db,
        viewer.id(),
        unread_only,
        page.after,
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |r| r.latest.id.0);
    let actors: Vec<AccountId> = page
        .nodes
        .iter()
        .filter_map(|r| r.latest.actor_id)
        .collect();
    let people: HashMap<AccountId, Person> = orgs::people_by_ids(state, viewer, &actors).await?;
    Ok(page.map(|row| CollapsedNotification {
        latest: NotificationView {
            actor: row.latest.actor_id.and_then(|id| people.get(&id).cloned()),
            notification: row.latest,
        },
        count: row.count,
    }))
}

/// How many unread notifications the viewer has.
pub async fn unread_count(state: &AppState, viewer: &Viewer) -> AppResult<i64> {
    Ok(store::unread_count(&state.db, viewer.id()).await?)
}

/// Marks some of the viewer's notifications read (1–100 ids); ids that are not the
/// viewer's (visible) notifications are NOT_FOUND and nothing changes. Returns the
/// unread count after.
pub async fn mark_read(
    state: &AppState,
    viewer: &Viewer,
    ids: &[NotificationId],
) -> AppResult<i64> {
    if ids.is_empty() || ids.len() > MAX_IDS {
        return Err(AppError::bad_input(
            "ids",
            Reason::OutOfRange,
            format!("give 1 to {MAX_IDS} ids"),
        )
        .max(MAX_IDS));
    }
    let mut ids = ids.to_vec();
    ids.sort_by_key(|id| id.0);
    ids.dedup();
    let visible = store::visible_among(&state.db, viewer.id(), &ids).await?;
    if visible.len() != ids.len() {
        return Err(AppError::NotFound);
    }
    let changed = store::mark_read(&state.db, viewer.id(), Some(&ids), state.clock.now()).await?;
    if changed > 0 {
        publish_changed(state, &[viewer.id()]).await;
    }
    unread_count(state, viewer).await
}

/// Marks `account`'s notifications about the posts of `thread` numbered up to
/// `up_to_seq` read (the thread's read marker calls it when the person has read that
/// far), and tells their open pages when something changed. Returns how many changed.
pub async fn mark_read_in_thread(
    state: &AppState,
    account: AccountId,
    thread: ThreadId,
    up_to_seq: i32,
    now: DateTime<Utc>,
) -> AppResult<u64> {
    let changed = store::mark_read_in_thread(&state.db, account, thread, up_to_seq, now).await?;
    if changed > 0 {
        publish_changed(state, &[account]).await;
    }
    Ok(changed)
}

/// Marks all of the viewer's notifications read. Returns the unread count after (0).
pub async fn mark_all_read(state: &AppState, viewer: &Viewer) -> AppResult<i64> {
    let changed = store::mark_read(&state.db, viewer.id(), None, state.clock.now()).await?;
    if changed > 0 {
        publish_changed(state, &[viewer.id()]).await;
    }
    unread_count(state, viewer).await
}
