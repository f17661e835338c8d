//! The query root of the link list: parse the arguments, call the service.

use async_graphql::{Context, ID, InputObject, Object};

use super::LinkPage;
use crate::{
    auth::viewer,
    discussions::model::normalise_tag,
    error::AppResult,
    groups::model::GroupId,
    links::{
        self as service, LinkPreview, LinkView, checks,
        model::{LinkFilter, LinkId, LinkSort, LinkStatus, LinkUrl},
        store::LinkKey,
    },
    paging::PageRequest,
    resolver::{parse_id, state},
};

/// Which links of a group to list; all conditions apply together.
#[derive(InputObject, Default)]
#[graphql(name = "LinkFilter")]
pub struct LinkFilterInput {
    /// Only links with this tag (compared normalised: lower case, single spaces).
    tag: Option<String>,
    /// Only links whose last check found this.
    status: Option<LinkStatus>,
    /// Only deleted links, to restore them (moderators).
    deleted: Option<bool>,
}

impl LinkFilterInput {
    fn parse(self) -> AppResult<LinkFilter> {
        let tag = match self.tag.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(tag) => Some(normalise_tag(tag)?),
        };
        Ok(LinkFilter {
            tag,
            status: self.status,
            deleted: self.deleted.unwrap_or(false),
        })
    }
}

/// Queries about links.
#[derive(Default)]
pub struct LinksQuery;

#[Object]
impl LinksQuery {
    /// A group's link list (members): newest first by default, by title or most
    /// discussed; filtered by tag and by the status of the last check.
    async fn links(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        filter: Option<LinkFilterInput>,
        sort: Option<LinkSort>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<LinkPage> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let filter = filter.unwrap_or_default().parse()?;
        let page = PageRequest::<LinkKey>::parse(first, after.as_deref())?;
        let sort = sort.unwrap_or_default();
        Ok(
            service::group_links(state(ctx), viewer(ctx)?, group, &filter, sort, &page)
                .await?
                .into(),
        )
    }

    /// The link check list of a group (moderators): broken links first, then moved,
    /// unchecked and working ones.
    async fn link_checks(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<LinkPage> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let page = PageRequest::<LinkKey>::parse(first, after.as_deref())?;
        Ok(checks::link_checks(state(ctx), viewer(ctx)?, group, &page)
            .await?
            .into())
    }

    /// One link. NOT_FOUND when it does not exist, is deleted (except for
    /// moderators) or its group is secret to the viewer; FORBIDDEN for non-members of
    /// a listed group.
    async fn link(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<LinkView>> {
        let id = LinkId(parse_id("id", &id)?);
        Ok(Some(service::link(state(ctx), viewer(ctx)?, id).await?))
    }

    /// The suggestion for adding `url` to a group's link list (members, not guests):
    /// the entry the group has for it already, or the page's title and description,
    /// read by the server (nothing of the page reaches the browser but this text).
    /// A page the server may not or cannot read is BAD_USER_INPUT with
    /// REFUSED_TARGET, HOST_NOT_FOUND, FETCH_TIMEOUT or PAGE_UNAVAILABLE.
    async fn link_preview(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        url: String,
    ) -> AppResult<LinkPreview> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let url = LinkUrl::parse("url", &url)?;
        service::preview(state(ctx), viewer(ctx)?, group, url).await
    }
}
