//! The GraphQL object and input types of groups, members, invitations and join
//! requests.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use crate::groups::{
    self, Access, InvitationPreview, Member,
    model::{
        GroupRole, GroupSettings, GroupVisibility, Invitation, InvitationStatus, JoinPolicy,
        JoinRequest, JoinRequestStatus, MemberFilter, NoticePosting,
    },
    store::{MemberKey, invitations::InvitationKey, join_requests::JoinRequestKey},
};
use crate::{
    auth::viewer,
    error::AppResult,
    orgs::{
        self,
        model::{OrganizationId, Person},
    },
    page_object,
    paging::PageRequest,
    resolver::{parse_id, state},
    rules::parse_search,
};

page_object!(
    /// A page of groups.
    GroupPage of Access
);
page_object!(
    /// A page of a group's members.
    MembershipPage of Member
);
page_object!(
    /// A page of a group's invitations.
    InvitationPage of Invitation
);
page_object!(
    /// A page of a group's pending join requests.
    JoinRequestPage of JoinRequest
);

fn id_of(uuid: uuid::Uuid) -> ID {
    ID(uuid.to_string())
}

/// The member list's filter from its arguments.
pub(super) fn member_filter(
    search: Option<&str>,
    role: Option<GroupRole>,
    organization_id: Option<&ID>,
) -> AppResult<MemberFilter> {
    Ok(MemberFilter {
        search: parse_search(search)?,
        role,
        organization: organization_id
            .map(|id| parse_id("organizationId", id).map(OrganizationId))
            .transpose()?,
    })
}

/// A closed group as the viewer sees it. Non-members of a listed group see its name,
/// description and settings only; its content is FORBIDDEN to them.
#[Object(name = "Group")]
impl Access {
    /// Stable id of the group.
    #[graphql(name = "id")]
    async fn group_id(&self) -> ID {
        id_of(self.group().id.0)
    }
    /// The group's name.
    async fn name(&self) -> &str {
        &self.group().name
    }
    /// The description as written (markdown).
    async fn description(&self) -> &str {
        &self.group().description
    }
    /// The description rendered to sanitised HTML, safe to insert into a page.
    async fn description_html(&self) -> &str {
        &self.group().description_html
    }
    /// Whether non-members can see the group.
    async fn visibility(&self) -> GroupVisibility {
        self.group().visibility
    }
    /// How people become members.
    async fn join_policy(&self) -> JoinPolicy {
        self.group().join_policy
    }
    /// Who may put up notices on the pinboard.
    async fn notice_posting(&self) -> NoticePosting {
        self.group().notice_posting
    }
    /// The viewer's role in the group; null when not a member.
    async fn my_role(&self) -> Option<GroupRole> {
        self.role()
    }
    /// True when the viewer may manage the group: its moderators and platform
    /// administrators.
    #[graphql(name = "canModerate")]
    async fn viewer_can_moderate(&self) -> bool {
        Access::can_moderate(self)
    }
    /// How many members (all roles) the group has.
    async fn member_count(&self) -> i32 {
        i32::try_from(self.group().member_count).unwrap_or(i32::MAX)
    }
    /// When the group was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.group().created_at
    }
    /// The viewer's pending request to join, if any.
    async fn my_join_request(&self, ctx: &Context<'_>) -> AppResult<Option<JoinRequest>> {
        groups::my_join_request(state(ctx), self).await
    }
    /// The members, moderators first, then members, then guests, by last name within
    /// each (members only); narrowed by a search term (in the name, the function or the
    /// office's name), a role and an office.
    async fn members(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        role: Option<GroupRole>,
        organization_id: Option<ID>,
    ) -> AppResult<MembershipPage> {
        let page = PageRequest::<MemberKey>::parse(first, after.as_deref())?;
        let filter = member_filter(search.as_deref(), role, organization_id.as_ref())?;
        Ok(
            groups::members(state(ctx), viewer(ctx)?, self, &filter, &page)
                .await?
                .into(),
        )
    }
    /// How many requests to join are open (moderators); null for everyone else.
    async fn open_join_request_count(&self, ctx: &Context<'_>) -> AppResult<Option<i32>> {
        Ok(groups::open_join_request_count(state(ctx), self)
            .await?
            .map(|n| i32::try_from(n).unwrap_or(i32::MAX)))
    }
    /// The invitations, open ones first, newest first (moderators only).
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<InvitationPage> {
        let page = PageRequest::<InvitationKey>::parse(first, after.as_deref())?;
        Ok(groups::invitations(state(ctx), self, &page).await?.into())
    }
    /// The pending join requests, oldest first (moderators only).
    async fn join_requests(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<JoinRequestPage> {
        let page = PageRequest::<JoinRequestKey>::parse(first, after.as_deref())?;
        Ok(groups::join_requests(state(ctx), self, &page).await?.into())
    }
}

/// One person's membership in a group.
#[Object(name = "Membership")]
impl Member {
    /// The member.
    async fn person(&self) -> &Person {
        &self.person
    }
    /// Their role in the group.
    async fn role(&self) -> GroupRole {
        self.role
    }
    /// When they joined.
    async fn joined_at(&self) -> DateTime<Utc> {
        self.joined_at
    }
}

/// An invitation to a group by email address.
#[Object]
impl Invitation {
    /// Id for `resendInvitation` and `revokeInvitation`.
    async fn id(&self) -> ID {
        id_of(self.id.0)
    }
    /// The invited address.
    async fn email(&self) -> &str {
        &self.email
    }
    /// The role the person gets on accepting.
    async fn role(&self) -> GroupRole {
        self.role
    }
    /// The inviter's personal message (plain text).
    async fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    /// Who invited; null when that account no longer exists.
    async fn invited_by(&self, ctx: &Context<'_>) -> AppResult<Option<Person>> {
        match self.invited_by {
            Some(id) => Ok(Some(
                orgs::person_in_context(state(ctx), viewer(ctx)?, id).await?,
            )),
            None => Ok(None),
        }
    }
    /// When the invitation was (last) made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// When the link stops working.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }
    /// Where the invitation stands now.
    async fn status(&self, ctx: &Context<'_>) -> InvitationStatus {
        self.status_at(state(ctx).clock.now())
    }
}

/// What the invitation page shows before accepting.
#[Object]
impl InvitationPreview {
    /// The group the link invites to.
    async fn group_name(&self) -> &str {
        &self.group_name
    }
    /// Who sent the invitation.
    async fn inviter_name(&self) -> &str {
        &self.inviter_name
    }
    /// The invited address (accepting needs an account with it).
    async fn email(&self) -> &str {
        &self.email
    }
    /// True when an account with this address exists: sign in, then accept. Otherwise
    /// accepting creates the account.
    async fn account_exists(&self) -> bool {
        self.account_exists
    }
    /// The organisation a new account will belong to, if the inviter chose one.
    async fn organization_name(&self) -> Option<&str> {
        self.organization_name.as_deref()
    }
}

/// A request to join a group.
#[Object]
impl JoinRequest {
    /// Id for `decideJoinRequest` and `withdrawJoinRequest`.
    async fn id(&self) -> ID {
        id_of(self.id.0)
    }
    /// The group asked to join.
    async fn group(&self, ctx: &Context<'_>) -> AppResult<Access> {
        Access::load(state(ctx), viewer(ctx)?, self.group_id).await
    }
    /// Who asks.
    async fn person(&self, ctx: &Context<'_>) -> AppResult<Person> {
        orgs::person_in_context(state(ctx), viewer(ctx)?, self.account_id).await
    }
    /// Their message to the moderators (plain text).
    async fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    /// Where the request stands.
    async fn status(&self) -> JoinRequestStatus {
        self.status
    }
    /// When the request was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// When it was approved, declined or withdrawn.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.decided_at
    }
}

/// A group's settings.
#[derive(InputObject)]
pub struct GroupInput {
    /// 1–200 characters.
    name: String,
    /// Markdown, at most 20 000 characters.
    description: Option<String>,
    /// Who can see the group.
    visibility: GroupVisibility,
    /// How people join; secret groups admit by invitation only.
    join_policy: JoinPolicy,
    /// Who may put up notices on the pinboard; a new group: moderators only unless
    /// given, a change: as it was unless given.
    notice_posting: Option<NoticePosting>,
}

impl GroupInput {
    pub(super) fn parse(&self) -> AppResult<GroupSettings> {
        GroupSettings::parse(
            &self.name,
            self.description.as_deref(),
            self.visibility,
            self.join_policy,
            self.notice_posting,
        )
    }
}
