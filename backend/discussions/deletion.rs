//! Soft deletion and restoring of posts; deleting the opening post deletes the thread.

use super::{
    PostView, events, model::PostId, require_author_or_moderator, store, views, visible_post,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::Access,
    live::{GroupEventType, ThreadEventType},
    state::AppState,
};

/// Deletes a post softly (its author, not as a guest, and moderators): members see a
/// placeholder without body, moderators the body. Deleting the opening post deletes
/// the thread; deleting the accepted answer withdraws the acceptance. A deleted post
/// is CONFLICT.
pub async fn delete_post(state: &AppState, viewer: &Viewer, id: PostId) -> AppResult<PostView> {
    let (_, thread, _) = visible_post(state, viewer, id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let locked = store::threads::thread_for_update(&mut tx, thread.id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    let post = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_author_or_moderator(&access, post.author_id)?;
    if !store::posts::set_deleted(&mut tx, id, Some((viewer.id(), now))).await? {
        return Err(AppError::conflict(
            Reason::Deleted,
            "the post is deleted already",
        ));
    }
    if post.is_opening() {
        store::threads::set_deleted(&mut tx, thread.id, Some((viewer.id(), now))).await?;
    } else if locked.accepted_post_id == Some(id) {
        store::threads::set_accepted(&mut tx, thread.id, None).await?;
    }
    store::threads::recount(&mut tx, thread.id).await?;
    let post = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let after = store::threads::thread_for_update(&mut tx, thread.id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    tracing::info!(
        thread.id = %thread.id.0,
        post.id = %id.0,
        thread_deleted = post.is_opening(),
        "Post deleted"
    );
    events::publish(
        state,
        thread.group_id,
        thread.id,
        ThreadEventType::PostDeleted,
        Some(id),
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    Ok(views::posts(state, viewer, &access, &after, vec![post])
        .await?
        .remove(0))
}

/// Restores a deleted post (moderators); restoring the opening post restores the
/// thread. A post that is not deleted is CONFLICT.
pub async fn restore_post(state: &AppState, viewer: &Viewer, id: PostId) -> AppResult<PostView> {
    let (_, thread, _) = visible_post(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_moderator()?;
    store::threads::thread_for_update(&mut tx, thread.id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::posts::set_deleted(&mut tx, id, None).await? {
        return Err(AppError::conflict(
            Reason::NotDeleted,
            "the post is not deleted",
        ));
    }
    let post = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if post.is_opening() {
        store::threads::set_deleted(&mut tx, thread.id, None).await?;
    }
    store::threads::recount(&mut tx, thread.id).await?;
    let after = store::threads::thread_for_update(&mut tx, thread.id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    tracing::info!(thread.id = %thread.id.0, post.id = %id.0, "Post restored");
    events::publish(
        state,
        thread.group_id,
        thread.id,
        ThreadEventType::PostRestored,
        Some(id),
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    Ok(views::posts(state, viewer, &access, &after, vec![post])
        .await?
        .remove(0))
}
