//! The mutation root of the link list: parse the arguments, call the service.

use async_graphql::{Context, ID, InputObject, Object};

use crate::{
    auth::viewer,
    error::AppResult,
    groups::model::GroupId,
    links::{
        self as service, AddedLink, LinkView, checks,
        model::{LinkId, LinkInput},
    },
    resolver::{parse_id, state},
};

/// A link's fields.
#[derive(InputObject)]
#[graphql(name = "LinkInput")]
pub struct LinkFields {
    /// An http:// or https:// address of at most 2 048 characters, without user name
    /// or password.
    url: String,
    /// 3–200 characters.
    title: String,
    /// Markdown, 1–100 000 characters. Mention members as `[@Name](mention:<person id>)`.
    description: String,
    /// At most 10 tags of 1–40 characters; default none.
    tags: Option<Vec<String>>,
}

impl LinkFields {
    fn parse(&self) -> AppResult<LinkInput> {
        LinkInput::parse(
            &self.url,
            &self.title,
            &self.description,
            self.tags.as_deref().unwrap_or_default(),
        )
    }
}

fn link_id(id: &ID) -> AppResult<LinkId> {
    Ok(LinkId(parse_id("id", id)?))
}

/// Mutations of the link list.
#[derive(Default)]
pub struct LinksMutation;

#[Object]
impl LinksMutation {
    /// Adds a link to a group's list (members, not guests). An address the group has
    /// already (compared in its normal form) adds nothing: the result is the existing
    /// entry with `existing: true`. Delete a link by deleting its `openingPostId`.
    async fn add_link(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        input: LinkFields,
    ) -> AppResult<AddedLink> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let input = input.parse()?;
        service::add_link(state(ctx), viewer(ctx)?, group, input).await
    }

    /// Changes a link (its author and moderators) if `version` is still current;
    /// otherwise CONFLICT with STALE_VERSION. An address another entry of the group
    /// has is CONFLICT with LINK_EXISTS.
    async fn edit_link(
        &self,
        ctx: &Context<'_>,
        id: ID,
        version: i32,
        input: LinkFields,
    ) -> AppResult<LinkView> {
        let id = link_id(&id)?;
        let input = input.parse()?;
        service::edit_link(state(ctx), viewer(ctx)?, id, version, input).await
    }

    /// Checks a link now (moderators) and stores the result.
    async fn check_link(&self, ctx: &Context<'_>, id: ID) -> AppResult<LinkView> {
        checks::check_link(state(ctx), viewer(ctx)?, link_id(&id)?).await
    }

    /// Gives a moved link the address its last check found (moderators): CONFLICT
    /// with NOT_MOVED when it has none, LINK_EXISTS when another entry has it.
    async fn apply_moved_url(&self, ctx: &Context<'_>, id: ID) -> AppResult<LinkView> {
        checks::apply_moved_url(state(ctx), viewer(ctx)?, link_id(&id)?).await
    }
}
