//! Threaded discussions: categories, threads (discussions and questions) with nested
//! replies, mentions, reactions, accepted answers, edit history, soft deletion,
//! drafts, read markers and watch levels; the notifications they cause; and the live
//! events they publish ([`events`]).
//!
//! # Access
//! Every operation goes through [`Access`] of the thread's group, loaded from the
//! thread (or post, category) it names: a secret group is NOT_FOUND to outsiders, a
//! listed one FORBIDDEN. Members (all roles) read; members and moderators (not guests)
//! write, react and keep drafts; authors edit and delete their own posts, moderators
//! any, and only moderators restore, see deleted posts' bodies and manage categories.
//! Ids are always looked up within the group whose access was checked (a parent post
//! within the thread, a category within the group), so ids from elsewhere find nothing.
//! A write checks the role again inside its transaction ([`Access::load_for_write`]),
//! which holds the group against membership changes until it commits: a member
//! removed meanwhile cannot write after the removal.
//!
//! # The tree
//! The opening post is post 1 of its thread (`seq` 1, depth 0). A reply answers the
//! thread (its parent is the opening post, depth 1) or another reply, to any depth.
//! Each post stores a sortable path (see `path.rs`), so both orders, threaded and
//! chronological, page with one indexed range query.
//!
//! # Notifications
//! Written in the transaction of the post that causes them; at most one per post and
//! person, the most specific: a mention (MENTION, also in muted threads: a person
//! called on directly should hear of it); else a direct reply to your post
//! (REPLY_TO_YOUR_POST, or QUESTION_ANSWERED when it answers your question's opening
//! post), unless you muted the thread; else NEW_POST_IN_WATCHED_THREAD when you watch
//! it. Accepting a reply notifies its author (ANSWER_ACCEPTED). Mentions added by an
//! edit notify the newly mentioned. Only current members are notified, never the
//! author. Starting a thread, replying and being mentioned watch the thread (unless
//! muted).
//!
//! # Unread
//! Each person has a read marker per thread (the highest `seq` read, moved forward
//! only). Unread posts are those after it that are neither deleted nor the person's
//! own; a thread never opened is "new". Writing a post moves your marker to it.

mod answers;
mod categories;
mod deletion;
pub mod diff;
mod drafts;
mod events;
pub mod graphql;
mod import;
mod mentions;
pub mod model;
mod news;
mod notify;
mod path;
mod posts;
mod reactions;
mod reads;
mod revisions;
mod store;
mod subjects;
mod threads;
mod views;

pub use answers::{accept_answer, unaccept_answer};
pub use categories::{categories, create_category, delete_category, update_category};
pub use deletion::{delete_post, restore_post};
pub use drafts::{Draft, discard_draft, draft, save_draft};
pub use events::thread_events;
pub use import::{ImportParent, ImportedReply, import_replies};
pub(crate) use import::{
    ImportedThread, write_accepted, write_category, write_reaction, write_read_marker,
    write_replies, write_thread,
};
pub use mentions::{mention_candidates, preview_post};
pub use news::news;
pub use posts::{PostsFrom, PostsPage, edit_post, first_unread_post, opening_post, posts, reply};
pub use reactions::{react, unreact};
pub use reads::{mark_all_read, mark_posts_seen, mark_thread_read, set_watch_level};
pub use revisions::{Revision, revisions};
pub use store::threads::ThreadKey;
pub use subjects::{
    publish_subject_changed, rewrite_subject_thread, set_subject_tags, start_subject_thread,
};
pub use threads::{NewThread, ThreadEdit, ThreadFilter, edit_thread, start_thread, threads};
pub use views::{ParentView, PostView, ReactionSummary, ThreadView};

use self::model::{PostId, PostRow, ThreadId, ThreadRow};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::Access,
    state::AppState,
};

/// The viewer's access to a thread's group, for subscriptions: NOT_FOUND when the
/// thread does not exist or is deleted (unless the viewer moderates), or when its
/// group is secret to the viewer; FORBIDDEN for non-members of a listed group.
async fn thread_access(
    state: &AppState,
    viewer: &Viewer,
    thread: ThreadId,
) -> AppResult<(Access, ThreadId)> {
    let (access, row) = visible_thread(state, viewer, thread).await?;
    Ok((access, row.id))
}

/// One thread as the viewer sees it (same access rule as [`thread_access`]).
pub async fn thread_by_id(
    state: &AppState,
    viewer: &Viewer,
    thread: ThreadId,
) -> AppResult<ThreadView> {
    let (access, row) = visible_thread(state, viewer, thread).await?;
    Ok(views::threads(state, viewer, &access, vec![row])
        .await?
        .remove(0))
}

/// One post as the viewer sees it (the access rule of its thread; deleted posts show
/// without body to non-moderators).
pub async fn post_by_id(state: &AppState, viewer: &Viewer, post: PostId) -> AppResult<PostView> {
    let (access, thread, row) = visible_post(state, viewer, post).await?;
    Ok(views::posts(state, viewer, &access, &thread, vec![row])
        .await?
        .remove(0))
}

/// The thread with the viewer's access to its group, after the access rule.
async fn visible_thread(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
) -> AppResult<(Access, ThreadRow)> {
    let row = store::threads::thread(&state.db, id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Access::load(state, viewer, row.group_id).await?;
    access.require_member()?;
    if row.deleted_at.is_some() && !access.can_moderate() {
        return Err(AppError::NotFound);
    }
    Ok((access, row))
}

/// The post with its thread and the viewer's access, after the access rule.
async fn visible_post(
    state: &AppState,
    viewer: &Viewer,
    id: PostId,
) -> AppResult<(Access, ThreadRow, PostRow)> {
    let row = store::posts::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (access, thread) = visible_thread(state, viewer, row.thread_id).await?;
    Ok((access, thread, row))
}

/// The CONFLICT for changes to a deleted post or thread.
fn deleted_conflict(what: &str) -> AppError {
    AppError::conflict(Reason::Deleted, format!("{what} has been deleted"))
}

/// The CONFLICT for editing the title or opening post of a subject's thread directly.
fn edit_through_subject() -> AppError {
    AppError::conflict(
        Reason::EditThroughSubject,
        "this thread's title and opening post belong to its subject; edit them there",
    )
}

/// FORBIDDEN unless the viewer wrote the post or moderates the group.
fn require_author_or_moderator(
    access: &Access,
    author: Option<crate::auth::model::AccountId>,
) -> AppResult<()> {
    if access.can_moderate() || author == Some(access.viewer()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
