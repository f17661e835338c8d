//! Mentions: rendering a body with the group's members named, and the autocomplete.

use std::collections::HashMap;

use uuid::Uuid;

use super::{
    model::{MAX_MENTIONS, PostBody},
    store::{self, MemberName},
};
use crate::{
    auth::{Viewer, model::AccountId},
    db::Tx,
    error::{AppError, AppResult, Reason},
    groups::{Access, model::GroupId},
    markdown,
    orgs::{self, model::Person},
    state::AppState,
};

/// Most people the autocomplete suggests.
pub const MAX_CANDIDATES: usize = 10;
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
            Reason::TooManyMentions,
            format!("a post may mention at most {MAX_MENTIONS} people"),
        )
        .max(MAX_MENTIONS));
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

/// The ids of up to `limit` of `members` whose name contains `search`, compared in
/// lower case over all of Unicode (in Rust: SQLite's LOWER folds only ASCII, and
/// "öz" must find "Özdemir"); names that start with it first, then by name.
fn best_matches(members: Vec<MemberName>, search: &str, limit: usize) -> Vec<AccountId> {
    let needle = search.to_lowercase();
    let mut found: Vec<(bool, String, AccountId)> = members
        .into_iter()
        .filter_map(|member| {
            let key = member.name.to_lowercase();
            key.contains(&needle)
                .then(|| (!key.starts_with(&needle), key, member.id))
        })
        .collect();
    found.sort_by(|a, b| (a.0, &a.1, a.2.0).cmp(&(b.0, &b.1, b.2.0)));
    found.into_iter().take(limit).map(|(_, _, id)| id).collect()
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
            Reason::TooLong,
            format!("must be at most {MAX_SEARCH_CHARS} characters"),
        )
        .max(MAX_SEARCH_CHARS));
    }
    let access = Access::load(state, viewer, group).await?;
    access.require_member()?;
    let members = store::member_names(&state.db, group).await?;
    let ids = best_matches(members, search, MAX_CANDIDATES);
    let mut people = orgs::people_by_ids(state, viewer, &ids).await?;
    Ok(ids.iter().filter_map(|id| people.remove(id)).collect())
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
    let mut tx = state.db.begin_read().await?;
    Ok(render(&mut tx, group, body).await?.html)
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn member(n: u128, name: &str) -> MemberName {
        MemberName {
            id: AccountId(Uuid::from_u128(n)),
            name: name.to_owned(),
        }
    }

    #[test]
    fn matches_fold_case_beyond_ascii_and_prefixes_come_first() {
        let members = vec![
            member(1, "Deniz Özdemir"),
            member(2, "Özlem Arslan"),
            member(3, "Anna Schulz"),
            member(4, "ÄNNE Groß"),
        ];
        let names = |search: &str, limit: usize| -> Vec<u128> {
            best_matches(members.clone(), search, limit)
                .into_iter()
                .map(|id| id.0.as_u128())
                .collect()
        };
        assert_eq!(names("öz", 10), [2, 1]);
        assert_eq!(names("ÄN", 10), [4]);
        assert_eq!(names("gross", 10), Vec::<u128>::new());
        assert_eq!(names("an", 10), [3, 2]);
        assert_eq!(names("", 2), [3, 1]);
        assert_eq!(names("%", 10), Vec::<u128>::new());
    }
}
