//! SQL for reactions to posts.

use chrono::{DateTime, Utc};

use crate::db::placeholders;
use crate::{
    auth::model::AccountId,
    db::{Db, Tx},
    discussions::model::{PostId, Reaction},
    sql,
};

/// Adds a reaction; false when the person had reacted so already.
pub async fn insert(
    tx: &mut Tx,
    post: PostId,
    account: AccountId,
    reaction: Reaction,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "INSERT INTO post_reactions (post_id, account_id, reaction, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (post_id, account_id, reaction) DO NOTHING"
    )
    .bind(post)
    .bind(account)
    .bind(reaction.code())
    .bind(now)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// Takes a reaction back; false when there was none.
pub async fn delete(
    tx: &mut Tx,
    post: PostId,
    account: AccountId,
    reaction: Reaction,
) -> sqlx::Result<bool> {
    let done = sql!(tx, |ex| sqlx::query(
        "DELETE FROM post_reactions WHERE post_id = $1 AND account_id = $2 AND reaction = $3"
    )
    .bind(post)
    .bind(account)
    .bind(reaction.code())
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// One person's reaction, with the count of its kind on the post and the person's
/// rank among those who reacted so (by time).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReactionRow {
    pub post_id: PostId,
    #[sqlx(try_from = "String")]
    pub reaction: Reaction,
    pub account_id: AccountId,
    pub total: i64,
    pub rank: i64,
}

/// The reactions to these posts: for each post and reaction the first `people`
/// persons (by time) and the viewer, each row with the reaction's total count.
pub async fn of_posts(
    db: &Db,
    posts: &[PostId],
    viewer: AccountId,
    people: i64,
) -> sqlx::Result<Vec<ReactionRow>> {
    if posts.is_empty() {
        return Ok(Vec::new());
    }
    let query = format!(
        "SELECT post_id, reaction, account_id, total, rank FROM ( \
           SELECT post_id, reaction, account_id, \
                  COUNT(*) OVER (PARTITION BY post_id, reaction) AS total, \
                  ROW_NUMBER() OVER (PARTITION BY post_id, reaction \
                                     ORDER BY created_at, account_id) AS rank \
           FROM post_reactions WHERE post_id IN ({})) r \
         WHERE rank <= $1 OR account_id = $2 \
         ORDER BY post_id, reaction, rank",
        placeholders(3, posts.len())
    );
    sql!(db, |ex| {
        let mut q = sqlx::query_as(&query).bind(people).bind(viewer);
        for id in posts {
            q = q.bind(*id);
        }
        q.fetch_all(ex).await
    })
}
