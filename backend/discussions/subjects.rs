//! The threads of subjects: the comments on a notice are a thread whose opening post is
//! the notice's text, so replies, mentions, reactions, unread markers, watching,
//! notifications and soft deletion work as in every thread. The domain that owns the
//! subject starts the thread and edits its title and opening post inside its own
//! transaction, after its own access check; the thread list leaves such threads out.

use chrono::{DateTime, Utc};

use super::{
    deleted_conflict, events,
    model::{PostBody, PostId, ThreadId, ThreadKind, ThreadSubject, ThreadTitle},
    notify, posts, store,
    threads::{NewThread, insert_thread},
};
use crate::{
    auth::model::AccountId,
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::model::GroupId,
    live::{GroupEventType, ThreadEventType},
    state::AppState,
};

/// Starts the thread of a subject with its text as the opening post, in the caller's
/// transaction; the author watches it and the members the text mentions are notified.
/// Returns the thread and who got a notification.
pub async fn start_subject_thread(
    tx: &mut Tx,
    group: GroupId,
    author: AccountId,
    subject: ThreadSubject,
    title: ThreadTitle,
    body: PostBody,
    now: DateTime<Utc>,
) -> AppResult<(ThreadId, Vec<AccountId>)> {
    let input = NewThread {
        title,
        body,
        category: None,
        tags: Vec::new(),
        kind: ThreadKind::Discussion,
    };
    let (id, post, mentioned) =
        insert_thread(tx, group, author, &input, Some(subject), now).await?;
    let thread = store::threads::thread_for_update(tx, id, author)
        .await?
        .ok_or(AppError::NotFound)?;
    let notified = notify::new_post(tx, &thread, &post, None, &mentioned, now).await?;
    Ok((id, notified))
}

/// Sets the title and the text (the opening post) of a subject's thread in the
/// caller's transaction: a changed text keeps the previous one as a revision and
/// notifies the newly mentioned. A deleted thread is CONFLICT. Returns the opening
/// post and who got a notification.
pub async fn rewrite_subject_thread(
    tx: &mut Tx,
    thread: ThreadId,
    title: &ThreadTitle,
    body: &PostBody,
    editor: AccountId,
    now: DateTime<Utc>,
) -> AppResult<(PostId, Vec<AccountId>)> {
    let row = store::threads::thread_for_update(tx, thread, editor)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.deleted_at.is_some() {
        return Err(deleted_conflict("the thread"));
    }
    store::threads::update(tx, thread, title.as_str(), row.category_id, now).await?;
    let opening = store::posts::in_thread_by_seq(tx, thread, 1)
        .await?
        .ok_or(AppError::NotFound)?;
    if opening.body == body.as_str() {
        return Ok((opening.id, Vec::new()));
    }
    let notified = posts::rewrite(tx, &row, &opening, body, editor, now)
        .await?
        .ok_or_else(|| {
            AppError::conflict(
                Reason::StaleVersion,
                "the text was changed in the meantime; load it again",
            )
        })?;
    Ok((opening.id, notified))
}

/// Tells open pages that a subject's thread changed (after commit of
/// [`rewrite_subject_thread`]): its title and its opening post.
pub async fn publish_subject_changed(
    state: &AppState,
    group: GroupId,
    thread: ThreadId,
    opening: PostId,
) {
    events::publish(
        state,
        group,
        thread,
        ThreadEventType::ThreadUpdated,
        None,
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    events::publish(
        state,
        group,
        thread,
        ThreadEventType::PostUpdated,
        Some(opening),
        None,
    )
    .await;
}

/// Sets the tags of a subject's thread (already checked with
/// [`parse_tags`](super::model::parse_tags)) in the caller's transaction: the tags of a
/// link are its thread's tags, so the tag filter and tag links work alike everywhere.
pub async fn set_subject_tags(tx: &mut Tx, thread: ThreadId, tags: &[String]) -> AppResult<()> {
    store::threads::set_tags(tx, thread, tags).await?;
    Ok(())
}
