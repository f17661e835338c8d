//! GraphQL for groups, members, invitations and join requests: thin resolvers over
//! the [`groups`](super) service. Every group-scoped field goes through
//! [`Access`](super::Access). The object types live in `objects.rs`, the roots in
//! `queries.rs` and `mutations.rs`.

mod mutations;
mod objects;
mod queries;

pub use mutations::GroupsMutation;
pub use queries::GroupsQuery;
