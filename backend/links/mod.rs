//! The commented link list of a group: links with a title, a description and tags,
//! found again by their address, each checked on a schedule and on demand
//! ([`checks`]), with a preview of the page for the form that adds one.
//!
//! # A link is a thread's subject
//! Each link has a discussion thread of its own
//! ([`ThreadSubject::Link`](crate::discussions::model::ThreadSubject)): the link's
//! title is the thread's title, its description the opening post and its tags the
//! thread's tags, so comments, mentions, reactions, unread markers, watching and
//! notifications are the thread's, and "most discussed" is its reply count. Address,
//! title, description and tags are edited here, with the link's version (a stale
//! version is CONFLICT); deleting and restoring a link is deleting and restoring that
//! opening post, which takes the thread and the link with it.
//!
//! # One entry per address
//! A group lists each address once, compared in its normal form
//! ([`normalise_url`](crate::outbound::normalise_url): scheme and host lower-case, no
//! default port, no trailing slash, fragment and tracking parameters removed); a
//! unique index holds the rule against concurrent writes. Adding an address the group
//! has already adds nothing and answers with the existing entry; a deleted entry keeps
//! its address (a moderator restores it), so only moderators are shown it, and others
//! get CONFLICT with `LINK_EXISTS`. Changing a link's address to one another entry
//! has is CONFLICT with `LINK_EXISTS`.
//!
//! # Access
//! Through [`Access`] of the link's group: members (all roles) read; members and
//! moderators (not guests) add links and ask for a preview; the author (not as a
//! guest) and moderators edit; moderators check links on demand, see the link check
//! list and apply a moved address. Deleted links are NOT_FOUND to all but moderators.
//!
//! # Nothing of the linked site reaches the browser
//! The server fetches the page itself (through [`crate::outbound`], never an image or
//! other resource) and hands the browser plain text: the suggested title and
//! description, the check's status. The web client shows the address as a link that
//! opens in a new tab without a referrer.

pub mod checks;
pub mod graphql;
pub mod model;
pub(crate) mod store;

use std::{collections::HashMap, sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use uuid::Uuid;

pub use self::checks::{CHECK_JOB, run_job};
use self::{
    model::{LinkFilter, LinkId, LinkInput, LinkOrder, LinkRow, LinkSort, LinkUrl},
    store::LinkKey,
};
use crate::{
    auth::Viewer,
    db::Tx,
    discussions::{
        self,
        model::{ThreadId, ThreadSubject},
    },
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    ids::AccountId,
    live::{self, GroupEvent, GroupEventType},
    notifications,
    orgs::{self, model::Person},
    outbound::{Broken, Preview},
    paging::{Page, PageRequest},
    state::AppState,
};

/// How many pages one person may have the server fetch (previews and checks on
/// demand) per [`FETCH_WINDOW`]: enough for any form, too few to scan a network.
const FETCHES_PER_WINDOW: u32 = 30;
const FETCH_WINDOW: Duration = Duration::from_secs(10 * 60);

/// A link as one viewer sees it.
#[derive(Clone, Debug)]
pub struct LinkView {
    pub row: LinkRow,
    pub tags: Vec<String>,
    pub access: Arc<Access>,
    pub author: Option<Person>,
}

impl LinkView {
    /// True when the viewer may change it: the author (not as a guest) and moderators.
    pub fn may_edit(&self) -> bool {
        self.access.can_moderate()
            || (self.row.author_id == Some(self.access.viewer())
                && self.access.require_contributor().is_ok())
    }
}

/// What adding a link did: added it, or found the entry the group has already.
#[derive(Clone, Debug)]
pub struct AddedLink {
    pub link: LinkView,
    /// True when nothing was added: `link` is the existing entry for the address.
    pub existing: bool,
}

/// A page's suggestion for the form that adds a link, or the entry the group has for
/// the address already.
#[derive(Clone, Debug)]
pub struct LinkPreview {
    /// The address in its normal form.
    pub normalised_url: String,
    /// What the page says about itself (empty when `existing` is set: nothing was
    /// fetched).
    pub preview: Preview,
    pub existing: Option<LinkView>,
}

/// The link with the viewer's access, after the access rule.
async fn visible_link(
    state: &AppState,
    viewer: &Viewer,
    id: LinkId,
) -> AppResult<(Access, LinkRow)> {
    let row = store::link(&state.db, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Access::load(state, viewer, row.group_id).await?;
    access.require_member()?;
    if row.deleted_at.is_some() && !access.can_moderate() {
        return Err(AppError::NotFound);
    }
    Ok((access, row))
}

/// The views of link rows of one group: their tags and authors with one query each.
async fn views(
    state: &AppState,
    viewer: &Viewer,
    access: Arc<Access>,
    rows: Vec<LinkRow>,
) -> AppResult<Vec<LinkView>> {
    let threads: Vec<ThreadId> = rows.iter().map(|r| r.thread_id).collect();
    let mut tags: HashMap<ThreadId, Vec<String>> = HashMap::new();
    for tag in store::tags_of(&state.db, &threads).await? {
        tags.entry(tag.thread_id).or_default().push(tag.tag);
    }
    let authors: Vec<_> = rows.iter().filter_map(|r| r.author_id).collect();
    let people = orgs::people_by_ids(state, viewer, &authors).await?;
    Ok(rows
        .into_iter()
        .map(|row| LinkView {
            tags: tags.remove(&row.thread_id).unwrap_or_default(),
            author: row.author_id.and_then(|id| people.get(&id).cloned()),
            access: access.clone(),
            row,
        })
        .collect())
}

/// One link as the viewer sees it.
pub async fn link(state: &AppState, viewer: &Viewer, id: LinkId) -> AppResult<LinkView> {
    let (access, row) = visible_link(state, viewer, id).await?;
    Ok(views(state, viewer, Arc::new(access), vec![row])
        .await?
        .remove(0))
}

/// The link whose comments a thread holds, for a viewer who may see the thread
/// (`access` is the thread's group).
pub async fn link_of_thread(
    state: &AppState,
    viewer: &Viewer,
    access: &Arc<Access>,
    thread: ThreadId,
) -> AppResult<Option<LinkView>> {
    let Some(row) = store::link_of_thread(&state.db, viewer.id(), thread).await? else {
        return Ok(None);
    };
    Ok(views(state, viewer, access.clone(), vec![row]).await?.pop())
}

/// The entry the group has for an address, as the viewer may be shown it: deleted
/// ones only to moderators, CONFLICT (`LINK_EXISTS`) for others.
async fn existing_entry(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    id: LinkId,
) -> AppResult<LinkView> {
    let row = store::link(&state.db, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.deleted_at.is_some() && !access.can_moderate() {
        return Err(AppError::conflict(
            Reason::LinkExists,
            "a deleted entry of the group's link list has this address; a moderator can \
             restore it",
        ));
    }
    Ok(views(state, viewer, Arc::new(access.clone()), vec![row])
        .await?
        .remove(0))
}

/// The answer to adding an address the group has already: its entry.
async fn already_listed(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    id: LinkId,
) -> AppResult<AddedLink> {
    Ok(AddedLink {
        link: existing_entry(state, viewer, access, id).await?,
        existing: true,
    })
}

/// Adds a link (members and moderators, not guests): a thread with the description as
/// its opening post and the link's tags, and the link row, in one transaction; the
/// first scheduled check is queued with it. An address the group has already adds
/// nothing and answers with the existing entry.
pub async fn add_link(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    input: LinkInput,
) -> AppResult<AddedLink> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, group).await?;
    access.require_contributor()?;
    if let Some(existing) =
        store::by_normalised_url_in(&mut tx, group, &input.url.normalised).await?
    {
        drop(tx);
        return already_listed(state, viewer, &access, existing).await;
    }
    let inserted = write_link(&mut tx, group, viewer.id(), &input, now).await;
    let (id, thread, notified) = match inserted {
        Ok(written) => written,
        // Someone added the address at the same moment: theirs is the entry.
        Err(err) if err.reason() == Some(Reason::LinkExists) => {
            drop(tx);
            let existing = store::by_normalised_url(&state.db, group, &input.url.normalised)
                .await?
                .ok_or(err)?;
            return already_listed(state, viewer, &access, existing).await;
        }
        Err(err) => return Err(err),
    };
    checks::schedule_first(&mut tx, state, id, now).await?;
    tx.commit().await?;
    state.wake_workers();
    tracing::info!(group.id = %group.0, link.id = %id.0, "Link added");
    publish(state, group, thread).await;
    notifications::publish_changed(state, &notified).await;
    Ok(AddedLink {
        link: link(state, viewer, id).await?,
        existing: false,
    })
}

/// Writes a link by `author` into `group` at `at`, in the caller's transaction: its
/// thread (the description as the opening post, the tags as the thread's) and the
/// link row. No access check and no scheduled check (the caller decides: a request
/// after its access check, the demo that must send nothing out). Members the
/// description mentions are notified. Returns the link, its thread and who got a
/// notification; an address the group has is CONFLICT (`LINK_EXISTS`).
pub async fn write_link(
    tx: &mut Tx,
    group: GroupId,
    author: AccountId,
    input: &LinkInput,
    at: DateTime<Utc>,
) -> AppResult<(LinkId, ThreadId, Vec<AccountId>)> {
    let (thread, notified) = discussions::start_subject_thread(
        tx,
        group,
        author,
        ThreadSubject::Link,
        input.title.clone(),
        input.description.clone(),
        at,
    )
    .await?;
    discussions::set_subject_tags(tx, thread, &input.tags).await?;
    let id = LinkId(Uuid::now_v7());
    store::insert(
        tx,
        &store::NewLink {
            id,
            group,
            thread,
            url: &input.url.url,
            normalised_url: &input.url.normalised,
            now: at,
        },
    )
    .await?;
    Ok((id, thread, notified))
}

/// Changes a link's address, title, description and tags (its author, not as a guest,
/// and moderators), if `version` is still the link's version: otherwise CONFLICT and
/// nothing changes. A changed address forgets the last check; one that another entry
/// of the group has is CONFLICT (`LINK_EXISTS`).
pub async fn edit_link(
    state: &AppState,
    viewer: &Viewer,
    id: LinkId,
    version: i32,
    input: LinkInput,
) -> AppResult<LinkView> {
    let group = store::group_of(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let access = Access::load_for_write(&mut tx, viewer, group).await?;
    access.require_contributor()?;
    let row = store::link_for_update(&mut tx, viewer.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !(access.can_moderate() || row.author_id == Some(viewer.id())) {
        return Err(if row.deleted_at.is_some() {
            AppError::NotFound
        } else {
            AppError::Forbidden
        });
    }
    if row.version != version {
        return Err(stale(version));
    }
    let (opening, notified) = discussions::rewrite_subject_thread(
        &mut tx,
        row.thread_id,
        &input.title,
        &input.description,
        viewer.id(),
        now,
    )
    .await?;
    discussions::set_subject_tags(&mut tx, row.thread_id, &input.tags).await?;
    set_url(&mut tx, &row, &input.url, now).await?;
    tx.commit().await?;
    tracing::info!(link.id = %id.0, version = version + 1, "Link edited");
    discussions::publish_subject_changed(state, group, row.thread_id, opening).await;
    publish(state, group, row.thread_id).await;
    notifications::publish_changed(state, &notified).await;
    link(state, viewer, id).await
}

/// Gives the link `row` (locked in `tx`) the address `url` and counts its version up:
/// CONFLICT when another entry of the group has the address, or the version moved on.
async fn set_url(tx: &mut Tx, row: &LinkRow, url: &LinkUrl, now: DateTime<Utc>) -> AppResult<()> {
    if let Some(other) = store::by_normalised_url_in(tx, row.group_id, &url.normalised).await?
        && other != row.id
    {
        return Err(AppError::conflict(
            Reason::LinkExists,
            "another entry of the group's link list has this address",
        ));
    }
    if !store::update_url(tx, row.id, row.version, &url.url, &url.normalised, now).await? {
        return Err(stale(row.version));
    }
    Ok(())
}

fn stale(version: i32) -> AppError {
    AppError::conflict(
        Reason::StaleVersion,
        format!(
            "the link was changed in the meantime (version {version} is not current); load \
             it again and redo your edit"
        ),
    )
}

/// One page of a group's links (members; the deleted ones: moderators).
pub async fn group_links(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    filter: &LinkFilter,
    sort: LinkSort,
    page: &PageRequest<LinkKey>,
) -> AppResult<Page<LinkView>> {
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    if filter.deleted {
        access.require_moderator()?;
    }
    list_page(state, viewer, access, filter, LinkOrder::Sort(sort), page).await
}

/// One page of links in `order`, for a viewer whose access was checked.
async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    access: Access,
    filter: &LinkFilter,
    order: LinkOrder,
    page: &PageRequest<LinkKey>,
) -> AppResult<Page<LinkView>> {
    let rows = store::page(
        &state.db,
        &store::LinkListQuery {
            viewer: viewer.id(),
            group: access.id(),
            filter,
            order,
            after: page.after.clone(),
            limit: page.limit(),
        },
    )
    .await?;
    let page = Page::from_rows(rows, page, |l| sort_key(l, order));
    let nodes = views(state, viewer, Arc::new(access), page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}

/// The key of a link in a list of `order` (see [`LinkKey`]).
fn sort_key(link: &LinkRow, order: LinkOrder) -> LinkKey {
    let id = link.id.0;
    match order {
        LinkOrder::Sort(LinkSort::Newest) => (0, String::new(), id),
        LinkOrder::Sort(LinkSort::Title) => (0, link.title_key.clone(), id),
        LinkOrder::Sort(LinkSort::MostDiscussed) => {
            (i64::from(link.reply_count), String::new(), id)
        }
        LinkOrder::ProblemsFirst => (checks::status_rank(link.check.status()), String::new(), id),
    }
}

/// The suggestion for the form that adds a link (members and moderators, not
/// guests): the entry the group has for the address already (a deleted one is
/// CONFLICT with `LINK_EXISTS` for all but moderators), or what the page says about
/// itself. A page the server may not or cannot fetch is BAD_USER_INPUT with
/// `REFUSED_TARGET`, `HOST_NOT_FOUND`, `FETCH_TIMEOUT` or `PAGE_UNAVAILABLE`.
pub async fn preview(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    url: LinkUrl,
) -> AppResult<LinkPreview> {
    let access = Access::load(state, viewer, group).await?;
    access.require_contributor()?;
    if let Some(id) = store::by_normalised_url(&state.db, group, &url.normalised).await? {
        return Ok(LinkPreview {
            existing: Some(existing_entry(state, viewer, &access, id).await?),
            normalised_url: url.normalised,
            preview: Preview::default(),
        });
    }
    count_fetch(state, viewer).await?;
    let preview = state
        .fetcher
        .preview(&url.url)
        .await
        .map_err(fetch_refusal)?;
    Ok(LinkPreview {
        normalised_url: url.normalised,
        preview,
        existing: None,
    })
}

/// Counts one fetch the viewer asked for: RATE_LIMITED beyond
/// [`FETCHES_PER_WINDOW`].
async fn count_fetch(state: &AppState, viewer: &Viewer) -> AppResult<()> {
    let key = format!("link-fetch:{}", viewer.id().0);
    let now = state.clock.now();
    if let Some(retry_after) = state
        .limiter
        .exceeded(&key, FETCHES_PER_WINDOW, now)
        .await?
    {
        return Err(AppError::RateLimited {
            retry_after,
            reason: Reason::TooManyAttempts,
        });
    }
    state.limiter.hit(&key, FETCH_WINDOW, now).await?;
    Ok(())
}

/// Why a page could not be previewed, as the refusal of the `url` argument.
fn fetch_refusal(broken: Broken) -> AppError {
    let reason = match &broken {
        Broken::RefusedTarget(_) | Broken::InvalidUrl(_) => Reason::RefusedTarget,
        Broken::DnsFailure => Reason::HostNotFound,
        Broken::Timeout => Reason::FetchTimeout,
        Broken::HttpStatus(_)
        | Broken::ConnectionFailed
        | Broken::TlsError
        | Broken::TooManyRedirects => Reason::PageUnavailable,
    };
    let message = match broken.detail() {
        Some(detail) => format!("the page could not be read ({}: {detail})", broken.code()),
        None => format!("the page could not be read ({})", broken.code()),
    };
    AppError::bad_input("url", reason, message)
}

/// Tells the group's open pages that its link list changed.
async fn publish(state: &AppState, group: GroupId, thread: ThreadId) {
    let event = GroupEvent {
        kind: GroupEventType::LinksChanged,
        group_id: group,
        thread_id: Some(thread.0),
    };
    live::publish_group_event(state, &event).await;
}
