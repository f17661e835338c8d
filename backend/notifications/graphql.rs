//! GraphQL for in-app notifications: thin resolvers over the
//! [`notifications`](super) service.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    CollapsedNotification, NotificationView,
    model::{NotificationId, NotificationKind},
};
use crate::{
    auth::viewer,
    error::AppResult,
    ids::ThreadId,
    orgs::model::Person,
    page_object,
    paging::PageRequest,
    resolver::{parse_id, state},
};

page_object!(
    /// A page of notifications.
    NotificationPage of NotificationView
);
page_object!(
    /// A page of notifications collapsed by thread.
    CollapsedNotificationPage of CollapsedNotification
);

fn id_of(uuid: Uuid) -> ID {
    ID(uuid.to_string())
}

/// Something the viewer should know about, linking to the exact post (or join
/// request) it is about.
#[Object(name = "Notification")]
impl NotificationView {
    /// Id for `markNotificationsRead`.
    async fn id(&self) -> ID {
        id_of(self.notification.id.0)
    }
    /// Why the viewer is notified.
    async fn kind(&self) -> NotificationKind {
        self.notification.kind
    }
    /// Who caused it; null when that account no longer exists.
    async fn actor(&self) -> Option<&Person> {
        self.actor.as_ref()
    }
    /// The group it happened in.
    async fn group_id(&self) -> ID {
        id_of(self.notification.group_id.0)
    }
    /// The group's name.
    async fn group_name(&self) -> &str {
        &self.notification.group_name
    }
    /// The thread, for all kinds but JOIN_REQUEST.
    async fn thread_id(&self) -> Option<ID> {
        self.notification.thread_id.map(|id| id_of(id.0))
    }
    /// The thread's current title.
    async fn thread_title(&self) -> Option<&str> {
        self.notification.thread_title.as_deref()
    }
    /// The post to open: the new post, the post that mentions the viewer, the accepted
    /// answer.
    async fn post_id(&self) -> Option<ID> {
        self.notification.post_id.map(|id| id_of(id.0))
    }
    /// The post's number in its thread (`Post.seq`), to page to it.
    async fn post_seq(&self) -> Option<i32> {
        self.notification.post_seq
    }
    /// The join request, for JOIN_REQUEST.
    async fn join_request_id(&self) -> Option<ID> {
        self.notification.join_request_id.map(|id| id_of(id.0))
    }
    /// When it happened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.notification.created_at
    }
    /// When the viewer marked it read; null while unread.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.notification.read_at
    }
}

/// Notifications about one thread shown as one line ("3 new posts in …"): all unread,
/// or all read.
#[Object]
impl CollapsedNotification {
    /// The newest of them (its kind, actor and post are the line's link).
    async fn latest(&self) -> &NotificationView {
        &self.latest
    }
    /// How many notifications the line stands for (1 for one alone).
    async fn count(&self) -> i32 {
        i32::try_from(self.count).unwrap_or(i32::MAX)
    }
}

/// Queries about the viewer's notifications.
#[derive(Default)]
pub struct NotificationsQuery;

#[Object]
impl NotificationsQuery {
    /// The viewer's notifications, newest first; with `unreadOnly` only the unread
    /// ones, with `kind` only those of that kind (e.g. MENTION). Notifications of
    /// groups the viewer left, and about deleted posts, are not shown.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        unread_only: Option<bool>,
        kind: Option<NotificationKind>,
    ) -> AppResult<NotificationPage> {
        let page = PageRequest::<Uuid>::parse(first, after.as_deref())?;
        Ok(super::notifications(
            state(ctx),
            viewer(ctx)?,
            unread_only.unwrap_or(false),
            kind,
            &page,
        )
        .await?
        .into())
    }

    /// The viewer's notifications collapsed by thread, newest first, as the
    /// notifications page and the bell show them: the unread notifications of a thread
    /// are one entry, its read ones another, join requests one each. `first` counts
    /// entries.
    async fn collapsed_notifications(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        unread_only: Option<bool>,
    ) -> AppResult<CollapsedNotificationPage> {
        let page = PageRequest::<Uuid>::parse(first, after.as_deref())?;
        Ok(super::collapsed_notifications(
            state(ctx),
            viewer(ctx)?,
            unread_only.unwrap_or(false),
            &page,
        )
        .await?
        .into())
    }

    /// How many of the viewer's notifications are unread (the bell's number).
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> AppResult<i32> {
        let count = super::unread_count(state(ctx), viewer(ctx)?).await?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }
}

/// Mutations of the viewer's notifications.
#[derive(Default)]
pub struct NotificationsMutation;

#[Object]
impl NotificationsMutation {
    /// Marks notifications read (1–100 of the viewer's own; any other id is NOT_FOUND
    /// and nothing changes). Returns the unread count after.
    async fn mark_notifications_read(&self, ctx: &Context<'_>, ids: Vec<ID>) -> AppResult<i32> {
        let ids = ids
            .iter()
            .map(|id| parse_id("ids", id).map(NotificationId))
            .collect::<AppResult<Vec<_>>>()?;
        let count = super::mark_read(state(ctx), viewer(ctx)?, &ids).await?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }

    /// Marks the viewer's notifications about the posts of a thread up to post number
    /// `upToSeq` read (a collapsed line; the thread's read marker does the same).
    /// Returns the unread count after.
    async fn mark_thread_notifications_read(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        up_to_seq: i32,
    ) -> AppResult<i32> {
        let thread = ThreadId(parse_id("threadId", &thread_id)?);
        let (state, viewer) = (state(ctx), viewer(ctx)?);
        super::mark_read_in_thread(state, viewer.id(), thread, up_to_seq, state.clock.now())
            .await?;
        let count = super::unread_count(state, viewer).await?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }

    /// Marks all of the viewer's notifications read. Returns the unread count after.
    async fn mark_all_notifications_read(&self, ctx: &Context<'_>) -> AppResult<i32> {
        let count = super::mark_all_read(state(ctx), viewer(ctx)?).await?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }
}
