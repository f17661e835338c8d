//! Black-box tests of the whole server, on SQLite and on PostgreSQL: the real server
//! on port 0 with a fresh database per test, driven over HTTP like a browser.

mod auth;
mod delivery;
mod demo;
mod directory;
mod discussions_access;
mod discussions_answers;
mod discussions_fixtures;
mod discussions_indexes;
mod discussions_posts;
mod discussions_threads;
mod discussions_tree;
mod discussions_unread;
mod group_access;
mod group_fixtures;
mod groups;
mod helpers;
mod hostile_clients;
mod invitations;
mod jobs;
mod join_requests;
mod live;
mod mail;
mod migrations;
mod notifications;
mod orgs;
mod platform;
mod process;
mod reasons;
mod schema_walk;
mod security;
mod smtp_server;
mod testdb;
mod throttling;
mod web;
mod ws_client;
