//! GraphQL for the link list: thin resolvers over the [`links`](super) service. The
//! object types live in `objects.rs`, the roots in `queries.rs` and `mutations.rs`.

mod mutations;
mod objects;
mod queries;

pub use mutations::LinksMutation;
pub use queries::LinksQuery;

use super::LinkView;
use crate::page_object;

page_object!(
    /// A page of links.
    LinkPage of LinkView
);
