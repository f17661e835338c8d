//! SQL for discussion categories.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    db::{Db, Tx},
    discussions::model::{Category, CategoryData, CategoryId},
    groups::model::GroupId,
    sql,
};

const COLUMNS: &str = "id, group_id, name, description, position";

/// The categories of a group, by position, then name.
pub async fn of_group(db: &Db, group: GroupId) -> sqlx::Result<Vec<Category>> {
    let query = format!(
        "SELECT {COLUMNS} FROM discussion_categories WHERE group_id = $1 \
         ORDER BY position, LOWER(name), id"
    );
    sql!(db, |ex| sqlx::query_as(&query)
        .bind(group)
        .fetch_all(ex)
        .await)
}

/// The group a category belongs to, to check access first.
pub async fn group_of(db: &Db, id: CategoryId) -> sqlx::Result<Option<GroupId>> {
    sql!(db, |ex| sqlx::query_scalar(
        "SELECT group_id FROM discussion_categories WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(ex)
    .await)
}

/// A category of the group; `None` for categories of other groups.
pub async fn in_group(
    tx: &mut Tx,
    group: GroupId,
    id: CategoryId,
) -> sqlx::Result<Option<Category>> {
    let query =
        format!("SELECT {COLUMNS} FROM discussion_categories WHERE id = $1 AND group_id = $2");
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(group)
        .fetch_optional(ex)
        .await)
}

pub async fn count(tx: &mut Tx, group: GroupId) -> sqlx::Result<i64> {
    sql!(tx, |ex| sqlx::query_scalar(
        "SELECT COUNT(*) FROM discussion_categories WHERE group_id = $1"
    )
    .bind(group)
    .fetch_one(ex)
    .await)
}

/// Stores a category; without a position it goes last. A name taken in the group
/// (ignoring case) violates a unique index.
pub async fn insert(
    tx: &mut Tx,
    group: GroupId,
    data: &CategoryData,
    now: DateTime<Utc>,
) -> sqlx::Result<Category> {
    let query = format!(
        "INSERT INTO discussion_categories (id, group_id, name, description, position, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, COALESCE($5, \
         (SELECT COALESCE(MAX(position) + 1, 0) FROM discussion_categories WHERE group_id = $2)), \
         $6, $6) RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(CategoryId(Uuid::now_v7()))
        .bind(group)
        .bind(&data.name)
        .bind(&data.description)
        .bind(data.position)
        .bind(now)
        .fetch_one(ex)
        .await)
}

/// Changes a category; without a position it keeps its place.
pub async fn update(
    tx: &mut Tx,
    id: CategoryId,
    data: &CategoryData,
    now: DateTime<Utc>,
) -> sqlx::Result<Category> {
    let query = format!(
        "UPDATE discussion_categories SET name = $2, description = $3, \
         position = COALESCE($4, position), updated_at = $5 WHERE id = $1 RETURNING {COLUMNS}"
    );
    sql!(tx, |ex| sqlx::query_as(&query)
        .bind(id)
        .bind(&data.name)
        .bind(&data.description)
        .bind(data.position)
        .bind(now)
        .fetch_one(ex)
        .await)
}

/// Deletes a category; its threads keep going without one.
pub async fn delete(tx: &mut Tx, id: CategoryId) -> sqlx::Result<()> {
    sql!(tx, |ex| sqlx::query(
        "DELETE FROM discussion_categories WHERE id = $1"
    )
    .bind(id)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
