//! The query root of groups: parse the arguments, call the service.

use async_graphql::{Context, ID, Object};

use super::objects::{GroupPage, MembershipPage, member_filter};
use crate::{
    auth::viewer,
    error::AppResult,
    groups::{
        self as service, Access, GroupKey, InvitationPreview,
        model::{GroupId, GroupRole},
        store::MemberKey,
    },
    paging::PageRequest,
    resolver::{parse_id, state},
};

/// Queries about groups.
#[derive(Default)]
pub struct GroupsQuery;

#[Object]
impl GroupsQuery {
    /// The groups the viewer sees, by name: their own and the listed ones
    /// (administrators: all).
    async fn groups(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<GroupPage> {
        let page = PageRequest::<GroupKey>::parse(first, after.as_deref())?;
        Ok(service::visible_groups(state(ctx), viewer(ctx)?, &page)
            .await?
            .into())
    }

    /// One group. Secret groups are NOT_FOUND for non-members.
    async fn group(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<Access>> {
        let id = GroupId(parse_id("id", &id)?);
        Ok(Some(Access::load(state(ctx), viewer(ctx)?, id).await?))
    }

    /// A group's members (members only); the same as `group(id).members`.
    #[allow(clippy::too_many_arguments)]
    async fn members(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        role: Option<GroupRole>,
        organization_id: Option<ID>,
    ) -> AppResult<MembershipPage> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let page = PageRequest::<MemberKey>::parse(first, after.as_deref())?;
        let filter = member_filter(search.as_deref(), role, organization_id.as_ref())?;
        let (state, viewer) = (state(ctx), viewer(ctx)?);
        let access = Access::load(state, viewer, group).await?;
        Ok(service::members(state, viewer, &access, &filter, &page)
            .await?
            .into())
    }

    /// What an invitation link leads to; works signed out (the link is the
    /// credential). Null for invalid, used, expired or revoked links.
    async fn invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
    ) -> AppResult<Option<InvitationPreview>> {
        service::invitation_preview(state(ctx), &token).await
    }
}
