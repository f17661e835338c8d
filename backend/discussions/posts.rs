//! Replies, edits, and a thread's posts page by page.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    PostView, ThreadView, deleted_conflict, events, mentions,
    model::{DraftTarget, PostBody, PostId, PostOrder, PostRow, ThreadId},
    notify, path, post_by_id, require_author_or_moderator,
    store::{
        self,
        posts::{Key, NewPost, Start},
    },
    views::{self, PostDetails},
    visible_post, visible_thread,
};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    live::{GroupEventType, ThreadEventType},
    markdown, notifications,
    paging::{Page, PageRequest},
    state::AppState,
};

/// Writes a reply to the thread (`parent` `None`: to its opening post) or to one of
/// its posts (members and moderators, not guests). Replying to a deleted post, or in a
/// deleted thread, is CONFLICT. The author watches the thread and has read up to the
/// reply; their draft for this reply is discarded; parent author, watchers and the
/// mentioned are notified.
pub async fn reply(
    state: &AppState,
    viewer: &Viewer,
    thread_id: ThreadId,
    parent: Option<PostId>,
    body: PostBody,
) -> AppResult<PostView> {
    let (_, thread) = visible_thread(state, viewer, thread_id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    // Locks the thread until commit: replies to one thread get their seqs in turn.
    let seq = store::threads::add_reply(&mut tx, thread_id, now)
        .await?
        .ok_or_else(|| deleted_conflict("the thread"))?;
    let parent_row = match parent {
        Some(id) => store::posts::in_thread(&mut tx, thread_id, id)
            .await?
            .ok_or_else(|| {
                AppError::bad_input(
                    "parentPostId",
                    Reason::UnknownPost,
                    "no such post in this thread",
                )
            })?,
        None => store::posts::in_thread_by_seq(&mut tx, thread_id, 1)
            .await?
            .ok_or(AppError::NotFound)?,
    };
    if parent_row.deleted_at.is_some() {
        return Err(AppError::conflict(
            Reason::Deleted,
            "the post you are replying to has been deleted",
        ));
    }
    let (post, mentioned) = insert_reply(
        &mut tx,
        thread.group_id,
        seq,
        &parent_row,
        viewer.id(),
        &body,
        now,
    )
    .await?;
    store::states::watch_unless_muted(&mut tx, viewer.id(), thread_id, seq, now).await?;
    let target = DraftTarget {
        group: thread.group_id,
        thread: Some(thread_id),
        parent,
    };
    store::drafts::delete(&mut tx, viewer.id(), &target).await?;
    let notified =
        notify::new_post(&mut tx, &thread, &post, Some(&parent_row), &mentioned, now).await?;
    tx.commit().await?;
    tracing::info!(thread.id = %thread_id.0, post.id = %post.id.0, seq, "Reply written");
    events::publish(
        state,
        thread.group_id,
        thread_id,
        ThreadEventType::PostCreated,
        Some(post.id),
        Some(GroupEventType::ThreadActivity),
    )
    .await;
    notifications::publish_changed(state, &notified).await;
    Ok(views::posts(state, viewer, &access, &thread, vec![post])
        .await?
        .remove(0))
}

/// Stores a reply as post `seq` (from [`store::threads::add_reply`], which locks the
/// thread) under `parent`, in the caller's transaction, with its markdown rendered
/// (mentions of the group's members). The one way a reply is written, for people and
/// for bulk imports. Returns the post and the members it mentions.
pub(super) async fn insert_reply(
    tx: &mut Tx,
    group: GroupId,
    seq: i32,
    parent: &PostRow,
    author: AccountId,
    body: &PostBody,
    now: DateTime<Utc>,
) -> AppResult<(PostRow, Vec<AccountId>)> {
    let rendered = mentions::render(tx, group, body).await?;
    let post = store::posts::insert(
        tx,
        &NewPost {
            id: PostId(Uuid::now_v7()),
            thread: parent.thread_id,
            parent: Some(parent.id),
            seq,
            depth: parent.depth + 1,
            path: &path::child(&parent.path, seq),
            author,
            body: body.as_str(),
            body_html: &rendered.html,
            now,
        },
    )
    .await?;
    Ok((post, rendered.mentioned))
}

/// Replaces a post's body (its author, not as a guest, and moderators), if `version`
/// is still the post's version: otherwise CONFLICT and nothing changes. The previous
/// version is kept as a revision; newly mentioned members are notified. An unchanged
/// body changes nothing (no new version).
pub async fn edit_post(
    state: &AppState,
    viewer: &Viewer,
    id: PostId,
    body: PostBody,
    version: i32,
) -> AppResult<PostView> {
    let (_, thread, _) = visible_post(state, viewer, id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let current = store::posts::in_thread(&mut tx, thread.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_author_or_moderator(&access, current.author_id)?;
    if current.deleted_at.is_some() {
        return Err(deleted_conflict("the post"));
    }
    let stale = || {
        AppError::conflict(
            Reason::StaleVersion,
            format!(
                "the post was changed in the meantime (version {version} is not current); \
                 load it again and redo your edit"
            ),
        )
    };
    if current.version != version {
        return Err(stale());
    }
    if current.body == body.as_str() {
        drop(tx);
        return post_by_id(state, viewer, id).await;
    }
    let rendered = mentions::render(&mut tx, thread.group_id, &body).await?;
    store::posts::insert_revision(&mut tx, &current).await?;
    if !store::posts::update_body(
        &mut tx,
        id,
        version,
        body.as_str(),
        &rendered.html,
        viewer.id(),
        now,
    )
    .await?
    {
        return Err(stale());
    }
    let before: HashSet<Uuid> = markdown::mentions(&current.body).into_iter().collect();
    let added: Vec<_> = rendered
        .mentioned
        .iter()
        .copied()
        .filter(|m| !before.contains(&m.0))
        .collect();
    let notified =
        notify::added_mentions(&mut tx, &thread, &current, &added, viewer.id(), now).await?;
    tx.commit().await?;
    tracing::info!(post.id = %id.0, version = version + 1, "Post edited");
    events::publish(
        state,
        thread.group_id,
        thread.id,
        ThreadEventType::PostUpdated,
        Some(id),
        None,
    )
    .await;
    notifications::publish_changed(state, &notified).await;
    post_by_id(state, viewer, id).await
}

/// The cursor of a page of posts: the last post's path (threaded order) or seq
/// (chronological order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostCursor {
    Path(String),
    Seq(i32),
}

/// One page of a thread's posts in `order`, starting after the cursor, or at the post
/// with seq `from_seq` (e.g. the first unread one), or at the beginning.
pub async fn posts(
    state: &AppState,
    viewer: &Viewer,
    thread: &ThreadView,
    order: PostOrder,
    page: &PageRequest<PostCursor>,
    from_seq: Option<i32>,
) -> AppResult<Page<PostView>> {
    let threaded = order == PostOrder::Threaded;
    let mismatch = || {
        AppError::bad_input(
            "after",
            Reason::InvalidCursor,
            "is a cursor of the other order",
        )
    };
    if from_seq.is_some() && page.after.is_some() {
        return Err(AppError::bad_input(
            "fromSeq",
            Reason::ExclusiveArguments,
            "give either after or fromSeq, not both",
        ));
    }
    let from = match from_seq {
        Some(seq) => Some(
            store::posts::by_seq(&state.db, thread.row.id, seq)
                .await?
                .ok_or_else(|| {
                    AppError::bad_input("fromSeq", Reason::UnknownPost, "no post with this seq")
                })?,
        ),
        None => None,
    };
    let start = match (&page.after, &from) {
        (Some(PostCursor::Path(path)), _) if threaded => Start::After(Key::Path(path)),
        (Some(PostCursor::Seq(seq)), _) if !threaded => Start::After(Key::Seq(*seq)),
        (Some(_), _) => return Err(mismatch()),
        (None, Some(post)) if threaded => Start::At(Key::Path(&post.path)),
        (None, Some(post)) => Start::At(Key::Seq(post.seq)),
        (None, None) => Start::First,
    };
    let rows = store::posts::page(&state.db, thread.row.id, threaded, start, page.limit()).await?;
    let page = Page::from_rows(rows, page, |p| {
        if threaded {
            PostCursor::Path(p.path.clone())
        } else {
            PostCursor::Seq(p.seq)
        }
    });
    let nodes = views::posts(state, viewer, &thread.access, &thread.row, page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// The opening post of a thread the viewer sees.
pub async fn opening_post(
    state: &AppState,
    viewer: &Viewer,
    thread: &ThreadView,
) -> AppResult<PostView> {
    let row = store::posts::opening(&state.db, thread.row.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(
        views::posts(state, viewer, &thread.access, &thread.row, vec![row])
            .await?
            .remove(0),
    )
}

/// The first post of the thread the viewer has not read, with the related records in
/// `details`; `None` when every post is read.
pub async fn first_unread_post(
    state: &AppState,
    viewer: &Viewer,
    thread: &ThreadView,
    details: PostDetails,
) -> AppResult<Option<PostView>> {
    let seq = thread.row.last_read_seq.unwrap_or(0);
    let Some(row) = store::posts::first_unread(&state.db, thread.row.id, seq, viewer.id()).await?
    else {
        return Ok(None);
    };
    Ok(Some(
        views::posts_with(
            state,
            viewer,
            &thread.access,
            &thread.row,
            vec![row],
            details,
        )
        .await?
        .remove(0),
    ))
}
