//! SQL for notifications. Nothing else; no rules.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{NewNotification, Notification, NotificationId, NotificationKind};
use crate::{
    auth::model::AccountId,
    db::{Db, Tx, placeholders},
    ids::{GroupId, ThreadId},
    sql,
};

/// Rows per INSERT: 10 parameters each, well below both databases' limits.
const INSERT_CHUNK: usize = 500;

/// Stores notifications, skipping those whose event the recipient was notified of
/// already; returns the recipients of the new ones.
pub async fn insert_many(
    tx: &mut Tx,
    notifications: &[NewNotification],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<AccountId>> {
    let mut inserted = Vec::new();
    for chunk in notifications.chunks(INSERT_CHUNK) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| {
                let p: Vec<String> = (1..=10).map(|k| format!("${}", i * 10 + k)).collect();
                format!("({})", p.join(", "))
            })
            .collect();
        let query = format!(
            "INSERT INTO notifications (id, recipient_id, kind, event_key, group_id, thread_id, \
             post_id, join_request_id, actor_id, created_at) VALUES {} \
             ON CONFLICT (event_key, recipient_id) DO NOTHING RETURNING recipient_id",
            rows.join(", ")
        );
        let recipients: Vec<AccountId> = sql!(tx, |ex| {
            let mut q = sqlx::query_scalar(&query);
            for n in chunk {
                q = q
                    .bind(NotificationId(Uuid::now_v7()))
                    .bind(n.recipient)
                    .bind(n.kind.code())
                    .bind(&n.event_key)
                    .bind(n.group)
                    .bind(n.thread)
                    .bind(n.post)
                    .bind(n.join_request)
                    .bind(n.actor)
                    .bind(now);
            }
            q.fetch_all(ex).await
        })?;
        inserted.extend(recipients);
    }
    Ok(inserted)
}

/// The moderators (by membership) of a group.
pub async fn moderators(tx: &mut Tx, group: GroupId) -> sqlx::Result<Vec<AccountId>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT account_id FROM memberships WHERE group_id = $1 AND role = 'moderator' \
         ORDER BY account_id"
    )
    .bind(group)
    .fetch_all(ex)
    .await)
}

/// The notifications of `recipient` (bound as `$1`) it may see: of groups it is a member
/// of (join requests: moderates), not about deleted threads or posts.
const VISIBLE: &str = "FROM notifications n \
     JOIN groups g ON g.id = n.group_id \
     JOIN memberships m ON m.group_id = n.group_id AND m.account_id = n.recipient_id \
     LEFT JOIN threads t ON t.id = n.thread_id \
     LEFT JOIN posts p ON p.id = n.post_id \
     WHERE n.recipient_id = $1 \
     AND (n.kind <> 'join_request' OR m.role = 'moderator') \
     AND t.deleted_at IS NULL AND p.deleted_at IS NULL";

/// The columns of a [`Notification`] from [`VISIBLE`].
const NOTIFICATION_COLUMNS: &str = "n.id, n.kind, n.group_id, g.name AS group_name, n.thread_id, \
     t.title AS thread_title, n.post_id, p.seq AS post_seq, n.join_request_id, n.actor_id, \
     n.created_at, n.read_at";

/// The newest notification of a run that collapses into one line, and how many the run
/// holds.
#[derive(sqlx::FromRow)]
pub struct CollapsedRow {
    #[sqlx(flatten)]
    pub latest: Notification,
    pub count: i64,
}

/// One page of an account's notifications collapsed by thread, newest first: the
/// unread ones of a thread are one entry, the read ones another; join requests stand
/// alone. Keyed by each entry's newest notification.
pub async fn collapsed_page(
    db: &Db,
    recipient: AccountId,
    unread_only: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CollapsedRow>> {
    let query = format!(
        "SELECT * FROM (SELECT {NOTIFICATION_COLUMNS}, \
             ROW_NUMBER() OVER (PARTITION BY COALESCE(n.thread_id, n.id), n.read_at IS NULL \
                 ORDER BY n.id DESC) AS newest_first, \
             COUNT(*) OVER (PARTITION BY COALESCE(n.thread_id, n.id), n.read_at IS NULL) AS count \
         {VISIBLE} AND (NOT $2 OR n.read_at IS NULL)) c \
         WHERE c.newest_first = 1 AND ($3 IS NULL OR c.id < $3) ORDER BY c.id DESC LIMIT $4"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(recipient)
        .bind(unread_only)
        .bind(after)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// One page of an account's notifications, newest first; only unread ones, only those
/// of one kind if asked.
pub async fn page(
    db: &Db,
    recipient: AccountId,
    unread_only: bool,
    kind: Option<NotificationKind>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<Notification>> {
    let query = format!(
        "SELECT {NOTIFICATION_COLUMNS} {VISIBLE} \
         AND (NOT $2 OR n.read_at IS NULL) AND ($3 IS NULL OR n.id < $3) \
         AND ($5 IS NULL OR n.kind = $5) \
         ORDER BY n.id DESC LIMIT $4"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(recipient)
        .bind(unread_only)
        .bind(after)
        .bind(limit)
        .bind(kind.map(NotificationKind::code))
        .fetch_all(ex)
        .await)
}

/// How many unread notifications the account may see.
pub async fn unread_count(db: &Db, recipient: AccountId) -> sqlx::Result<i64> {
    let query = format!("SELECT COUNT(*) {VISIBLE} AND n.read_at IS NULL");
    sql!(db, |ex| sqlx::query_scalar(&query)
        .bind(recipient)
        .fetch_one(ex)
        .await)
}

/// Those of `ids` that are notifications the account may see.
pub async fn visible_among(
    db: &Db,
    recipient: AccountId,
    ids: &[NotificationId],
) -> sqlx::Result<Vec<NotificationId>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT n.id {VISIBLE} AND n.id IN ({})",
        placeholders(2, ids.len())
    );
    sql!(db, |ex| {
        let mut q = sqlx::query_scalar(&query).bind(recipient);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(ex).await
    })
}

/// Marks the account's notifications read: those in `ids`, or all of them (`None`).
pub async fn mark_read(
    db: &Db,
    recipient: AccountId,
    ids: Option<&[NotificationId]>,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let filter = match ids {
        Some(ids) => format!(" AND id IN ({})", placeholders(3, ids.len())),
        None => String::new(),
    };
    let query = format!(
        "UPDATE notifications SET read_at = $2 \
         WHERE recipient_id = $1 AND read_at IS NULL{filter}"
    );
    sql!(db, |ex| {
        let mut q = sqlx::query(&query).bind(recipient).bind(now);
        for id in ids.unwrap_or_default() {
            q = q.bind(*id);
        }
        q.execute(ex).await.map(|r| r.rows_affected())
    })
}

/// Marks the account's notifications about posts of `thread` with `seq <= up_to_seq`
/// read.
pub async fn mark_read_in_thread(
    db: &Db,
    recipient: AccountId,
    thread: ThreadId,
    up_to_seq: i32,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    sql!(db, |ex| sqlx::query(
        "UPDATE notifications SET read_at = $2 \
         WHERE recipient_id = $1 AND read_at IS NULL AND thread_id = $3 \
         AND post_id IN (SELECT id FROM posts WHERE thread_id = $3 AND seq <= $4)"
    )
    .bind(recipient)
    .bind(now)
    .bind(thread)
    .bind(up_to_seq)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))
}
