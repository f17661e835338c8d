//! The GraphQL schema: one merged query, mutation and subscription root per domain,
//! the configured limits, and the helpers resolvers use to reach the request's context.

pub mod admission;
pub mod pagination;

use std::sync::Arc;

use async_graphql::{Context, ID, MergedObject, MergedSubscription, Schema};
use uuid::Uuid;

use crate::{
    app::AppState,
    auth::{self, Client, Viewer},
    config::Settings,
    discussions,
    error::{AppError, AppResult, Reason},
    groups,
    http::session,
    live, notifications, orgs,
};

/// Every query, merged from the domains.
#[derive(MergedObject, Default)]
pub struct Query(
    auth::graphql::AuthQuery,
    orgs::graphql::OrgsQuery,
    groups::graphql::GroupsQuery,
    discussions::graphql::DiscussionsQuery,
    notifications::graphql::NotificationsQuery,
);

/// Every mutation, merged from the domains.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::graphql::AuthMutation,
    orgs::graphql::OrgsMutation,
    groups::graphql::GroupsMutation,
    discussions::graphql::DiscussionsMutation,
    notifications::graphql::NotificationsMutation,
);

/// Every subscription (served on `/graphql/ws`), merged from the domains.
#[derive(MergedSubscription, Default)]
pub struct Subscription(live::graphql::LiveSubscription);

/// The schema type.
pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// What a resolver knows about the request: where it comes from and who is signed in.
pub struct RequestContext {
    pub client: Client,
    pub viewer: Option<Viewer>,
}

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

/// The application state.
pub fn state<'a>(ctx: &Context<'a>) -> &'a AppState {
    ctx.data_unchecked::<Arc<AppState>>()
}

/// The request's context.
pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestContext {
    ctx.data_unchecked::<RequestContext>()
}

/// The signed-in viewer, or UNAUTHENTICATED.
pub fn viewer<'a>(ctx: &Context<'a>) -> AppResult<&'a Viewer> {
    request(ctx)
        .viewer
        .as_ref()
        .ok_or(AppError::Unauthenticated)
}

/// Parses an id argument.
pub fn parse_id(field: &'static str, id: &ID) -> AppResult<Uuid> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| AppError::bad_input(field, Reason::InvalidId, "is not a valid id"))
}

/// Sets the session cookie on the response.
pub fn set_session_cookie(ctx: &Context<'_>, token: &str) {
    let header = session::cookie_header(&state(ctx).settings, Some(token));
    ctx.append_http_header(poem::http::header::SET_COOKIE, header);
}

/// Clears the session cookie on the response.
pub fn clear_session_cookie(ctx: &Context<'_>) {
    let header = session::cookie_header(&state(ctx).settings, None);
    ctx.append_http_header(poem::http::header::SET_COOKIE, header);
}
