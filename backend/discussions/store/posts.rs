//! SQL for posts and their revisions.

use chrono::{DateTime, Utc};

use crate::db::placeholders;
use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    discussions::model::{PostId, PostRow, ThreadId},
    sql,
};

const COLUMNS: &str = "id, thread_id, parent_id, seq, depth, path, author_id, body, body_html, \
     version, created_at, edited_at, edited_by, deleted_at";

/// A post to store.
pub struct NewPost<'a> {
    pub id: PostId,
    pub thread: ThreadId,
    pub parent: Option<PostId>,
    pub seq: i32,
    pub depth: i32,
    pub path: &'a str,
    pub author: AccountId,
    pub body: &'a str,
    pub body_html: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert(tx: &mut Tx, post: &NewPost<'_>) -> sqlx::Result<PostRow> {
    let query = format!(
        "INSERT INTO posts (id, thread_id, parent_id, seq, depth, path, author_id, body, \
         body_html, version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10) \
         RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(post.id)
        .bind(post.thread)
        .bind(post.parent)
        .bind(post.seq)
        .bind(post.depth)
        .bind(post.path)
        .bind(post.author)
        .bind(post.body)
        .bind(post.body_html)
        .bind(post.now)
        .fetch_one(ex)
        .await)
}

pub async fn by_id(db: &Db, id: PostId) -> sqlx::Result<Option<PostRow>> {
    let query = format!("SELECT {COLUMNS} FROM posts WHERE id = $1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// A post of the thread, read inside a changing transaction.
pub async fn in_thread(tx: &mut Tx, thread: ThreadId, id: PostId) -> sqlx::Result<Option<PostRow>> {
    let query = format!("SELECT {COLUMNS} FROM posts WHERE id = $1 AND thread_id = $2");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(thread)
        .fetch_optional(ex)
        .await)
}

/// The post of the thread with this seq, read inside a changing transaction.
pub async fn in_thread_by_seq(
    tx: &mut Tx,
    thread: ThreadId,
    seq: i32,
) -> sqlx::Result<Option<PostRow>> {
    let query = format!("SELECT {COLUMNS} FROM posts WHERE thread_id = $1 AND seq = $2");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(thread)
        .bind(seq)
        .fetch_optional(ex)
        .await)
}

/// The opening post of a thread.
pub async fn opening(db: &Db, thread: ThreadId) -> sqlx::Result<Option<PostRow>> {
    let query = format!("SELECT {COLUMNS} FROM posts WHERE thread_id = $1 AND seq = 1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(thread)
        .fetch_optional(ex)
        .await)
}

/// Where a page of posts starts.
pub enum Start<'a> {
    /// At the beginning.
    First,
    /// After the post with this path (threaded) or seq (chronological).
    After(Key<'a>),
    /// At the post with this path or seq, inclusive.
    At(Key<'a>),
    /// The posts just before the post with this path or seq.
    Before(Key<'a>),
}

/// The sort key of one of the two orders.
#[derive(Clone, Copy)]
pub enum Key<'a> {
    Path(&'a str),
    Seq(i32),
}

/// One page of a thread's posts in threaded (by path) or chronological (by seq) order;
/// for [`Start::Before`] the `limit` posts right before the key, the nearest first.
pub async fn page(
    db: &Db,
    thread: ThreadId,
    threaded: bool,
    start: Start<'_>,
    limit: i64,
) -> sqlx::Result<Vec<PostRow>> {
    let column = if threaded { "path" } else { "seq" };
    let (condition, key, direction) = match start {
        Start::First => ("$2 IS NULL".to_owned(), None, "ASC"),
        Start::After(key) => (format!("{column} > $2"), Some(key), "ASC"),
        Start::At(key) => (format!("{column} >= $2"), Some(key), "ASC"),
        Start::Before(key) => (format!("{column} < $2"), Some(key), "DESC"),
    };
    let query = format!(
        "SELECT {COLUMNS} FROM posts WHERE thread_id = $1 AND {condition} \
         ORDER BY {column} {direction} LIMIT $3"
    );
    match key {
        Some(Key::Path(path)) => sql!(db, |ex| sqlx::query_as(&query)
            .bind(thread)
            .bind(path)
            .bind(limit)
            .fetch_all(ex)
            .await),
        Some(Key::Seq(seq)) => sql!(db, |ex| sqlx::query_as(&query)
            .bind(thread)
            .bind(seq)
            .bind(limit)
            .fetch_all(ex)
            .await),
        None => sql!(db, |ex| sqlx::query_as(&query)
            .bind(thread)
            .bind(None::<i32>)
            .bind(limit)
            .fetch_all(ex)
            .await),
    }
}

/// What the read marker needs to know of a post.
#[derive(sqlx::FromRow)]
pub struct SeqRow {
    pub seq: i32,
    pub author_id: Option<AccountId>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// The posts after seq `marker` up to seq `last`, by seq.
pub async fn after_marker(
    db: &Db,
    thread: ThreadId,
    marker: i32,
    last: i32,
) -> sqlx::Result<Vec<SeqRow>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT seq, author_id, deleted_at FROM posts \
         WHERE thread_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq"
    )
    .bind(thread)
    .bind(marker)
    .bind(last)
    .fetch_all(ex)
    .await)
}

/// A post of the thread by its seq.
pub async fn by_seq(db: &Db, thread: ThreadId, seq: i32) -> sqlx::Result<Option<PostRow>> {
    let query = format!("SELECT {COLUMNS} FROM posts WHERE thread_id = $1 AND seq = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(thread)
        .bind(seq)
        .fetch_optional(ex)
        .await)
}

/// The first post after `seq` that is neither deleted nor written by `viewer`.
pub async fn first_unread(
    db: &Db,
    thread: ThreadId,
    seq: i32,
    viewer: AccountId,
) -> sqlx::Result<Option<PostRow>> {
    let query = format!(
        "SELECT {COLUMNS} FROM posts WHERE thread_id = $1 AND seq > $2 \
         AND deleted_at IS NULL AND (author_id IS NULL OR author_id <> $3) \
         ORDER BY seq LIMIT 1"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(thread)
        .bind(seq)
        .bind(viewer)
        .fetch_optional(ex)
        .await)
}

/// What a reply shows of the post it answers.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ParentRow {
    pub id: PostId,
    pub seq: i32,
    pub author_id: Option<AccountId>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// The posts with these ids, briefly.
pub async fn parents(db: &Db, ids: &[PostId]) -> sqlx::Result<Vec<ParentRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT id, seq, author_id, deleted_at FROM posts WHERE id IN ({})",
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

/// Replaces the body if the post still has `version`; false when it does not (someone
/// else edited it in between).
pub async fn update_body(
    tx: &mut Tx,
    id: PostId,
    version: i32,
    body: &str,
    body_html: &str,
    editor: AccountId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "UPDATE posts SET body = $3, body_html = $4, version = version + 1, edited_by = $5, \
         edited_at = $6 WHERE id = $1 AND version = $2"
    )
    .bind(id)
    .bind(version)
    .bind(body)
    .bind(body_html)
    .bind(editor)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// Marks a post deleted (`Some`) or restores it (`None`); false when it already was in
/// that state.
pub async fn set_deleted(
    tx: &mut Tx,
    id: PostId,
    deleted: Option<(AccountId, DateTime<Utc>)>,
) -> sqlx::Result<bool> {
    let (by, at) = deleted.unzip();
    let done = sql!(tx, |ex| sqlx::query(
        "UPDATE posts SET deleted_by = $2, deleted_at = $3 \
         WHERE id = $1 AND (deleted_at IS NULL) = ($3 IS NOT NULL)"
    )
    .bind(id)
    .bind(by)
    .bind(at)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// A superseded version of a post.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RevisionRow {
    pub version: i32,
    pub body: String,
    pub written_by: Option<AccountId>,
    pub written_at: DateTime<Utc>,
}

/// Keeps the version a post had before an edit.
pub async fn insert_revision(tx: &mut Tx, post: &PostRow) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO post_revisions (post_id, version, body, written_by, written_at) \
         VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(post.id)
    .bind(post.version)
    .bind(&post.body)
    .bind(post.edited_by.or(post.author_id))
    .bind(post.edited_at.unwrap_or(post.created_at))
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The superseded versions of a post, oldest first.
pub async fn revisions(db: &Db, post: PostId) -> sqlx::Result<Vec<RevisionRow>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT version, body, written_by, written_at FROM post_revisions \
         WHERE post_id = $1 ORDER BY version"
    )
    .bind(post)
    .fetch_all(ex)
    .await)
}
