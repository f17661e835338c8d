//! Handover: when someone leaves an office, an administrator moves what they hold to a
//! successor in the same office. What they wrote stays attributed to them.

use chrono::{DateTime, Utc};

use super::{model::GroupId, store};
use crate::{
    auth::{self, Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    live,
    state::AppState,
};

/// Moves the group memberships of `from` to `to` (administrators). Both accounts must
/// belong to the same organisation. Where the successor is a member already, the higher
/// of the two roles stays. Later features add what else an account owns (subscriptions,
/// ownerships); authored content is not moved.
pub async fn hand_over(
    state: &AppState,
    viewer: &Viewer,
    from: AccountId,
    to: AccountId,
) -> AppResult<()> {
    viewer.require_admin()?;
    if from == to {
        return Err(AppError::bad_input(
            "toAccountId",
            Reason::SameAccount,
            "must be another account than fromAccountId",
        ));
    }
    let predecessor = auth::account(state, from).await?;
    let successor = auth::account(state, to).await?;
    match (predecessor.organization_id, successor.organization_id) {
        (Some(a), Some(b)) if a == b => {}
        _ => {
            return Err(AppError::bad_input(
                "toAccountId",
                Reason::DifferentOrganization,
                "must belong to the same organisation as fromAccountId",
            ));
        }
    }
    let mut tx = state.db.begin().await?;
    let moved = transfer_memberships(&mut tx, from, to, state.clock.now()).await?;
    tx.commit().await?;
    for group in &moved {
        live::membership_ended(state, *group, from).await;
    }
    tracing::info!(
        from.id = %from.0,
        to.id = %to.0,
        memberships = moved.len(),
        "Handed an account's memberships over to a successor"
    );
    Ok(())
}

/// Moves every membership of `from` to `to` in the caller's transaction; where `to`
/// is a member already, the higher role stays. Returns the groups affected.
async fn transfer_memberships(
    tx: &mut Tx,
    from: AccountId,
    to: AccountId,
    now: DateTime<Utc>,
) -> AppResult<Vec<GroupId>> {
    let memberships = store::memberships_of(tx, from).await?;
    for membership in &memberships {
        let group = membership.group_id;
        match store::membership(tx, group, to).await? {
            Some(existing) => {
                let role = existing.role.higher(membership.role);
                store::set_role(tx, group, to, role).await?;
            }
            None => store::insert_membership(tx, group, to, membership.role, now).await?,
        }
        store::delete_membership(tx, group, from).await?;
    }
    Ok(memberships.iter().map(|m| m.group_id).collect())
}
