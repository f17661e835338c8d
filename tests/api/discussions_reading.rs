//! The reading position: the read marker follows the posts a person has had on
//! screen, and a thread page loads the posts before it.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{forum, reply, start_thread, thread},
    group_fixtures::Kind,
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    the_marker_moves_only_over_posts_that_were_seen,
    earlier_posts_load_before_a_page,
);

const SEEN: &str = "mutation($t: ID!, $s: [Int!]!) { markPostsSeen(threadId: $t, seqs: $s) \
                    { unreadCount lastReadSeq } }";

/// Reports `seqs` as seen by `browser`; returns the thread's unread count and marker.
async fn seen(browser: &Browser, thread: &str, seqs: &[i32]) -> (i64, i64) {
    let response = browser.gql(SEEN, json!({ "t": thread, "s": seqs })).await;
    let marked = &response.assert_ok()["markPostsSeen"];
    (
        marked["unreadCount"].as_i64().unwrap(),
        marked["lastReadSeq"].as_i64().unwrap(),
    )
}

/// A thread of Anna's with `replies` replies of hers to the opening post; its id.
async fn long_thread(browser: &Browser, group: &str, replies: usize) -> String {
    let started = start_thread(browser, group, "Lange Runde", "Beitrag 1", "DISCUSSION").await;
    let id = started["id"].as_str().unwrap().to_owned();
    for n in 2..=replies + 1 {
        reply(browser, &id, None, &format!("Beitrag {n}")).await;
    }
    id
}

/// Seeing posts moves the marker over the seen ones up to the first unseen one; own
/// and deleted posts do not stop it; it never moves back; the count and the
/// notifications about the posts passed follow it; outsiders and oversized reports are
/// refused.
async fn the_marker_moves_only_over_posts_that_were_seen(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let id = long_thread(&f.anna, &f.group, 9).await;
    assert_eq!(thread(&f.ben, id.as_str()).await["unreadCount"], 10);

    // Ben saw 1–3 and 5: 4 was never on screen, so 4 and everything after stay unread.
    assert_eq!(seen(&f.ben, &id, &[1, 2, 3, 5]).await, (7, 3));
    // Seeing 4 (and 5 again) moves the marker over both.
    assert_eq!(seen(&f.ben, &id, &[4, 5]).await, (5, 5));
    // Seeing what is already read changes nothing: the marker never moves back.
    assert_eq!(seen(&f.ben, &id, &[1, 2]).await, (5, 5));
    assert_eq!(seen(&f.ben, &id, &[]).await, (5, 5));

    // Ben's own reply (11) and a deleted post (7) do not stop the marker.
    let own = reply(&f.ben, &id, None, "Meine Antwort").await;
    assert_eq!(own["seq"], 11);
    let posts = f
        .anna
        .gql(
            "query($id: ID!) { thread(id: $id) { posts(order: CHRONOLOGICAL) { nodes { id seq } } } }",
            json!({ "id": id }),
        )
        .await;
    let seventh = posts.assert_ok()["thread"]["posts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["seq"] == 7)
        .unwrap()["id"]
        .clone();
    f.anna
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": seventh }),
        )
        .await
        .assert_ok();
    reply(&f.anna, &id, None, "Nach Bens Antwort").await;
    assert_eq!(seen(&f.ben, &id, &[6, 8, 9, 10]).await, (1, 11));
    // Ben watches the thread since his reply: post 12 is a notification, read with it.
    let unread_notifications = || async {
        let response = f.ben.gql("{ unreadNotificationCount }", json!({})).await;
        response.assert_ok()["unreadNotificationCount"].clone()
    };
    assert_eq!(unread_notifications().await, 1);
    assert_eq!(seen(&f.ben, &id, &[12]).await, (0, 12));
    assert_eq!(unread_notifications().await, 0);
    // Seqs beyond the thread's end, and unknown ones, are ignored.
    assert_eq!(seen(&f.ben, &id, &[13, 500, -1]).await, (0, 12));
    // Each marker is a person's own: Mona has read nothing (11 posts, one deleted).
    assert_eq!(thread(&f.moderator, &id).await["unreadCount"], 11);

    let many: Vec<i32> = (1..=201).collect();
    let response = f.ben.gql(SEEN, json!({ "t": id, "s": many })).await;
    let error = response.assert_code("BAD_USER_INPUT");
    assert_eq!(error["extensions"]["reason"], "TOO_MANY");
    assert_eq!(error["extensions"]["field"], "seqs");
    assert_eq!(error["extensions"]["max"], 200);

    let outsider = f
        .app
        .signed_in(&f.app.create_user("Olga", false).await)
        .await;
    let response = outsider.gql(SEEN, json!({ "t": id, "s": [1] })).await;
    assert_eq!(
        response.assert_code("NOT_FOUND")["extensions"]["reason"],
        "NOT_FOUND"
    );
}

/// The posts `browser` gets for `args` (GraphQL arguments of `posts`).
async fn page(browser: &Browser, thread: &str, args: &str) -> Value {
    let query = format!(
        "query($id: ID!) {{ thread(id: $id) {{ posts({args}) {{ nodes {{ seq }} \
         pageInfo {{ hasNextPage endCursor }} hasPreviousPage startCursor }} }} }}"
    );
    let response = browser.gql(&query, json!({ "id": thread })).await;
    response.assert_ok()["thread"]["posts"].clone()
}

fn seqs(page: &Value) -> Vec<i64> {
    page["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["seq"].as_i64().unwrap())
        .collect()
}

/// A page that starts at an unread post says posts precede it; `before: startCursor`
/// loads them right before it, page by page, in both orders, until the opening post.
async fn earlier_posts_load_before_a_page(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let id = long_thread(&f.anna, &f.group, 9).await;

    let at = page(&f.ben, &id, "order: CHRONOLOGICAL, fromSeq: 8, first: 3").await;
    assert_eq!(seqs(&at), [8, 9, 10]);
    assert_eq!(at["hasPreviousPage"], true);
    let mut cursor = at["startCursor"].as_str().unwrap().to_owned();
    let mut earlier = Vec::new();
    loop {
        let before = page(
            &f.ben,
            &id,
            &format!("order: CHRONOLOGICAL, first: 3, before: \"{cursor}\""),
        )
        .await;
        assert_eq!(before["pageInfo"]["hasNextPage"], true);
        earlier.push(seqs(&before));
        if before["hasPreviousPage"] == false {
            break;
        }
        cursor = before["startCursor"].as_str().unwrap().to_owned();
    }
    assert_eq!(earlier, [vec![5, 6, 7], vec![2, 3, 4], vec![1]]);
    let start = page(&f.ben, &id, "order: CHRONOLOGICAL, first: 3").await;
    assert_eq!(start["hasPreviousPage"], false);

    // Threaded: a reply to post 2 comes right after it, before post 3.
    let second = f
        .ben
        .gql(
            "query($id: ID!) { thread(id: $id) { posts(fromSeq: 2, first: 1) { nodes { id } } } }",
            json!({ "id": id }),
        )
        .await;
    let second = second.assert_ok()["thread"]["posts"]["nodes"][0]["id"].clone();
    let under = reply(&f.ben, &id, second.as_str(), "Unter Beitrag 2").await;
    assert_eq!(under["seq"], 11);
    let at = page(&f.ben, &id, "fromSeq: 3, first: 2").await;
    assert_eq!(seqs(&at), [3, 4]);
    let cursor = at["startCursor"].as_str().unwrap();
    let before = page(&f.ben, &id, &format!("first: 2, before: \"{cursor}\"")).await;
    assert_eq!(seqs(&before), [2, 11]);
    assert_eq!(before["hasPreviousPage"], true);

    // A cursor of the other order, a malformed one, and two starts are refused.
    for (args, field, reason) in [
        (
            format!("order: CHRONOLOGICAL, before: \"{cursor}\""),
            "before",
            "INVALID_CURSOR",
        ),
        ("before: \"kaputt\"".to_owned(), "before", "INVALID_CURSOR"),
        (
            format!("before: \"{cursor}\", fromSeq: 2"),
            "fromSeq",
            "EXCLUSIVE_ARGUMENTS",
        ),
    ] {
        let query = format!(
            "query($id: ID!) {{ thread(id: $id) {{ posts({args}) {{ nodes {{ seq }} }} }} }}"
        );
        let response = f.ben.gql(&query, json!({ "id": id })).await;
        let error = response.assert_code("BAD_USER_INPUT");
        assert_eq!(error["extensions"]["field"], field, "{args}");
        assert_eq!(error["extensions"]["reason"], reason, "{args}");
    }
}
