//! Read markers and watch levels: each person's state in a thread.

use std::collections::HashSet;

use super::{
    ThreadView,
    model::{ThreadId, WatchLevel},
    store, thread_by_id, visible_thread,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    notifications,
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
    move_marker(state, viewer, id, seq).await?;
    thread_by_id(state, viewer, id).await
}

/// The most posts one call may report as seen (two full pages).
const MAX_SEEN: usize = 200;

/// Records that the viewer has had the posts with seqs `seen` on screen: the read
/// marker moves forward over every post after it that was seen, is the viewer's own or
/// is deleted, up to the first one that is none of these. Posts never on screen stay
/// unread, and the marker never moves back. Members.
pub async fn mark_posts_seen(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
    seen: &[i32],
) -> AppResult<ThreadView> {
    if seen.len() > MAX_SEEN {
        return Err(
            AppError::bad_input("seqs", Reason::TooMany, format!("at most {MAX_SEEN}"))
                .max(MAX_SEEN),
        );
    }
    let (_, thread) = visible_thread(state, viewer, id).await?;
    let marker = thread.last_read_seq.unwrap_or(0);
    let seen: HashSet<i32> = seen.iter().copied().filter(|&seq| seq > marker).collect();
    if let Some(&last) = seen.iter().max() {
        let following = store::posts::after_marker(&state.db, id, marker, last).await?;
        let read = following
            .iter()
            .take_while(|post| {
                seen.contains(&post.seq)
                    || post.author_id == Some(viewer.id())
                    || post.deleted_at.is_some()
            })
            .last();
        if let Some(post) = read {
            move_marker(state, viewer, id, post.seq).await?;
        }
    }
    thread_by_id(state, viewer, id).await
}

/// Moves the viewer's read marker forward to `seq`; their notifications about the posts
/// up to it are read as well.
async fn move_marker(state: &AppState, viewer: &Viewer, id: ThreadId, seq: i32) -> AppResult<()> {
    let now = state.clock.now();
    store::states::mark_read(&state.db, viewer.id(), id, seq, now).await?;
    notifications::mark_read_in_thread(state, viewer.id(), id, seq, now).await?;
    Ok(())
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
