//! GraphQL for discussions: thin resolvers over the [`discussions`](super) service.
//! The object types live in `objects.rs`, the roots in `queries.rs` and
//! `mutations.rs`.

mod mutations;
mod objects;
mod queries;

use async_graphql::{ID, MergedObject, SimpleObject};

pub use mutations::{PostMutation, ThreadMutation};
pub use objects::WhatsNew;
pub use queries::DiscussionsQuery;

use super::{PostView, PostsPage, ThreadView};
use crate::{page_object, resolver::PageInfo};

page_object!(
    /// A page of a group's threads.
    ThreadPage of ThreadView
);

/// A page of a thread's posts, with what precedes it.
#[derive(SimpleObject)]
pub struct PostPage {
    /// The posts of this page, in the order asked for.
    pub nodes: Vec<PostView>,
    /// Whether more posts follow, and the cursor to ask for them.
    pub page_info: PageInfo,
    /// True when posts precede this page; ask for them with `before: startCursor`.
    pub has_previous_page: bool,
    /// The cursor of the page's first post; null for an empty page.
    pub start_cursor: Option<String>,
}

impl From<PostsPage> for PostPage {
    fn from(posts: PostsPage) -> Self {
        PostPage {
            page_info: PageInfo::of(&posts.page),
            nodes: posts.page.nodes,
            has_previous_page: posts.has_previous_page,
            start_cursor: posts.start_cursor,
        }
    }
}

/// Every discussion mutation.
#[derive(MergedObject, Default)]
pub struct DiscussionsMutation(ThreadMutation, PostMutation);

fn id_of(uuid: uuid::Uuid) -> ID {
    ID(uuid.to_string())
}
