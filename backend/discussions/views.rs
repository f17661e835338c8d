//! Threads and posts as one viewer sees them, assembled for a whole page at once:
//! authors, parents, reactions and tags of a page are loaded with one query each,
//! whatever the page's size.

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

use super::{
    model::{PostId, PostRow, Reaction, ThreadRow},
    store,
};
use crate::{
    auth::{Viewer, model::AccountId},
    error::AppResult,
    groups::{Access, model::GroupId},
    orgs::{self, model::Person},
    state::AppState,
};

/// How many people each reaction names.
pub const REACTION_PEOPLE: usize = 10;

/// A thread as the viewer sees it. The access and the people are shared by all the
/// threads and posts of a page.
#[derive(Clone, Debug)]
pub struct ThreadView {
    pub row: ThreadRow,
    pub access: Arc<Access>,
    pub author: Option<Arc<Person>>,
    pub tags: Vec<String>,
}

impl ThreadView {
    /// True when the viewer may change title, category and tags, and accept answers:
    /// the author (not as a guest) and moderators.
    pub fn viewer_can_edit(&self) -> bool {
        self.access.can_moderate()
            || (self.row.author_id == Some(self.access.viewer())
                && self.access.require_contributor().is_ok())
    }
}

/// A post as the viewer sees it.
#[derive(Clone, Debug)]
pub struct PostView {
    pub row: PostRow,
    pub access: Arc<Access>,
    /// True when this post is its thread's accepted answer.
    pub accepted: bool,
    pub author: Option<Arc<Person>>,
    pub parent: Option<ParentView>,
    pub reactions: Vec<ReactionSummary>,
}

impl PostView {
    /// True when the viewer sees the body: always, unless the post is deleted and the
    /// viewer does not moderate.
    pub fn body_visible(&self) -> bool {
        self.row.deleted_at.is_none() || self.access.can_moderate()
    }

    /// True when the viewer may edit or delete the post.
    pub fn can_change(&self) -> bool {
        self.access.can_moderate()
            || (self.row.author_id == Some(self.access.viewer())
                && self.access.require_contributor().is_ok())
    }
}

/// What a reply shows of the post it answers.
#[derive(Clone, Debug)]
pub struct ParentView {
    pub id: PostId,
    pub seq: i32,
    pub author: Option<Arc<Person>>,
    pub deleted: bool,
}

/// One reaction to a post: how many, whether the viewer is among them, and the first
/// people (by time).
#[derive(Clone, Debug)]
pub struct ReactionSummary {
    pub reaction: Reaction,
    pub count: i64,
    pub reacted_by_me: bool,
    pub people: Vec<Person>,
}

/// The people of a page, each shared by the posts that show them.
fn shared(people: HashMap<AccountId, Person>) -> HashMap<AccountId, Arc<Person>> {
    people
        .into_iter()
        .map(|(id, person)| (id, Arc::new(person)))
        .collect()
}

/// Threads of one group as the viewer sees them.
pub async fn threads(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    rows: Vec<ThreadRow>,
) -> AppResult<Vec<ThreadView>> {
    let access = Arc::new(access.clone());
    threads_with(state, viewer, rows, |_| Some(access.clone())).await
}

/// Threads of several groups as the viewer sees them, each with its group's access
/// (threads of groups missing from `groups` are left out).
pub async fn threads_of_groups(
    state: &AppState,
    viewer: &Viewer,
    groups: Vec<Access>,
    rows: Vec<ThreadRow>,
) -> AppResult<Vec<ThreadView>> {
    let groups: HashMap<GroupId, Arc<Access>> = groups
        .into_iter()
        .map(|access| (access.id(), Arc::new(access)))
        .collect();
    threads_with(state, viewer, rows, |row| {
        groups.get(&row.group_id).cloned()
    })
    .await
}

async fn threads_with(
    state: &AppState,
    viewer: &Viewer,
    rows: Vec<ThreadRow>,
    access_of: impl Fn(&ThreadRow) -> Option<Arc<Access>>,
) -> AppResult<Vec<ThreadView>> {
    let rows: Vec<(ThreadRow, Arc<Access>)> = rows
        .into_iter()
        .filter_map(|row| access_of(&row).map(|access| (row, access)))
        .collect();
    let ids: Vec<_> = rows.iter().map(|(t, _)| t.id).collect();
    let mut tags: HashMap<_, Vec<String>> = HashMap::new();
    for tag in store::threads::tags_of(&state.db, &ids).await? {
        tags.entry(tag.thread_id).or_default().push(tag.tag);
    }
    let authors: Vec<AccountId> = rows.iter().filter_map(|(t, _)| t.author_id).collect();
    let people = shared(orgs::people_by_ids(state, viewer, &authors).await?);
    Ok(rows
        .into_iter()
        .map(|(row, access)| ThreadView {
            author: row.author_id.and_then(|id| people.get(&id).cloned()),
            tags: tags.remove(&row.id).unwrap_or_default(),
            access,
            row,
        })
        .collect())
}

/// Which related records posts are shown with. A view loaded without some of them
/// shows them empty: only for queries that do not ask for them.
#[derive(Clone, Copy, Debug)]
pub struct PostDetails {
    /// The parents that are not among the posts themselves.
    pub parents: bool,
    /// The reactions.
    pub reactions: bool,
    /// Authors, the parents' authors and the people who reacted.
    pub people: bool,
}

impl PostDetails {
    /// Everything.
    pub const ALL: PostDetails = PostDetails {
        parents: true,
        reactions: true,
        people: true,
    };
}

/// Posts of one thread as the viewer sees them.
pub async fn posts(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    thread: &ThreadRow,
    rows: Vec<PostRow>,
) -> AppResult<Vec<PostView>> {
    posts_with(state, viewer, access, thread, rows, PostDetails::ALL).await
}

/// Like [`posts`], loading only the related records in `details`.
pub async fn posts_with(
    state: &AppState,
    viewer: &Viewer,
    access: &Access,
    thread: &ThreadRow,
    rows: Vec<PostRow>,
    details: PostDetails,
) -> AppResult<Vec<PostView>> {
    let on_page: HashSet<PostId> = rows.iter().map(|p| p.id).collect();
    let missing: Vec<PostId> = if details.parents {
        rows.iter()
            .filter_map(|p| p.parent_id)
            .filter(|id| !on_page.contains(id))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect()
    } else {
        Vec::new()
    };
    let mut parents: HashMap<PostId, store::posts::ParentRow> =
        store::posts::parents(&state.db, &missing)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
    for row in &rows {
        parents.insert(
            row.id,
            store::posts::ParentRow {
                id: row.id,
                seq: row.seq,
                author_id: row.author_id,
                deleted_at: row.deleted_at,
            },
        );
    }
    let ids: Vec<PostId> = rows.iter().map(|p| p.id).collect();
    let reactions = if details.reactions {
        store::reactions::of_posts(&state.db, &ids, viewer.id(), REACTION_PEOPLE as i64).await?
    } else {
        Vec::new()
    };

    let people = if details.people {
        let mut people_ids: Vec<AccountId> = rows.iter().filter_map(|p| p.author_id).collect();
        people_ids.extend(parents.values().filter_map(|p| p.author_id));
        people_ids.extend(reactions.iter().map(|r| r.account_id));
        shared(orgs::people_by_ids(state, viewer, &people_ids).await?)
    } else {
        HashMap::new()
    };
    let person = |id: Option<AccountId>| id.and_then(|id| people.get(&id).cloned());
    let access = Arc::new(access.clone());

    let mut summaries: HashMap<PostId, Vec<ReactionSummary>> = HashMap::new();
    for row in reactions {
        let list = summaries.entry(row.post_id).or_default();
        let summary = match list.iter_mut().position(|s| s.reaction == row.reaction) {
            Some(at) => &mut list[at],
            None => {
                list.push(ReactionSummary {
                    reaction: row.reaction,
                    count: row.total,
                    reacted_by_me: false,
                    people: Vec::new(),
                });
                list.last_mut().expect("just pushed")
            }
        };
        if row.account_id == viewer.id() {
            summary.reacted_by_me = true;
        }
        if row.rank <= REACTION_PEOPLE as i64
            && let Some(p) = people.get(&row.account_id)
        {
            summary.people.push(Person::clone(p));
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut reactions = summaries.remove(&row.id).unwrap_or_default();
            reactions.sort_by_key(|s| Reaction::ALL.iter().position(|r| *r == s.reaction));
            PostView {
                parent: row
                    .parent_id
                    .and_then(|id| parents.get(&id))
                    .map(|p| ParentView {
                        id: p.id,
                        seq: p.seq,
                        author: person(p.author_id),
                        deleted: p.deleted_at.is_some(),
                    }),
                author: person(row.author_id),
                accepted: thread.accepted_post_id == Some(row.id),
                access: access.clone(),
                reactions,
                row,
            }
        })
        .collect())
}
