//! The pinboard: notices per group with importance, an optional expiry and a pinned
//! order, and requests to acknowledge them per person or per office
//! ([`acknowledgements`]).
//!
//! # A notice is a thread's subject
//! Each notice has a discussion thread of its own
//! ([`ThreadSubject::Notice`](crate::discussions::model::ThreadSubject)): the notice's
//! title is the thread's title and its text the thread's opening post, so comments,
//! mentions, reactions, unread markers ("new" on the pinboard), watching and
//! notifications are the thread's. Title and text are edited here, with the notice's
//! version (a stale version is CONFLICT); deleting and restoring a notice is deleting
//! and restoring that opening post, which takes the thread and the notice with it.
//!
//! # Access
//! Through [`Access`] of the notice's group: members (all roles) read; moderators put
//! up notices, members (not guests) too when the group's `notice_posting` allows it;
//! the author (not as a guest) and moderators edit; moderators pin and order, ask for
//! acknowledgement, see the coverage and remind. Deleted notices are NOT_FOUND to all
//! but moderators.
//!
//! # The board
//! Current notices (not deleted, not expired) with the pinned ones first in their
//! order, then the newest. A notice whose expiry has passed leaves the board for the
//! group's archive, where it stays readable. The pinboard page lists the current
//! notices of all of a person's groups, newest first.

pub mod acknowledgements;
pub mod coverage;
pub mod graphql;
mod jobs;
pub mod model;
pub(crate) mod store;

use std::{collections::HashMap, sync::Arc};

use chrono::{DateTime, Utc};
use uuid::Uuid;

pub use self::jobs::{DEADLINE_JOB, REMINDER_JOB, run_job};
use self::{
    model::{NoticeId, NoticeInput, NoticeList, NoticeRow, PinMove},
    store::NoticeKey,
};
use crate::{
    auth::Viewer,
    db::Tx,
    discussions::{
        self,
        model::{ThreadId, ThreadSubject},
    },
    error::{AppError, AppResult, Reason},
    groups::{
        self, Access,
        model::{GroupId, NoticePosting},
    },
    ids::AccountId,
    live::{self, GroupEvent, GroupEventType},
    notifications,
    orgs::{self, model::Person},
    paging::{Page, PageRequest},
    state::AppState,
};

/// A notice as one viewer sees it.
#[derive(Clone, Debug)]
pub struct NoticeView {
    pub row: NoticeRow,
    pub access: Arc<Access>,
    pub author: Option<Person>,
    /// When the view was made: whether it has expired is decided against it.
    pub now: DateTime<Utc>,
}

impl NoticeView {
    /// True once the expiry has passed.
    pub fn is_expired(&self) -> bool {
        self.row.expired_at(self.now)
    }

    /// True when the viewer may change it: the author (not as a guest) and moderators.
    pub fn may_edit(&self) -> bool {
        self.access.can_moderate()
            || (self.row.author_id == Some(self.access.viewer())
                && self.access.require_contributor().is_ok())
    }

    /// True when the viewer has not opened the notice yet (and did not write it).
    pub fn never_opened(&self) -> bool {
        self.row.last_read_seq.unwrap_or(0) == 0 && self.row.author_id != Some(self.access.viewer())
    }
}

/// FORBIDDEN unless the viewer may put up notices in the group.
fn require_notice_poster(access: &Access) -> AppResult<()> {
    access.require_contributor()?;
    if access.can_moderate() || access.group().notice_posting == NoticePosting::Members {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The notice with the viewer's access, after the access rule.
async fn visible_notice(
    state: &AppState,
    viewer: &Viewer,
    id: NoticeId,
) -> AppResult<(Access, NoticeRow)> {
    let row = store::notice(&state.db, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Access::load(state, viewer, row.group_id).await?;
    access.require_member()?;
    if row.deleted_at.is_some() && !access.can_moderate() {
        return Err(AppError::NotFound);
    }
    Ok((access, row))
}

/// The views of notice rows of one group.
async fn views(
    state: &AppState,
    viewer: &Viewer,
    access: Arc<Access>,
    rows: Vec<NoticeRow>,
) -> AppResult<Vec<NoticeView>> {
    let accesses = HashMap::from([(access.id(), access)]);
    views_in(state, viewer, &accesses, rows).await
}

/// The views of notice rows of the groups in `accesses` (rows of other groups are
/// left out: a membership that ended between two queries).
async fn views_in(
    state: &AppState,
    viewer: &Viewer,
    accesses: &HashMap<GroupId, Arc<Access>>,
    rows: Vec<NoticeRow>,
) -> AppResult<Vec<NoticeView>> {
    let authors: Vec<_> = rows.iter().filter_map(|r| r.author_id).collect();
    let people = orgs::people_by_ids(state, viewer, &authors).await?;
    let now = state.clock.now();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let access = accesses.get(&row.group_id)?.clone();
            Some(NoticeView {
                author: row.author_id.and_then(|id| people.get(&id).cloned()),
                row,
                access,
                now,
            })
        })
        .collect())
}

/// One notice as the viewer sees it.
pub async fn notice(state: &AppState, viewer: &Viewer, id: NoticeId) -> AppResult<NoticeView> {
    let (access, row) = visible_notice(state, viewer, id).await?;
    Ok(views(state, viewer, Arc::new(access), vec![row])
        .await?
        .remove(0))
}

/// The notice whose comments a thread holds, for a viewer who may see the thread
/// (`access` is the thread's group).
pub async fn notice_of_thread(
    state: &AppState,
    viewer: &Viewer,
    access: &Arc<Access>,
    thread: ThreadId,
) -> AppResult<Option<NoticeView>> {
    let Some(row) = store::notice_of_thread(&state.db, viewer.id(), thread).await? else {
        return Ok(None);
    };
    Ok(views(state, viewer, access.clone(), vec![row]).await?.pop())
}

/// Stores a notice at `at` in the caller's transaction: its thread with the text as the
/// opening post (the members it mentions are notified) and the notice row. The one way
/// a notice is written, for people and for the demo. Returns the notice, its thread
/// and who got a notification.
pub(crate) async fn write_notice(
    tx: &mut Tx,
    group: GroupId,
    author: AccountId,
    input: NoticeInput,
    at: DateTime<Utc>,
) -> AppResult<(NoticeId, ThreadId, Vec<AccountId>)> {
    let (thread, notified) = discussions::start_subject_thread(
        tx,
        group,
        author,
        ThreadSubject::Notice,
        input.title,
        input.body,
        at,
    )
    .await?;
    let id = NoticeId(Uuid::now_v7());
    store::insert(
        tx,
        &store::NewNotice {
            id,
            group,
            thread,
            important: input.important,
            expires_at: input.expires_at,
            now: at,
        },
    )
    .await?;
    Ok((id, thread, notified))
}

/// Puts up a notice (moderators; members too when the group allows it): a thread with
/// the text as its opening post, and the notice row, in one transaction. Mentioned
/// members are notified.
pub async fn post_notice(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    input: NoticeInput,
) -> AppResult<NoticeView> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, group).await?;
    require_notice_poster(&access)?;
    let (id, thread, notified) = write_notice(&mut tx, group, viewer.id(), input, now).await?;
    tx.commit().await?;
    tracing::info!(group.id = %group.0, notice.id = %id.0, "Notice put up");
    publish(state, group, thread).await;
    notifications::publish_changed(state, &notified).await;
    notice(state, viewer, id).await
}

/// Changes a notice's title, text, importance and expiry (its author, not as a guest,
/// and moderators), if `version` is still the notice's version: otherwise CONFLICT
/// and nothing changes. A changed text keeps the previous one as a revision; newly
/// mentioned members are notified.
pub async fn edit_notice(
    state: &AppState,
    viewer: &Viewer,
    id: NoticeId,
    version: i32,
    input: NoticeInput,
) -> AppResult<NoticeView> {
    let group = store::group_of(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, group).await?;
    access.require_contributor()?;
    let row = store::notice_for_update(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !(access.can_moderate() || row.author_id == Some(viewer.id())) {
        return Err(if row.deleted_at.is_some() {
            AppError::NotFound
        } else {
            AppError::Forbidden
        });
    }
    let stale = || {
        AppError::conflict(
            Reason::StaleVersion,
            format!(
                "the notice was changed in the meantime (version {version} is not current); \
                 load it again and redo your edit"
            ),
        )
    };
    if row.version != version {
        return Err(stale());
    }
    let (opening, notified) = discussions::rewrite_subject_thread(
        &mut tx,
        row.thread_id,
        &input.title,
        &input.body,
        viewer.id(),
        now,
    )
    .await?;
    if !store::update(&mut tx, id, version, input.important, input.expires_at, now).await? {
        return Err(stale());
    }
    tx.commit().await?;
    tracing::info!(notice.id = %id.0, version = version + 1, "Notice edited");
    discussions::publish_subject_changed(state, group, row.thread_id, opening).await;
    publish(state, group, row.thread_id).await;
    notifications::publish_changed(state, &notified).await;
    notice(state, viewer, id).await
}

/// Pins a notice at the end of the pinned ones, or unpins it (moderators). Pinning a
/// pinned notice, or unpinning one that is not, changes nothing.
pub async fn set_pinned(
    state: &AppState,
    viewer: &Viewer,
    id: NoticeId,
    pinned: bool,
) -> AppResult<NoticeView> {
    let (_, row) = visible_notice(state, viewer, id).await?;
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_moderator()?;
    let row = store::notice_for_update(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.pin_position.is_some() != pinned {
        let position = match pinned {
            true => Some(store::last_pin(&mut tx, row.group_id).await?.unwrap_or(0) + 1),
            false => None,
        };
        store::set_pin(&mut tx, id, position).await?;
    }
    tx.commit().await?;
    publish(state, row.group_id, row.thread_id).await;
    notice(state, viewer, id).await
}

/// Moves a pinned notice one place up or down among the pinned ones on the board
/// (moderators); at the top (or bottom) it stays. A notice that is not pinned is
/// CONFLICT.
pub async fn move_pinned(
    state: &AppState,
    viewer: &Viewer,
    id: NoticeId,
    to: PinMove,
) -> AppResult<NoticeView> {
    let (_, row) = visible_notice(state, viewer, id).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, row.group_id).await?;
    access.require_moderator()?;
    let row = store::notice_for_update(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(position) = row.pin_position else {
        return Err(AppError::conflict(
            Reason::NotPinned,
            "the notice is not pinned",
        ));
    };
    if let Some((other, other_position)) =
        store::pinned_neighbour(&mut tx, row.group_id, position, to, now).await?
    {
        store::set_pin(&mut tx, other, Some(position)).await?;
        store::set_pin(&mut tx, id, Some(other_position)).await?;
    }
    tx.commit().await?;
    publish(state, row.group_id, row.thread_id).await;
    notice(state, viewer, id).await
}

/// One page of a group's notices (members; the deleted ones: moderators).
pub async fn group_notices(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    list: NoticeList,
    page: &PageRequest<NoticeKey>,
) -> AppResult<Page<NoticeView>> {
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    if list == NoticeList::Deleted {
        access.require_moderator()?;
    }
    let rows = store::group_page(
        &state.db,
        viewer.id(),
        group,
        list,
        state.clock.now(),
        page.after,
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |n| {
        let rank = match (list, n.pin_position) {
            (NoticeList::Current, Some(position)) => i64::from(position),
            _ => i64::from(i32::MAX),
        };
        (rank, n.id.0)
    });
    let nodes = views(state, viewer, Arc::new(access), page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// One page of the current notices of all the viewer's groups, newest first.
pub async fn pinboard(
    state: &AppState,
    viewer: &Viewer,
    page: &PageRequest<Uuid>,
) -> AppResult<Page<NoticeView>> {
    let rows = store::pinboard_page(
        &state.db,
        viewer.id(),
        state.clock.now(),
        page.after,
        page.limit(),
    )
    .await?;
    let page = Page::from_rows(rows, page, |n| n.id.0);
    let accesses: HashMap<GroupId, Arc<Access>> = groups::member_groups(state, viewer)
        .await?
        .into_iter()
        .map(|access| (access.id(), Arc::new(access)))
        .collect();
    let nodes = views_in(state, viewer, &accesses, page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// Tells the group's open pages that its pinboard changed.
async fn publish(state: &AppState, group: GroupId, thread: ThreadId) {
    let event = GroupEvent {
        kind: GroupEventType::NoticesChanged,
        group_id: group,
        thread_id: Some(thread.0),
    };
    live::publish_group_event(state, &event).await;
}
