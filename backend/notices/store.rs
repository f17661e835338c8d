//! SQL for notices and acknowledgement requests, and nothing else.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{
    AcknowledgementMode, AcknowledgementRequest, AcknowledgementRequestId, AcknowledgementRow,
    CountedMember, FrozenUnit, NoticeId, NoticeList, NoticeRow, PinMove,
};
use crate::{
    db::{Db, Tx},
    discussions::model::ThreadId,
    ids::{AccountId, GroupId, OrganizationId},
    sql,
};

/// The columns of [`NoticeRow`] for the account bound as `$1`: the notice with its
/// thread, opening post, the viewer's read state and the acknowledgement request.
const NOTICE_SELECT: &str = "SELECT n.id, n.group_id, n.thread_id, n.important, n.expires_at, \
     n.pin_position, n.version, n.created_at, n.updated_at, t.title, t.author_id, \
     t.reply_count, t.deleted_at, p.id AS opening_post_id, p.body_html, p.edited_at, \
     s.last_read_seq, \
     (SELECT COUNT(*) FROM posts q WHERE q.thread_id = t.id \
        AND q.seq > COALESCE(s.last_read_seq, 0) AND q.deleted_at IS NULL \
        AND (q.author_id IS NULL OR q.author_id <> $1)) AS unread_count, \
     r.id AS request_id, r.mode AS request_mode, r.deadline AS request_deadline, \
     r.requested_by, r.requested_at, r.closed_at AS request_closed_at, \
     r.last_reminded_at AS request_last_reminded_at, \
     (SELECT k.acknowledged_at FROM acknowledgements k \
        WHERE k.request_id = r.id AND k.account_id = $1) AS my_acknowledged_at, \
     (SELECT MIN(k.acknowledged_at) FROM acknowledgements k JOIN accounts me ON me.id = $1 \
        WHERE k.request_id = r.id AND k.organization_id = me.organization_id) \
        AS office_acknowledged_at \
     FROM notices n \
     JOIN threads t ON t.id = n.thread_id \
     JOIN posts p ON p.thread_id = t.id AND p.seq = 1 \
     LEFT JOIN thread_states s ON s.thread_id = t.id AND s.account_id = $1 \
     LEFT JOIN acknowledgement_requests r ON r.notice_id = n.id";

/// One notice as `viewer` sees it (deleted ones too).
pub async fn notice(db: &Db, viewer: AccountId, id: NoticeId) -> sqlx::Result<Option<NoticeRow>> {
    let query = format!("{NOTICE_SELECT} WHERE n.id = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The notice whose comments a thread holds.
pub async fn notice_of_thread(
    db: &Db,
    viewer: AccountId,
    thread: ThreadId,
) -> sqlx::Result<Option<NoticeRow>> {
    let query = format!("{NOTICE_SELECT} WHERE n.thread_id = $2");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(thread)
        .fetch_optional(ex)
        .await)
}

/// Like [`notice`], inside a changing transaction; on PostgreSQL the notice row stays
/// locked until it ends.
pub async fn notice_for_update(
    tx: &mut Tx,
    viewer: AccountId,
    id: NoticeId,
) -> sqlx::Result<Option<NoticeRow>> {
    let lock = if matches!(tx, Tx::Postgres(_)) {
        " FOR UPDATE OF n"
    } else {
        ""
    };
    let query = format!("{NOTICE_SELECT} WHERE n.id = $2{lock}");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The group of a notice.
pub async fn group_of(db: &Db, id: NoticeId) -> sqlx::Result<Option<GroupId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT group_id FROM notices WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// A notice's title (its thread's).
pub async fn title(db: &Db, id: NoticeId) -> sqlx::Result<String> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT t.title FROM notices n JOIN threads t ON t.id = n.thread_id WHERE n.id = $1"
    )
    .bind(id)
    .fetch_one(ex)
    .await)
}

/// True when the notice is deleted (its thread is).
pub async fn is_deleted(tx: &mut Tx, id: NoticeId) -> sqlx::Result<bool> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT t.deleted_at IS NOT NULL FROM notices n JOIN threads t ON t.id = n.thread_id \
         WHERE n.id = $1"
    )
    .bind(id)
    .fetch_one(ex)
    .await)
}

/// The sort key of a group's notices: the pinned rank (the pin position, or
/// `i32::MAX` for notices that are not pinned and in the archive lists), then the id
/// (newest first).
pub type NoticeKey = (i64, Uuid);

/// The rank expression of [`NoticeKey`]; `$3` is the list.
const RANK: &str = "CASE WHEN $3 = 'current' THEN COALESCE(n.pin_position, 2147483647) \
                    ELSE 2147483647 END";

/// One page of a group's notices in `list` at `now`.
pub async fn group_page(
    db: &Db,
    viewer: AccountId,
    group: GroupId,
    list: NoticeList,
    now: DateTime<Utc>,
    after: Option<NoticeKey>,
    limit: i64,
) -> sqlx::Result<Vec<NoticeRow>> {
    let query = format!(
        "{NOTICE_SELECT} WHERE n.group_id = $2 AND CASE $3 \
           WHEN 'current' THEN t.deleted_at IS NULL \
                AND (n.expires_at IS NULL OR n.expires_at > $4) \
           WHEN 'expired' THEN t.deleted_at IS NULL AND n.expires_at <= $4 \
           ELSE t.deleted_at IS NOT NULL END \
         AND ($5 IS NULL OR {RANK} > $5 OR ({RANK} = $5 AND n.id < $6)) \
         ORDER BY {RANK}, n.id DESC LIMIT $7"
    );
    let list = match list {
        NoticeList::Current => "current",
        NoticeList::Expired => "expired",
        NoticeList::Deleted => "deleted",
    };
    let (rank, id) = after.unzip();
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(group)
        .bind(list)
        .bind(now)
        .bind(rank)
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// One page of the current notices of every group `viewer` is a member of, newest
/// first.
pub async fn pinboard_page(
    db: &Db,
    viewer: AccountId,
    now: DateTime<Utc>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NoticeRow>> {
    let query = format!(
        "{NOTICE_SELECT} WHERE n.group_id IN \
             (SELECT m.group_id FROM memberships m WHERE m.account_id = $1) \
         AND t.deleted_at IS NULL AND (n.expires_at IS NULL OR n.expires_at > $2) \
         AND ($3 IS NULL OR n.id < $3) \
         ORDER BY n.id DESC LIMIT $4"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(now)
        .bind(after)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// A new notice's row (its thread exists already).
pub struct NewNotice {
    pub id: NoticeId,
    pub group: GroupId,
    pub thread: ThreadId,
    pub important: bool,
    pub expires_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
}

pub async fn insert(tx: &mut Tx, notice: &NewNotice) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO notices (id, group_id, thread_id, important, expires_at, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"
    )
    .bind(notice.id)
    .bind(notice.group)
    .bind(notice.thread)
    .bind(notice.important)
    .bind(notice.expires_at)
    .bind(notice.now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Sets importance and expiry if the notice still has `version`, and counts the
/// version up; false when the version moved on.
pub async fn update(
    tx: &mut Tx,
    id: NoticeId,
    version: i32,
    important: bool,
    expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let changed = sql!(tx, |ex| sqlx::query(
        "UPDATE notices SET important = $3, expires_at = $4, updated_at = $5, \
         version = version + 1 WHERE id = $1 AND version = $2"
    )
    .bind(id)
    .bind(version)
    .bind(important)
    .bind(expires_at)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// The last pin position in the group (`None`: nothing is pinned).
pub async fn last_pin(tx: &mut Tx, group: GroupId) -> sqlx::Result<Option<i32>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT MAX(pin_position) FROM notices WHERE group_id = $1"
    )
    .bind(group)
    .fetch_one(ex)
    .await)
}

/// Pins a notice at `position`, or unpins it (`None`).
pub async fn set_pin(tx: &mut Tx, id: NoticeId, position: Option<i32>) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE notices SET pin_position = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(position)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The pinned notice next to `position` in the direction of `to`, among the group's
/// current ones (not deleted, not expired at `now`).
pub async fn pinned_neighbour(
    tx: &mut Tx,
    group: GroupId,
    position: i32,
    to: PinMove,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<(NoticeId, i32)>> {
    let (compare, order) = match to {
        PinMove::Up => ("<", "DESC"),
        PinMove::Down => (">", "ASC"),
    };
    let query = format!(
        "SELECT n.id, n.pin_position FROM notices n JOIN threads t ON t.id = n.thread_id \
         WHERE n.group_id = $1 AND n.pin_position {compare} $2 AND t.deleted_at IS NULL \
         AND (n.expires_at IS NULL OR n.expires_at > $3) \
         ORDER BY n.pin_position {order} LIMIT 1"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(position)
        .bind(now)
        .fetch_optional(ex)
        .await)
}

/// The columns of [`AcknowledgementRequest`] from `acknowledgement_requests r` with
/// its notice `n`.
const REQUEST_SELECT: &str = "SELECT r.id, r.notice_id, n.group_id, n.thread_id, r.mode, \
     r.deadline, r.requested_by, r.requested_at, r.closed_at, r.last_reminded_at \
     FROM acknowledgement_requests r JOIN notices n ON n.id = r.notice_id";

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: AcknowledgementRequestId,
    notice_id: NoticeId,
    group_id: GroupId,
    thread_id: ThreadId,
    #[sqlx(try_from = "String")]
    mode: AcknowledgementMode,
    deadline: DateTime<Utc>,
    requested_by: Option<AccountId>,
    requested_at: DateTime<Utc>,
    closed_at: Option<DateTime<Utc>>,
    last_reminded_at: Option<DateTime<Utc>>,
}

impl From<RequestRow> for AcknowledgementRequest {
    fn from(r: RequestRow) -> Self {
        AcknowledgementRequest {
            id: r.id,
            notice_id: r.notice_id,
            group_id: r.group_id,
            thread_id: r.thread_id,
            mode: r.mode,
            deadline: r.deadline,
            requested_by: r.requested_by,
            requested_at: r.requested_at,
            closed_at: r.closed_at,
            last_reminded_at: r.last_reminded_at,
        }
    }
}

/// A request by id, read inside a transaction (on PostgreSQL locked until it ends, so
/// closing, reminding and acknowledging one request take turns).
pub async fn request_for_update(
    tx: &mut Tx,
    id: AcknowledgementRequestId,
) -> sqlx::Result<Option<AcknowledgementRequest>> {
    let lock = if matches!(tx, Tx::Postgres(_)) {
        " FOR UPDATE OF r"
    } else {
        ""
    };
    let query = format!("{REQUEST_SELECT} WHERE r.id = $1{lock}");
    let row: Option<RequestRow> = sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)?;
    Ok(row.map(Into::into))
}

/// A request by id.
pub async fn request(
    db: &Db,
    id: AcknowledgementRequestId,
) -> sqlx::Result<Option<AcknowledgementRequest>> {
    let query = format!("{REQUEST_SELECT} WHERE r.id = $1");
    let row: Option<RequestRow> = sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)?;
    Ok(row.map(Into::into))
}

/// Stores a new request; false when the notice has one already.
pub async fn insert_request(tx: &mut Tx, request: &AcknowledgementRequest) -> sqlx::Result<bool> {
    let inserted = sql!(tx, |ex| sqlx::query(
        "INSERT INTO acknowledgement_requests (id, notice_id, mode, deadline, requested_by, \
         requested_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (notice_id) DO NOTHING"
    )
    .bind(request.id)
    .bind(request.notice_id)
    .bind(request.mode.code())
    .bind(request.deadline)
    .bind(request.requested_by)
    .bind(request.requested_at)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(inserted == 1)
}

/// Closes an open request at `now`; false when it was closed already.
pub async fn close_request(
    tx: &mut Tx,
    id: AcknowledgementRequestId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let closed = sql!(tx, |ex| sqlx::query(
        "UPDATE acknowledgement_requests SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL"
    )
    .bind(id)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(closed == 1)
}

/// Records that a moderator sent a reminder at `now`.
pub async fn set_reminded(
    tx: &mut Tx,
    id: AcknowledgementRequestId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE acknowledgement_requests SET last_reminded_at = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The members a request counts now: the group's members with the role member (not
/// moderators, not guests), with their office.
pub async fn counted_members(tx: &mut Tx, group: GroupId) -> sqlx::Result<Vec<CountedMember>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT a.id AS account_id, a.name, a.organization_id, o.name AS organization_name \
         FROM memberships m JOIN accounts a ON a.id = m.account_id \
         LEFT JOIN organizations o ON o.id = a.organization_id \
         WHERE m.group_id = $1 AND m.role = 'member' ORDER BY a.sort_name, a.id"
    )
    .bind(group)
    .fetch_all(ex)
    .await)
}

/// The acknowledgements of a request, earliest first, with whether each person is
/// still a member of `group`.
pub async fn acknowledgements(
    tx: &mut Tx,
    request: AcknowledgementRequestId,
    group: GroupId,
) -> sqlx::Result<Vec<AcknowledgementRow>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT k.account_id, a.name, k.organization_id, k.acknowledged_at, \
         EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = $2 \
                 AND m.account_id = k.account_id) AS still_member \
         FROM acknowledgements k JOIN accounts a ON a.id = k.account_id \
         WHERE k.request_id = $1 ORDER BY k.acknowledged_at, k.account_id"
    )
    .bind(request)
    .bind(group)
    .fetch_all(ex)
    .await)
}

/// The office of an account now.
pub async fn organization_of(
    tx: &mut Tx,
    account: AccountId,
) -> sqlx::Result<Option<OrganizationId>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT organization_id FROM accounts WHERE id = $1"
    )
    .bind(account)
    .fetch_one(ex)
    .await)
}

/// Records an acknowledgement; false when the person acknowledged already.
pub async fn insert_acknowledgement(
    tx: &mut Tx,
    request: AcknowledgementRequestId,
    account: AccountId,
    organization: Option<OrganizationId>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let inserted = sql!(tx, |ex| sqlx::query(
        "INSERT INTO acknowledgements (request_id, account_id, organization_id, \
         acknowledged_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (request_id, account_id) DO NOTHING"
    )
    .bind(request)
    .bind(account)
    .bind(organization)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(inserted == 1)
}

/// A unit a closed request counted, with the current name of its office.
#[derive(sqlx::FromRow)]
pub struct FrozenRow {
    #[sqlx(flatten)]
    pub unit: FrozenUnit,
    pub organization_name: Option<String>,
}

/// The units a closed request counted, in their order.
pub async fn frozen_units(
    tx: &mut Tx,
    request: AcknowledgementRequestId,
) -> sqlx::Result<Vec<FrozenRow>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT c.organization_id, c.account_id, c.name, o.name AS organization_name \
         FROM acknowledgement_coverage c \
         LEFT JOIN organizations o ON o.id = c.organization_id \
         WHERE c.request_id = $1 ORDER BY c.position"
    )
    .bind(request)
    .fetch_all(ex)
    .await)
}

/// Keeps the units a request counted when it closed.
pub async fn insert_frozen_units(
    tx: &mut Tx,
    request: AcknowledgementRequestId,
    units: &[FrozenUnit],
) -> sqlx::Result<()> {
    for (position, unit) in units.iter().enumerate() {
        sql!(tx, |ex| sqlx::query(
            "INSERT INTO acknowledgement_coverage (request_id, position, organization_id, \
             account_id, name) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(request)
        .bind(position as i32)
        .bind(unit.organization_id)
        .bind(unit.account_id)
        .bind(&unit.name)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}
