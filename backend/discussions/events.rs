//! Live events of discussions, published to pub/sub after commit. The contract
//! subscribers build on:
//!
//! - channel `thread:<thread id>`, payload
//!   `{"type": "post_created" | "post_updated" | "post_deleted" | "post_restored" |
//!   "reactions_changed" | "thread_updated", "groupId": "…", "threadId": "…",
//!   "postId": "…" | null}`;
//! - channel `group:<group id>`, payload
//!   `{"type": "thread_created" | "thread_activity", "groupId": "…", "threadId": "…"}`;
//! - channel `account:<account id>`, payload `{"type": "notifications_changed"}`
//!   (published by [`notifications`](crate::notifications)).
//!
//! Events carry ids only: a subscriber reloads what it shows through the API, with the
//! access checks of the viewer it serves. Delivery is at most once (see
//! [`PubSub`](crate::platform::pubsub::PubSub)); a failed publish is logged, never an
//! error of the change that caused it.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{PostId, ThreadId};
use crate::{app::AppState, groups::model::GroupId};

/// The channel of one thread's events.
pub fn thread_channel(thread: ThreadId) -> String {
    format!("thread:{}", thread.0)
}

/// The channel of one group's thread list events.
pub fn group_channel(group: GroupId) -> String {
    format!("group:{}", group.0)
}

/// What happened in a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreadEventKind {
    /// A reply was written (`postId`).
    PostCreated,
    /// A post was edited (`postId`).
    PostUpdated,
    /// A post was deleted (`postId`; the opening post: the thread was deleted).
    PostDeleted,
    /// A deleted post was restored (`postId`).
    PostRestored,
    /// Someone reacted to a post or took a reaction back (`postId`).
    ReactionsChanged,
    /// Title, category, tags or the accepted answer changed (`postId`: the accepted
    /// answer, when that changed to a post).
    ThreadUpdated,
}

/// The payload on a `thread:<id>` channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ThreadEvent {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: ThreadEventKind,
    /// The thread's group.
    pub group_id: Uuid,
    /// The thread.
    pub thread_id: Uuid,
    /// The post concerned, if any.
    pub post_id: Option<Uuid>,
}

/// What happened in a group's thread list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupEventKind {
    /// A thread was started.
    ThreadCreated,
    /// A thread changed: a new post, an edit of its title, a deletion, an answer.
    ThreadActivity,
}

/// The payload on a `group:<id>` channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupEvent {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: GroupEventKind,
    /// The group.
    pub group_id: Uuid,
    /// The thread concerned.
    pub thread_id: Uuid,
}

/// Publishes an event on the thread's channel and, when `group` is given, one on the
/// group's channel.
pub(super) async fn publish(
    state: &AppState,
    group: GroupId,
    thread: ThreadId,
    kind: ThreadEventKind,
    post: Option<PostId>,
    group_kind: Option<GroupEventKind>,
) {
    let event = ThreadEvent {
        kind,
        group_id: group.0,
        thread_id: thread.0,
        post_id: post.map(|p| p.0),
    };
    send(state, &thread_channel(thread), &event).await;
    if let Some(kind) = group_kind {
        publish_group(state, group, thread, kind).await;
    }
}

/// Publishes an event on the group's channel only.
pub(super) async fn publish_group(
    state: &AppState,
    group: GroupId,
    thread: ThreadId,
    kind: GroupEventKind,
) {
    let event = GroupEvent {
        kind,
        group_id: group.0,
        thread_id: thread.0,
    };
    send(state, &group_channel(group), &event).await;
}

async fn send(state: &AppState, channel: &str, event: &impl Serialize) {
    let payload = serde_json::to_string(event).expect("events serialise");
    if let Err(error) = state.pubsub.publish(channel, &payload).await {
        tracing::warn!(
            channel,
            error = %format_args!("{error:#}"),
            "Could not publish a live event; open pages miss this update."
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The payloads have exactly the agreed shape.
    #[test]
    fn payloads_follow_the_contract() {
        let id = Uuid::nil();
        let event = ThreadEvent {
            kind: ThreadEventKind::ReactionsChanged,
            group_id: id,
            thread_id: id,
            post_id: None,
        };
        assert_eq!(
            serde_json::to_value(&event).unwrap(),
            serde_json::json!({ "type": "reactions_changed", "groupId": id,
                                "threadId": id, "postId": null })
        );
        let event = GroupEvent {
            kind: GroupEventKind::ThreadActivity,
            group_id: id,
            thread_id: id,
        };
        assert_eq!(
            serde_json::to_string(&event).unwrap(),
            format!("{{\"type\":\"thread_activity\",\"groupId\":\"{id}\",\"threadId\":\"{id}\"}}")
        );
    }
}
