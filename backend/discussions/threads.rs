//! Starting threads, changing their title, category and tags, and the group's thread
//! list.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    ThreadView, edit_through_subject, events, mentions, model,
    model::{
        CategoryId, DraftTarget, PostBody, PostId, PostRow, ThreadId, ThreadKind, ThreadSort,
        ThreadSubject, ThreadTitle,
    },
    notify, path, require_author_or_moderator,
    store::{
        self,
        posts::NewPost,
        threads::{ThreadKey, ThreadListQuery},
    },
    thread_by_id, views, visible_thread,
};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    live::{GroupEventType, ThreadEventType},
    notifications,
    paging::{Page, PageRequest},
    state::AppState,
};

/// A new thread, checked.
pub struct NewThread {
    pub title: ThreadTitle,
    pub body: PostBody,
    pub category: Option<CategoryId>,
    pub tags: Vec<String>,
    pub kind: ThreadKind,
}

/// Stores a thread with its opening post (post 1) at `now`, in the caller's
/// transaction, with the markdown rendered (mentions of the group's members); the
/// author watches it. The one way a thread is written, for people, for bulk imports
/// and for the threads of subjects. Returns the thread's id, the opening post and the
/// members it mentions.
pub(super) async fn insert_thread(
    tx: &mut Tx,
    group: GroupId,
    author: AccountId,
    input: &NewThread,
    subject: Option<ThreadSubject>,
    now: DateTime<Utc>,
) -> AppResult<(ThreadId, PostRow, Vec<AccountId>)> {
    let rendered = mentions::render(tx, group, &input.body).await?;
    let id = ThreadId(Uuid::now_v7());
    store::threads::insert(
        tx,
        &store::threads::NewThread {
            id,
            group,
            category: input.category,
            author,
            kind: input.kind,
            subject,
            title: input.title.as_str(),
            now,
        },
    )
    .await?;
    store::threads::set_tags(tx, id, &input.tags).await?;
    let post = store::posts::insert(
        tx,
        &NewPost {
            id: PostId(Uuid::now_v7()),
            thread: id,
            parent: None,
            seq: 1,
            depth: 0,
            path: &path::root(1),
            author,
            body: input.body.as_str(),
            body_html: &rendered.html,
            now,
        },
    )
    .await?;
    store::states::watch_unless_muted(tx, author, id, 1, now).await?;
    Ok((id, post, rendered.mentioned))
}

/// BAD_USER_INPUT unless the category belongs to the group.
async fn check_category(
    tx: &mut Tx,
    group: GroupId,
    category: Option<CategoryId>,
) -> AppResult<()> {
    if let Some(id) = category
        && store::categories::in_group(tx, group, id).await?.is_none()
    {
        return Err(AppError::bad_input(
            "categoryId",
            Reason::UnknownCategory,
            "no such category in this group",
        ));
    }
    Ok(())
}

/// Starts a thread with its opening post (members and moderators, not guests). The
/// author watches it; the mentioned are notified; the author's draft of a new thread
/// in the group is discarded.
pub async fn start_thread(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    input: NewThread,
) -> AppResult<ThreadView> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, group).await?;
    access.require_contributor()?;
    check_category(&mut tx, group, input.category).await?;
    let (id, post, mentioned) =
        insert_thread(&mut tx, group, viewer.id(), &input, None, now).await?;
    let target = DraftTarget {
        group,
        thread: None,
        parent: None,
    };
    store::drafts::delete(&mut tx, viewer.id(), &target).await?;
    let thread = store::threads::thread_for_update(&mut tx, id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    let notified = notify::new_post(&mut tx, &thread, &post, None, &mentioned, now).await?;
    tx.commit().await?;
    tracing::info!(group.id = %group.0, thread.id = %id.0, "Thread started");
    events::publish_group(state, group, id, GroupEventType::ThreadCreated).await;
    notifications::publish_changed(state, &notified).await;
    thread_by_id(state, viewer, id).await
}

/// Changes to a thread's title, category and tags; `None` keeps a field.
pub struct ThreadEdit {
    pub title: Option<ThreadTitle>,
    /// `Some(None)` removes the category.
    pub category: Option<Option<CategoryId>>,
    pub tags: Option<Vec<String>>,
}

/// Changes a thread's title, category or tags (its author, not as a guest, and
/// moderators).
pub async fn edit_thread(
    state: &AppState,
    viewer: &Viewer,
    id: ThreadId,
    edit: ThreadEdit,
) -> AppResult<ThreadView> {
    let (_, thread) = visible_thread(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, thread.group_id).await?;
    access.require_contributor()?;
    let thread = store::threads::thread_for_update(&mut tx, id, viewer.id())
        .await?
        .ok_or(AppError::NotFound)?;
    require_author_or_moderator(&access, thread.author_id)?;
    if thread.subject().is_some() {
        return Err(edit_through_subject());
    }
    let category = edit.category.unwrap_or(thread.category_id);
    check_category(&mut tx, thread.group_id, category).await?;
    let title = edit
        .title
        .as_ref()
        .map_or(thread.title.as_str(), ThreadTitle::as_str);
    store::threads::update(&mut tx, id, title, category, state.clock.now()).await?;
    if let Some(tags) = &edit.tags {
        store::threads::set_tags(&mut tx, id, tags).await?;
    }
    tx.commit().await?;
    tracing::info!(thread.id = %id.0, "Thread changed");
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

/// Which threads of a group to list.
#[derive(Clone, Debug, Default)]
pub struct ThreadFilter {
    pub category: Option<CategoryId>,
    /// Only questions without an accepted answer and discussions without replies.
    pub unanswered: bool,
    /// Only threads the viewer started.
    pub mine: bool,
    /// Only threads the viewer watches.
    pub watched: bool,
    /// Only threads with this tag (normalised like tags are).
    pub tag: Option<String>,
    /// Only deleted threads (moderators).
    pub deleted: bool,
}

/// One page of a group's threads (members), in the chosen order.
pub async fn threads(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    filter: &ThreadFilter,
    sort: ThreadSort,
    page: &PageRequest<ThreadKey>,
) -> AppResult<Page<ThreadView>> {
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    if filter.deleted {
        access.require_moderator()?;
    }
    if let Some(category) = filter.category
        && store::categories::group_of(&state.db, category).await? != Some(group)
    {
        return Err(AppError::bad_input(
            "categoryId",
            Reason::UnknownCategory,
            "no such category in this group",
        ));
    }
    let tag = filter
        .tag
        .as_deref()
        .map(model::normalise_tag)
        .transpose()?;
    let rows = store::threads::page(
        &state.db,
        &ThreadListQuery {
            group,
            viewer: viewer.id(),
            deleted: filter.deleted,
            category: filter.category,
            unanswered: filter.unanswered,
            mine: filter.mine,
            watched: filter.watched,
            tag: tag.as_deref(),
            sort,
            after: page.after,
            limit: page.limit(),
        },
    )
    .await?;
    let page = Page::from_rows(rows, page, |t| (t.answered, t.last_activity_us, t.id.0));
    let nodes = views::threads(state, viewer, &access, page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}
