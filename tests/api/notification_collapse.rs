//! Notifications collapsed by thread, and marking a thread's notifications read up to a
//! post (the collapsed line and the thread's read marker).

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    discussions_fixtures::{forum, reply, start_thread, unread_notifications},
    group_fixtures::Kind,
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    a_threads_notifications_are_one_line_per_page_entry,
    a_thread_is_marked_read_up_to_a_post,
);

const COLLAPSED: &str = "query($f: Int, $a: String, $u: Boolean) { \
     collapsedNotifications(first: $f, after: $a, unreadOnly: $u) { \
     nodes { count latest { kind threadTitle postSeq readAt } } pageInfo { hasNextPage endCursor } } }";
const MARK_THREAD: &str =
    "mutation($t: ID!, $s: Int!) { markThreadNotificationsRead(threadId: $t, upToSeq: $s) }";

/// (thread title, count, newest post's seq, read) of each line.
async fn lines(browser: &Browser, vars: Value) -> (Vec<(String, i64, i64, bool)>, Value) {
    let response = browser.gql(COLLAPSED, vars).await;
    let page = &response.assert_ok()["collapsedNotifications"];
    let lines = page["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["latest"]["threadTitle"].as_str().unwrap().to_owned(),
                n["count"].as_i64().unwrap(),
                n["latest"]["postSeq"].as_i64().unwrap(),
                !n["latest"]["readAt"].is_null(),
            )
        })
        .collect();
    (lines, page["pageInfo"].clone())
}

fn line(title: &str, count: i64, seq: i64, read: bool) -> (String, i64, i64, bool) {
    (title.to_owned(), count, seq, read)
}

/// Three replies in one thread are one line (with the newest post), another thread's
/// reply another; pages count lines, and the cursor continues after the last line.
async fn a_threads_notifications_are_one_line_per_page_entry(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let first = start_thread(
        &f.anna,
        &f.group,
        "Praktika",
        "Wer hat Plätze?",
        "DISCUSSION",
    )
    .await;
    let first = first["id"].as_str().unwrap();
    for text in ["Wir", "Wir auch", "Und wir"] {
        reply(&f.ben, first, None, text).await;
    }
    let second = start_thread(&f.anna, &f.group, "Messe", "Wer kommt?", "DISCUSSION").await;
    reply(&f.moderator, second["id"].as_str().unwrap(), None, "Ich").await;
    assert_eq!(unread_notifications(&f.anna).await, 4);

    let (all, _) = lines(&f.anna, json!({})).await;
    assert_eq!(
        all,
        [line("Messe", 1, 2, false), line("Praktika", 3, 4, false)]
    );
    let (page, info) = lines(&f.anna, json!({ "f": 1 })).await;
    assert_eq!(page, [line("Messe", 1, 2, false)]);
    assert_eq!(info["hasNextPage"], true);
    let (rest, info) = lines(&f.anna, json!({ "f": 1, "a": info["endCursor"] })).await;
    assert_eq!(rest, [line("Praktika", 3, 4, false)]);
    assert_eq!(info["hasNextPage"], false);
    assert!(lines(&f.ben, json!({})).await.0.is_empty());
}

/// Marking up to a post marks the thread's notifications up to it read, the later ones
/// stay unread (read and unread are separate lines); other threads stay as they are.
/// The service the read marker calls does the same; bad ids are BAD_USER_INPUT.
async fn a_thread_is_marked_read_up_to_a_post(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let first = start_thread(
        &f.anna,
        &f.group,
        "Praktika",
        "Wer hat Plätze?",
        "DISCUSSION",
    )
    .await;
    let first = first["id"].as_str().unwrap();
    for text in ["Wir", "Wir auch", "Und wir", "Wir nicht"] {
        reply(&f.ben, first, None, text).await;
    }
    let second = start_thread(&f.anna, &f.group, "Messe", "Wer kommt?", "DISCUSSION").await;
    reply(&f.moderator, second["id"].as_str().unwrap(), None, "Ich").await;

    let marked = f.anna.gql(MARK_THREAD, json!({ "t": first, "s": 3 })).await;
    assert_eq!(marked.assert_ok()["markThreadNotificationsRead"], 3);
    assert_eq!(
        lines(&f.anna, json!({})).await.0,
        [
            line("Messe", 1, 2, false),
            line("Praktika", 2, 5, false),
            line("Praktika", 2, 3, true),
        ]
    );
    assert_eq!(
        lines(&f.anna, json!({ "u": true })).await.0,
        [line("Messe", 1, 2, false), line("Praktika", 2, 5, false)]
    );
    // Someone else's marking changes nothing of Anna's.
    f.ben
        .gql(MARK_THREAD, json!({ "t": first, "s": 5 }))
        .await
        .assert_ok();
    assert_eq!(unread_notifications(&f.anna).await, 3);

    let anna = fachforum::ids::AccountId(Uuid::parse_str(&f.anna_id).unwrap());
    let thread = fachforum::ids::ThreadId(Uuid::parse_str(first).unwrap());
    let now = f.app.clock.now();
    let changed = fachforum::notifications::mark_read_in_thread(&f.app.state, anna, thread, 5, now)
        .await
        .map_err(|e| e.into_anyhow())
        .unwrap();
    assert_eq!(changed, 2);
    assert_eq!(unread_notifications(&f.anna).await, 1);

    f.anna
        .gql(MARK_THREAD, json!({ "t": "kaputt", "s": 1 }))
        .await
        .assert_code("BAD_USER_INPUT");
}
