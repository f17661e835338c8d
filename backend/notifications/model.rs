//! In-app notifications: their kinds and shape.

use chrono::{DateTime, Utc};

pub use crate::ids::NotificationId;
use crate::ids::{AccountId, GroupId, JoinRequestId, PostId, ThreadId, stored_as_text};

/// Why someone is notified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum NotificationKind {
    /// Someone mentioned you in a post (also in a thread you muted).
    Mention,
    /// Someone replied to one of your posts.
    ReplyToYourPost,
    /// A new post in a thread you watch.
    NewPostInWatchedThread,
    /// Someone answered your question: a direct reply to its opening post.
    QuestionAnswered,
    /// Your reply was accepted as the answer to a question.
    AnswerAccepted,
    /// Someone asks to join a group you moderate.
    JoinRequest,
    /// A moderator asks you (or your office) to acknowledge a notice.
    AcknowledgementRequested,
    /// The acknowledgement of a notice is still missing: sent by a moderator, or on its
    /// own before the deadline.
    AcknowledgementReminder,
}

stored_as_text!(NotificationKind {
    Mention => "mention",
    ReplyToYourPost => "reply_to_your_post",
    NewPostInWatchedThread => "new_post_in_watched_thread",
    QuestionAnswered => "question_answered",
    AnswerAccepted => "answer_accepted",
    JoinRequest => "join_request",
    AcknowledgementRequested => "acknowledgement_requested",
    AcknowledgementReminder => "acknowledgement_reminder",
});

/// A notification to store. `event_key` names the event that causes it: one
/// notification per event and recipient, however often the event is reported.
#[derive(Clone, Debug)]
pub struct NewNotification {
    pub recipient: AccountId,
    pub kind: NotificationKind,
    pub event_key: String,
    pub group: GroupId,
    pub thread: Option<ThreadId>,
    pub post: Option<PostId>,
    pub join_request: Option<JoinRequestId>,
    pub actor: Option<AccountId>,
}

/// A notification as its recipient sees it, with the names it links to.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Notification {
    pub id: NotificationId,
    #[sqlx(try_from = "String")]
    pub kind: NotificationKind,
    pub group_id: GroupId,
    pub group_name: String,
    pub thread_id: Option<ThreadId>,
    pub thread_title: Option<String>,
    pub post_id: Option<PostId>,
    pub post_seq: Option<i32>,
    pub join_request_id: Option<JoinRequestId>,
    pub actor_id: Option<AccountId>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}
