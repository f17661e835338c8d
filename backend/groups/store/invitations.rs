//! SQL for invitations to groups. Nothing else; no rules.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    groups::model::{GroupId, GroupRole, Invitation, InvitationId},
    orgs::model::OrganizationId,
    sql,
};

const COLUMNS: &str = "id, group_id, email, role, message, organization_id, invited_by, status, \
     created_at, expires_at";

/// A new invitation (or the renewal of the open one for the same address).
pub struct NewInvitation<'a> {
    pub group: GroupId,
    pub email: &'a str,
    pub role: GroupRole,
    pub message: Option<&'a str>,
    pub organization: Option<OrganizationId>,
    pub invited_by: AccountId,
    pub token_hash: &'a str,
    pub expires_at: DateTime<Utc>,
}

/// Stores an invitation; an open one for the same group and address is replaced
/// (new link, role, message and validity; same id).
pub async fn upsert_pending(
    tx: &mut Tx,
    new: &NewInvitation<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<Invitation> {
    let query = format!(
        "INSERT INTO group_invitations (id, group_id, email, role, message, organization_id, \
         invited_by, token_hash, status, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10) \
         ON CONFLICT (group_id, email) WHERE status = 'pending' DO UPDATE SET \
         role = excluded.role, message = excluded.message, \
         organization_id = excluded.organization_id, invited_by = excluded.invited_by, \
         token_hash = excluded.token_hash, created_at = excluded.created_at, \
         expires_at = excluded.expires_at \
         RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(InvitationId(Uuid::now_v7()))
        .bind(new.group)
        .bind(new.email)
        .bind(new.role.code())
        .bind(new.message)
        .bind(new.organization)
        .bind(new.invited_by)
        .bind(new.token_hash)
        .bind(now)
        .bind(new.expires_at)
        .fetch_one(ex)
        .await)
}

/// The group an invitation belongs to, to check access before anything else.
pub async fn group_of(db: &Db, id: InvitationId) -> sqlx::Result<Option<GroupId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT group_id FROM group_invitations WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// Gives a not yet used invitation of the group a new link and validity.
pub async fn renew(
    tx: &mut Tx,
    group: GroupId,
    id: InvitationId,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<Option<Invitation>> {
    let query = format!(
        "UPDATE group_invitations SET token_hash = $3, expires_at = $4 \
         WHERE id = $1 AND group_id = $2 AND status = 'pending' RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(group)
        .bind(token_hash)
        .bind(expires_at)
        .fetch_optional(ex)
        .await)
}

/// Withdraws a not yet used invitation of the group; false when there is none.
pub async fn revoke(tx: &mut Tx, group: GroupId, id: InvitationId) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "UPDATE group_invitations SET status = 'revoked' \
         WHERE id = $1 AND group_id = $2 AND status = 'pending'"
    )
    .bind(id)
    .bind(group)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// True when the group has this invitation (in any state).
pub async fn exists_in_group(tx: &mut Tx, group: GroupId, id: InvitationId) -> sqlx::Result<bool> {
    let found: Option<i32> = sql!(tx, |ex| sqlx::query_scalar(
        "SELECT 1 FROM group_invitations WHERE id = $1 AND group_id = $2"
    )
    .bind(id)
    .bind(group)
    .fetch_optional(ex)
    .await)?;
    Ok(found.is_some())
}

/// A usable invitation (open and unexpired) by its link's token hash.
pub async fn usable_by_token(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Invitation>> {
    let query = format!(
        "SELECT {COLUMNS} FROM group_invitations \
         WHERE token_hash = $1 AND status = 'pending' AND expires_at > $2"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(ex)
        .await)
}

/// Marks a usable invitation as accepted by `account` and returns it, atomically;
/// `None` when it is not usable (any more).
pub async fn accept(
    tx: &mut Tx,
    token_hash: &str,
    account: AccountId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Invitation>> {
    let query = format!(
        "UPDATE group_invitations SET status = 'accepted', accepted_at = $2, accepted_by = $3 \
         WHERE token_hash = $1 AND status = 'pending' AND expires_at > $2 RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(token_hash)
        .bind(now)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// The sort key of the invitation list: open ones first (0), then the rest (1); newest
/// first within each.
pub type InvitationKey = (i32, DateTime<Utc>, Uuid);

/// An invitation with its place in the list.
#[derive(sqlx::FromRow)]
pub struct InvitationRow {
    #[sqlx(flatten)]
    pub invitation: Invitation,
    pub open_rank: i32,
}

/// One page of a group's invitations.
pub async fn page(
    db: &Db,
    group: GroupId,
    now: DateTime<Utc>,
    after: Option<&InvitationKey>,
    limit: i64,
) -> sqlx::Result<Vec<InvitationRow>> {
    let (rank, created, id) = match after {
        Some((rank, created, id)) => (Some(*rank), Some(*created), Some(*id)),
        None => (None, None, None),
    };
    let query = format!(
        "SELECT * FROM (SELECT {COLUMNS}, \
                CASE WHEN status = 'pending' AND expires_at > $2 THEN 0 ELSE 1 END AS open_rank \
         FROM group_invitations WHERE group_id = $1) t \
         WHERE $3 IS NULL OR t.open_rank > $3 \
            OR (t.open_rank = $3 AND (t.created_at < $4 OR (t.created_at = $4 AND t.id < $5))) \
         ORDER BY t.open_rank, t.created_at DESC, t.id DESC LIMIT $6"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(now)
        .bind(rank)
        .bind(created)
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// What the invitation page shows before accepting.
#[derive(sqlx::FromRow)]
pub struct PreviewRow {
    pub group_name: String,
    pub inviter_name: Option<String>,
    pub organization_name: Option<String>,
}

pub async fn preview(db: &Db, id: InvitationId) -> sqlx::Result<Option<PreviewRow>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT g.name AS group_name, a.name AS inviter_name, o.name AS organization_name \
         FROM group_invitations i JOIN groups g ON g.id = i.group_id \
         LEFT JOIN accounts a ON a.id = i.invited_by \
         LEFT JOIN organizations o ON o.id = i.organization_id WHERE i.id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}
