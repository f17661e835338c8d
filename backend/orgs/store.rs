//! SQL for regions, organisations and the member directory. Nothing else; no rules.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{Organization, OrganizationData, OrganizationId, PersonRow, Region, RegionId};
use crate::{
    auth::model::AccountId,
    db::{Db, Tx, placeholders},
    sql,
};

const COLUMNS: &str = "id, name, kind, municipality, region_id, description, contact_email, \
     contact_phone, website, created_at";

pub async fn regions(db: &Db) -> sqlx::Result<Vec<Region>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT id, name FROM regions ORDER BY position, name"
    )
    .fetch_all(ex)
    .await)
}

pub async fn region(db: &Db, id: RegionId) -> sqlx::Result<Option<Region>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT id, name FROM regions WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

pub async fn insert(
    tx: &mut Tx,
    data: &OrganizationData,
    now: DateTime<Utc>,
) -> sqlx::Result<Organization> {
    let query = format!(
        "INSERT INTO organizations (id, name, kind, municipality, region_id, description, \
         contact_email, contact_phone, website, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(OrganizationId(Uuid::now_v7()))
        .bind(&data.name)
        .bind(data.kind.code())
        .bind(&data.municipality)
        .bind(data.region_id)
        .bind(&data.description)
        .bind(&data.contact_email)
        .bind(&data.contact_phone)
        .bind(&data.website)
        .bind(now)
        .fetch_one(ex)
        .await)
}

pub async fn update(
    tx: &mut Tx,
    id: OrganizationId,
    data: &OrganizationData,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<Organization>> {
    let query = format!(
        "UPDATE organizations SET name = $2, kind = $3, municipality = $4, region_id = $5, \
         description = $6, contact_email = $7, contact_phone = $8, website = $9, \
         updated_at = $10 WHERE id = $1 RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(&data.name)
        .bind(data.kind.code())
        .bind(&data.municipality)
        .bind(data.region_id)
        .bind(&data.description)
        .bind(&data.contact_email)
        .bind(&data.contact_phone)
        .bind(&data.website)
        .bind(now)
        .fetch_optional(ex)
        .await)
}

pub async fn by_id(db: &Db, id: OrganizationId) -> sqlx::Result<Option<Organization>> {
    let query = format!("SELECT {COLUMNS} FROM organizations WHERE id = $1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The organisations with these ids (in no particular order).
pub async fn by_ids(db: &Db, ids: &[OrganizationId]) -> sqlx::Result<Vec<Organization>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT {COLUMNS} FROM organizations WHERE id IN ({})",
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

/// The sort key of organisation and people lists: lowercased name (for people the
/// accounts' sort key: last name, then the whole name), then id.
pub type NameKey = (String, Uuid);

/// A row with its sort name, as the database lowercases it (the cursor must carry the
/// very value the query compares).
#[derive(sqlx::FromRow)]
pub struct Sorted<T> {
    #[sqlx(flatten)]
    pub item: T,
    pub sort_name: String,
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern that finds `term` anywhere.
pub(crate) fn contains_pattern(term: &str) -> String {
    let escaped = term
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// One page of organisations by name, optionally filtered by a search term (in name or
/// municipality) and a region.
pub async fn page(
    db: &Db,
    search: Option<&str>,
    region: Option<RegionId>,
    after: Option<&NameKey>,
    limit: i64,
) -> sqlx::Result<Vec<Sorted<Organization>>> {
    let pattern = search.map(contains_pattern);
    let (name, id) = after.cloned().unzip();
    let query = format!(
        "SELECT {COLUMNS}, LOWER(name) AS sort_name FROM organizations \
         WHERE ($1 IS NULL OR LOWER(name) LIKE $1 ESCAPE '\\' OR LOWER(municipality) LIKE $1 ESCAPE '\\') \
         AND ($2 IS NULL OR region_id = $2) \
         AND ($3 IS NULL OR (LOWER(name), id) > ($3, $4)) \
         ORDER BY LOWER(name), id LIMIT $5"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(pattern.clone())
        .bind(region)
        .bind(name.clone())
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}

pub async fn set_account_organization(
    tx: &mut Tx,
    account: AccountId,
    organization: Option<OrganizationId>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "UPDATE accounts SET organization_id = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(account)
    .bind(organization)
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// The columns of a [`PersonRow`], from the accounts table aliased `a`.
pub const PERSON_COLUMNS: &str =
    "a.id, a.name, a.email, a.is_admin, a.organization_id, a.job_title, a.phone";

/// The condition "the account `a` shares a group with `$1`, is `$1`, or `$2` (the viewer
/// is an administrator) is true".
const VISIBLE_TO_VIEWER: &str = "($2 OR a.id = $1 OR EXISTS (SELECT 1 FROM memberships mine \
     JOIN memberships theirs ON theirs.group_id = mine.group_id \
     WHERE mine.account_id = $1 AND theirs.account_id = a.id))";

/// One person if the viewer may see them.
pub async fn visible_person(
    db: &Db,
    viewer: AccountId,
    viewer_is_admin: bool,
    id: AccountId,
) -> sqlx::Result<Option<PersonRow>> {
    let query =
        format!("SELECT {PERSON_COLUMNS} FROM accounts a WHERE a.id = $3 AND {VISIBLE_TO_VIEWER}");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(viewer_is_admin)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// One person, whoever asks (for places where the context already shows them).
pub async fn person(db: &Db, id: AccountId) -> sqlx::Result<Option<PersonRow>> {
    let query = format!("SELECT {PERSON_COLUMNS} FROM accounts a WHERE a.id = $1");
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(id)
        .fetch_optional(ex)
        .await)
}

/// The accounts with these ids, as the directory shows them (in no particular order).
pub async fn people(db: &Db, ids: &[AccountId]) -> sqlx::Result<Vec<PersonRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT {PERSON_COLUMNS} FROM accounts a WHERE a.id IN ({})",
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

/// One page of the people the viewer may see, by last name (the accounts' sort key),
/// optionally filtered by a search term (in the name: the sort key holds it lowercased
/// in full, so case is ignored beyond ASCII on SQLite too) and an organisation.
pub async fn visible_people(
    db: &Db,
    viewer: AccountId,
    viewer_is_admin: bool,
    search: Option<&str>,
    organization: Option<OrganizationId>,
    after: Option<&NameKey>,
    limit: i64,
) -> sqlx::Result<Vec<Sorted<PersonRow>>> {
    let pattern = search.map(contains_pattern);
    let (name, id) = after.cloned().unzip();
    let query = format!(
        "SELECT {PERSON_COLUMNS}, a.sort_name FROM accounts a \
         WHERE {VISIBLE_TO_VIEWER} \
         AND ($3 IS NULL OR a.sort_name LIKE $3 ESCAPE '\\') \
         AND ($4 IS NULL OR a.organization_id = $4) \
         AND ($5 IS NULL OR (a.sort_name, a.id) > ($5, $6)) \
         ORDER BY a.sort_name, a.id LIMIT $7"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(viewer)
        .bind(viewer_is_admin)
        .bind(pattern.clone())
        .bind(organization)
        .bind(name.clone())
        .bind(id)
        .bind(limit)
        .fetch_all(ex)
        .await)
}
