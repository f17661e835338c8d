//! Reactions: one of each kind per person and post, given and taken back.

use super::{
    PostView, deleted_conflict, events,
    model::{PostId, Reaction},
    post_by_id, store, visible_post,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult},
    groups::Access,
    live::ThreadEventType,
    state::AppState,
};

/// Adds the viewer's reaction to a post (members and moderators, not guests); reacting
/// twice the same way changes nothing. Deleted posts are CONFLICT.
pub async fn react(
    state: &AppState,
    viewer: &Viewer,
    id: PostId,
    reaction: Reaction,
) -> AppResult<PostView> {
    change(state, viewer, id, reaction, true).await
}

/// Takes the viewer's reaction back; without one, nothing changes.
pub async fn unreact(
    state: &AppState,
    viewer: &Viewer,
    id: PostId,
    reaction: Reaction,
) -> AppResult<PostView> {
    change(state, viewer, id, reaction, false).await
}

async fn change(
    state: &AppState,
    viewer: &Viewer,
    id: PostId,
    reaction: Reaction,
    add: bool,
) -> AppResult<PostView> {
    let (_, thread, _) = visible_post(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let post = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if post.deleted_at.is_some() || thread.deleted_at.is_some() {
        return Err(deleted_conflict("the post"));
    }
    let changed = if add {
        store::reactions::insert(&mut tx, id, viewer.id(), reaction, state.clock.now()).await?
    } else {
        store::reactions::delete(&mut tx, id, viewer.id(), reaction).await?
    };
    tx.commit().await?;
    if changed {
        events::publish(
            state,
            thread.group_id,
            thread.id,
            ThreadEventType::ReactionsChanged,
            Some(id),
            None,
        )
        .await;
    }
    post_by_id(state, viewer, id).await
}
