//! Threads, posts, categories, reactions and watch levels: their types and rules.

use chrono::{DateTime, Utc};

pub use self::input::{
    CategoryData, MAX_BODY_CHARS, MAX_CATEGORIES, MAX_CATEGORY_DESCRIPTION_CHARS,
    MAX_CATEGORY_NAME_CHARS, MAX_MENTIONS, MAX_TAG_CHARS, MAX_TAGS, PostBody, TITLE_MAX_CHARS,
    TITLE_MIN_CHARS, ThreadTitle, normalise_tag, parse_draft_text, parse_tags,
};
pub use crate::ids::{CategoryId, PostId, ThreadId};
use crate::{auth::model::AccountId, groups::model::GroupId, ids::stored_as_text};

mod input;

/// What a thread is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum ThreadKind {
    /// An exchange of views; it counts as answered once somebody replied.
    Discussion,
    /// A question; it counts as answered once the asker (or a moderator) accepted a
    /// reply as the answer.
    Question,
}

stored_as_text!(ThreadKind {
    Discussion => "discussion",
    Question => "question",
});

/// What a thread holds the comments of, when it is not one of the group's discussions
/// and questions: such a thread is listed with its subject, not in the thread list,
/// and its title and opening post are edited through the subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum ThreadSubject {
    /// A notice on the pinboard; the opening post is the notice's text.
    Notice,
    /// A link of the group's link list; the opening post is the link's description.
    Link,
}

stored_as_text!(ThreadSubject {
    Notice => "notice",
    Link => "link",
});

/// How closely a person follows a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum WatchLevel {
    /// Notified of every new post. Set automatically when you start a thread, reply
    /// or are mentioned (unless you muted the thread).
    Watching,
    /// Notified of replies to your posts and of mentions (the default).
    Normal,
    /// Notified of nothing but direct mentions.
    Muted,
}

stored_as_text!(WatchLevel {
    Watching => "watching",
    Normal => "normal",
    Muted => "muted",
});

/// The fixed set of reactions to a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, async_graphql::Enum)]
pub enum Reaction {
    /// 👍
    ThumbsUp,
    /// ❤️
    Heart,
    /// 🎉
    Tada,
    /// 🤔
    Thinking,
    /// ✅
    Check,
    /// 👀
    Eyes,
}

stored_as_text!(Reaction {
    ThumbsUp => "thumbs_up",
    Heart => "heart",
    Tada => "tada",
    Thinking => "thinking",
    Check => "check",
    Eyes => "eyes",
});

impl Reaction {
    /// Every reaction, in the order the client shows them.
    pub const ALL: [Reaction; 6] = [
        Reaction::ThumbsUp,
        Reaction::Heart,
        Reaction::Tada,
        Reaction::Thinking,
        Reaction::Check,
        Reaction::Eyes,
    ];

    /// The emoji that shows the reaction.
    pub fn emoji(self) -> &'static str {
        match self {
            Reaction::ThumbsUp => "👍",
            Reaction::Heart => "❤️",
            Reaction::Tada => "🎉",
            Reaction::Thinking => "🤔",
            Reaction::Check => "✅",
            Reaction::Eyes => "👀",
        }
    }
}

/// The order of a thread's posts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum PostOrder {
    /// Depth first: every post followed by its replies (oldest first), the opening
    /// post first of all.
    Threaded,
    /// By time of writing (by `seq`).
    Chronological,
}

/// The order of a group's thread list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum ThreadSort {
    /// The thread with the most recent post first.
    LatestActivity,
    /// The most recently started thread first.
    Newest,
    /// Unanswered threads first (questions without an accepted answer, discussions
    /// without replies), each part by latest activity.
    Unanswered,
}

/// The lists of what is new across the groups a person is a member of, each by latest
/// activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewsList {
    /// Threads with posts the person has not read (or never opened).
    Unread,
    /// All threads.
    Latest,
    /// Questions the person asked that have no accepted answer yet.
    OpenQuestions,
}

/// What a draft is for: a new thread in a group, a reply to a thread, or a reply to
/// one of its posts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftTarget {
    pub group: GroupId,
    pub thread: Option<ThreadId>,
    pub parent: Option<PostId>,
}

impl DraftTarget {
    /// The stored key: `<group>`, `<group>/<thread>` or `<group>/<thread>/<post>`.
    pub fn key(&self) -> String {
        let mut key = self.group.0.to_string();
        if let Some(thread) = self.thread {
            key.push('/');
            key.push_str(&thread.0.to_string());
        }
        if let Some(parent) = self.parent {
            key.push('/');
            key.push_str(&parent.0.to_string());
        }
        key
    }
}

/// A discussion category of a group.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Category {
    pub id: CategoryId,
    pub group_id: GroupId,
    pub name: String,
    pub description: String,
    pub position: i32,
}

/// A thread as stored, with the state of the account it was loaded for.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ThreadRow {
    pub id: ThreadId,
    pub group_id: GroupId,
    pub category_id: Option<CategoryId>,
    pub author_id: Option<AccountId>,
    #[sqlx(try_from = "String")]
    pub kind: ThreadKind,
    pub title: String,
    pub accepted_post_id: Option<PostId>,
    pub answered: bool,
    pub reply_count: i32,
    pub last_seq: i32,
    pub last_activity_us: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    /// What the thread holds the comments of (see [`ThreadSubject`]), as stored.
    subject: Option<String>,
    pub category_name: Option<String>,
    pub category_description: Option<String>,
    pub category_position: Option<i32>,
    /// The viewer's read marker: the highest seq read; `None` or 0 when never opened.
    pub last_read_seq: Option<i32>,
    /// The viewer's watch level; `None` means normal.
    pub watch_level: Option<String>,
    /// Posts after the viewer's read marker, neither deleted nor the viewer's own.
    pub unread_count: i64,
}

impl ThreadRow {
    /// What the thread holds the comments of; `None` for the group's discussions and
    /// questions.
    pub fn subject(&self) -> Option<ThreadSubject> {
        self.subject.clone().and_then(|code| code.try_into().ok())
    }

    /// The category, if the thread has one.
    pub fn category(&self) -> Option<Category> {
        Some(Category {
            id: self.category_id?,
            group_id: self.group_id,
            name: self.category_name.clone()?,
            description: self.category_description.clone().unwrap_or_default(),
            position: self.category_position.unwrap_or_default(),
        })
    }

    /// When the last post was written (or the thread changed).
    pub fn last_activity_at(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(self.last_activity_us).unwrap_or(self.created_at)
    }

    /// The viewer's watch level.
    pub fn watch_level(&self) -> WatchLevel {
        self.watch_level
            .clone()
            .and_then(|code| WatchLevel::try_from(code).ok())
            .unwrap_or(WatchLevel::Normal)
    }
}

/// A post as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PostRow {
    pub id: PostId,
    pub thread_id: ThreadId,
    pub parent_id: Option<PostId>,
    pub seq: i32,
    pub depth: i32,
    pub path: String,
    pub author_id: Option<AccountId>,
    pub body: String,
    pub body_html: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    pub edited_by: Option<AccountId>,
    pub deleted_at: Option<DateTime<Utc>>,
}

impl PostRow {
    /// True for the opening post of its thread.
    pub fn is_opening(&self) -> bool {
        self.parent_id.is_none()
    }
}
