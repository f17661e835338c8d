//! SQL for threads and their tags.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::db::placeholders;
use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    discussions::model::{
        CategoryId, NewsList, PostId, ThreadId, ThreadKind, ThreadRow, ThreadSort, ThreadSubject,
    },
    groups::model::GroupId,
    sql,
};

/// The columns of [`ThreadRow`] from `threads t`, with its category and the state of
/// the account bound as `$1`.
const THREAD_SELECT: &str = "SELECT t.id, t.group_id, t.category_id, t.author_id, t.kind, \
     t.title, t.accepted_post_id, t.answered, t.reply_count, t.last_seq, t.last_activity_us, \
     t.created_at, t.updated_at, t.deleted_at, t.subject, c.name AS category_name, \
     c.description AS category_description, c.position AS category_position, \
     s.last_read_seq, s.watch_level, \
     (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id \
        AND p.seq > COALESCE(s.last_read_seq, 0) AND p.deleted_at IS NULL \
        AND (p.author_id IS NULL OR p.author_id <> $1)) AS unread_count \
     FROM threads t \
     LEFT JOIN discussion_categories c ON c.id = t.category_id \
     LEFT JOIN thread_states s ON s.thread_id = t.id AND s.account_id = $1";

/// One thread as `viewer` sees it (deleted ones too).
pub async fn thread(db: &Db, id: ThreadId, viewer: AccountId) -> sqlx::Result<Option<ThreadRow>> {
    let query = format!("{THREAD_SELECT} WHERE t.id = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// Like [`thread`], inside a transaction; on PostgreSQL the thread row stays locked
/// until the transaction ends (SQLite transactions hold the write lock already).
pub async fn thread_for_update(
    tx: &mut Tx,
    id: ThreadId,
    viewer: AccountId,
) -> sqlx::Result<Option<ThreadRow>> {
    let lock = if matches!(tx, Tx::Postgres(_)) {
        " FOR UPDATE OF t"
    } else {
        ""
    };
    let query = format!("{THREAD_SELECT} WHERE t.id = $2{lock}");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The group of a thread.
pub async fn group_of(tx: &mut Tx, id: ThreadId) -> sqlx::Result<Option<GroupId>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT group_id FROM threads WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// The sort key of thread lists: (answered, last activity in µs, id); each order
/// uses the parts it sorts by.
pub type ThreadKey = (bool, i64, Uuid);

/// What a page of a group's thread list asks for.
pub struct ThreadListQuery<'a> {
    pub group: GroupId,
    pub viewer: AccountId,
    pub deleted: bool,
    pub category: Option<CategoryId>,
    pub unanswered: bool,
    pub mine: bool,
    pub watched: bool,
    pub tag: Option<&'a str>,
    pub sort: ThreadSort,
    pub after: Option<ThreadKey>,
    pub limit: i64,
}

/// One page of a group's threads.
pub async fn page(db: &Db, list: &ThreadListQuery<'_>) -> sqlx::Result<Vec<ThreadRow>> {
    let (after, order) = match list.sort {
        ThreadSort::LatestActivity => (
            "t.last_activity_us < $10 OR (t.last_activity_us = $10 AND t.id < $11)",
            "t.last_activity_us DESC, t.id DESC",
        ),
        ThreadSort::Newest => ("t.id < $11", "t.id DESC"),
        ThreadSort::Unanswered => (
            "t.answered > $9 OR (t.answered = $9 AND (t.last_activity_us < $10 \
             OR (t.last_activity_us = $10 AND t.id < $11)))",
            "t.answered, t.last_activity_us DESC, t.id DESC",
        ),
    };
    let query = format!(
        "{THREAD_SELECT} WHERE t.group_id = $2 AND t.subject IS NULL \
         AND ((t.deleted_at IS NOT NULL) = $3) \
         AND ($4 IS NULL OR t.category_id = $4) \
         AND (NOT $5 OR NOT t.answered) \
         AND (NOT $6 OR t.author_id = $1) \
         AND (NOT $7 OR s.watch_level = 'watching') \
         AND ($8 IS NULL OR EXISTS (SELECT 1 FROM thread_tags g \
                                    WHERE g.thread_id = t.id AND g.tag = $8)) \
         AND ($9 IS NULL OR {after}) \
         ORDER BY {order} LIMIT $12"
    );
    let (answered, activity, id) = match list.after {
        Some((answered, activity, id)) => (Some(answered), Some(activity), Some(id)),
        None => (None, None, None),
    };
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(list.viewer)
        .bind(list.group)
        .bind(list.deleted)
        .bind(list.category)
        .bind(list.unanswered)
        .bind(list.mine)
        .bind(list.watched)
        .bind(list.tag)
        .bind(answered)
        .bind(activity)
        .bind(id)
        .bind(list.limit)
        .fetch_all(ex)
        .await)
}

/// One page of the threads of the groups `viewer` is a member of (by membership, in
/// the query), not deleted, in `list`, by latest activity.
pub async fn news_page(
    db: &Db,
    viewer: AccountId,
    list: NewsList,
    after: Option<ThreadKey>,
    limit: i64,
) -> sqlx::Result<Vec<ThreadRow>> {
    let filter = match list {
        NewsList::Unread => {
            "EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id \
             AND p.seq > COALESCE(s.last_read_seq, 0) AND p.deleted_at IS NULL \
             AND (p.author_id IS NULL OR p.author_id <> $1))"
        }
        NewsList::Latest => "TRUE",
        NewsList::OpenQuestions => {
            "t.kind = 'question' AND t.author_id = $1 AND t.accepted_post_id IS NULL"
        }
    };
    let query = format!(
        "{THREAD_SELECT} WHERE t.group_id IN \
             (SELECT m.group_id FROM memberships m WHERE m.account_id = $1) \
         AND t.deleted_at IS NULL AND t.subject IS NULL AND {filter} \
         AND ($2 IS NULL OR t.last_activity_us < $2 OR (t.last_activity_us = $2 AND t.id < $3)) \
         ORDER BY t.last_activity_us DESC, t.id DESC LIMIT $4"
    );
    let (activity, id) = after.map(|(_, activity, id)| (activity, id)).unzip();
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(activity)
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// A new thread (its opening post is stored separately, with seq 1).
pub struct NewThread<'a> {
    pub id: ThreadId,
    pub group: GroupId,
    pub category: Option<CategoryId>,
    pub author: AccountId,
    pub kind: ThreadKind,
    pub subject: Option<ThreadSubject>,
    pub title: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert(tx: &mut Tx, thread: &NewThread<'_>) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO threads (id, group_id, category_id, author_id, kind, title, answered, \
         reply_count, last_seq, last_activity_us, created_at, updated_at, subject) \
         VALUES ($1, $2, $3, $4, $5, $6, FALSE, 0, 1, $7, $8, $8, $9)"
    )
    .bind(thread.id)
    .bind(thread.group)
    .bind(thread.category)
    .bind(thread.author)
    .bind(thread.kind.code())
    .bind(thread.title)
    .bind(thread.now.timestamp_micros())
    .bind(thread.now)
    .bind(thread.subject.map(ThreadSubject::code))
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Counts a new reply: the next seq, the reply count, the last activity, and (for
/// discussions) answered. `None` when the thread is deleted.
pub async fn add_reply(tx: &mut Tx, id: ThreadId, now: DateTime<Utc>) -> sqlx::Result<Option<i32>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "UPDATE threads SET last_seq = last_seq + 1, reply_count = reply_count + 1, \
         answered = (answered OR kind = 'discussion'), last_activity_us = $2 \
         WHERE id = $1 AND deleted_at IS NULL RETURNING last_seq"
    )
    .bind(id)
    .bind(now.timestamp_micros())
    .fetch_optional(ex)
    .await)
}

/// Recounts the replies that are not deleted and whether the thread is answered.
pub async fn recount(tx: &mut Tx, id: ThreadId) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE threads SET \
         reply_count = (SELECT COUNT(*) FROM posts p WHERE p.thread_id = threads.id \
                        AND p.parent_id IS NOT NULL AND p.deleted_at IS NULL), \
         answered = CASE WHEN kind = 'question' THEN accepted_post_id IS NOT NULL \
                    ELSE EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = threads.id \
                                 AND p.parent_id IS NOT NULL AND p.deleted_at IS NULL) END \
         WHERE id = $1"
    )
    .bind(id)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Sets the title and category.
pub async fn update(
    tx: &mut Tx,
    id: ThreadId,
    title: &str,
    category: Option<CategoryId>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE threads SET title = $2, category_id = $3, updated_at = $4 WHERE id = $1"
    )
    .bind(id)
    .bind(title)
    .bind(category)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Marks the thread deleted (`Some`) or restores it (`None`).
pub async fn set_deleted(
    tx: &mut Tx,
    id: ThreadId,
    deleted: Option<(AccountId, DateTime<Utc>)>,
) -> sqlx::Result<()> {
    let (by, at) = deleted.unzip();
    sql!(tx, |ex| sqlx::query(
        "UPDATE threads SET deleted_by = $2, deleted_at = $3 WHERE id = $1"
    )
    .bind(id)
    .bind(by)
    .bind(at)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Sets or clears the accepted answer.
pub async fn set_accepted(tx: &mut Tx, id: ThreadId, post: Option<PostId>) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE threads SET accepted_post_id = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(post)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Replaces the tags of a thread.
pub async fn set_tags(tx: &mut Tx, id: ThreadId, tags: &[String]) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "DELETE FROM thread_tags WHERE thread_id = $1"
    )
    .bind(id)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    for (position, tag) in tags.iter().enumerate() {
        sql!(tx, |ex| sqlx::query(
            "INSERT INTO thread_tags (thread_id, tag, position) VALUES ($1, $2, $3)"
        )
        .bind(id)
        .bind(tag)
        .bind(position as i32)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// A tag of a thread.
#[derive(sqlx::FromRow)]
pub struct TagRow {
    pub thread_id: ThreadId,
    pub tag: String,
}

/// The tags of these threads, in each thread's order.
pub async fn tags_of(db: &Db, ids: &[ThreadId]) -> sqlx::Result<Vec<TagRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT thread_id, tag FROM thread_tags WHERE thread_id IN ({}) \
         ORDER BY thread_id, position",
        placeholders(1, ids.len())
    );
    sql!(db, |ex| {
        let mut q = sqlx::query_as(&query);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(ex).await
    })
}
