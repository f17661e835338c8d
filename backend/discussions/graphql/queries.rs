//! The query root of discussions: parse the arguments, call the service.

use async_graphql::{Context, ID, InputObject, Object};

use super::{ThreadPage, WhatsNew};
use crate::{
    auth::viewer,
    discussions::{
        self as service, Draft, PostView, ThreadFilter, ThreadKey, ThreadView,
        model::{Category, CategoryId, PostBody, PostId, ThreadId, ThreadSort},
    },
    error::AppResult,
    groups::model::GroupId,
    orgs::model::Person,
    paging::PageRequest,
    resolver::{parse_id, state},
};

/// Which threads of a group to list; all conditions apply together.
#[derive(InputObject, Default)]
#[graphql(name = "ThreadFilter")]
pub struct ThreadFilterInput {
    /// Only threads of this category (of the group).
    category_id: Option<ID>,
    /// Only unanswered threads: questions without an accepted answer and
    /// discussions without replies.
    unanswered: Option<bool>,
    /// Only threads the viewer started.
    mine: Option<bool>,
    /// Only threads the viewer watches.
    watched: Option<bool>,
    /// Only threads with this tag (compared normalised: lower case, single spaces).
    tag: Option<String>,
    /// Only deleted threads, to restore them (moderators).
    deleted: Option<bool>,
}

impl ThreadFilterInput {
    fn parse(self) -> AppResult<ThreadFilter> {
        Ok(ThreadFilter {
            category: self
                .category_id
                .map(|id| parse_id("categoryId", &id).map(CategoryId))
                .transpose()?,
            unanswered: self.unanswered.unwrap_or(false),
            mine: self.mine.unwrap_or(false),
            watched: self.watched.unwrap_or(false),
            tag: self.tag,
            deleted: self.deleted.unwrap_or(false),
        })
    }
}

/// Parses the optional thread and post ids of a draft's target.
pub(super) fn draft_target(
    thread_id: Option<&ID>,
    parent_post_id: Option<&ID>,
) -> AppResult<(Option<ThreadId>, Option<PostId>)> {
    Ok((
        thread_id
            .map(|id| parse_id("threadId", id).map(ThreadId))
            .transpose()?,
        parent_post_id
            .map(|id| parse_id("parentPostId", id).map(PostId))
            .transpose()?,
    ))
}

/// Queries about discussions.
#[derive(Default)]
pub struct DiscussionsQuery;

#[Object]
impl DiscussionsQuery {
    /// The discussion categories of a group, by position (members).
    async fn categories(&self, ctx: &Context<'_>, group_id: ID) -> AppResult<Vec<Category>> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        service::categories(state(ctx), viewer(ctx)?, group).await
    }

    /// A group's threads (members), filtered, by latest activity (the default), newest
    /// first, or unanswered first. Moderators list deleted threads with
    /// `filter: { deleted: true }`.
    async fn threads(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        filter: Option<ThreadFilterInput>,
        sort: Option<ThreadSort>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<ThreadPage> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let filter = filter.unwrap_or_default().parse()?;
        let page = PageRequest::<ThreadKey>::parse(first, after.as_deref())?;
        let sort = sort.unwrap_or(ThreadSort::LatestActivity);
        Ok(
            service::threads(state(ctx), viewer(ctx)?, group, &filter, sort, &page)
                .await?
                .into(),
        )
    }

    /// What is new for the viewer across all the groups they are a member of.
    async fn whats_new(&self, ctx: &Context<'_>) -> AppResult<WhatsNew> {
        viewer(ctx)?;
        Ok(WhatsNew)
    }

    /// One thread. NOT_FOUND when it does not exist, is deleted (except for
    /// moderators) or its group is secret to the viewer; FORBIDDEN for non-members of
    /// a listed group.
    async fn thread(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<ThreadView>> {
        let id = ThreadId(parse_id("id", &id)?);
        Ok(Some(
            service::thread_by_id(state(ctx), viewer(ctx)?, id).await?,
        ))
    }

    /// One post (e.g. from a notification), under the rules of its thread.
    async fn post(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<PostView>> {
        let id = PostId(parse_id("id", &id)?);
        Ok(Some(
            service::post_by_id(state(ctx), viewer(ctx)?, id).await?,
        ))
    }

    /// Up to 10 members of a group whose name contains `search` (names starting with
    /// it first), for the composer's @-autocomplete. Insert the choice as
    /// `[@Name](mention:<person id>)`.
    async fn mention_candidates(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        search: String,
    ) -> AppResult<Vec<Person>> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        service::mention_candidates(state(ctx), viewer(ctx)?, group, &search).await
    }

    /// A post body rendered as it would be posted in the group (members and
    /// moderators), for the composer's preview. Nothing is stored.
    async fn preview_post(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        body: String,
    ) -> AppResult<String> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let body = PostBody::parse("body", &body)?;
        service::preview_post(state(ctx), viewer(ctx)?, group, &body).await
    }

    /// The viewer's saved draft: of a new thread in the group (no `threadId`), of a
    /// reply to a thread, or of a reply to one of its posts (`parentPostId`).
    async fn draft(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        thread_id: Option<ID>,
        parent_post_id: Option<ID>,
    ) -> AppResult<Option<Draft>> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let (thread, parent) = draft_target(thread_id.as_ref(), parent_post_id.as_ref())?;
        service::draft(state(ctx), viewer(ctx)?, group, thread, parent).await
    }
}
