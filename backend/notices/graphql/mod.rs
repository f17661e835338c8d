//! GraphQL for the pinboard: thin resolvers over the [`notices`](super) service. The
//! object types live in `objects.rs`, the roots in `queries.rs` and `mutations.rs`.

mod mutations;
mod objects;
mod queries;

pub use mutations::NoticesMutation;
pub use queries::NoticesQuery;

use super::NoticeView;
use crate::page_object;

page_object!(
    /// A page of notices.
    NoticePage of NoticeView
);
