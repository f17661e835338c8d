//! A write and a membership change that overlap: the write's access check holds until
//! it commits, so a removed member's post lands before the removal or not at all.
//!
//! PostgreSQL only: there, writes to one group run side by side, and the test holds a
//! row lock to stop a reply in the middle of its transaction. SQLite runs one writing
//! transaction at a time, so the overlap cannot arise there.

use std::time::Duration;

use serde_json::json;
use sqlx::{Connection, Executor, PgConnection};

use crate::{
    discussions_fixtures::{forum, start_thread},
    group_fixtures::Kind,
    helpers::TestApp,
    testdb::Backend,
};

/// Sessions of the test's database that wait for a lock.
async fn lock_waiters(observer: &mut PgConnection) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )
    .fetch_one(observer)
    .await
    .unwrap()
}

/// Waits until `n` sessions wait for a lock, or `done` is true; a real event between
/// database sessions, polled with a deadline.
async fn until_waiting(observer: &mut PgConnection, n: i64, mut done: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while lock_waiters(observer).await < n && !done() {
        assert!(tokio::time::Instant::now() < deadline, "no session waited");
        tokio::task::yield_now().await;
    }
}

/// A reply in flight when a moderator removes its author: the removal waits for the
/// reply, which lands while its author is still a member.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_in_flight_lands_before_its_authors_removal() {
    let forum = forum(TestApp::spawn(Backend::Postgres).await, Kind::ListedOpen).await;
    let thread = start_thread(
        &forum.moderator,
        &forum.group,
        "Busfahrkarten",
        "Wer?",
        "QUESTION",
    )
    .await;
    let thread_id = thread["id"].as_str().unwrap().to_owned();
    let url = forum
        .app
        .state
        .settings
        .database_url
        .get()
        .unwrap()
        .to_owned();
    let mut holder = PgConnection::connect(&url).await.unwrap();
    let mut observer = PgConnection::connect(&url).await.unwrap();

    // Hold the thread's row: the reply stops inside its transaction, after its check.
    holder.execute("BEGIN").await.unwrap();
    sqlx::query("SELECT id FROM threads WHERE id = $1::uuid FOR UPDATE")
        .bind(&thread_id)
        .execute(&mut holder)
        .await
        .unwrap();
    let anna = forum.anna;
    let reply = tokio::spawn({
        let thread_id = thread_id.clone();
        async move {
            anna.gql(
                "mutation($t: ID!) { reply(threadId: $t, body: \"Der Kreis zahlt.\") { id } }",
                json!({ "t": thread_id }),
            )
            .await
        }
    });
    until_waiting(&mut observer, 1, || false).await;

    let moderator = forum.moderator;
    let (group, anna_id) = (forum.group.clone(), forum.anna_id.clone());
    let removal = tokio::spawn(async move {
        moderator
            .gql(
                "mutation($g: ID!, $a: ID!) { removeMember(groupId: $g, accountId: $a) }",
                json!({ "g": group, "a": anna_id }),
            )
            .await
    });
    until_waiting(&mut observer, 2, || removal.is_finished()).await;
    assert!(
        !removal.is_finished(),
        "the removal waits for the reply that is in flight"
    );

    holder.execute("ROLLBACK").await.unwrap();
    let reply = reply.await.unwrap();
    reply.assert_ok();
    removal.await.unwrap().assert_ok();
    let after = forum
        .ben
        .gql(
            "query($t: ID!) { thread(id: $t) { replyCount } }",
            json!({ "t": thread_id }),
        )
        .await;
    assert_eq!(after.assert_ok()["thread"]["replyCount"], 1);
}
