//! The query root of the pinboard: parse the arguments, call the service.

use async_graphql::{Context, ID, Object};
use uuid::Uuid;

use super::NoticePage;
use crate::{
    auth::viewer,
    error::AppResult,
    groups::model::GroupId,
    notices::{
        self as service, NoticeView,
        model::{NoticeId, NoticeList},
        store::NoticeKey,
    },
    paging::PageRequest,
    resolver::{parse_id, state},
};

/// Queries about notices.
#[derive(Default)]
pub struct NoticesQuery;

#[Object]
impl NoticesQuery {
    /// A group's notices (members): the board (the default: pinned first in their
    /// order, then newest), the archive of expired ones, or the deleted ones
    /// (moderators).
    async fn notices(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        list: Option<NoticeList>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<NoticePage> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let page = PageRequest::<NoticeKey>::parse(first, after.as_deref())?;
        let list = list.unwrap_or(NoticeList::Current);
        Ok(
            service::group_notices(state(ctx), viewer(ctx)?, group, list, &page)
                .await?
                .into(),
        )
    }

    /// The current notices of all the viewer's groups, newest first.
    async fn pinboard(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<NoticePage> {
        let page = PageRequest::<Uuid>::parse(first, after.as_deref())?;
        Ok(service::pinboard(state(ctx), viewer(ctx)?, &page)
            .await?
            .into())
    }

    /// One notice. NOT_FOUND when it does not exist, is deleted (except for
    /// moderators) or its group is secret to the viewer; FORBIDDEN for non-members of
    /// a listed group.
    async fn notice(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<NoticeView>> {
        let id = NoticeId(parse_id("id", &id)?);
        Ok(Some(service::notice(state(ctx), viewer(ctx)?, id).await?))
    }
}
