//! SQL for requests to join a group. Nothing else; no rules.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    groups::model::{GroupId, JoinRequest, JoinRequestId, JoinRequestStatus},
    sql,
};

const COLUMNS: &str = "id, group_id, account_id, message, status, created_at, decided_at";

/// Stores a pending request; a second pending one of the same person for the same group
/// violates a unique index.
pub async fn insert(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
    message: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<JoinRequest> {
    let query = format!(
        "INSERT INTO join_requests (id, group_id, account_id, message, status, created_at) \
         VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(JoinRequestId(Uuid::now_v7()))
        .bind(group)
        .bind(account)
        .bind(message)
        .bind(now)
        .fetch_one(ex)
        .await)
}

/// The group a request belongs to, to check access before anything else.
pub async fn group_of(db: &Db, id: JoinRequestId) -> sqlx::Result<Option<GroupId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT group_id FROM join_requests WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// A request of the group, in any state.
pub async fn in_group(
    tx: &mut Tx,
    group: GroupId,
    id: JoinRequestId,
) -> sqlx::Result<Option<JoinRequest>> {
    let query = format!("SELECT {COLUMNS} FROM join_requests WHERE id = $1 AND group_id = $2");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(group)
        .fetch_optional(ex)
        .await)
}

/// A request made by the account, in any state.
pub async fn of_account(
    tx: &mut Tx,
    account: AccountId,
    id: JoinRequestId,
) -> sqlx::Result<Option<JoinRequest>> {
    let query = format!("SELECT {COLUMNS} FROM join_requests WHERE id = $1 AND account_id = $2");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// The pending request of an account for a group, if any.
pub async fn pending_of(
    db: &Db,
    group: GroupId,
    account: AccountId,
) -> sqlx::Result<Option<JoinRequest>> {
    let query = format!(
        "SELECT {COLUMNS} FROM join_requests \
         WHERE group_id = $1 AND account_id = $2 AND status = 'pending'"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// Moves a pending request to `status` (approved, declined or withdrawn) and returns
/// it; `None` when it is not pending (any more).
pub async fn close(
    tx: &mut Tx,
    id: JoinRequestId,
    status: JoinRequestStatus,
    decided_by: AccountId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<JoinRequest>> {
    let query = format!(
        "UPDATE join_requests SET status = $2, decided_at = $3, decided_by = $4 \
         WHERE id = $1 AND status = 'pending' RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(status.code())
        .bind(now)
        .bind(decided_by)
        .fetch_optional(ex)
        .await)
}

/// How many requests to join a group are pending.
pub async fn pending_count(db: &Db, group: GroupId) -> sqlx::Result<i64> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT COUNT(*) FROM join_requests WHERE group_id = $1 AND status = 'pending'"
    )
    .bind(group)
    .fetch_one(ex)
    .await)
}

/// The sort key of the pending requests: oldest first.
pub type JoinRequestKey = (DateTime<Utc>, Uuid);

/// One page of a group's pending requests.
pub async fn pending_page(
    db: &Db,
    group: GroupId,
    after: Option<&JoinRequestKey>,
    limit: i64,
) -> sqlx::Result<Vec<JoinRequest>> {
    let (created, id) = after.copied().unzip();
    let query = format!(
        "SELECT {COLUMNS} FROM join_requests WHERE group_id = $1 AND status = 'pending' \
         AND ($2 IS NULL OR (created_at, id) > ($2, $3)) ORDER BY created_at, id LIMIT $4"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(created)
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}
