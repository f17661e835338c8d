//! The edit history of a post: every version with who wrote it and when, and a line
//! diff against the version before.

use chrono::{DateTime, Utc};

use super::{PostView, store};
use crate::{
    auth::Viewer,
    error::AppResult,
    orgs::{self, model::Person},
    state::AppState,
};

/// One version of a post.
#[derive(Clone, Debug)]
pub struct Revision {
    /// 1 for the text as first written, raised by each edit.
    pub version: i32,
    /// The markdown source of this version.
    pub body: String,
    /// The source of the version before; `None` for version 1.
    pub previous_body: Option<String>,
    /// Who wrote this version (the author, or the moderator who edited).
    pub editor: Option<Person>,
    /// When this version was written.
    pub created_at: DateTime<Utc>,
}

/// Every version of a post, newest (the current one) first. Empty for deleted posts
/// unless the viewer moderates (their text is hidden).
pub async fn revisions(
    state: &AppState,
    viewer: &Viewer,
    post: &PostView,
) -> AppResult<Vec<Revision>> {
    if !post.body_visible() {
        return Ok(Vec::new());
    }
    let row = &post.row;
    let mut versions: Vec<(i32, String, Option<_>, DateTime<Utc>)> =
        store::posts::revisions(&state.db, row.id)
            .await?
            .into_iter()
            .map(|r| (r.version, r.body, r.written_by, r.written_at))
            .collect();
    versions.push((
        row.version,
        row.body.clone(),
        row.edited_by.or(row.author_id),
        row.edited_at.unwrap_or(row.created_at),
    ));
    let editors: Vec<_> = versions.iter().filter_map(|v| v.2).collect();
    let people = orgs::people_by_ids(state, viewer, &editors).await?;
    let mut previous: Option<String> = None;
    let mut history = Vec::with_capacity(versions.len());
    for (version, body, editor, created_at) in versions {
        history.push(Revision {
            version,
            previous_body: previous.replace(body.clone()),
            body,
            editor: editor.and_then(|id| people.get(&id).cloned()),
            created_at,
        });
    }
    history.reverse();
    Ok(history)
}
