//! Accepted answers of questions.

use super::{
    ThreadView, deleted_conflict, events,
    model::{PostId, ThreadId, ThreadKind},
    notify, require_author_or_moderator, store, thread_by_id, visible_post, visible_thread,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::Access,
    live::{GroupEventType, ThreadEventType},
    notifications,
    state::AppState,
};

/// Marks a reply as the answer to its question (the asker, not as a guest, and
/// moderators), replacing an earlier one; its author is notified. Only replies in
/// questions qualify (BAD_USER_INPUT otherwise); a deleted reply is CONFLICT.
pub async fn accept_answer(state: &AppState, viewer: &Viewer, id: PostId) -> AppResult<ThreadView> {
    let (_, thread, _) = visible_post(state, viewer, id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let thread = store::threads::thread_for_update(&mut tx, thread.id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    require_author_or_moderator(&access, thread.author_id)?;
    if thread.kind != ThreadKind::Question {
        return Err(AppError::bad_input(
            "postId",
            Reason::NotAQuestion,
            "only questions have accepted answers",
        ));
    }
    let post = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if post.is_opening() {
        return Err(AppError::bad_input(
            "postId",
            Reason::OpeningPostIsNoAnswer,
            "the question itself cannot be its answer; accept a reply",
        ));
    }
    if post.deleted_at.is_some() {
        return Err(deleted_conflict("the post"));
    }
    if thread.deleted_at.is_some() {
        return Err(deleted_conflict("the thread"));
    }
    if thread.accepted_post_id == Some(id) {
        drop(tx);
        return thread_by_id(state, viewer, thread.id).await;
    }
    store::threads::set_accepted(&mut tx, thread.id, Some(id)).await?;
    store::threads::recount(&mut tx, thread.id).await?;
    let notified = notify::answer_accepted(&mut tx, &thread, &post, viewer.id(), now).await?;
    tx.commit().await?;
    tracing::info!(thread.id = %thread.id.0, post.id = %id.0, "Answer accepted");
    events::publish(
        state,
        thread.group_id,
        thread.id,
        ThreadEventType::ThreadUpdated,
        Some(id),
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    notifications::publish_changed(state, &notified).await;
    thread_by_id(state, viewer, thread.id).await
}

/// Withdraws the accepted answer of a question (the asker, not as a guest, and
/// moderators); without one, nothing changes.
pub async fn unaccept_answer(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
) -> AppResult<ThreadView> {
    let (_, thread) = visible_thread(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let thread = store::threads::thread_for_update(&mut tx, id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    require_author_or_moderator(&access, thread.author_id)?;
    if thread.accepted_post_id.is_none() {
        drop(tx);
        return thread_by_id(state, viewer, id).await;
    }
    store::threads::set_accepted(&mut tx, id, None).await?;
    store::threads::recount(&mut tx, id).await?;
    tx.commit().await?;
    tracing::info!(thread.id = %id.0, "Accepted answer withdrawn");
    events::publish(
        state,
        thread.group_id,
        id,
        ThreadEventType::ThreadUpdated,
        None,
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    thread_by_id(state, viewer, id).await
}
