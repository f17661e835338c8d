//! SQL for drafts.

use chrono::{DateTime, Utc};

use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    discussions::model::{DraftTarget, PostId, ThreadId},
    groups::model::GroupId,
    sql,
};

/// A stored draft.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DraftRow {
    pub group_id: GroupId,
    pub thread_id: Option<ThreadId>,
    pub parent_post_id: Option<PostId>,
    pub title: String,
    pub body: String,
    pub updated_at: DateTime<Utc>,
}

const COLUMNS: &str = "group_id, thread_id, parent_post_id, title, body, updated_at";

/// Stores or replaces the account's draft for the target.
pub async fn upsert(
    tx: &mut Tx,
    account: AccountId,
    target: &DraftTarget,
    title: &str,
    body: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<DraftRow> {
    let query = format!(
        "INSERT INTO discussion_drafts (account_id, target, group_id, thread_id, \
         parent_post_id, title, body, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (account_id, target) DO UPDATE SET title = $6, body = $7, updated_at = $8 \
         RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(account)
        .bind(target.key())
        .bind(target.group)
        .bind(target.thread)
        .bind(target.parent)
        .bind(title)
        .bind(body)
        .bind(now)
        .fetch_one(ex)
        .await)
}

pub async fn get(
    db: &Db,
    account: AccountId,
    target: &DraftTarget,
) -> sqlx::Result<Option<DraftRow>> {
    let query =
        format!("SELECT {COLUMNS} FROM discussion_drafts WHERE account_id = $1 AND target = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(account)
        .bind(target.key())
        .fetch_optional(ex)
        .await)
}

/// Deletes the account's draft for the target; false when there was none.
pub async fn delete(tx: &mut Tx, account: AccountId, target: &DraftTarget) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "DELETE FROM discussion_drafts WHERE account_id = $1 AND target = $2"
    )
    .bind(account)
    .bind(target.key())
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}
