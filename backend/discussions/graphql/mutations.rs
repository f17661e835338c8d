//! The mutation roots of discussions: parse the arguments, call the service.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use super::queries::draft_target;
use crate::{
    auth::viewer,
    discussions::{
        self as service, Draft, NewThread, PostView, ThreadEdit, ThreadView,
        model::{
            Category, CategoryData, CategoryId, PostBody, PostId, Reaction, ThreadId, ThreadKind,
            ThreadTitle, WatchLevel, parse_tags,
        },
    },
    error::AppResult,
    groups::model::GroupId,
    resolver::{parse_id, state},
};

/// A category's fields.
#[derive(InputObject)]
pub struct CategoryInput {
    /// 1–80 characters, unique in the group (ignoring case).
    name: String,
    /// What belongs here: plain text, at most 500 characters.
    description: Option<String>,
    /// Where it appears (ascending); new categories go last, changed ones keep their
    /// place when omitted.
    position: Option<i32>,
}

impl CategoryInput {
    fn parse(&self) -> AppResult<CategoryData> {
        CategoryData::parse(&self.name, self.description.as_deref(), self.position)
    }
}

/// A new thread.
#[derive(InputObject)]
pub struct StartThreadInput {
    /// 3–200 characters.
    title: String,
    /// The opening post: markdown, 1–100 000 characters. Mention members as
    /// `[@Name](mention:<person id>)`.
    body: String,
    /// One of the group's categories.
    category_id: Option<ID>,
    /// Up to 10 tags of 1–40 characters (letters, digits, spaces, - _ . &),
    /// normalised to lower case.
    tags: Option<Vec<String>>,
    /// Discussion (the default) or question.
    kind: Option<ThreadKind>,
}

impl StartThreadInput {
    fn parse(&self) -> AppResult<NewThread> {
        Ok(NewThread {
            title: ThreadTitle::parse(&self.title)?,
            body: PostBody::parse("body", &self.body)?,
            category: self
                .category_id
                .as_ref()
                .map(|id| parse_id("categoryId", id).map(CategoryId))
                .transpose()?,
            tags: parse_tags(self.tags.as_deref().unwrap_or_default())?,
            kind: self.kind.unwrap_or(ThreadKind::Discussion),
        })
    }
}

/// Changes to a thread; omitted fields stay as they are.
#[derive(InputObject)]
pub struct EditThreadInput {
    /// 3–200 characters.
    title: Option<String>,
    /// One of the group's categories; null removes the category.
    category_id: MaybeUndefined<ID>,
    /// The new tags (replacing all).
    tags: Option<Vec<String>>,
}

impl EditThreadInput {
    fn parse(&self) -> AppResult<ThreadEdit> {
        let category = match &self.category_id {
            MaybeUndefined::Undefined => None,
            MaybeUndefined::Null => Some(None),
            MaybeUndefined::Value(id) => Some(Some(CategoryId(parse_id("categoryId", id)?))),
        };
        Ok(ThreadEdit {
            title: self.title.as_deref().map(ThreadTitle::parse).transpose()?,
            category,
            tags: self.tags.as_deref().map(parse_tags).transpose()?,
        })
    }
}

/// Mutations of categories and threads.
#[derive(Default)]
pub struct ThreadMutation;

#[Object]
impl ThreadMutation {
    /// Adds a discussion category to a group (moderators).
    async fn create_category(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        input: CategoryInput,
    ) -> AppResult<Category> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let data = input.parse()?;
        service::create_category(state(ctx), viewer(ctx)?, group, data).await
    }

    /// Changes a category (moderators).
    async fn update_category(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: CategoryInput,
    ) -> AppResult<Category> {
        let id = CategoryId(parse_id("id", &id)?);
        let data = input.parse()?;
        service::update_category(state(ctx), viewer(ctx)?, id, data).await
    }

    /// Deletes a category (moderators); its threads stay, without a category.
    async fn delete_category(&self, ctx: &Context<'_>, id: ID) -> AppResult<bool> {
        let id = CategoryId(parse_id("id", &id)?);
        service::delete_category(state(ctx), viewer(ctx)?, id).await?;
        Ok(true)
    }

    /// Starts a thread in a group (members and moderators, not guests). The author
    /// watches it; mentioned members are notified.
    async fn start_thread(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        input: StartThreadInput,
    ) -> AppResult<ThreadView> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let input = input.parse()?;
        service::start_thread(state(ctx), viewer(ctx)?, group, input).await
    }

    /// Changes a thread's title, category or tags (its author and moderators).
    async fn edit_thread(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        input: EditThreadInput,
    ) -> AppResult<ThreadView> {
        let id = ThreadId(parse_id("threadId", &thread_id)?);
        let edit = input.parse()?;
        service::edit_thread(state(ctx), viewer(ctx)?, id, edit).await
    }

    /// Accepts a reply as the answer to its question (the asker and moderators),
    /// replacing an earlier one; the reply's author is notified.
    async fn accept_answer(&self, ctx: &Context<'_>, post_id: ID) -> AppResult<ThreadView> {
        let id = PostId(parse_id("postId", &post_id)?);
        service::accept_answer(state(ctx), viewer(ctx)?, id).await
    }

    /// Withdraws the accepted answer of a question (the asker and moderators).
    async fn unaccept_answer(&self, ctx: &Context<'_>, thread_id: ID) -> AppResult<ThreadView> {
        let id = ThreadId(parse_id("threadId", &thread_id)?);
        service::unaccept_answer(state(ctx), viewer(ctx)?, id).await
    }

    /// Sets how closely the viewer follows a thread.
    async fn set_watch_level(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        level: WatchLevel,
    ) -> AppResult<ThreadView> {
        let id = ThreadId(parse_id("threadId", &thread_id)?);
        service::set_watch_level(state(ctx), viewer(ctx)?, id, level).await
    }

    /// Marks a thread read up to the post with seq `upToSeq` (default: all of it);
    /// the read marker only moves forward.
    async fn mark_thread_read(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        up_to_seq: Option<i32>,
    ) -> AppResult<ThreadView> {
        let id = ThreadId(parse_id("threadId", &thread_id)?);
        service::mark_thread_read(state(ctx), viewer(ctx)?, id, up_to_seq).await
    }

    /// Records the posts (by seq) the viewer has had on screen: the read marker moves
    /// forward over every post after it that was seen, is the viewer's own or is
    /// deleted, and stops at the first post not seen, which stays unread with all
    /// after it. At most 200 seqs per call.
    async fn mark_posts_seen(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        seqs: Vec<i32>,
    ) -> AppResult<ThreadView> {
        let id = ThreadId(parse_id("threadId", &thread_id)?);
        service::mark_posts_seen(state(ctx), viewer(ctx)?, id, &seqs).await
    }

    /// Marks every thread of a group read. Returns how many threads it marked.
    async fn mark_all_read(&self, ctx: &Context<'_>, group_id: ID) -> AppResult<i32> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let marked = service::mark_all_read(state(ctx), viewer(ctx)?, group).await?;
        Ok(i32::try_from(marked).unwrap_or(i32::MAX))
    }
}

/// Mutations of posts, reactions and drafts.
#[derive(Default)]
pub struct PostMutation;

#[Object]
impl PostMutation {
    /// Writes a reply (members and moderators, not guests): to the thread, or with
    /// `parentPostId` to one of its posts. Markdown, 1–100 000 characters; mention
    /// members as `[@Name](mention:<person id>)`. Replying to a deleted post is
    /// CONFLICT.
    async fn reply(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
        parent_post_id: Option<ID>,
        body: String,
    ) -> AppResult<PostView> {
        let thread = ThreadId(parse_id("threadId", &thread_id)?);
        let parent = parent_post_id
            .map(|id| parse_id("parentPostId", &id).map(PostId))
            .transpose()?;
        let body = PostBody::parse("body", &body)?;
        service::reply(state(ctx), viewer(ctx)?, thread, parent, body).await
    }

    /// Replaces a post's body (its author and moderators). `version` is the version
    /// the edit started from: when the post changed since, the edit is CONFLICT and
    /// nothing is overwritten. The previous version stays in `revisions`.
    async fn edit_post(
        &self,
        ctx: &Context<'_>,
        post_id: ID,
        body: String,
        version: i32,
    ) -> AppResult<PostView> {
        let id = PostId(parse_id("postId", &post_id)?);
        let body = PostBody::parse("body", &body)?;
        service::edit_post(state(ctx), viewer(ctx)?, id, body, version).await
    }

    /// Deletes a post softly (its author and moderators); deleting the opening post
    /// deletes the thread. Moderators can restore it.
    async fn delete_post(&self, ctx: &Context<'_>, post_id: ID) -> AppResult<PostView> {
        let id = PostId(parse_id("postId", &post_id)?);
        service::delete_post(state(ctx), viewer(ctx)?, id).await
    }

    /// Restores a deleted post, and with the opening post its thread (moderators).
    async fn restore_post(&self, ctx: &Context<'_>, post_id: ID) -> AppResult<PostView> {
        let id = PostId(parse_id("postId", &post_id)?);
        service::restore_post(state(ctx), viewer(ctx)?, id).await
    }

    /// Adds the viewer's reaction to a post (members and moderators, not guests); one
    /// of each kind per person.
    async fn react(
        &self,
        ctx: &Context<'_>,
        post_id: ID,
        reaction: Reaction,
    ) -> AppResult<PostView> {
        let id = PostId(parse_id("postId", &post_id)?);
        service::react(state(ctx), viewer(ctx)?, id, reaction).await
    }

    /// Takes the viewer's reaction back.
    async fn unreact(
        &self,
        ctx: &Context<'_>,
        post_id: ID,
        reaction: Reaction,
    ) -> AppResult<PostView> {
        let id = PostId(parse_id("postId", &post_id)?);
        service::unreact(state(ctx), viewer(ctx)?, id, reaction).await
    }

    /// Saves the viewer's draft (members and moderators, not guests): of a new thread
    /// in the group (no `threadId`; with a title), of a reply to a thread, or of a
    /// reply to one of its posts. Body up to 100 000 characters. Saving an empty draft
    /// discards it and returns null. Writing the post discards the draft too.
    async fn save_draft(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        thread_id: Option<ID>,
        parent_post_id: Option<ID>,
        title: Option<String>,
        body: String,
    ) -> AppResult<Option<Draft>> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let (thread, parent) = draft_target(thread_id.as_ref(), parent_post_id.as_ref())?;
        service::save_draft(
            state(ctx),
            viewer(ctx)?,
            group,
            thread,
            parent,
            title.as_deref(),
            &body,
        )
        .await
    }

    /// Discards the viewer's draft; false when there was none.
    async fn discard_draft(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        thread_id: Option<ID>,
        parent_post_id: Option<ID>,
    ) -> AppResult<bool> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let (thread, parent) = draft_target(thread_id.as_ref(), parent_post_id.as_ref())?;
        service::discard_draft(state(ctx), viewer(ctx)?, group, thread, parent).await
    }
}
