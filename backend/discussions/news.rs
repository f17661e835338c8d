//! What is new across all the groups a person is a member of: threads with unread
//! posts, the latest activity, the person's open questions. Only groups the person is a
//! member of count (administrators too see only their own groups here); the membership
//! is part of the query, so a thread of any other group never appears, and leaving a
//! group takes its threads off these lists.

use super::{
    ThreadKey,
    model::NewsList,
    store,
    views::{self, ThreadView},
};
use crate::{
    auth::Viewer,
    error::AppResult,
    groups,
    paging::{Page, PageRequest},
    state::AppState,
};

/// One page of a news list, by latest activity.
pub async fn news(
    state: &AppState,
    viewer: &Viewer,
    list: NewsList,
    page: &PageRequest<ThreadKey>,
) -> AppResult<Page<ThreadView>> {
    let rows =
        store::threads::news_page(&state.db, viewer.id(), list, page.after, page.limit()).await?;
    let page = Page::from_rows(rows, page, |t| (false, t.last_activity_us, t.id.0));
    let groups = groups::member_groups(state, viewer).await?;
    let nodes = views::threads_of_groups(state, viewer, groups, page.nodes).await?;
    Ok(Page {
        nodes,
        has_next_page: page.has_next_page,
        end_cursor: page.end_cursor,
    })
}
