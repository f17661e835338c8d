//! Fachforum: a self-hosted, moderated professional community forum.
//!
//! # Module map
//!
//! - [`app`] builds the whole application from [`config::Settings`] and runs it: it
//!   only wires the layers below together.
//! - [`http`]: poem routes (`/graphql`, the `/graphql/ws` WebSocket), security headers,
//!   health and metrics, the embedded web app, the session cookie a request carries,
//!   and [`http::HttpState`] (metrics, the parsed-query cache).
//! - [`graphql`]: schema assembly, admission (the bounds of a query document, checked in
//!   linear time, and the text rule for every string) and limits.
//! - [`demo`]: `fachforum demo`, realistic German demo content for an empty database.
//! - [`notices`]: the pinboard: notices with importance, expiry and a pinned order,
//!   each with a discussion thread of its own, and acknowledgement requests per person
//!   or per office with coverage, reminders and the CSV export.
//! - [`links`]: the commented link list: links with tags found again by their
//!   normalised address, each with a discussion thread of its own, the link check on
//!   a schedule and on demand, and page previews for the form.
//! - [`discussions`]: threads with nested replies, categories, mentions, reactions,
//!   accepted answers, revisions, drafts, unread tracking, watch levels, live events.
//! - [`groups`]: closed groups, roles, invitations, join requests, the handover of
//!   memberships to a successor, the live feeds of a group for its members, and
//!   [`groups::Access`], the one check every group-scoped operation goes through.
//! - [`notifications`]: stored in-app notifications, written in the transaction of the
//!   change that causes them.
//! - [`orgs`]: organisations (the coordination offices), regions, the member directory.
//! - [`auth`]: accounts, passwords, sessions, one-time links, the [`auth::Viewer`], and
//!   the [`auth::RequestContext`] a resolver reads.
//! - [`live`]: live events: the channels and payloads domains publish after a commit,
//!   the listener their access-checked feeds read, and the GraphQL subscriptions.
//! - [`resolver`]: what every domain's resolvers share: the state from the context, id
//!   arguments, the GraphQL page objects.
//! - [`state`]: [`state::AppState`], the services every domain receives (database,
//!   pub/sub, rate limits, mail, jobs, settings, the password-hashing slots).
//! - [`platform`]: swappable infrastructure, each with an embedded and a scale-out
//!   implementation: mail, pub/sub, rate limits, and the durable job queue.
//! - [`outbound`]: the one way the server reaches out to other web servers (link checks
//!   and page previews), with SSRF protection, and the normal form of a link's URL.
//! - [`paging`]: page requests, pages and the cursor codec of every list.
//! - [`rules`]: the input rules several domains share (names, descriptions).
//! - [`db`]: SQLite or PostgreSQL behind [`db::Db`], one SQL string for both.
//! - [`markdown`]: markdown to sanitised HTML, rendered once at write time.
//! - [`text`]: the one rule for incoming text (no control characters, NFC).
//! - [`allocator`]: the global allocator (mimalloc) and how a thread hands back its memory.
//! - [`config`]: typed settings from defaults, an optional `fachforum.toml` and
//!   `FACHFORUM_*` environment variables.
//! - [`clock`]: the application clock of each app instance (the system clock, or in tests
//!   one the test advances); time is bound into SQL, never read from the database.
//! - [`ids`]: the typed ids of every domain, and `stored_as_text!`.
//! - [`error`]: [`error::AppError`], the one error type, with a stable code per variant.
//!
//! # Layers
//!
//! Imports point down: a module imports only modules listed after it in this table,
//! whether in its own row or in a row below. So a domain imports only the domains after
//! it, never `graphql`, `http` or `app`, and the base imports nothing above it. A
//! domain's resolvers (its `graphql.rs` or `graphql/`) are a row of their own above all
//! domains: a GraphQL object may answer a field with another domain's service (a
//! person's shared groups, an account's organisation) while the services keep their
//! order. `architecture_test` checks every `crate::` import against this table.
//!
//! | layer | modules, top first |
//! |---|---|
//! | command line (the bin) | `main` |
//! | wiring | `app` |
//! | transport | `http` |
//! | schema | `graphql` |
//! | resolvers | `*/graphql` |
//! | commands | `demo` |
//! | domains | `notices`, `links`, `discussions`, `groups`, `notifications`, `orgs`, `auth` |
//! | live events | `live` |
//! | services | `resolver`, `state` |
//! | infrastructure | `platform`, `outbound` |
//! | base | `paging`, `rules`, `db`, `markdown`, `text`, `config`, `clock`, `ids`, `error`, `allocator` |
//!
//! # A domain's folder
//!
//! `mod.rs` is the service (the use cases and their permission checks, the module doc
//! naming the rules), split by use case into files beside it when it grows;
//! `model.rs` the types and the rules of their input; `store.rs` (or `store/`) the SQL
//! and nothing else; `graphql/` the thin resolvers: `objects.rs` the object and input
//! types, `queries.rs` the query root, `mutations.rs` the mutation root, and `mod.rs`
//! only re-exporting the roots (groups and discussions show it; the small auth, orgs
//! and notifications still keep all three parts in one `graphql.rs`).

#[cfg(test)]
mod architecture_test;

pub mod allocator;
pub mod app;
pub mod auth;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod discussions;
pub mod error;
pub mod graphql;
pub mod groups;
pub mod http;
pub mod ids;
pub mod links;
pub mod live;
pub mod markdown;
pub mod notices;
pub mod notifications;
pub mod orgs;
pub mod outbound;
pub mod paging;
pub mod platform;
pub mod resolver;
pub mod rules;
pub mod state;
pub mod text;
