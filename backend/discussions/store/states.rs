//! SQL for each person's state in a thread: the read marker and the watch level.

use chrono::{DateTime, Utc};

use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    discussions::model::{ThreadId, WatchLevel},
    groups::model::GroupId,
    sql,
};

/// Keeps the higher of the stored and the new read marker.
const KEEP_HIGHER_MARKER: &str = "last_read_seq = CASE \
     WHEN excluded.last_read_seq > thread_states.last_read_seq \
     THEN excluded.last_read_seq ELSE thread_states.last_read_seq END";

/// Moves the read marker forward to `seq` (never back).
pub async fn mark_read(
    db: &Db,
    account: AccountId,
    thread: ThreadId,
    seq: i32,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let query = format!(
        "INSERT INTO thread_states (account_id, thread_id, last_read_seq, watch_level, \
         updated_at) VALUES ($1, $2, $3, 'normal', $4) \
         ON CONFLICT (account_id, thread_id) DO UPDATE SET {KEEP_HIGHER_MARKER}, updated_at = $4"
    );
    sql!(db, |ex| sqlx::query(&query)
        .bind(account)
        .bind(thread)
        .bind(seq)
        .bind(now)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Moves the read markers of every thread of the group (not deleted) to its last post;
/// returns how many markers were written.
pub async fn mark_all_read(
    db: &Db,
    account: AccountId,
    group: GroupId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let query = format!(
        "INSERT INTO thread_states (account_id, thread_id, last_read_seq, watch_level, \
         updated_at) SELECT $1, t.id, t.last_seq, 'normal', $3 FROM threads t \
         WHERE t.group_id = $2 AND t.deleted_at IS NULL \
         ON CONFLICT (account_id, thread_id) DO UPDATE SET {KEEP_HIGHER_MARKER}, updated_at = $3"
    );
    sql!(db, |ex| sqlx::query(&query)
        .bind(account)
        .bind(group)
        .bind(now)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))
}

/// Sets the watch level of an account for a thread.
pub async fn set_watch_level(
    tx: &mut Tx,
    account: AccountId,
    thread: ThreadId,
    level: WatchLevel,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO thread_states (account_id, thread_id, last_read_seq, watch_level, \
         updated_at) VALUES ($1, $2, 0, $3, $4) \
         ON CONFLICT (account_id, thread_id) DO UPDATE SET watch_level = $3, updated_at = $4"
    )
    .bind(account)
    .bind(thread)
    .bind(level.code())
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Watches the thread unless the account muted it; `read_up_to` moves its read
/// marker forward too (for the author of a new post, who has read it).
pub async fn watch_unless_muted(
    tx: &mut Tx,
    account: AccountId,
    thread: ThreadId,
    read_up_to: i32,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let query = format!(
        "INSERT INTO thread_states (account_id, thread_id, last_read_seq, watch_level, \
         updated_at) VALUES ($1, $2, $3, 'watching', $4) \
         ON CONFLICT (account_id, thread_id) DO UPDATE SET {KEEP_HIGHER_MARKER}, \
         watch_level = CASE WHEN thread_states.watch_level = 'muted' THEN 'muted' \
                       ELSE 'watching' END, \
         updated_at = $4"
    );
    sql!(tx, |ex| sqlx::query(&query)
        .bind(account)
        .bind(thread)
        .bind(read_up_to)
        .bind(now)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A member's watch level in a thread, where it is not normal.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct WatchRow {
    pub account_id: AccountId,
    #[sqlx(try_from = "String")]
    pub watch_level: WatchLevel,
}

/// The current members of the group who watch or muted the thread.
pub async fn watchers_and_muted(
    tx: &mut Tx,
    thread: ThreadId,
    group: GroupId,
) -> sqlx::Result<Vec<WatchRow>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT s.account_id, s.watch_level FROM thread_states s \
         JOIN memberships m ON m.account_id = s.account_id AND m.group_id = $2 \
         WHERE s.thread_id = $1 AND s.watch_level <> 'normal' ORDER BY s.account_id"
    )
    .bind(thread)
    .bind(group)
    .fetch_all(ex)
    .await)
}
