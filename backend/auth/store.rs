//! SQL for accounts, sessions and one-time tokens. Nothing else; no rules.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{Account, AccountId, ProfileDetails, Session, SessionId, TokenPurpose};
use crate::{
    db::{Db, Tx},
    ids::OrganizationId,
    sql,
};

const ACCOUNT_COLUMNS: &str = "id, email, name, language, is_admin, password_hash, created_at, \
     organization_id, job_title, phone";

/// A new account row.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    /// [`DisplayName::sort_key`](super::model::DisplayName::sort_key) of the name.
    pub sort_name: &'a str,
    pub language: &'a str,
    pub is_admin: bool,
    pub password_hash: Option<&'a str>,
    pub organization_id: Option<OrganizationId>,
}

pub async fn insert_account(
    tx: &mut Tx,
    account: &NewAccount<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<Account> {
    let query = format!(
        "INSERT INTO accounts (id, email, name, language, is_admin, password_hash, organization_id, \
         sort_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $8, $9, $7, $7) \
         RETURNING {ACCOUNT_COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(Uuid::now_v7())
        .bind(account.email)
        .bind(account.name)
        .bind(account.language)
        .bind(account.is_admin)
        .bind(account.password_hash)
        .bind(now)
        .bind(account.organization_id)
        .bind(account.sort_name)
        .fetch_one(ex)
        .await)
}

pub async fn account_by_email(db: &Db, email: &str) -> sqlx::Result<Option<Account>> {
    let query = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = $1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(email)
        .fetch_optional(ex)
        .await)
}

pub async fn account_by_id(db: &Db, id: AccountId) -> sqlx::Result<Option<Account>> {
    let query = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

pub async fn any_admin(tx: &mut Tx) -> sqlx::Result<bool> {
    let found: Option<i32> = sql!(tx, |ex| sqlx::query_scalar(
        "SELECT 1 FROM accounts WHERE is_admin LIMIT 1"
    )
    .fetch_optional(ex)
    .await)?;
    Ok(found.is_some())
}

/// True when any account exists (the demo seeds only an empty database).
pub async fn any_account(tx: &mut Tx) -> sqlx::Result<bool> {
    let found: Option<i32> = sql!(tx, |ex| sqlx::query_scalar(
        "SELECT 1 FROM accounts LIMIT 1"
    )
    .fetch_optional(ex)
    .await)?;
    Ok(found.is_some())
}

pub async fn set_password_hash(
    tx: &mut Tx,
    id: AccountId,
    hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "UPDATE accounts SET password_hash = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(id)
    .bind(hash)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A profile as it is written.
pub struct ProfileRow<'a> {
    pub name: &'a str,
    /// [`DisplayName::sort_key`](super::model::DisplayName::sort_key) of the name.
    pub sort_name: &'a str,
    pub language: &'a str,
    pub details: &'a ProfileDetails,
}

pub async fn update_profile(
    tx: &mut Tx,
    id: AccountId,
    profile: &ProfileRow<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<Account> {
    let query = format!(
        "UPDATE accounts SET name = $2, sort_name = $3, language = $4, job_title = $5, \
         phone = $6, updated_at = $7 WHERE id = $1 RETURNING {ACCOUNT_COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(profile.name)
        .bind(profile.sort_name)
        .bind(profile.language)
        .bind(&profile.details.job_title)
        .bind(&profile.details.phone)
        .bind(now)
        .fetch_one(ex)
        .await)
}

/// A new session row.
pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub account_id: AccountId,
    pub user_agent: &'a str,
    pub ip: &'a str,
}

pub async fn insert_session(
    tx: &mut Tx,
    session: &NewSession<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<SessionId> {
    sql!(tx, |ex| {
        sqlx::query_scalar(
        "INSERT INTO sessions (id, token_hash, account_id, user_agent, ip, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id"
    )
    .bind(Uuid::now_v7())
    .bind(session.token_hash)
    .bind(session.account_id)
    .bind(session.user_agent)
    .bind(session.ip)
    .bind(now)
    .fetch_one(ex)
    .await
    })
}

/// A session together with its account, as found from a cookie.
#[derive(sqlx::FromRow)]
pub struct SessionWithAccount {
    pub session_id: SessionId,
    pub last_seen_at: DateTime<Utc>,
    #[sqlx(flatten)]
    pub account: Account,
}

pub async fn session_by_token_hash(
    db: &Db,
    token_hash: &str,
) -> sqlx::Result<Option<SessionWithAccount>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT s.id AS session_id, s.last_seen_at, a.id, a.email, a.name, a.language, \
                a.is_admin, a.password_hash, a.created_at, a.organization_id, a.job_title, a.phone \
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1"
    )
    .bind(token_hash)
    .fetch_optional(ex)
    .await)
}

pub async fn touch_session(db: &Db, id: SessionId, now: DateTime<Utc>) -> sqlx::Result<()> {
    sql!(db, |ex| sqlx::query(
        "UPDATE sessions SET last_seen_at = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn sessions_of(db: &Db, account: AccountId) -> sqlx::Result<Vec<Session>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT id, account_id, user_agent, ip, created_at, last_seen_at FROM sessions \
         WHERE account_id = $1 ORDER BY last_seen_at DESC LIMIT 100"
    )
    .bind(account)
    .fetch_all(ex)
    .await)
}

/// Deletes one session of an account; false when there was none.
pub async fn delete_session(tx: &mut Tx, account: AccountId, id: SessionId) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "DELETE FROM sessions WHERE id = $1 AND account_id = $2"
    )
    .bind(id)
    .bind(account)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

pub async fn delete_session_by_token_hash(tx: &mut Tx, token_hash: &str) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "DELETE FROM sessions WHERE token_hash = $1"
    )
    .bind(token_hash)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn delete_sessions_of(tx: &mut Tx, account: AccountId) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "DELETE FROM sessions WHERE account_id = $1"
    )
    .bind(account)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn delete_idle_sessions(db: &Db, seen_before: DateTime<Utc>) -> sqlx::Result<u64> {
    let done = sql!(db, |ex| sqlx::query(
        "DELETE FROM sessions WHERE last_seen_at < $1"
    )
    .bind(seen_before)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done)
}

pub async fn insert_token(
    tx: &mut Tx,
    purpose: TokenPurpose,
    account: Option<AccountId>,
    token_hash: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "INSERT INTO one_time_tokens (id, purpose, account_id, token_hash, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(Uuid::now_v7())
    .bind(purpose.code())
    .bind(account)
    .bind(token_hash)
    .bind(expires_at)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Removes the unused tokens of one purpose (and account), when a new one replaces them.
pub async fn delete_unused_tokens(
    tx: &mut Tx,
    purpose: TokenPurpose,
    account: Option<AccountId>,
) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "DELETE FROM one_time_tokens WHERE purpose = $1 AND used_at IS NULL \
         AND (account_id = $2 OR (account_id IS NULL AND $2 IS NULL))"
    )
    .bind(purpose.code())
    .bind(account)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Marks a valid, unused, unexpired token as used and returns it, atomically; `None`
/// when there is no such token (wrong, used or expired).
pub async fn consume_token(
    tx: &mut Tx,
    purpose: TokenPurpose,
    token_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Option<AccountId>>> {
    sql!(tx, |ex| sqlx::query_scalar(
        "UPDATE one_time_tokens SET used_at = $3 \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 \
         RETURNING account_id"
    )
    .bind(token_hash)
    .bind(purpose.code())
    .bind(now)
    .fetch_optional(ex)
    .await)
}
