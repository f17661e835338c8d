//! Unread tracking per person and thread, "mark all read", and drafts.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{forum, reply, start_thread, thread},
    group_fixtures::Kind,
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    unread_counts_follow_each_persons_reading,
    mark_all_read_clears_a_group,
    drafts_are_kept_until_posted_or_discarded,
);

const MARK_READ: &str = "mutation($t: ID!, $s: Int) { markThreadRead(threadId: $t, upToSeq: $s) { unreadCount lastReadSeq isNew } }";

/// The first unread post of a thread as `browser` sees it: its seq, or None.
async fn first_unread(browser: &Browser, thread: &str) -> Option<i64> {
    let response = browser
        .gql(
            "query($id: ID!) { thread(id: $id) { firstUnreadPost { seq } } }",
            json!({ "id": thread }),
        )
        .await;
    response.assert_ok()["thread"]["firstUnreadPost"]["seq"].as_i64()
}

/// Each person's unread count counts others' posts after their read marker (not
/// deleted ones); "new" until first read; the marker moves forward only; the thread
/// page can start at the first unread post.
async fn unread_counts_follow_each_persons_reading(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(
        &f.anna,
        &f.group,
        "Lesestand",
        "Erster Beitrag",
        "DISCUSSION",
    )
    .await;
    let id = started["id"].as_str().unwrap();
    let anna = thread(&f.anna, id).await;
    assert_eq!(
        (anna["unreadCount"].clone(), anna["isNew"].clone()),
        (json!(0), json!(false))
    );
    let ben = thread(&f.ben, id).await;
    assert_eq!(
        (ben["unreadCount"].clone(), ben["isNew"].clone()),
        (json!(1), json!(true))
    );
    assert_eq!(first_unread(&f.ben, id).await, Some(1));

    let response = f.ben.gql(MARK_READ, json!({ "t": id })).await;
    assert_eq!(
        response.assert_ok()["markThreadRead"],
        json!({ "unreadCount": 0, "lastReadSeq": 1, "isNew": false })
    );
    let mut replies = Vec::new();
    for text in ["Zwei", "Drei", "Vier"] {
        replies.push(reply(&f.anna, id, None, text).await);
    }
    assert_eq!(thread(&f.ben, id).await["unreadCount"], 3);
    assert_eq!(
        thread(&f.anna, id).await["unreadCount"],
        0,
        "own posts are read"
    );
    assert_eq!(first_unread(&f.ben, id).await, Some(2));
    // Asked for with its details (through a fragment), the first unread post has them.
    f.anna
        .gql(
            "mutation($p: ID!) { react(postId: $p, reaction: EYES) { id } }",
            json!({ "p": replies[0]["id"] }),
        )
        .await
        .assert_ok();
    let response = f
        .ben
        .gql(
            "query($id: ID!) { thread(id: $id) { firstUnreadPost { ...P } } } \
             fragment P on Post { seq author { name } parent { seq author { name } } \
             reactions { count } }",
            json!({ "id": id }),
        )
        .await;
    let post = &response.assert_ok()["thread"]["firstUnreadPost"];
    assert_eq!(post["seq"], 2);
    assert!(post["author"]["name"].is_string(), "{post}");
    assert_eq!(post["parent"]["seq"], 1);
    assert!(post["parent"]["author"]["name"].is_string(), "{post}");
    assert_eq!(post["reactions"], json!([{ "count": 1 }]));
    let response = f
        .ben
        .gql(
            "query($id: ID!) { thread(id: $id) { posts(order: CHRONOLOGICAL, fromSeq: 2) { nodes { seq } } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        response.assert_ok()["thread"]["posts"]["nodes"],
        json!([{ "seq": 2 }, { "seq": 3 }, { "seq": 4 }])
    );

    let response = f.ben.gql(MARK_READ, json!({ "t": id, "s": 3 })).await;
    assert_eq!(response.assert_ok()["markThreadRead"]["unreadCount"], 1);
    let response = f.ben.gql(MARK_READ, json!({ "t": id, "s": 2 })).await;
    assert_eq!(
        response.assert_ok()["markThreadRead"]["lastReadSeq"],
        3,
        "the marker never moves back"
    );
    let response = f.ben.gql(MARK_READ, json!({ "t": id, "s": 0 })).await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "upToSeq"
    );

    // Deleted posts do not count; replies of Ben make Anna's count grow.
    f.anna
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": replies[2]["id"] }),
        )
        .await
        .assert_ok();
    assert_eq!(thread(&f.ben, id).await["unreadCount"], 0);
    assert_eq!(first_unread(&f.ben, id).await, None);
    reply(&f.ben, id, None, "Fünf").await;
    reply(&f.ben, id, None, "Sechs").await;
    assert_eq!(thread(&f.anna, id).await["unreadCount"], 2);
    assert_eq!(first_unread(&f.anna, id).await, Some(5));
    assert_eq!(thread(&f.ben, id).await["unreadCount"], 0);
    let response = f.anna.gql(MARK_READ, json!({ "t": id, "s": 999 })).await;
    assert_eq!(
        response.assert_ok()["markThreadRead"],
        json!({ "unreadCount": 0, "lastReadSeq": 6, "isNew": false })
    );
    let listed = f
        .guest
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { unreadCount isNew } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(
        listed.assert_ok()["threads"]["nodes"],
        json!([{ "unreadCount": 5, "isNew": true }])
    );
}

/// "Mark all read" clears every thread of the group for the viewer only.
async fn mark_all_read_clears_a_group(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    for title in ["Eins", "Zwei", "Drei"] {
        let started = start_thread(&f.anna, &f.group, title, "Text", "DISCUSSION").await;
        reply(
            &f.moderator,
            started["id"].as_str().unwrap(),
            None,
            "Antwort",
        )
        .await;
    }
    let list = "query($g: ID!) { threads(groupId: $g) { nodes { unreadCount isNew } } }";
    let counts = |response: &crate::helpers::Gql| -> Vec<i64> {
        response.assert_ok()["threads"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["unreadCount"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(
        counts(&f.ben.gql(list, json!({ "g": f.group })).await),
        [2; 3]
    );
    let response = f
        .ben
        .gql(
            "mutation($g: ID!) { markAllRead(groupId: $g) }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(response.assert_ok()["markAllRead"], 3);
    let response = f.ben.gql(list, json!({ "g": f.group })).await;
    assert_eq!(counts(&response), [0; 3]);
    assert!(
        response.assert_ok()["threads"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["isNew"] == false)
    );
    assert_eq!(
        counts(&f.guest.gql(list, json!({ "g": f.group })).await),
        [2; 3]
    );
    assert_eq!(
        counts(&f.anna.gql(list, json!({ "g": f.group })).await),
        [1; 3]
    );
}

const SAVE: &str = "mutation($g: ID!, $t: ID, $p: ID, $title: String, $b: String!) { \
     saveDraft(groupId: $g, threadId: $t, parentPostId: $p, title: $title, body: $b) { \
     groupId threadId parentPostId title body updatedAt } }";
const GET: &str = "query($g: ID!, $t: ID, $p: ID) { draft(groupId: $g, threadId: $t, parentPostId: $p) { title body } }";
const DISCARD: &str = "mutation($g: ID!, $t: ID, $p: ID) { discardDraft(groupId: $g, threadId: $t, parentPostId: $p) }";

/// The draft of `browser` for a target, as `{ title body }` or null.
async fn draft(browser: &Browser, vars: Value) -> Value {
    browser.gql(GET, vars).await.assert_ok()["draft"].clone()
}

/// Drafts are saved per person and target (new thread, reply to the thread, reply to a
/// post), restored, replaced, discarded by writing the post or explicitly; guests have
/// none; targets outside the thread or oversized drafts are refused.
async fn drafts_are_kept_until_posted_or_discarded(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let group = json!({ "g": f.group });
    let response = f
        .anna
        .gql(
            SAVE,
            json!({ "g": f.group, "title": "Halber Tit", "b": "Noch nicht fertig" }),
        )
        .await;
    let saved = &response.assert_ok()["saveDraft"];
    assert_eq!(saved["title"], "Halber Tit");
    assert!(saved["threadId"].is_null());
    f.anna
        .gql(
            SAVE,
            json!({ "g": f.group, "title": "Halber Titel", "b": "Fast fertig" }),
        )
        .await
        .assert_ok();
    assert_eq!(
        draft(&f.anna, group.clone()).await,
        json!({ "title": "Halber Titel", "body": "Fast fertig" })
    );
    assert!(
        draft(&f.ben, group.clone()).await.is_null(),
        "drafts are personal"
    );

    let started = start_thread(&f.anna, &f.group, "Halber Titel", "Fertig", "DISCUSSION").await;
    assert!(
        draft(&f.anna, group.clone()).await.is_null(),
        "starting the thread discards it"
    );
    let thread_id = started["id"].as_str().unwrap();
    let opening = started["openingPost"]["id"].as_str().unwrap();
    let to_thread = json!({ "g": f.group, "t": thread_id });
    let to_post = json!({ "g": f.group, "t": thread_id, "p": opening });
    f.ben
        .gql(
            SAVE,
            json!({ "g": f.group, "t": thread_id, "b": "Zum Thema …" }),
        )
        .await
        .assert_ok();
    f.ben
        .gql(
            SAVE,
            json!({ "g": f.group, "t": thread_id, "p": opening, "b": "Zum Beitrag …" }),
        )
        .await
        .assert_ok();
    assert_eq!(
        draft(&f.ben, to_thread.clone()).await["body"],
        "Zum Thema …"
    );
    assert_eq!(
        draft(&f.ben, to_post.clone()).await["body"],
        "Zum Beitrag …"
    );
    reply(&f.ben, thread_id, Some(opening), "Zum Beitrag: fertig").await;
    assert!(
        draft(&f.ben, to_post.clone()).await.is_null(),
        "the reply discards its draft"
    );
    assert_eq!(
        draft(&f.ben, to_thread.clone()).await["body"],
        "Zum Thema …"
    );
    let response = f.ben.gql(DISCARD, to_thread.clone()).await;
    assert_eq!(response.assert_ok()["discardDraft"], true);
    let response = f.ben.gql(DISCARD, to_thread.clone()).await;
    assert_eq!(response.assert_ok()["discardDraft"], false);
    f.ben
        .gql(SAVE, json!({ "g": f.group, "t": thread_id, "b": "Wieder" }))
        .await
        .assert_ok();
    let response = f
        .ben
        .gql(SAVE, json!({ "g": f.group, "t": thread_id, "b": "  " }))
        .await;
    assert!(
        response.assert_ok()["saveDraft"].is_null(),
        "an empty draft is discarded"
    );
    assert!(draft(&f.ben, to_thread.clone()).await.is_null());

    f.guest
        .gql(SAVE, json!({ "g": f.group, "b": "Gast" }))
        .await
        .assert_code("FORBIDDEN");
    let other = start_thread(&f.ben, &f.group, "Anderes Thema", "Text", "DISCUSSION").await;
    for (vars, field) in [
        (
            json!({ "g": f.group, "t": thread_id, "p": other["openingPost"]["id"], "b": "x" }),
            "parentPostId",
        ),
        (json!({ "g": f.group, "p": opening, "b": "x" }), "threadId"),
        (
            json!({ "g": f.group, "t": thread_id, "title": "Titel", "b": "x" }),
            "title",
        ),
        (json!({ "g": f.group, "b": "a".repeat(100_001) }), "body"),
        (
            json!({ "g": f.group, "title": "a".repeat(201), "b": "x" }),
            "title",
        ),
        (json!({ "g": f.group, "t": "kaputt", "b": "x" }), "threadId"),
    ] {
        let response = f.anna.gql(SAVE, vars).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
}
