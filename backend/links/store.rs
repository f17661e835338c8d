//! SQL for links and their checks, and nothing else.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{LinkFilter, LinkId, LinkOrder, LinkRow, LinkSort, LinkStatus};
use crate::{
    db::{Db, Tx},
    discussions::model::ThreadId,
    ids::{AccountId, GroupId},
    sql,
};

/// The columns of [`LinkRow`] for the account bound as `$1`: the link with its
/// thread, opening post and the viewer's unread count.
const LINK_SELECT: &str = "SELECT l.id, l.group_id, l.thread_id, l.url, l.normalised_url, \
     l.version, l.created_at, l.updated_at, l.check_status, l.check_reason, l.check_detail, \
     l.moved_to, l.checked_at, t.title, LOWER(t.title) AS title_key, t.author_id, t.reply_count, t.deleted_at, \
     p.id AS opening_post_id, p.body, p.body_html, p.edited_at, \
     (SELECT COUNT(*) FROM posts q WHERE q.thread_id = t.id \
        AND q.seq > COALESCE(s.last_read_seq, 0) AND q.deleted_at IS NULL \
        AND (q.author_id IS NULL OR q.author_id <> $1)) AS unread_count \
     FROM links l \
     JOIN threads t ON t.id = l.thread_id \
     JOIN posts p ON p.thread_id = t.id AND p.seq = 1 \
     LEFT JOIN thread_states s ON s.thread_id = t.id AND s.account_id = $1";

/// One link as `viewer` sees it (deleted ones too).
pub async fn link(db: &Db, viewer: AccountId, id: LinkId) -> sqlx::Result<Option<LinkRow>> {
    let query = format!("{LINK_SELECT} WHERE l.id = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The link whose comments a thread holds.
pub async fn link_of_thread(
    db: &Db,
    viewer: AccountId,
    thread: ThreadId,
) -> sqlx::Result<Option<LinkRow>> {
    let query = format!("{LINK_SELECT} WHERE l.thread_id = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(thread)
        .fetch_optional(ex)
        .await)
}

/// Like [`link`], inside a changing transaction; on PostgreSQL the link row stays
/// locked until it ends.
pub async fn link_for_update(
    tx: &mut Tx,
    viewer: AccountId,
    id: LinkId,
) -> sqlx::Result<Option<LinkRow>> {
    let lock = if matches!(tx, Tx::Postgres(_)) {
        " FOR UPDATE OF l"
    } else {
        ""
    };
    let query = format!("{LINK_SELECT} WHERE l.id = $2{lock}");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The link of the group with this normal form of an address, if there is one.
pub async fn by_normalised_url(
    db: &Db,
    group: GroupId,
    normalised: &str,
) -> sqlx::Result<Option<LinkId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT id FROM links WHERE group_id = $1 AND normalised_url = $2"
    )
    .bind(group)
    .bind(normalised)
    .fetch_optional(ex)
    .await)
}

/// Like [`by_normalised_url`], inside a changing transaction.
pub async fn by_normalised_url_in(
    tx: &mut Tx,
    group: GroupId,
    normalised: &str,
) -> sqlx::Result<Option<LinkId>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT id FROM links WHERE group_id = $1 AND normalised_url = $2"
    )
    .bind(group)
    .bind(normalised)
    .fetch_optional(ex)
    .await)
}

/// The group of a link.
pub async fn group_of(db: &Db, id: LinkId) -> sqlx::Result<Option<GroupId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT group_id FROM links WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// The sort key of link lists: (a number, a text, the id); each order uses the parts
/// it sorts by (newest: the id; title: the lower-case title; most discussed: the
/// reply count; problems first: the status rank).
pub type LinkKey = (i64, String, Uuid);

/// The rank of a link's status in the link check list: broken, moved, unchecked, ok.
const STATUS_RANK: &str = "CASE l.check_status WHEN 'broken' THEN 0 WHEN 'moved' THEN 1 \
                           WHEN 'ok' THEN 3 ELSE 2 END";

/// What a page of a group's link list asks for.
pub struct LinkListQuery<'a> {
    pub viewer: AccountId,
    pub group: GroupId,
    pub filter: &'a LinkFilter,
    pub order: LinkOrder,
    pub after: Option<LinkKey>,
    pub limit: i64,
}

/// One page of a group's links.
pub async fn page(db: &Db, list: &LinkListQuery<'_>) -> sqlx::Result<Vec<LinkRow>> {
    let (after, order) = match list.order {
        LinkOrder::Sort(LinkSort::Newest) => ("l.id < $7".to_owned(), "l.id DESC".to_owned()),
        LinkOrder::Sort(LinkSort::Title) => (
            "LOWER(t.title) > $6 OR (LOWER(t.title) = $6 AND l.id > $7)".to_owned(),
            "LOWER(t.title), l.id".to_owned(),
        ),
        LinkOrder::Sort(LinkSort::MostDiscussed) => (
            "t.reply_count < $5 OR (t.reply_count = $5 AND l.id < $7)".to_owned(),
            "t.reply_count DESC, l.id DESC".to_owned(),
        ),
        LinkOrder::ProblemsFirst => (
            format!("{STATUS_RANK} > $5 OR ({STATUS_RANK} = $5 AND l.id < $7)"),
            format!("{STATUS_RANK}, l.id DESC"),
        ),
    };
    let query = format!(
        "{LINK_SELECT} WHERE l.group_id = $2 AND ((t.deleted_at IS NOT NULL) = $3) \
         AND ($4 IS NULL OR COALESCE(l.check_status, 'unchecked') = $4) \
         AND ($8 IS NULL OR EXISTS (SELECT 1 FROM thread_tags g \
                                    WHERE g.thread_id = t.id AND g.tag = $8)) \
         AND ($7 IS NULL OR {after}) \
         ORDER BY {order} LIMIT $9"
    );
    let (number, text, id) = match &list.after {
        Some((number, text, id)) => (Some(*number), Some(text.as_str()), Some(*id)),
        None => (None, None, None),
    };
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(list.viewer)
        .bind(list.group)
        .bind(list.filter.deleted)
        .bind(list.filter.status.map(LinkStatus::code))
        .bind(number)
        .bind(text)
        .bind(id)
        .bind(list.filter.tag.as_deref())
        .bind(list.limit)
        .fetch_all(ex)
        .await)
}

/// A tag of a link's thread.
#[derive(sqlx::FromRow)]
pub struct TagRow {
    pub thread_id: ThreadId,
    pub tag: String,
}

/// The tags of these threads, in each thread's order.
pub async fn tags_of(db: &Db, threads: &[ThreadId]) -> sqlx::Result<Vec<TagRow>> {
    if threads.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=threads.len()).map(|n| format!("${n}")).collect();
    let query = format!(
        "SELECT thread_id, tag FROM thread_tags WHERE thread_id IN ({}) \
         ORDER BY thread_id, position",
        placeholders.join(", ")
    );
    sql!(db, |ex| {
        let mut q = sqlx::query_as(&query);
        for id in threads {
            q = q.bind(*id);
        }
        q.fetch_all(ex).await
    })
}

/// A new link's row (its thread exists already).
pub struct NewLink<'a> {
    pub id: LinkId,
    pub group: GroupId,
    pub thread: ThreadId,
    pub url: &'a str,
    pub normalised_url: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert(tx: &mut Tx, link: &NewLink<'_>) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO links (id, group_id, thread_id, url, normalised_url, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"
    )
    .bind(link.id)
    .bind(link.group)
    .bind(link.thread)
    .bind(link.url)
    .bind(link.normalised_url)
    .bind(link.now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Sets the address if the link still has `version`, and counts the version up; a
/// changed address forgets the last check, which was about the old one. False when
/// the version moved on.
pub async fn update_url(
    tx: &mut Tx,
    id: LinkId,
    version: i32,
    url: &str,
    normalised_url: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let changed = sql!(tx, |ex| sqlx::query(
        "UPDATE links SET \
           check_status = CASE WHEN url = $3 THEN check_status END, \
           check_reason = CASE WHEN url = $3 THEN check_reason END, \
           check_detail = CASE WHEN url = $3 THEN check_detail END, \
           moved_to = CASE WHEN url = $3 THEN moved_to END, \
           checked_at = CASE WHEN url = $3 THEN checked_at END, \
           url = $3, normalised_url = $4, updated_at = $5, version = version + 1 \
         WHERE id = $1 AND version = $2"
    )
    .bind(id)
    .bind(version)
    .bind(url)
    .bind(normalised_url)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// What a check found, as stored.
pub struct CheckResult<'a> {
    pub status: LinkStatus,
    pub reason: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub moved_to: Option<&'a str>,
    pub at: DateTime<Utc>,
}

/// Stores the result of checking `url`, unless the link's address changed while the
/// check ran (that result would describe another page). False when nothing was stored.
pub async fn store_check(
    tx: &mut Tx,
    id: LinkId,
    url: &str,
    result: &CheckResult<'_>,
) -> sqlx::Result<bool> {
    let stored = sql!(tx, |ex| sqlx::query(
        "UPDATE links SET check_status = $3, check_reason = $4, check_detail = $5, \
         moved_to = $6, checked_at = $7 WHERE id = $1 AND url = $2"
    )
    .bind(id)
    .bind(url)
    .bind(result.status.code())
    .bind(result.reason)
    .bind(result.detail)
    .bind(result.moved_to)
    .bind(result.at)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(stored == 1)
}

/// What the check job needs of a link: its address and whether it is deleted.
#[derive(sqlx::FromRow)]
pub struct CheckTarget {
    pub url: String,
    pub group_id: GroupId,
    pub thread_id: ThreadId,
    pub deleted: bool,
}

/// The link as the check job sees it.
pub async fn check_target(db: &Db, id: LinkId) -> sqlx::Result<Option<CheckTarget>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT l.url, l.group_id, l.thread_id, t.deleted_at IS NOT NULL AS deleted \
         FROM links l JOIN threads t ON t.id = l.thread_id WHERE l.id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}
