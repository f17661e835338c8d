//! Replies, edits, and a thread's posts page by page.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    PostView, ThreadView, deleted_conflict, edit_through_subject, events, mentions,
    model::{DraftTarget, PostBody, PostId, PostOrder, PostRow, ThreadId, ThreadRow},
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
    paging::{self, Page, PageRequest},
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
    if current.is_opening() && thread.subject().is_some() {
        return Err(edit_through_subject());
    }
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
    let Some(notified) = rewrite(&mut tx, &thread, &current, &body, viewer.id(), now).await? else {
        return Err(stale());
    };
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

/// Replaces a post's body with a changed one, in the caller's transaction, if the
/// post still has the version `current` was read with: keeps the previous version as a
/// revision and notifies the newly mentioned. `None` when the version moved on.
pub(super) async fn rewrite(
    tx: &mut Tx,
    thread: &ThreadRow,
    current: &PostRow,
    body: &PostBody,
    editor: AccountId,
    now: DateTime<Utc>,
) -> AppResult<Option<Vec<AccountId>>> {
    let rendered = mentions::render(tx, thread.group_id, body).await?;
    store::posts::insert_revision(tx, current).await?;
    if !store::posts::update_body(
        tx,
        current.id,
        current.version,
        body.as_str(),
        &rendered.html,
        editor,
        now,
    )
    .await?
    {
        return Ok(None);
    }
    let before: HashSet<Uuid> = markdown::mentions(&current.body).into_iter().collect();
    let added: Vec<_> = rendered
        .mentioned
        .iter()
        .copied()
        .filter(|m| !before.contains(&m.0))
        .collect();
    let notified = notify::added_mentions(tx, thread, current, &added, editor, now).await?;
    Ok(Some(notified))
}

/// The cursor of a page of posts: the last post's path (threaded order) or seq
/// (chronological order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostCursor {
    Path(String),
    Seq(i32),
}

/// Where a page of posts begins: the posts after or before a cursor (of the page's
/// order), or from the post with a seq (e.g. the first unread one), or from the start.
pub enum PostsFrom {
    Start,
    After(PostCursor),
    Before(PostCursor),
    Seq(i32),
}

impl PostsFrom {
    /// The one start the arguments name; more than one is BAD_USER_INPUT.
    pub fn parse(
        after: Option<PostCursor>,
        before: Option<PostCursor>,
        from_seq: Option<i32>,
    ) -> AppResult<Self> {
        match (after, before, from_seq) {
            (None, None, None) => Ok(PostsFrom::Start),
            (Some(cursor), None, None) => Ok(PostsFrom::After(cursor)),
            (None, Some(cursor), None) => Ok(PostsFrom::Before(cursor)),
            (None, None, Some(seq)) => Ok(PostsFrom::Seq(seq)),
            _ => Err(AppError::bad_input(
                "fromSeq",
                Reason::ExclusiveArguments,
                "give one of after, before and fromSeq",
            )),
        }
    }
}

/// A page of posts, with what lies before it.
pub struct PostsPage {
    pub page: Page<PostView>,
    /// Whether posts come before this page (ask with `before: start_cursor`).
    pub has_previous_page: bool,
    /// The cursor of the page's first post; `None` for an empty page.
    pub start_cursor: Option<String>,
}

/// One page of `size` posts of a thread in `order`, beginning where `from` says.
pub async fn posts(
    state: &AppState,
    viewer: &Viewer,
    thread: &ThreadView,
    order: PostOrder,
    size: usize,
    from: PostsFrom,
) -> AppResult<PostsPage> {
    let threaded = order == PostOrder::Threaded;
    let db = &state.db;
    let id = thread.row.id;
    let limit = size as i64 + 1;
    let at;
    // The rows, whether posts follow them, and whether posts precede an empty page.
    let (rows, followed, preceded) = match &from {
        PostsFrom::Start => {
            let rows = store::posts::page(db, id, threaded, Start::First, limit).await?;
            (rows, false, false)
        }
        PostsFrom::After(cursor) => {
            let start = Start::After(key(cursor, threaded, "after")?);
            (
                store::posts::page(db, id, threaded, start, limit).await?,
                false,
                true,
            )
        }
        PostsFrom::Before(cursor) => {
            let start = Start::Before(key(cursor, threaded, "before")?);
            let mut rows = store::posts::page(db, id, threaded, start, limit).await?;
            // The nearest first, one more than asked for when more precede.
            let more = rows.len() > size;
            rows.truncate(size);
            rows.reverse();
            (rows, true, more)
        }
        PostsFrom::Seq(seq) => {
            at = store::posts::by_seq(db, id, *seq).await?.ok_or_else(|| {
                AppError::bad_input("fromSeq", Reason::UnknownPost, "no post with this seq")
            })?;
            let start = Start::At(if threaded {
                Key::Path(&at.path)
            } else {
                Key::Seq(at.seq)
            });
            (
                store::posts::page(db, id, threaded, start, limit).await?,
                false,
                true,
            )
        }
    };
    let cursor_of = |post: &PostRow| {
        if threaded {
            PostCursor::Path(post.path.clone())
        } else {
            PostCursor::Seq(post.seq)
        }
    };
    let mut page = Page::from_rows(rows, &PageRequest::<()>::first(size), cursor_of);
    page.has_next_page |= followed;
    // The opening post comes first in both orders: nothing precedes a page that
    // starts with it.
    let first = page.nodes.first();
    let has_previous_page = first.map_or(preceded, |post| !post.is_opening());
    let start_cursor = first.map(|post| paging::cursor(&cursor_of(post)));
    Ok(PostsPage {
        page: Page {
            nodes: views::posts(state, viewer, &thread.access, &thread.row, page.nodes).await?,
            has_next_page: page.has_next_page,
            end_cursor: page.end_cursor,
        },
        has_previous_page,
        start_cursor,
    })
}

/// The sort key a cursor carries, when it is one of this order.
fn key<'a>(cursor: &'a PostCursor, threaded: bool, field: &'static str) -> AppResult<Key<'a>> {
    match cursor {
        PostCursor::Path(path) if threaded => Ok(Key::Path(path)),
        PostCursor::Seq(seq) if !threaded => Ok(Key::Seq(*seq)),
        _ => Err(AppError::bad_input(
            field,
            Reason::InvalidCursor,
            "is a cursor of the other order",
        )),
    }
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
