//! The object types of discussions.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use super::{PostPage, ThreadPage, id_of};
use crate::{
    auth::viewer,
    discussions::{
        self as service, Draft, ParentView, PostView, ReactionSummary, Revision, ThreadKey,
        ThreadView,
        diff::{DiffLine, line_diff},
        model::{Category, NewsList, PostOrder, Reaction, ThreadKind, ThreadSubject, WatchLevel},
        posts::PostCursor,
        views::PostDetails,
        views::REACTION_PEOPLE,
    },
    error::{AppError, AppResult, Reason},
    groups::Access,
    links::{self, LinkView},
    notices::{self, NoticeView},
    notifications::{self, graphql::NotificationPage, model::NotificationKind},
    orgs::model::Person,
    paging::{self, PageRequest},
    resolver::state,
};

/// What is new for the viewer across all the groups they are a member of (the start
/// page). Threads of other groups never appear; each list pages like every other.
#[derive(Default)]
pub struct WhatsNew;

impl WhatsNew {
    async fn list(
        ctx: &Context<'_>,
        list: NewsList,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<ThreadPage> {
        let page = PageRequest::<ThreadKey>::parse(first, after.as_deref())?;
        Ok(service::news(state(ctx), viewer(ctx)?, list, &page)
            .await?
            .into())
    }
}

#[Object]
impl WhatsNew {
    /// Threads with posts the viewer has not read (or never opened), by latest
    /// activity; `unreadCount` says how many.
    async fn unread_threads(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<ThreadPage> {
        WhatsNew::list(ctx, NewsList::Unread, first, after).await
    }
    /// All threads, by latest activity.
    async fn latest_threads(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<ThreadPage> {
        WhatsNew::list(ctx, NewsList::Latest, first, after).await
    }
    /// The viewer's questions without an accepted answer, by latest activity.
    async fn open_questions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<ThreadPage> {
        WhatsNew::list(ctx, NewsList::OpenQuestions, first, after).await
    }
    /// Where the viewer was mentioned, newest first (their MENTION notifications).
    async fn mentions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<NotificationPage> {
        let page = PageRequest::<uuid::Uuid>::parse(first, after.as_deref())?;
        Ok(notifications::notifications(
            state(ctx),
            viewer(ctx)?,
            false,
            Some(NotificationKind::Mention),
            &page,
        )
        .await?
        .into())
    }
}

/// A discussion category of a group.
#[Object(serial)]
impl Category {
    /// Stable id of the category.
    async fn id(&self) -> ID {
        id_of(self.id.0)
    }
    /// The name, e.g. "Praxisbeispiele".
    async fn name(&self) -> &str {
        &self.name
    }
    /// What belongs here (plain text).
    async fn description(&self) -> &str {
        &self.description
    }
    /// Where it appears in the group's list (ascending).
    async fn position(&self) -> i32 {
        self.position
    }
}

/// A thread: a discussion or a question with its opening post and nested replies.
#[Object(name = "Thread")]
impl ThreadView {
    /// Stable id of the thread.
    async fn id(&self) -> ID {
        id_of(self.row.id.0)
    }
    /// The group the thread belongs to.
    async fn group(&self) -> &Access {
        &self.access
    }
    /// The title, 3–200 characters.
    async fn title(&self) -> &str {
        &self.row.title
    }
    /// What the thread holds the comments of; null for the group's discussions and
    /// questions.
    async fn subject(&self) -> Option<ThreadSubject> {
        self.row.subject()
    }
    /// The notice whose comments this thread holds (its opening post is the notice's
    /// text, edited with `editNotice`).
    async fn notice(&self, ctx: &Context<'_>) -> AppResult<Option<NoticeView>> {
        if self.row.subject() != Some(ThreadSubject::Notice) {
            return Ok(None);
        }
        notices::notice_of_thread(state(ctx), viewer(ctx)?, &self.access, self.row.id).await
    }
    /// The link whose comments this thread holds (its opening post is the link's
    /// description, edited with `editLink`).
    async fn link(&self, ctx: &Context<'_>) -> AppResult<Option<LinkView>> {
        if self.row.subject() != Some(ThreadSubject::Link) {
            return Ok(None);
        }
        links::link_of_thread(state(ctx), viewer(ctx)?, &self.access, self.row.id).await
    }
    /// Discussion or question.
    async fn kind(&self) -> ThreadKind {
        self.row.kind
    }
    /// The category it is filed under; null for none (also when its category was
    /// deleted).
    async fn category(&self) -> Option<Category> {
        self.row.category()
    }
    /// Tags, lower case, in the order given.
    async fn tags(&self) -> &[String] {
        &self.tags
    }
    /// Who started it; null when that account no longer exists.
    async fn author(&self) -> Option<&Person> {
        self.author.as_deref()
    }
    /// When it was started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// When title, category or tags last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.row.updated_at
    }
    /// When the last reply was written (or the thread started); the list's sort key.
    async fn last_activity_at(&self) -> DateTime<Utc> {
        self.row.last_activity_at()
    }
    /// Replies (posts after the opening post) that are not deleted.
    async fn reply_count(&self) -> i32 {
        self.row.reply_count
    }
    /// The highest `seq` in the thread (posts written, deleted ones included).
    async fn last_seq(&self) -> i32 {
        self.row.last_seq
    }
    /// Posts the viewer has not read: after their read marker, neither deleted nor
    /// their own.
    async fn unread_count(&self) -> i32 {
        i32::try_from(self.row.unread_count).unwrap_or(i32::MAX)
    }
    /// True when the viewer never opened the thread (and did not start it).
    async fn is_new(&self) -> bool {
        self.row.last_read_seq.unwrap_or(0) == 0 && self.row.author_id != Some(self.access.viewer())
    }
    /// The viewer's read marker: the highest `seq` read, 0 when never opened.
    async fn last_read_seq(&self) -> i32 {
        self.row.last_read_seq.unwrap_or(0)
    }
    /// A question with an accepted answer, or a discussion with at least one reply.
    async fn answered(&self) -> bool {
        self.row.answered
    }
    /// The accepted answer of a question, if any.
    async fn accepted_answer(&self, ctx: &Context<'_>) -> AppResult<Option<PostView>> {
        match self.row.accepted_post_id {
            Some(id) => Ok(Some(
                service::post_by_id(state(ctx), viewer(ctx)?, id).await?,
            )),
            None => Ok(None),
        }
    }
    /// How closely the viewer follows the thread.
    async fn my_watch_level(&self) -> WatchLevel {
        self.row.watch_level()
    }
    /// True when the viewer may change title, category and tags and accept an answer:
    /// its author and moderators.
    async fn can_edit(&self) -> bool {
        self.viewer_can_edit()
    }
    /// When the thread was deleted (with its opening post); only moderators see
    /// deleted threads.
    async fn deleted_at(&self) -> Option<DateTime<Utc>> {
        self.row.deleted_at
    }
    /// The opening post.
    async fn opening_post(&self, ctx: &Context<'_>) -> AppResult<PostView> {
        service::opening_post(state(ctx), viewer(ctx)?, self).await
    }
    /// The first post the viewer has not read (see `unreadCount`); null when all are
    /// read. Open the thread at it with `posts(fromSeq: firstUnreadPost.seq)`.
    async fn first_unread_post(&self, ctx: &Context<'_>) -> AppResult<Option<PostView>> {
        service::first_unread_post(state(ctx), viewer(ctx)?, self, selected_details(ctx)).await
    }
    /// The posts, the opening post included, page by page: in threaded order (depth
    /// first, replies oldest first; the default) or chronologically. `first` posts
    /// from the beginning, after a page's `endCursor`, right before a page's
    /// `startCursor` (`before`), or from the post with `fromSeq` (e.g. the first
    /// unread one); cursors belong to the order they were made in.
    async fn posts(
        &self,
        ctx: &Context<'_>,
        order: Option<PostOrder>,
        first: Option<i32>,
        after: Option<String>,
        before: Option<String>,
        from_seq: Option<i32>,
    ) -> AppResult<PostPage> {
        let page = PageRequest::<PostCursor>::parse(first, after.as_deref())?;
        let before = before
            .map(|before| paging::parse_cursor("before", &before))
            .transpose()?;
        let from = service::PostsFrom::parse(page.after, before, from_seq)?;
        let order = order.unwrap_or(PostOrder::Threaded);
        Ok(
            service::posts(state(ctx), viewer(ctx)?, self, order, page.first, from)
                .await?
                .into(),
        )
    }
}

/// The related records the query asks for on the post(s) of the current field (e.g.
/// none for `firstUnreadPost { id seq }`). Fragments count; `@skip`/`@include` are
/// not looked at, so a skipped field is loaded all the same.
fn selected_details(ctx: &Context<'_>) -> PostDetails {
    let post = ctx.look_ahead();
    let parent = post.field("parent");
    let reactions = post.field("reactions");
    PostDetails {
        parents: parent.exists(),
        reactions: reactions.exists(),
        people: post.field("author").exists()
            || parent.field("author").exists()
            || reactions.field("people").exists(),
    }
}

/// A post: the opening post of a thread or a reply.
#[Object(name = "Post", serial)]
impl PostView {
    /// Stable id of the post.
    async fn id(&self) -> ID {
        id_of(self.row.id.0)
    }
    /// The post's number in its thread: 1 for the opening post, then in order of
    /// writing.
    async fn seq(&self) -> i32 {
        self.row.seq
    }
    /// Nesting depth: 0 for the opening post, 1 for replies to the thread, and so on.
    async fn depth(&self) -> i32 {
        self.row.depth
    }
    /// The thread's id.
    async fn thread_id(&self) -> ID {
        id_of(self.row.thread_id.0)
    }
    /// The thread.
    async fn thread(&self, ctx: &Context<'_>) -> AppResult<ThreadView> {
        service::thread_by_id(state(ctx), viewer(ctx)?, self.row.thread_id).await
    }
    /// The post this one replies to (the opening post for replies to the thread); null
    /// for the opening post.
    async fn parent(&self) -> Option<&ParentView> {
        self.parent.as_ref()
    }
    /// Who wrote it; null when that account no longer exists.
    async fn author(&self) -> Option<&Person> {
        self.author.as_deref()
    }
    /// The markdown source; null for deleted posts unless the viewer moderates.
    async fn body(&self) -> Option<&str> {
        self.body_visible().then_some(self.row.body.as_str())
    }
    /// The body rendered to sanitised HTML, safe to insert into a page; mentions of
    /// members are `<span class="mention">@Name</span>`. Null like `body`.
    async fn body_html(&self) -> Option<&str> {
        self.body_visible().then_some(self.row.body_html.as_str())
    }
    /// True for the thread's opening post.
    async fn is_opening_post(&self) -> bool {
        self.row.is_opening()
    }
    /// True when this reply is the accepted answer of its question.
    async fn is_accepted_answer(&self) -> bool {
        self.accepted
    }
    /// The version to pass to `editPost`; raised by every edit.
    async fn version(&self) -> i32 {
        self.row.version
    }
    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// When it was last edited; null if never.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.row.edited_at
    }
    /// When it was deleted; deleted posts stay in the tree as placeholders.
    async fn deleted_at(&self) -> Option<DateTime<Utc>> {
        self.row.deleted_at
    }
    /// True when the viewer may edit and delete it: its author and moderators.
    async fn can_edit(&self) -> bool {
        self.can_change()
    }
    /// The reactions, in the fixed order of the set, each with its count.
    async fn reactions(&self) -> &[ReactionSummary] {
        &self.reactions
    }
    /// Every version, newest (the current one) first, each with a line diff against
    /// the one before. Empty for deleted posts unless the viewer moderates. Ask for it
    /// on one post at a time.
    async fn revisions(&self, ctx: &Context<'_>) -> AppResult<Vec<Revision>> {
        service::revisions(state(ctx), viewer(ctx)?, self).await
    }
}

/// The post a reply answers, briefly.
#[Object(name = "PostParent", serial)]
impl ParentView {
    /// The post's id.
    async fn id(&self) -> ID {
        id_of(self.id.0)
    }
    /// The post's number in the thread.
    async fn seq(&self) -> i32 {
        self.seq
    }
    /// Its author; null when that account no longer exists.
    async fn author(&self) -> Option<&Person> {
        self.author.as_deref()
    }
    /// True when it has been deleted.
    async fn deleted(&self) -> bool {
        self.deleted
    }
}

/// One kind of reaction to a post.
#[Object(name = "PostReaction", serial)]
impl ReactionSummary {
    /// The reaction.
    async fn reaction(&self) -> Reaction {
        self.reaction
    }
    /// The emoji that shows it.
    async fn emoji(&self) -> &str {
        self.reaction.emoji()
    }
    /// How many people reacted so.
    async fn count(&self) -> i32 {
        i32::try_from(self.count).unwrap_or(i32::MAX)
    }
    /// True when the viewer is one of them.
    async fn reacted_by_me(&self) -> bool {
        self.reacted_by_me
    }
    /// The first of them, by time of reacting (at most 10).
    async fn people(&self, first: Option<i32>) -> AppResult<Vec<Person>> {
        let first = first.unwrap_or(REACTION_PEOPLE as i32);
        if !(1..=REACTION_PEOPLE as i32).contains(&first) {
            return Err(AppError::bad_input(
                "first",
                Reason::OutOfRange,
                format!("must be between 1 and {REACTION_PEOPLE}"),
            )
            .max(REACTION_PEOPLE));
        }
        Ok(self.people.iter().take(first as usize).cloned().collect())
    }
}

/// One version of a post.
#[Object(name = "PostRevision")]
impl Revision {
    /// 1 for the text as first written, raised by each edit.
    async fn version(&self) -> i32 {
        self.version
    }
    /// The markdown source of this version.
    async fn body(&self) -> &str {
        &self.body
    }
    /// The source of the version before; null for version 1.
    async fn previous_body(&self) -> Option<&str> {
        self.previous_body.as_deref()
    }
    /// Who wrote this version (the author, or a moderator who edited it).
    async fn editor(&self) -> Option<&Person> {
        self.editor.as_ref()
    }
    /// When this version was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// The lines of this version against the version before (computed on the
    /// server; for version 1 every line is added).
    async fn diff(&self) -> Vec<DiffLine> {
        line_diff(
            self.previous_body.as_deref().unwrap_or_default(),
            &self.body,
        )
    }
}

/// A draft the composer saved.
#[Object]
impl Draft {
    /// The group.
    async fn group_id(&self) -> ID {
        id_of(self.target.group.0)
    }
    /// The thread a reply draft belongs to; null for the draft of a new thread.
    async fn thread_id(&self) -> Option<ID> {
        self.target.thread.map(|id| id_of(id.0))
    }
    /// The post a reply draft answers; null for a reply to the thread.
    async fn parent_post_id(&self) -> Option<ID> {
        self.target.parent.map(|id| id_of(id.0))
    }
    /// The title of a new thread's draft (may be empty).
    async fn title(&self) -> &str {
        &self.title
    }
    /// The markdown text as typed so far.
    async fn body(&self) -> &str {
        &self.body
    }
    /// When it was last saved.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}
