//! Mentions: rendering a body with the group's members named, and the autocomplete.

use std::collections::HashMap;

use uuid::Uuid;

use super::{
    model::{MAX_MENTIONS, PostBody},
    store,
};
use crate::{
    app::AppState,
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult},
    groups::{Access, model::GroupId},
    markdown,
    orgs::{self, model::Person},
};

/// Most people the autocomplete suggests.
pub const MAX_CANDIDATES: i64 = 10;
/// Longest autocomplete search.
const MAX_SEARCH_CHARS: usize = 100;

/// A body rendered for one group: its HTML and the members it mentions.
pub(super) struct Rendered {
    pub html: String,
    /// Members of the group mentioned, in order of appearance.
    pub mentioned: Vec<AccountId>,
}

/// Renders a body; mentions of members of `group` become their names, any other
/// mention stays the text it was typed as (so nothing tells whether the id exists).
pub(super) async fn render(tx: &mut Tx, group: GroupId, body: &PostBody) -> AppResult<Rendered> {
    let ids = markdown::mentions(body.as_str());
    if ids.len() > MAX_MENTIONS {
        return Err(AppError::bad_input(
            "body",
            format!("a post may mention at most {MAX_MENTIONS} people"),
        ));
    }
    let members = store::members_among(tx, group, &ids).await?;
    let names: HashMap<Uuid, String> = members.iter().map(|m| (m.id.0, m.name.clone())).collect();
    let html = markdown::to_html_with_mentions(body.as_str(), &names);
    let mentioned = ids
        .into_iter()
        .filter(|id| names.contains_key(id))
        .map(AccountId)
        .collect();
    Ok(Rendered { html, mentioned })
}

/// Up to 10 members of the group whose name contains `search` (names starting with it
/// first), for the composer's autocomplete. Members only.
pub async fn mention_candidates(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    search: &str,
) -> AppResult<Vec<Person>> {
    let search = search.trim();
    if search.chars().count() > MAX_SEARCH_CHARS {
        return Err(AppError::bad_input(
            "search",
            format!("must be at most {MAX_SEARCH_CHARS} characters"),
        ));
    }
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    let rows = store::mention_candidates(&state.db, group, search, MAX_CANDIDATES).await?;
    orgs::with_organizations(state, viewer, rows).await
}

/// How a body will look once posted in the group (members and moderators, not
/// guests): the same rendering a reply gets, so the composer's preview shows mentions
/// and sanitising as they will be. Nothing is stored.
pub async fn preview_post(
    state: &AppState,
    viewer: &Viewer,
    group: GroupId,
    body: &PostBody,
) -> AppResult<String> {
    Access::load(state, viewer, group)
        .await?
        .require_contributor()?;
    let mut tx = state.db.begin().await?;
    Ok(render(&mut tx, group, body).await?.html)
}
