//! SQL for discussions. Nothing else; no rules.

pub mod categories;
pub mod drafts;
pub mod posts;
pub mod reactions;
pub mod states;
pub mod threads;

use uuid::Uuid;

use crate::{
    auth::model::AccountId,
    db::{Db, Tx, placeholders},
    groups::model::GroupId,
    sql,
};

/// A member of a group with the name a mention shows.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MemberName {
    pub id: AccountId,
    pub name: String,
}

/// Those of `ids` who are members of `group` (any role), with their names.
pub async fn members_among(
    tx: &mut Tx,
    group: GroupId,
    ids: &[Uuid],
) -> sqlx::Result<Vec<MemberName>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT a.id, a.name FROM memberships m JOIN accounts a ON a.id = m.account_id \
         WHERE m.group_id = $1 AND m.account_id IN ({})",
        placeholders(2, ids.len())
    );
    sql!(tx, |ex| {
        let mut q = sqlx::query_as(&query).bind(group);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(ex).await
    })
}

/// Every member of a group (any role) with their name.
pub async fn member_names(db: &Db, group: GroupId) -> sqlx::Result<Vec<MemberName>> {
    sql!(db, |ex| sqlx::query_as(
        "SELECT a.id, a.name FROM memberships m JOIN accounts a ON a.id = m.account_id \
         WHERE m.group_id = $1"
    )
    .bind(group)
    .fetch_all(ex)
    .await)
}
