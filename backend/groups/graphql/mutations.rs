//! The mutation root of groups: parse the arguments, call the service.

use async_graphql::{Context, ID, Object};

use super::objects::GroupInput;
use crate::{
    auth::model::AccountId,
    auth::{request, set_session_cookie, viewer},
    error::AppResult,
    groups::{
        self as service, Access, Member,
        model::{GroupId, GroupRole, Invitation, InvitationId, JoinRequest, JoinRequestId},
    },
    orgs::model::OrganizationId,
    resolver::{parse_id, state},
};

/// Mutations of groups, memberships, invitations and join requests.
#[derive(Default)]
pub struct GroupsMutation;

#[Object]
impl GroupsMutation {
    /// Creates a group (administrators); the creator becomes its moderator.
    async fn create_group(&self, ctx: &Context<'_>, input: GroupInput) -> AppResult<Access> {
        let settings = input.parse()?;
        service::create_group(state(ctx), viewer(ctx)?, settings).await
    }

    /// Changes a group's settings (moderators).
    async fn update_group(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: GroupInput,
    ) -> AppResult<Access> {
        let id = GroupId(parse_id("id", &id)?);
        let settings = input.parse()?;
        service::update_group(state(ctx), viewer(ctx)?, id, settings).await
    }

    /// Invites 1–100 addresses (moderators) with an optional personal message (plain
    /// text, at most 2000 characters) and, for new accounts, an organisation. Each gets
    /// a mail with a single-use link valid 14 days. Addresses of current members are
    /// skipped (they are not in the result); inviting an address again replaces its
    /// open invitation's link. A bad address is BAD_USER_INPUT on `emails`, naming it.
    async fn invite_to_group(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        emails: Vec<String>,
        role: GroupRole,
        message: Option<String>,
        organization_id: Option<ID>,
    ) -> AppResult<Vec<Invitation>> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let organization = organization_id
            .map(|id| parse_id("organizationId", &id).map(OrganizationId))
            .transpose()?;
        service::invite(
            state(ctx),
            viewer(ctx)?,
            group,
            &emails,
            role,
            message.as_deref(),
            organization,
        )
        .await
    }

    /// Sends an open or expired invitation again with a new link, valid 14 days
    /// (moderators). Accepted or revoked ones are CONFLICT.
    async fn resend_invitation(&self, ctx: &Context<'_>, id: ID) -> AppResult<Invitation> {
        let id = InvitationId(parse_id("id", &id)?);
        service::resend_invitation(state(ctx), viewer(ctx)?, id).await
    }

    /// Withdraws an invitation that was not used yet (moderators).
    async fn revoke_invitation(&self, ctx: &Context<'_>, id: ID) -> AppResult<bool> {
        let id = InvitationId(parse_id("id", &id)?);
        service::revoke_invitation(state(ctx), viewer(ctx)?, id).await?;
        Ok(true)
    }

    /// Accepts an invitation with the token from its link.
    /// Signed in: the viewer's address must be the invited one (else FORBIDDEN).
    /// Signed out without an account for the address: `name` and `password` create the
    /// account, which is signed in (session cookie). Signed out with an existing
    /// account: UNAUTHENTICATED; sign in and accept again. Invalid, used, expired or
    /// revoked links are BAD_USER_INPUT on `token`.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        name: Option<String>,
        password: Option<String>,
    ) -> AppResult<Access> {
        let request = request(ctx);
        let accepted = service::accept_invitation(
            state(ctx),
            request.viewer.as_ref(),
            &token,
            name.as_deref(),
            password.as_deref(),
            &request.client,
        )
        .await?;
        if let Some(session) = &accepted.new_session {
            set_session_cookie(ctx, session);
        }
        Ok(accepted.access)
    }

    /// Asks to join a listed group that admits by request, with an optional message to
    /// the moderators (plain text, at most 2000 characters).
    async fn request_to_join(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        message: Option<String>,
    ) -> AppResult<JoinRequest> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        service::request_to_join(state(ctx), viewer(ctx)?, group, message.as_deref()).await
    }

    /// Approves or declines a pending join request (moderators); the person gets a
    /// mail either way.
    async fn decide_join_request(
        &self,
        ctx: &Context<'_>,
        request_id: ID,
        approve: bool,
    ) -> AppResult<JoinRequest> {
        let id = JoinRequestId(parse_id("requestId", &request_id)?);
        service::decide_join_request(state(ctx), viewer(ctx)?, id, approve).await
    }

    /// Withdraws the viewer's own pending join request.
    async fn withdraw_join_request(&self, ctx: &Context<'_>, request_id: ID) -> AppResult<bool> {
        let id = JoinRequestId(parse_id("requestId", &request_id)?);
        service::withdraw_join_request(state(ctx), viewer(ctx)?, id).await?;
        Ok(true)
    }

    /// Changes a member's role (moderators). The last moderator cannot be demoted
    /// (CONFLICT).
    async fn set_member_role(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        account_id: ID,
        role: GroupRole,
    ) -> AppResult<Member> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let account = AccountId(parse_id("accountId", &account_id)?);
        service::set_member_role(state(ctx), viewer(ctx)?, group, account, role).await
    }

    /// Removes a member (moderators). The last moderator cannot be removed (CONFLICT).
    async fn remove_member(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        account_id: ID,
    ) -> AppResult<bool> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let account = AccountId(parse_id("accountId", &account_id)?);
        service::remove_member(state(ctx), viewer(ctx)?, group, account).await?;
        Ok(true)
    }

    /// Leaves a group. The last moderator cannot leave (CONFLICT): hand over first.
    async fn leave_group(&self, ctx: &Context<'_>, group_id: ID) -> AppResult<bool> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        service::leave_group(state(ctx), viewer(ctx)?, group).await?;
        Ok(true)
    }
}
