//! Live events: what the domains publish after a commit, and the subscriptions that
//! deliver it to browsers over `/graphql/ws`.
//!
//! # The contract
//! Events travel through [`PubSub`](crate::platform::pubsub::PubSub) (in-process, or
//! Redis across instances) as JSON, on the channels of [`Channel`]:
//!
//! | channel | payload | published by |
//! |---|---|---|
//! | `group:<group id>` | [`GroupEvent`] | discussions (threads), groups (members) |
//! | `thread:<thread id>` | [`ThreadEvent`] | discussions (posts, reactions, the thread) |
//! | `account:<account id>` | [`ViewerEvent`] | notifications, groups (membership ended) |
//!
//! An event says *what* changed, never the content: a subscriber loads what it shows
//! through the ordinary queries and their access checks. Events are published after
//! the change committed. Delivery is at most once (see the pub/sub module); clients
//! reload after a reconnect.
//!
//! # Who receives what
//! [`Listener`] reads the pub/sub; the feeds on it check access. A feed of a group's
//! or a thread's channel (`groups::member_feed`) checks membership when it starts and
//! before every event it delivers, and ends once the membership is gone; the viewer's
//! own account channel ([`viewer_events`]) needs only the signed-in viewer.

pub mod graphql;
mod listener;

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use uuid::Uuid;

pub use listener::{Listener, parse, viewer_events};

use crate::{
    ids::{AccountId, GroupId},
    state::AppState,
};

/// A pub/sub channel of live events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// `group:<id>`: [`GroupEvent`]s of one group.
    Group(GroupId),
    /// `thread:<id>`: [`ThreadEvent`]s of one discussion thread.
    Thread(Uuid),
    /// `account:<id>`: [`ViewerEvent`]s for one person.
    Account(AccountId),
}

impl Channel {
    /// The channel's name on the pub/sub.
    pub fn name(self) -> String {
        match self {
            Channel::Group(id) => format!("group:{}", id.0),
            Channel::Thread(id) => format!("thread:{id}"),
            Channel::Account(id) => format!("account:{}", id.0),
        }
    }
}

/// What happened in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "snake_case")]
pub enum GroupEventType {
    /// A thread was started (`threadId` names it).
    ThreadCreated,
    /// Something happened in a thread: a post, an edit, a reaction (`threadId` names it).
    ThreadActivity,
    /// Someone joined or left, or a role changed.
    MembersChanged,
    /// A notice was put up, changed, pinned or moved, or its acknowledgement request
    /// changed (`threadId` names the notice's thread).
    NoticesChanged,
    /// A link was added, changed or checked, or its moved-to address applied
    /// (`threadId` names the link's thread).
    LinksChanged,
}

/// The payload on `group:<id>`:
/// `{"type":"thread_created","groupId":"…","threadId":"…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupEvent {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: GroupEventType,
    /// The group it happened in; always the channel's group.
    pub group_id: GroupId,
    /// The thread, for thread events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<Uuid>,
}

/// What happened in a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "snake_case")]
pub enum ThreadEventType {
    /// A post was written (`postId` names it).
    PostCreated,
    /// A post was edited.
    PostUpdated,
    /// A post was deleted (softly; moderators may restore it).
    PostDeleted,
    /// A deleted post was restored.
    PostRestored,
    /// The reactions to a post changed.
    ReactionsChanged,
    /// The thread itself changed: title, category, lock, accepted answer.
    ThreadUpdated,
}

/// The payload on `thread:<id>`:
/// `{"type":"post_created","groupId":"…","threadId":"…","postId":"…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ThreadEvent {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: ThreadEventType,
    /// The thread's group.
    pub group_id: GroupId,
    /// The thread; always the channel's thread.
    pub thread_id: Uuid,
    /// The post, for post events; `null` for thread events.
    #[serde(default)]
    pub post_id: Option<Uuid>,
}

/// A payload that belongs to one group, so a member feed can check it names the group
/// of its channel.
pub trait GroupScoped: DeserializeOwned + Send + 'static {
    /// The group the payload says it belongs to.
    fn group_id(&self) -> GroupId;
}

impl GroupScoped for GroupEvent {
    fn group_id(&self) -> GroupId {
        self.group_id
    }
}

impl GroupScoped for ThreadEvent {
    fn group_id(&self) -> GroupId {
        self.group_id
    }
}

/// What happened for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "snake_case")]
pub enum ViewerEventType {
    /// Their notifications (or the unread count) changed.
    NotificationsChanged,
    /// They are no longer a member of a group (`groupId` names it): removed, left, or
    /// their memberships were handed over to a successor.
    MembershipEnded,
}

/// The payload on `account:<id>`: `{"type":"notifications_changed"}` or
/// `{"type":"membership_ended","groupId":"…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ViewerEvent {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: ViewerEventType,
    /// The group, for membership events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<GroupId>,
}

/// Publishes an event of a group on its channel, after the change committed.
pub async fn publish_group_event(state: &AppState, event: &GroupEvent) {
    publish(state, Channel::Group(event.group_id), event).await;
}

/// Publishes an event for one person on their account channel, after the change
/// committed.
pub async fn publish_viewer_event(state: &AppState, account: AccountId, event: &ViewerEvent) {
    publish(state, Channel::Account(account), event).await;
}

/// Publishes an event of a thread on its channel, after the change committed.
pub async fn publish_thread_event(state: &AppState, event: &ThreadEvent) {
    publish(state, Channel::Thread(event.thread_id), event).await;
}

/// After a commit that gave these people new notifications (or read some).
pub async fn notifications_changed(state: &AppState, recipients: &[AccountId]) {
    let event = ViewerEvent {
        kind: ViewerEventType::NotificationsChanged,
        group_id: None,
    };
    for recipient in recipients {
        publish_viewer_event(state, *recipient, &event).await;
    }
}

/// After a commit that added members to a group or changed a role.
pub async fn members_changed(state: &AppState, group: GroupId) {
    let event = GroupEvent {
        kind: GroupEventType::MembersChanged,
        group_id: group,
        thread_id: None,
    };
    publish_group_event(state, &event).await;
}

/// After a commit that ended `account`'s membership of `group` (removed, left, handed
/// over): tells the group, and the person, whose subscriptions to it then end.
pub async fn membership_ended(state: &AppState, group: GroupId, account: AccountId) {
    members_changed(state, group).await;
    let event = ViewerEvent {
        kind: ViewerEventType::MembershipEnded,
        group_id: Some(group),
    };
    publish_viewer_event(state, account, &event).await;
}

/// Publishes `payload` as JSON. The change it reports is committed already, so a
/// failure is logged and not passed on: its subscribers miss this one event.
async fn publish(state: &AppState, channel: Channel, payload: &impl Serialize) {
    let channel = channel.name();
    let published = match serde_json::to_string(payload) {
        Ok(json) => state.pubsub.publish(&channel, &json).await,
        Err(err) => Err(err.into()),
    };
    if let Err(error) = published {
        tracing::warn!(
            channel,
            error = %format_args!("{error:#}"),
            "Could not publish a live event; its subscribers miss it."
        );
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The channel names are the contract's.
    #[test]
    fn channels_are_named_by_kind_and_id() {
        let id = Uuid::nil();
        assert_eq!(
            Channel::Group(GroupId(id)).name(),
            "group:00000000-0000-0000-0000-000000000000"
        );
        assert_eq!(Channel::Thread(id).name(), format!("thread:{id}"));
        assert_eq!(
            Channel::Account(AccountId(id)).name(),
            format!("account:{id}")
        );
    }

    /// Every thread event type parses from the published JSON, with and without a post.
    #[test]
    fn thread_events_parse_from_the_published_json() {
        let (group, thread, post) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let cases = [
            ("post_created", ThreadEventType::PostCreated),
            ("post_updated", ThreadEventType::PostUpdated),
            ("post_deleted", ThreadEventType::PostDeleted),
            ("post_restored", ThreadEventType::PostRestored),
            ("reactions_changed", ThreadEventType::ReactionsChanged),
        ];
        for (name, kind) in cases {
            let published =
                json!({ "type": name, "groupId": group, "threadId": thread, "postId": post });
            let event: ThreadEvent = serde_json::from_str(&published.to_string()).unwrap();
            assert_eq!(
                event,
                ThreadEvent {
                    kind,
                    group_id: GroupId(group),
                    thread_id: thread,
                    post_id: Some(post),
                }
            );
            assert_eq!(serde_json::to_value(&event).unwrap(), published);
        }
        let updated = json!({ "type": "thread_updated", "groupId": group, "threadId": thread, "postId": null });
        let event: ThreadEvent = serde_json::from_value(updated).unwrap();
        assert_eq!(event.kind, ThreadEventType::ThreadUpdated);
        assert_eq!(event.post_id, None);
    }

    /// Payloads with an unknown type, a missing id or a malformed id are refused.
    #[test]
    fn malformed_thread_events_are_refused() {
        let (group, thread) = (Uuid::new_v4(), Uuid::new_v4());
        for bad in [
            json!({ "type": "post_exploded", "groupId": group, "threadId": thread, "postId": null }),
            json!({ "type": "post_created", "threadId": thread, "postId": null }),
            json!({ "type": "post_created", "groupId": "42", "threadId": thread, "postId": null }),
            json!({ "groupId": group, "threadId": thread }),
        ] {
            assert!(
                serde_json::from_value::<ThreadEvent>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }

    /// Group and viewer events serialise to the documented JSON.
    #[test]
    fn group_and_viewer_events_use_the_documented_json() {
        let group = Uuid::new_v4();
        let thread = Uuid::new_v4();
        let created = GroupEvent {
            kind: GroupEventType::ThreadCreated,
            group_id: GroupId(group),
            thread_id: Some(thread),
        };
        assert_eq!(
            serde_json::to_value(&created).unwrap(),
            json!({ "type": "thread_created", "groupId": group, "threadId": thread })
        );
        let ended = ViewerEvent {
            kind: ViewerEventType::MembershipEnded,
            group_id: Some(GroupId(group)),
        };
        assert_eq!(
            serde_json::to_value(&ended).unwrap(),
            json!({ "type": "membership_ended", "groupId": group })
        );
        let notifications: ViewerEvent =
            serde_json::from_value(json!({ "type": "notifications_changed" })).unwrap();
        assert_eq!(notifications.kind, ViewerEventType::NotificationsChanged);
        assert_eq!(notifications.group_id, None);
    }
}
