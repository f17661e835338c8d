//! Writing many replies at once, for demo data, benchmarks and tests that need large
//! threads: through the same core as [`reply`](super::reply) and
//! [`start_thread`](super::start_thread) (seq, depth, path, rendered markdown with
//! mentions, counts), in one transaction, without notifications, drafts, watching or
//! live events.
//!
//! The demo content writes whole discussions in its own transaction with the
//! crate-internal functions here (threads, replies at given times, reactions,
//! accepted answers, read markers), with no access check either.

use chrono::{DateTime, Utc};

use super::{
    deleted_conflict,
    model::{CategoryData, CategoryId, PostBody, PostId, PostRow, Reaction, ThreadId},
    posts::insert_reply,
    store::{self},
    threads::{NewThread, insert_thread},
};
use crate::{
    auth::model::AccountId,
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::model::GroupId,
    state::AppState,
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
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let written = write_replies(
        &mut tx,
        thread,
        replies.into_iter().map(|reply| (reply, now)).collect(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(thread.id = %thread.0, replies = written.len(), "Replies imported");
    Ok(written)
}

/// Writes the replies, each at its time (in order, not before the thread began), to
/// the thread in the caller's transaction. Returns the stored posts in the same order.
pub(crate) async fn write_replies(
    tx: &mut Tx,
    thread: ThreadId,
    replies: Vec<(ImportedReply, DateTime<Utc>)>,
) -> AppResult<Vec<PostRow>> {
    let mut written: Vec<PostRow> = Vec::with_capacity(replies.len());
    let opening = store::posts::in_thread_by_seq(tx, thread, 1)
        .await?
        .ok_or(AppError::NotFound)?;
    let group = store::threads::group_of(tx, thread)
        .await?
        .ok_or(AppError::NotFound)?;
    for (reply, now) in replies {
        let seq = store::threads::add_reply(tx, thread, now)
            .await?
            .ok_or_else(|| deleted_conflict("the thread"))?;
        let parent =
            match reply.parent {
                ImportParent::Thread => opening.clone(),
                ImportParent::Earlier(index) => written.get(index).cloned().ok_or_else(|| {
                    AppError::bad_input("parent", Reason::UnknownPost, "no such earlier reply")
                })?,
                ImportParent::Post(id) => store::posts::in_thread(tx, thread, id)
                    .await?
                    .ok_or_else(|| {
                        AppError::bad_input(
                            "parent",
                            Reason::UnknownPost,
                            "no such post in this thread",
                        )
                    })?,
            };
        let (post, _) =
            insert_reply(tx, group, seq, &parent, reply.author, &reply.body, now).await?;
        written.push(post);
    }
    Ok(written)
}

/// A thread of a bulk import.
pub(crate) struct ImportedThread {
    pub group: GroupId,
    pub author: AccountId,
    pub thread: NewThread,
}

/// Starts a thread with its opening post at `at`, in the caller's transaction; the
/// author has read it. Returns the thread's id.
pub(crate) async fn write_thread(
    tx: &mut Tx,
    thread: &ImportedThread,
    at: DateTime<Utc>,
) -> AppResult<ThreadId> {
    let (id, _, _) =
        insert_thread(tx, thread.group, thread.author, &thread.thread, None, at).await?;
    Ok(id)
}

/// Adds a category to a group, last in its order.
pub(crate) async fn write_category(
    tx: &mut Tx,
    group: GroupId,
    data: &CategoryData,
    at: DateTime<Utc>,
) -> AppResult<CategoryId> {
    Ok(store::categories::insert(tx, group, data, at).await?.id)
}

/// Adds a reaction to a post.
pub(crate) async fn write_reaction(
    tx: &mut Tx,
    post: PostId,
    account: AccountId,
    reaction: Reaction,
    at: DateTime<Utc>,
) -> AppResult<()> {
    store::reactions::insert(tx, post, account, reaction, at).await?;
    Ok(())
}

/// Marks a reply of a question as its accepted answer.
pub(crate) async fn write_accepted(tx: &mut Tx, thread: ThreadId, post: PostId) -> AppResult<()> {
    store::threads::set_accepted(tx, thread, Some(post)).await?;
    store::threads::recount(tx, thread).await?;
    Ok(())
}

/// Moves a person's read marker in a thread to `seq`; they watch it, as after
/// writing in it.
pub(crate) async fn write_read_marker(
    tx: &mut Tx,
    account: AccountId,
    thread: ThreadId,
    seq: i32,
    at: DateTime<Utc>,
) -> AppResult<()> {
    store::states::watch_unless_muted(tx, account, thread, seq, at).await?;
    Ok(())
}
