//! Members and roles: the member list, role changes, removal, leaving. A group always
//! keeps at least one moderator.

use chrono::{DateTime, Utc};

use super::{
    Access,
    model::{GroupId, GroupRole, MemberFilter},
    store::{self, MemberKey, MemberRow},
};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    live,
    orgs::{self, model::Person},
    paging::{Page, PageRequest},
    state::AppState,
};

/// One member of a group, as the member list shows them.
#[derive(Clone, Debug)]
pub struct Member {
    pub person: Person,
    pub role: GroupRole,
    pub joined_at: DateTime<Utc>,
}

async fn into_members(
    state: &AppState,
    viewer: &Viewer,
    rows: Vec<MemberRow>,
) -> AppResult<Vec<Member>> {
    let roles: Vec<(GroupRole, DateTime<Utc>)> = rows
        .iter()
        .map(|r| (r.membership.role, r.membership.joined_at))
        .collect();
    let people =
        orgs::with_organizations(state, viewer, rows.into_iter().map(|r| r.person).collect())
            .await?;
    Ok(people
        .into_iter()
        .zip(roles)
        .map(|(person, (role, joined_at))| Member {
            person,
            role,
            joined_at,
        })
        .collect())
}

/// True when `account` is a member of `group` (any role), in the caller's transaction:
/// for the other domains' rules that look at membership without an [`Access`] of their
/// own, such as who gets a notification.
pub async fn is_member(tx: &mut Tx, group: GroupId, account: AccountId) -> AppResult<bool> {
    Ok(store::membership(tx, group, account).await?.is_some())
}

/// One page of a group's members (members only): moderators first, then members, then
/// guests, by last name within each; narrowed by `filter`, whose office must exist
/// (BAD_USER_INPUT `organizationId` otherwise).
pub async fn members(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    filter: &MemberFilter,
    page: &PageRequest<MemberKey>,
) -> AppResult<Page<Member>> {
    access.require_member()?;
    if let Some(id) = filter.organization {
        orgs::require_organization(state, "organizationId", id).await?;
    }
    let rows = store::members(
        &state.db,
        access.id(),
        filter,
        page.after.as_ref(),
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |r| {
        (r.role_rank, r.sort_name.clone(), r.person.id.0)
    });
    let nodes = into_members(state, viewer, page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// CONFLICT when `account` is the group's only moderator and would stop being one.
async fn keep_a_moderator(
    tx: &mut Tx,
    group: GroupId,
    current: GroupRole,
    reason: Reason,
    message: &str,
) -> AppResult<()> {
    if current == GroupRole::Moderator && store::count_moderators(tx, group).await? <= 1 {
        return Err(AppError::conflict(reason, message));
    }
    Ok(())
}

/// Changes a member's role (moderators). The last moderator cannot be demoted.
pub async fn set_member_role(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    account: AccountId,
    role: GroupRole,
) -> AppResult<Member> {
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    access.require_moderator()?;
    let membership = store::membership(&mut tx, group, account)
        .await?
        .ok_or(AppError::NotFound)?;
    if role != GroupRole::Moderator {
        keep_a_moderator(
            &mut tx,
            group,
            membership.role,
            Reason::LastModerator,
            "the group's last moderator cannot be demoted; make someone else moderator first",
        )
        .await?;
    }
    store::set_role(&mut tx, group, account, role).await?;
    let row = store::member(&mut tx, group, account)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    live::members_changed(state, group).await;
    tracing::info!(group.id = %group.0, account.id = %account.0, role = role.code(), "Member role changed");
    Ok(into_members(state, viewer, vec![row]).await?.remove(0))
}

/// Removes a member from a group (moderators). The last moderator cannot be removed.
pub async fn remove_member(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    account: AccountId,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    access.require_moderator()?;
    let membership = store::membership(&mut tx, group, account)
        .await?
        .ok_or(AppError::NotFound)?;
    keep_a_moderator(
        &mut tx,
        group,
        membership.role,
        Reason::LastModerator,
        "the group's last moderator cannot be removed; make someone else moderator first",
    )
    .await?;
    store::delete_membership(&mut tx, group, account).await?;
    tx.commit().await?;
    live::membership_ended(state, group, account).await;
    tracing::info!(group.id = %group.0, account.id = %account.0, "Member removed");
    Ok(())
}

/// The viewer leaves a group. The last moderator must hand over first.
pub async fn leave_group(state: &AppState, viewer: &Viewer, group: GroupId) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_update(&mut tx, viewer, group).await?;
    let role = access.role().ok_or(AppError::Forbidden)?;
    keep_a_moderator(
        &mut tx,
        group,
        role,
        Reason::HandOverFirst,
        "hand over first: you are the group's last moderator; make someone else moderator",
    )
    .await?;
    store::delete_membership(&mut tx, group, viewer.id()).await?;
    tx.commit().await?;
    live::membership_ended(state, group, viewer.id()).await;
    tracing::info!(group.id = %group.0, account.id = %viewer.id().0, "Member left the group");
    Ok(())
}

/// Makes `account` a member with `role`; a member already keeps the higher of the two
/// roles. For accepted invitations and approved requests.
pub(super) async fn admit(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
    role: GroupRole,
    now: DateTime<Utc>,
) -> AppResult<()> {
    match store::membership(tx, group, account).await? {
        Some(existing) => {
            let higher = existing.role.higher(role);
            if higher != existing.role {
                store::set_role(tx, group, account, higher).await?;
            }
        }
        None => store::insert_membership(tx, group, account, role, now).await?,
    }
    Ok(())
}
