//! Closed groups: settings, memberships and roles, invitations, join requests, and the
//! one access check every group-scoped operation goes through.
//!
//! # The access rule
//! [`Access::load`] (or [`Access::load_for_update`] in a changing transaction) is the
//! only way to reach a group. It decides once what the viewer may do:
//! - a secret group is NOT_FOUND for everyone but its members (and administrators);
//! - a listed group shows its name, description and settings to every signed-in
//!   account, but its content ([`Access::require_member`]) is FORBIDDEN to non-members;
//! - guests read, members and moderators contribute ([`Access::require_contributor`]),
//!   moderators manage ([`Access::require_moderator`]); platform administrators count
//!   as moderators everywhere.
//!
//! Ids of things inside a group (members, invitations, requests) are always looked up
//! within the group whose access was checked, so an id from another group finds nothing.

mod feeds;
pub mod graphql;
mod handover;
mod invitations;
mod join_requests;
mod mails;
mod members;
pub mod model;
pub(crate) mod store;

pub use feeds::{group_events, member_feed};
pub use handover::hand_over;
pub use invitations::{
    AcceptedInvitation, InvitationPreview, accept_invitation, invitation_preview, invitations,
    invite, resend_invitation, revoke_invitation,
};
pub use join_requests::{
    decide_join_request, join_requests, my_join_request, open_join_request_count, request_to_join,
    withdraw_join_request,
};
pub use members::{Member, is_member, leave_group, members, remove_member, set_member_role};

use self::{
    model::{Group, GroupId, GroupRole, GroupSettings, GroupVisibility},
    store::Lock,
};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult},
    paging::{Page, PageRequest},
    state::AppState,
};

/// A group as one viewer may reach it, with the viewer's rights in it. Only
/// [`Access::load`], [`Access::load_for_update`] and [`Access::load_for_write`] make
/// one, and they apply the visibility rule; the `require_*` methods apply the role
/// rules.
#[derive(Clone, Debug)]
pub struct Access {
    group: Group,
    viewer: AccountId,
    role: Option<GroupRole>,
    admin: bool,
}

impl Access {
    /// The viewer's access to a group: NOT_FOUND when the group does not exist or is
    /// secret and the viewer neither a member nor an administrator.
    pub async fn load(state: &AppState, viewer: &Viewer, id: GroupId) -> AppResult<Access> {
        let found = store::group_with_role(&state.db, id, viewer.id()).await?;
        Access::decide(found.map(store::GroupWithRole::split), viewer)
    }

    /// Like [`Access::load`], inside a transaction that changes the group: the group
    /// stays locked against concurrent changes until the transaction ends.
    pub async fn load_for_update(tx: &mut Tx, viewer: &Viewer, id: GroupId) -> AppResult<Access> {
        let found = store::group_with_role_locked(tx, id, viewer.id(), Lock::Update).await?;
        Access::decide(found.map(store::GroupWithRole::split), viewer)
    }

    /// Like [`Access::load`], inside a transaction that writes content into the group
    /// (posts, reactions, …): the check holds until the transaction ends. Writers share
    /// the lock among each other; a membership or settings change
    /// ([`Access::load_for_update`]) waits for them, and they for it, so a member who is
    /// removed can no longer write once the removal is committed.
    pub async fn load_for_write(tx: &mut Tx, viewer: &Viewer, id: GroupId) -> AppResult<Access> {
        let found = store::group_with_role_locked(tx, id, viewer.id(), Lock::Share).await?;
        Access::decide(found.map(store::GroupWithRole::split), viewer)
    }

    /// The visibility rule.
    fn decide(found: Option<(Group, Option<GroupRole>)>, viewer: &Viewer) -> AppResult<Access> {
        let (group, role) = found.ok_or(AppError::NotFound)?;
        let admin = viewer.account.is_admin;
        if group.visibility == GroupVisibility::Secret && role.is_none() && !admin {
            return Err(AppError::NotFound);
        }
        Ok(Access {
            group,
            viewer: viewer.id(),
            role,
            admin,
        })
    }

    /// For groups the viewer reached through a query that already applied the
    /// visibility rule (lists).
    fn from_visible(group: Group, role: Option<GroupRole>, viewer: &Viewer) -> Access {
        Access {
            group,
            viewer: viewer.id(),
            role,
            admin: viewer.account.is_admin,
        }
    }

    /// The group.
    pub fn group(&self) -> &Group {
        &self.group
    }

    /// The group's id.
    pub fn id(&self) -> GroupId {
        self.group.id
    }

    /// The account this access was checked for.
    pub fn viewer(&self) -> AccountId {
        self.viewer
    }

    /// The viewer's own membership role; `None` when not a member (also for
    /// administrators who are not members).
    pub fn role(&self) -> Option<GroupRole> {
        self.role
    }

    /// True for moderators of the group and for administrators.
    pub fn can_moderate(&self) -> bool {
        self.admin || self.role == Some(GroupRole::Moderator)
    }

    /// Reading the group's content: members (any role) and administrators.
    pub fn require_member(&self) -> AppResult<()> {
        if self.admin || self.role.is_some() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Writing content: members and moderators (not guests), and administrators.
    pub fn require_contributor(&self) -> AppResult<()> {
        match self.role {
            _ if self.admin => Ok(()),
            Some(GroupRole::Moderator | GroupRole::Member) => Ok(()),
            _ => Err(AppError::Forbidden),
        }
    }

    /// Managing the group: moderators and administrators.
    pub fn require_moderator(&self) -> AppResult<()> {
        if self.can_moderate() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Creates a group (administrators); the creator becomes its moderator.
pub async fn create_group(
    state: &AppState,
    viewer: &Viewer,
    settings: GroupSettings,
) -> AppResult<Access> {
    viewer.require_admin()?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let id = store::insert_group(&mut tx, &settings, viewer.id(), now).await?;
    store::insert_membership(&mut tx, id, viewer.id(), GroupRole::Moderator, now).await?;
    tx.commit().await?;
    tracing::info!(group.id = %id.0, "Group created");
    Access::load(state, viewer, id).await
}

/// Changes a group's name, description, visibility and join policy (moderators).
pub async fn update_group(
    state: &AppState,
    viewer: &Viewer,
    id: GroupId,
    settings: GroupSettings,
) -> AppResult<Access> {
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, id).await?;
    access.require_moderator()?;
    store::update_group(&mut tx, id, &settings, state.clock.now()).await?;
    tx.commit().await?;
    Access::load(state, viewer, id).await
}

/// The sort key of group lists: lowercased name, then id.
pub type GroupKey = (String, uuid::Uuid);

/// One page of the groups the viewer sees, by name: their own and the listed ones
/// (administrators: all).
pub async fn visible_groups(
    state: &AppState,
    viewer: &Viewer,
    page: &PageRequest<GroupKey>,
) -> AppResult<Page<Access>> {
    let rows = store::visible_groups(
        &state.db,
        viewer.id(),
        viewer.account.is_admin,
        page.after.as_ref(),
        page.limit(),
    )
    .await?;
    Ok(
        Page::from_rows(rows, page, |row| (row.sort_name.clone(), row.group.id.0)).map(|row| {
            let (group, role) = row.split();
            Access::from_visible(group, role, viewer)
        }),
    )
}

/// The groups the viewer is a member of (any role; administrators too only their own),
/// by name.
pub async fn member_groups(state: &AppState, viewer: &Viewer) -> AppResult<Vec<Access>> {
    let rows = store::member_groups(&state.db, viewer.id()).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (group, role) = row.split();
            Access::from_visible(group, role, viewer)
        })
        .collect())
}

/// The groups the viewer shares with another account (both are members).
pub async fn shared_groups(
    state: &AppState,
    viewer: &Viewer,
    other: AccountId,
) -> AppResult<Vec<Access>> {
    let rows = store::shared_groups(&state.db, viewer.id(), other).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (group, role) = row.split();
            Access::from_visible(group, role, viewer)
        })
        .collect())
}
