//! Writing many replies at once, for demo data, benchmarks and tests that need large
//! threads: the tree rules of [`reply`](super::reply) (seq, depth, path, rendered
//! markdown with mentions, counts), in one transaction, without notifications, drafts,
//! watching or live events.

use uuid::Uuid;

use super::{
    deleted_conflict, mentions,
    model::{PostBody, PostId, PostRow, ThreadId},
    path,
    store::{self, posts::NewPost},
};
use crate::{
    app::AppState,
    auth::model::AccountId,
    clock,
    error::{AppError, AppResult},
};

/// What a reply of a bulk import answers.
#[derive(Clone, Copy, Debug)]
pub enum ImportParent {
    /// The thread (its opening post).
    Thread,
    /// A post written earlier in the same import, by its index.
    Earlier(usize),
    /// A post of the thread written before.
    Post(PostId),
}

/// One reply of a bulk import.
#[derive(Clone, Debug)]
pub struct ImportedReply {
    pub author: AccountId,
    pub parent: ImportParent,
    pub body: PostBody,
}

/// Writes the replies, in order, to the thread. Performs no access check (the caller
/// is the operator's tooling, never a request); authors should be members of the
/// thread's group. Returns the stored posts in the same order.
pub async fn import_replies(
    state: &AppState,
    thread: ThreadId,
    replies: Vec<ImportedReply>,
) -> AppResult<Vec<PostRow>> {
    let now = clock::now();
    let mut tx = state.db.begin().await?;
    let mut written: Vec<PostRow> = Vec::with_capacity(replies.len());
    let opening = store::posts::in_thread_by_seq(&mut tx, thread, 1)
        .await?
        .ok_or(AppError::NotFound)?;
    let group = store::threads::group_of(&mut tx, thread)
        .await?
        .ok_or(AppError::NotFound)?;
    for reply in replies {
        let seq = store::threads::add_reply(&mut tx, thread, now)
            .await?
            .ok_or_else(|| deleted_conflict("the thread"))?;
        let parent = match reply.parent {
            ImportParent::Thread => opening.clone(),
            ImportParent::Earlier(index) => written
                .get(index)
                .cloned()
                .ok_or_else(|| AppError::bad_input("parent", "no such earlier reply"))?,
            ImportParent::Post(id) => store::posts::in_thread(&mut tx, thread, id)
                .await?
                .ok_or_else(|| AppError::bad_input("parent", "no such post in this thread"))?,
        };
        let rendered = mentions::render(&mut tx, group, &reply.body).await?;
        let post = store::posts::insert(
            &mut tx,
            &NewPost {
                id: PostId(Uuid::now_v7()),
                thread,
                parent: Some(parent.id),
                seq,
                depth: parent.depth + 1,
                path: &path::child(&parent.path, seq),
                author: reply.author,
                body: reply.body.as_str(),
                body_html: &rendered.html,
                now,
            },
        )
        .await?;
        written.push(post);
    }
    tx.commit().await?;
    tracing::info!(thread.id = %thread.0, replies = written.len(), "Replies imported");
    Ok(written)
}
