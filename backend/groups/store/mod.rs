//! SQL for groups and memberships. Nothing else; no rules.

pub mod invitations;
pub mod join_requests;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{
    Group, GroupId, GroupRole, GroupSettings, MemberFilter, Membership, NoticePosting,
};
use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    orgs::{
        model::PersonRow,
        store::{PERSON_COLUMNS, contains_pattern},
    },
    sql,
};

/// The columns of [`Group`] from `groups g`, with the member count.
const GROUP_COLUMNS: &str = "g.id, g.name, g.description, g.description_html, g.visibility, \
     g.join_policy, g.notice_posting, g.created_at, LOWER(g.name) AS sort_name, \
     (SELECT COUNT(*) FROM memberships c WHERE c.group_id = g.id) AS member_count";

/// A group with the role of the account it was loaded for (none: not a member).
#[derive(sqlx::FromRow)]
pub struct GroupWithRole {
    #[sqlx(flatten)]
    pub group: Group,
    pub my_role: Option<String>,
    /// The name as the database lowercases it, for cursors.
    pub sort_name: String,
}

impl GroupWithRole {
    /// The group and the role, decoded.
    pub fn split(self) -> (Group, Option<GroupRole>) {
        let role = self.my_role.and_then(|code| GroupRole::try_from(code).ok());
        (self.group, role)
    }
}

/// How a transaction locks the group row it reads (PostgreSQL; SQLite transactions
/// that write hold the database's one write lock anyway).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// Exclusive: changes of the group itself and of its memberships.
    Update,
    /// Shared: content written into the group.
    Share,
}

fn group_with_role_query(lock: Option<Lock>) -> String {
    format!(
        "SELECT {GROUP_COLUMNS}, m.role AS my_role FROM groups g \
         LEFT JOIN memberships m ON m.group_id = g.id AND m.account_id = $2 \
         WHERE g.id = $1{}",
        match lock {
            None => "",
            Some(Lock::Update) => " FOR UPDATE OF g",
            Some(Lock::Share) => " FOR SHARE OF g",
        }
    )
}

pub async fn group_with_role(
    db: &Db,
    id: GroupId,
    account: AccountId,
) -> sqlx::Result<Option<GroupWithRole>> {
    let query = group_with_role_query(None);
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// Like [`group_with_role`], inside a transaction that changes the group: on
/// PostgreSQL the group row stays locked until the transaction ends, so concurrent
/// changes (e.g. two moderators demoting each other) happen one after the other.
/// SQLite transactions hold the database's write lock from their start already.
pub async fn group_with_role_locked(
    tx: &mut Tx,
    id: GroupId,
    account: AccountId,
    lock: Lock,
) -> sqlx::Result<Option<GroupWithRole>> {
    let query = group_with_role_query(matches!(tx, Tx::Postgres(_)).then_some(lock));
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// One page of the groups an account sees, by name: its own, the listed ones, and
/// every group for administrators.
pub async fn visible_groups(
    db: &Db,
    account: AccountId,
    is_admin: bool,
    after: Option<&(String, Uuid)>,
    limit: i64,
) -> sqlx::Result<Vec<GroupWithRole>> {
    let query = format!(
        "SELECT {GROUP_COLUMNS}, m.role AS my_role FROM groups g \
         LEFT JOIN memberships m ON m.group_id = g.id AND m.account_id = $1 \
         WHERE ($2 OR m.role IS NOT NULL OR g.visibility = 'listed') \
         AND ($3 IS NULL OR (LOWER(g.name), g.id) > ($3, $4)) \
         ORDER BY LOWER(g.name), g.id LIMIT $5"
    );
    let (name, id) = after.cloned().unzip();
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(account)
        .bind(is_admin)
        .bind(name.clone())
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

/// The groups both accounts are members of, by name, with the role of `viewer`.
pub async fn shared_groups(
    db: &Db,
    viewer: AccountId,
    other: AccountId,
) -> sqlx::Result<Vec<GroupWithRole>> {
    let query = format!(
        "SELECT {GROUP_COLUMNS}, m.role AS my_role FROM groups g \
         JOIN memberships m ON m.group_id = g.id AND m.account_id = $1 \
         JOIN memberships o ON o.group_id = g.id AND o.account_id = $2 \
         ORDER BY LOWER(g.name), g.id"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(other)
        .fetch_all(ex)
        .await)
}

/// The groups the account is a member of (any role).
pub async fn member_groups(db: &Db, account: AccountId) -> sqlx::Result<Vec<GroupWithRole>> {
    let query = format!(
        "SELECT {GROUP_COLUMNS}, m.role AS my_role FROM groups g \
         JOIN memberships m ON m.group_id = g.id AND m.account_id = $1 \
         ORDER BY LOWER(g.name), g.id"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(account)
        .fetch_all(ex)
        .await)
}

pub async fn insert_group(
    tx: &mut Tx,
    settings: &GroupSettings,
    created_by: AccountId,
    now: DateTime<Utc>,
) -> sqlx::Result<GroupId> {
    sql!(tx, |ex| sqlx::query_scalar(
        "INSERT INTO groups (id, name, description, description_html, visibility, join_policy, \
         notice_posting, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id"
    )
    .bind(GroupId(Uuid::now_v7()))
    .bind(settings.name.as_str())
    .bind(&settings.description.source)
    .bind(&settings.description.html)
    .bind(settings.visibility.code())
    .bind(settings.join_policy.code())
    .bind(
        settings
            .notice_posting
            .unwrap_or(NoticePosting::Moderators)
            .code(),
    )
    .bind(created_by)
    .bind(now)
    .fetch_one(ex)
    .await)
}

pub async fn update_group(
    tx: &mut Tx,
    id: GroupId,
    settings: &GroupSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE groups SET name = $2, description = $3, description_html = $4, visibility = $5, \
         join_policy = $6, notice_posting = COALESCE($7, notice_posting), updated_at = $8 \
         WHERE id = $1"
    )
    .bind(id)
    .bind(settings.name.as_str())
    .bind(&settings.description.source)
    .bind(&settings.description.html)
    .bind(settings.visibility.code())
    .bind(settings.join_policy.code())
    .bind(settings.notice_posting.map(NoticePosting::code))
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn membership(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
) -> sqlx::Result<Option<Membership>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT group_id, account_id, role, joined_at FROM memberships \
         WHERE group_id = $1 AND account_id = $2"
    )
    .bind(group)
    .bind(account)
    .fetch_optional(ex)
    .await)
}

/// The memberships of one account, in all groups.
pub async fn memberships_of(tx: &mut Tx, account: AccountId) -> sqlx::Result<Vec<Membership>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT group_id, account_id, role, joined_at FROM memberships WHERE account_id = $1"
    )
    .bind(account)
    .fetch_all(ex)
    .await)
}

pub async fn insert_membership(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
    role: GroupRole,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO memberships (group_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(group)
    .bind(account)
    .bind(role.code())
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_role(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
    role: GroupRole,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE memberships SET role = $3 WHERE group_id = $1 AND account_id = $2"
    )
    .bind(group)
    .bind(account)
    .bind(role.code())
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Deletes a membership; false when there was none.
pub async fn delete_membership(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "DELETE FROM memberships WHERE group_id = $1 AND account_id = $2"
    )
    .bind(group)
    .bind(account)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

pub async fn count_moderators(tx: &mut Tx, group: GroupId) -> sqlx::Result<i64> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE group_id = $1 AND role = 'moderator'"
    )
    .bind(group)
    .fetch_one(ex)
    .await)
}

/// Someone to mail: address, name and language code.
#[derive(sqlx::FromRow)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub language: String,
}

/// The moderators of a group, to notify.
pub async fn moderators(tx: &mut Tx, group: GroupId) -> sqlx::Result<Vec<Recipient>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT a.email, a.name, a.language FROM memberships m \
         JOIN accounts a ON a.id = m.account_id \
         WHERE m.group_id = $1 AND m.role = 'moderator' ORDER BY a.id"
    )
    .bind(group)
    .fetch_all(ex)
    .await)
}

/// A member as listed: the membership and the person.
#[derive(sqlx::FromRow)]
pub struct MemberRow {
    #[sqlx(flatten)]
    pub membership: Membership,
    #[sqlx(flatten)]
    pub person: PersonRow,
    pub role_rank: i32,
    pub sort_name: String,
}

/// The columns of a [`Membership`], from the memberships table aliased `m`.
const MEMBERSHIP_COLUMNS: &str = "m.group_id, m.account_id, m.role, m.joined_at";

/// The sort key of the member list: moderators first, then members, then guests;
/// by last name (the accounts' sort key) within each.
pub type MemberKey = (i32, String, Uuid);

/// One page of a group's members, narrowed by `filter`.
pub async fn members(
    db: &Db,
    group: GroupId,
    filter: &MemberFilter,
    after: Option<&MemberKey>,
    limit: i64,
) -> sqlx::Result<Vec<MemberRow>> {
    let (rank, name, id) = match after {
        Some((rank, name, id)) => (Some(*rank), Some(name.clone()), Some(*id)),
        None => (None, None, None),
    };
    let pattern = filter.search.as_deref().map(contains_pattern);
    let query = format!(
        "SELECT * FROM (SELECT {MEMBERSHIP_COLUMNS}, {PERSON_COLUMNS}, \
                CASE m.role WHEN 'moderator' THEN 0 WHEN 'member' THEN 1 ELSE 2 END AS role_rank, \
                a.sort_name \
         FROM memberships m JOIN accounts a ON a.id = m.account_id \
         LEFT JOIN organizations o ON o.id = a.organization_id \
         WHERE m.group_id = $1 \
         AND ($6 IS NULL OR a.sort_name LIKE $6 ESCAPE '\\' \
              OR LOWER(a.job_title) LIKE $6 ESCAPE '\\' OR LOWER(o.name) LIKE $6 ESCAPE '\\') \
         AND ($7 IS NULL OR m.role = $7) \
         AND ($8 IS NULL OR a.organization_id = $8)) t \
         WHERE ($2 IS NULL OR (t.role_rank, t.sort_name, t.id) > ($2, $3, $4)) \
         ORDER BY t.role_rank, t.sort_name, t.id LIMIT $5"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(rank)
        .bind(name.clone())
        .bind(id)
        .bind(limit)
        .bind(pattern.clone())
        .bind(filter.role.map(GroupRole::code))
        .bind(filter.organization)
        .fetch_all(ex)
        .await)
}

/// One membership with its person, to show after a change.
pub async fn member(
    tx: &mut Tx,
    group: GroupId,
    account: AccountId,
) -> sqlx::Result<Option<MemberRow>> {
    let query = format!(
        "SELECT {MEMBERSHIP_COLUMNS}, {PERSON_COLUMNS}, 0 AS role_rank, a.sort_name \
         FROM memberships m JOIN accounts a ON a.id = m.account_id \
         WHERE m.group_id = $1 AND m.account_id = $2"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(group)
        .bind(account)
        .fetch_optional(ex)
        .await)
}

/// An account found by its address, with what a mail to it needs.
#[derive(sqlx::FromRow)]
pub struct AccountRef {
    pub id: AccountId,
    pub name: String,
    pub language: String,
}

pub async fn account_by_email(tx: &mut Tx, email: &str) -> sqlx::Result<Option<AccountRef>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT id, name, language FROM accounts WHERE email = $1"
    )
    .bind(email)
    .fetch_optional(ex)
    .await)
}

pub async fn account_language(db: &Db, id: AccountId) -> sqlx::Result<Option<String>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT language FROM accounts WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// An account to mail, by id.
pub async fn recipient(tx: &mut Tx, id: AccountId) -> sqlx::Result<Option<Recipient>> {
    sql!(tx, |ex| sqlx::query_as(
        "SELECT email, name, language FROM accounts WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}
