//! Fachforum: a self-hosted, moderated professional community forum.
//!
//! # Module map
//!
//! - [`app`] builds the whole application from [`config::Settings`] and runs it.
//! - [`config`]: typed settings from defaults, an optional `fachforum.toml` and
//!   `FACHFORUM_*` environment variables.
//! - [`error`]: [`error::AppError`], the one error type, with a stable code per variant.
//! - [`db`]: SQLite or PostgreSQL behind [`db::Db`], one SQL string for both.
//! - [`clock`]: the application clock of each app instance (the system clock, or in tests
//!   one the test advances); time is bound into SQL, never read from the database.
//! - [`platform`]: swappable infrastructure, each with an embedded and a scale-out
//!   implementation: mail, pub/sub, rate limits, and the durable job queue.
//! - [`auth`]: accounts, passwords, sessions, one-time links, the [`auth::Viewer`].
//! - [`orgs`]: organisations (the coordination offices), regions, the member directory,
//!   handover to a successor.
//! - [`groups`]: closed groups, roles, invitations, join requests, and
//!   [`groups::Access`], the one check every group-scoped operation goes through.
//! - [`demo`]: `fachforum demo`, realistic German demo content for an empty database.
//! - [`live`]: live events: the channels and payloads domains publish after a commit,
//!   and the subscriptions that deliver them (checked against membership each time).
//! - [`discussions`]: threads with nested replies, categories, mentions, reactions,
//!   accepted answers, revisions, drafts, unread tracking, watch levels, live events.
//! - [`notifications`]: stored in-app notifications, written in the transaction of the
//!   change that causes them.
//! - [`markdown`]: markdown to sanitised HTML, rendered once at write time.
//! - [`text`]: the one rule for incoming text (no control characters, NFC).
//! - [`graphql`]: schema assembly, admission (the bounds of a query document, checked in
//!   linear time, and the text rule for every string), limits, and the cursor
//!   pagination convention.
//! - [`http`]: poem routes (`/graphql`, the `/graphql/ws` WebSocket), security headers,
//!   health and metrics, the embedded web app.

/// mimalloc instead of the system allocator: a request builds and drops many small
/// values (rows, GraphQL values, JSON), and glibc's allocator spent about a quarter of
/// the thread page's instructions on them (BENCHMARKS.md). Declared here, so the server,
/// the tests and the benchmark all run on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
pub mod live;
pub mod markdown;
pub mod notifications;
pub mod orgs;
pub mod platform;
pub mod text;
