//! The GraphQL schema: one merged query, mutation and subscription root per domain,
//! the configured limits, and admission. The helpers resolvers share live below the
//! domains, in [`resolver`](crate::resolver) and [`auth::RequestContext`].

pub mod admission;

use std::sync::Arc;

use async_graphql::{MergedObject, MergedSubscription, Schema};

use crate::{
    auth, config::Settings, discussions, error::Reason, groups, links, live, notices,
    notifications, orgs, state::AppState,
};

/// Every query, merged from the domains.
#[derive(MergedObject, Default)]
pub struct Query(
    auth::graphql::AuthQuery,
    orgs::graphql::OrgsQuery,
    groups::graphql::GroupsQuery,
    discussions::graphql::DiscussionsQuery,
    notices::graphql::NoticesQuery,
    links::graphql::LinksQuery,
    notifications::graphql::NotificationsQuery,
);

/// Every mutation, merged from the domains.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::graphql::AuthMutation,
    orgs::graphql::OrgsMutation,
    groups::graphql::GroupsMutation,
    discussions::graphql::DiscussionsMutation,
    notices::graphql::NoticesMutation,
    links::graphql::LinksMutation,
    notifications::graphql::NotificationsMutation,
);

/// Every subscription (served on `/graphql/ws`), merged from the domains.
#[derive(MergedSubscription, Default)]
pub struct Subscription(live::graphql::LiveSubscription);

/// The schema type.
pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Builds the schema with the limits from `settings`. Introspection and "did you mean"
/// suggestions are only on in development mode.
pub fn build_schema(settings: &Settings, state: Option<Arc<AppState>>) -> AppSchema {
    let mut builder = Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .limit_depth(settings.graphql_max_depth)
    .limit_complexity(settings.graphql_max_complexity)
    .limit_recursive_depth(32)
    .limit_directives(10)
    .register_output_type::<Reason>();
    if !settings.dev {
        builder = builder.disable_introspection().disable_suggestions();
    }
    if let Some(state) = state {
        builder = builder.data(state);
    }
    builder.finish()
}

/// The SDL of the schema, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    build_schema(&Settings::default(), None).sdl()
}
