//! GraphQL for discussions: thin resolvers over the [`discussions`](super) service.
//! The object types live in `objects.rs`, the roots in `queries.rs` and
//! `mutations.rs`.

mod mutations;
mod objects;
mod queries;

use async_graphql::{ID, MergedObject};

pub use mutations::{PostMutation, ThreadMutation};
pub use objects::WhatsNew;
pub use queries::DiscussionsQuery;

use super::{PostView, ThreadView};
use crate::page_object;

page_object!(
    /// A page of a group's threads.
    ThreadPage of ThreadView
);
page_object!(
    /// A page of a thread's posts.
    PostPage of PostView
);

/// Every discussion mutation.
#[derive(MergedObject, Default)]
pub struct DiscussionsMutation(ThreadMutation, PostMutation);

fn id_of(uuid: uuid::Uuid) -> ID {
    ID(uuid.to_string())
}
