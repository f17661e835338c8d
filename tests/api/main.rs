//! Black-box tests of the whole server, on SQLite and on PostgreSQL: the real server
//! on port 0 with a fresh database per test, driven over HTTP like a browser.

mod auth;
mod delivery;
mod helpers;
mod jobs;
mod mail;
mod migrations;
mod platform;
mod process;
mod security;
mod smtp_server;
mod testdb;
mod throttling;
mod web;
