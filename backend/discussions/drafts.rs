//! Drafts: what the composer saves while typing, one per person and target, restored
//! when the page opens again and discarded when the post is written.

use chrono::{DateTime, Utc};

use super::{
    model::{DraftTarget, PostId, TITLE_MAX_CHARS, ThreadId, parse_draft_text},
    store::{self, drafts::DraftRow},
    visible_thread,
};
use crate::{
    auth::Viewer,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    state::AppState,
};

/// A saved draft.
#[derive(Clone, Debug)]
pub struct Draft {
    pub target: DraftTarget,
    pub title: String,
    pub body: String,
    pub updated_at: DateTime<Utc>,
}

impl From<DraftRow> for Draft {
    fn from(row: DraftRow) -> Self {
        Draft {
            target: DraftTarget {
                group: row.group_id,
                thread: row.thread_id,
                parent: row.parent_post_id,
            },
            title: row.title,
            body: row.body,
            updated_at: row.updated_at,
        }
    }
}

/// Checks a target as the viewer names it: a group the viewer may write in, a thread of
/// that group the viewer sees (and not deleted), a post of that thread.
async fn check_target(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    thread: Option<ThreadId>,
    parent: Option<PostId>,
) -> AppResult<DraftTarget> {
    let access = Access::load(state, viewer, group).await?;
    access.require_contributor()?;
    if let Some(thread) = thread {
        let (_, row) = visible_thread(state, viewer, thread).await?;
        if row.group_id != group {
            return Err(AppError::NotFound);
        }
        if let Some(parent) = parent {
            let post = store::posts::by_id(&state.db, parent).await?;
            if post.is_none_or(|p| p.thread_id != thread) {
                return Err(AppError::bad_input(
                    "parentPostId",
                    Reason::UnknownPost,
                    "no such post in this thread",
                ));
            }
        }
    } else if parent.is_some() {
        return Err(AppError::bad_input(
            "threadId",
            Reason::DraftNeedsThread,
            "a draft of a reply to a post needs the post's thread",
        ));
    }
    Ok(DraftTarget {
        group,
        thread,
        parent,
    })
}

/// Saves the viewer's draft for a new thread in the group (`thread` `None`; with a
/// title), a reply to a thread, or a reply to one of its posts (members and
/// moderators, not guests). Bodies up to 100 000 characters. An empty draft (no title,
/// no body) discards the saved one and gives `None`.
pub async fn save_draft(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    thread: Option<ThreadId>,
    parent: Option<PostId>,
    title: Option<&str>,
    body: &str,
) -> AppResult<Option<Draft>> {
    let body = parse_draft_text("body", body)?;
    let title = title.unwrap_or_default().trim();
    if title.chars().count() > TITLE_MAX_CHARS {
        return Err(AppError::bad_input(
            "title",
            Reason::TooLong,
            format!("must be at most {TITLE_MAX_CHARS} characters"),
        )
        .max(TITLE_MAX_CHARS));
    }
    if !title.is_empty() && thread.is_some() {
        return Err(AppError::bad_input(
            "title",
            Reason::TitleOnlyForNewThreads,
            "only drafts of new threads have a title",
        ));
    }
    let target = check_target(state, viewer, group, thread, parent).await?;
    let mut tx = state.db.begin().await?;
    let draft = if title.is_empty() && body.is_empty() {
        store::drafts::delete(&mut tx, viewer.id(), &target).await?;
        None
    } else {
        let row = store::drafts::upsert(
            &mut tx,
            viewer.id(),
            &target,
            title,
            &body,
            state.clock.now(),
        )
        .await?;
        Some(Draft::from(row))
    };
    tx.commit().await?;
    Ok(draft)
}

/// The viewer's draft for the target, if any.
pub async fn draft(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    thread: Option<ThreadId>,
    parent: Option<PostId>,
) -> AppResult<Option<Draft>> {
    let target = check_target(state, viewer, group, thread, parent).await?;
    Ok(store::drafts::get(&state.db, viewer.id(), &target)
        .await?
        .map(Draft::from))
}

/// Discards the viewer's draft for the target; false when there was none.
pub async fn discard_draft(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    thread: Option<ThreadId>,
    parent: Option<PostId>,
) -> AppResult<bool> {
    let target = check_target(state, viewer, group, thread, parent).await?;
    let mut tx = state.db.begin().await?;
    let discarded = store::drafts::delete(&mut tx, viewer.id(), &target).await?;
    tx.commit().await?;
    Ok(discarded)
}
