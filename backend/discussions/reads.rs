//! Read markers and watch levels: each person's state in a thread.

use super::{
    ThreadView,
    model::{ThreadId, WatchLevel},
    store, thread_by_id, visible_thread,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    state::AppState,
};

/// Marks the thread read up to the post with seq `up_to` (default: its last post);
/// the marker only moves forward. Members.
pub async fn mark_thread_read(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
    up_to: Option<i32>,
) -> AppResult<ThreadView> {
    if up_to.is_some_and(|seq| seq < 1) {
        return Err(
            AppError::bad_input("upToSeq", Reason::OutOfRange, "must be at least 1").min(1),
        );
    }
    let (_, thread) = visible_thread(state, viewer, id).await?;
    let seq = up_to.map_or(thread.last_seq, |seq| seq.min(thread.last_seq));
    store::states::mark_read(&state.db, viewer.id(), id, seq, state.clock.now()).await?;
    thread_by_id(state, viewer, id).await
}

/// Marks every thread of the group read. Members. Returns how many threads it touched.
pub async fn mark_all_read(state: &AppState, viewer: &Viewer, group: GroupId) -> AppResult<u64> {
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    let marked =
        store::states::mark_all_read(&state.db, viewer.id(), group, state.clock.now()).await?;
    tracing::info!(group.id = %group.0, threads = marked, "Group marked read");
    Ok(marked)
}

/// Sets how closely the viewer follows a thread. Members (guests too: watching is
/// reading).
pub async fn set_watch_level(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
    level: WatchLevel,
) -> AppResult<ThreadView> {
    visible_thread(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    store::states::set_watch_level(&mut tx, viewer.id(), id, level, state.clock.now()).await?;
    tx.commit().await?;
    thread_by_id(state, viewer, id).await
}
