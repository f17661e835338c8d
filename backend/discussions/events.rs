//! Live events of discussions, published after commit through [`live`](crate::live),
//! which owns the channels and payloads. Events carry ids only: a subscriber reloads
//! what it shows through the API, with the access checks of the viewer it serves.

use std::sync::Arc;

use futures_util::Stream;

use super::model::{PostId, ThreadId};
use crate::{
    auth::Viewer,
    error::AppResult,
    groups::{self, model::GroupId},
    live::{self, Channel, GroupEvent, GroupEventType, ThreadEvent, ThreadEventType},
    state::AppState,
};

/// The events of one thread for a member of its group: NOT_FOUND when the viewer may
/// not see the thread. Ends like a group's feed when the membership ends.
pub async fn thread_events(
    state: Arc<AppState>,
    viewer: Viewer,
    thread: ThreadId,
) -> AppResult<impl Stream<Item = AppResult<ThreadEvent>> + use<>> {
    let (access, thread) = super::thread_access(&state, &viewer, thread).await?;
    groups::member_feed(state, viewer, access.id(), Channel::Thread(thread.0)).await
}

/// Publishes an event on the thread's channel and, when `group_kind` is given, one on
/// the group's channel.
pub(super) async fn publish(
    state: &AppState,
    group: GroupId,
    thread: ThreadId,
    kind: ThreadEventType,
    post: Option<PostId>,
    group_kind: Option<GroupEventType>,
) {
    let event = ThreadEvent {
        kind,
        group_id: group,
        thread_id: thread.0,
        post_id: post.map(|p| p.0),
    };
    live::publish_thread_event(state, &event).await;
    if let Some(kind) = group_kind {
        publish_group(state, group, thread, kind).await;
    }
}

/// Publishes an event on the group's channel only.
pub(super) async fn publish_group(
    state: &AppState,
    group: GroupId,
    thread: ThreadId,
    kind: GroupEventType,
) {
    let event = GroupEvent {
        kind,
        group_id: group,
        thread_id: Some(thread.0),
    };
    live::publish_group_event(state, &event).await;
}
