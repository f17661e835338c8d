//! Posts: replies to deleted or unknown posts, edits with version check and history,
//! soft deletion and restoring, and markup that must never execute.

use serde_json::json;

use crate::{
    discussions_fixtures::{
        all_posts, forum, mention, post, reply, reply_mutation, start_thread, thread,
    },
    group_fixtures::Kind,
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    replies_to_deleted_or_unknown_posts_are_refused,
    concurrent_edits_conflict_and_revisions_keep_the_history,
    deleted_posts_are_placeholders_until_a_moderator_restores_them,
    deleting_the_opening_post_deletes_the_thread_until_restored,
    markup_and_mentions_in_posts_never_execute,
    mention_candidates_are_members_of_the_group,
    the_preview_renders_as_a_post_would_without_storing,
);

/// Replying to a deleted post is CONFLICT with a clear message; to a post of another
/// thread, an unknown or a malformed id is BAD_USER_INPUT; nothing is stored.
async fn replies_to_deleted_or_unknown_posts_are_refused(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let one = start_thread(&f.anna, &f.group, "Erstes Thema", "Text", "DISCUSSION").await;
    let two = start_thread(&f.ben, &f.group, "Zweites Thema", "Text", "DISCUSSION").await;
    let thread_id = one["id"].as_str().unwrap();
    let answer = reply(&f.ben, thread_id, None, "Wird gelöscht").await;
    let answer_id = answer["id"].as_str().unwrap();
    f.ben
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": answer_id }),
        )
        .await
        .assert_ok();
    let response = f
        .anna
        .gql(
            &reply_mutation(),
            json!({ "t": thread_id, "p": answer_id, "b": "Worauf?" }),
        )
        .await;
    let error = response.assert_code("CONFLICT");
    assert_eq!(
        error["message"],
        "the post you are replying to has been deleted"
    );

    let foreign = two["openingPost"]["id"].as_str().unwrap();
    for (parent, field) in [
        (json!(foreign), "parentPostId"),
        (json!(uuid::Uuid::now_v7()), "parentPostId"),
        (json!("nicht-da"), "parentPostId"),
    ] {
        let response = f
            .anna
            .gql(
                &reply_mutation(),
                json!({ "t": thread_id, "p": parent, "b": "x" }),
            )
            .await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    let response = f
        .anna
        .gql(&reply_mutation(), json!({ "t": "nicht-da", "b": "x" }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "threadId"
    );
    f.anna
        .gql(
            &reply_mutation(),
            json!({ "t": uuid::Uuid::now_v7(), "b": "x" }),
        )
        .await
        .assert_code("NOT_FOUND");
    let response = f
        .anna
        .gql(
            &reply_mutation(),
            json!({ "t": thread_id, "b": "a".repeat(100_001) }),
        )
        .await;
    let error = response.assert_code("BAD_USER_INPUT");
    assert!(error["message"].as_str().unwrap().contains("100000"));
    let after = thread(&f.anna, thread_id).await;
    assert_eq!(
        (after["replyCount"].clone(), after["lastSeq"].clone()),
        (json!(0), json!(2))
    );
}

const EDIT: &str = "mutation($p: ID!, $b: String!, $v: Int!) { editPost(postId: $p, body: $b, version: $v) { id body bodyHtml version } }";

/// Two browsers edit the same version: the second gets CONFLICT and overwrites
/// nothing; authors and moderators edit, others may not; every version stays in the
/// history with its editor and a line diff.
async fn concurrent_edits_conflict_and_revisions_keep_the_history(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(
        &f.anna,
        &f.group,
        "Fahrplan",
        "Schritt 1\nSchritt 2\nSchritt 3",
        "DISCUSSION",
    )
    .await;
    let post_id = started["openingPost"]["id"].as_str().unwrap().to_owned();
    let anna_user = crate::helpers::TestUser {
        email: "anna@example.org".into(),
        name: "Anna".into(),
        password: crate::helpers::PASSWORD.into(),
    };
    let second_browser = f.app.signed_in(&anna_user).await;
    let loaded = post(&second_browser, &post_id).await;
    assert_eq!(loaded["version"], 1);

    let response = f
        .anna
        .gql(
            EDIT,
            json!({ "p": post_id, "b": "Schritt 1\nSchritt 2 neu\nSchritt 3", "v": 1 }),
        )
        .await;
    assert_eq!(response.assert_ok()["editPost"]["version"], 2);
    let response = second_browser
        .gql(EDIT, json!({ "p": post_id, "b": "Ganz anders", "v": 1 }))
        .await;
    let error = response.assert_code("CONFLICT");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("changed in the meantime")
    );
    assert_eq!(
        post(&f.ben, &post_id).await["body"],
        "Schritt 1\nSchritt 2 neu\nSchritt 3"
    );

    for who in [&f.ben, &f.guest] {
        who.gql(EDIT, json!({ "p": post_id, "b": "Fremd", "v": 2 }))
            .await
            .assert_code("FORBIDDEN");
    }
    let response = f
        .moderator
        .gql(
            EDIT,
            json!({ "p": post_id, "b": "Schritt 1\nSchritt 2 neu\nSchritt 3\nSchritt 4", "v": 2 }),
        )
        .await;
    assert_eq!(response.assert_ok()["editPost"]["version"], 3);
    let response = f
        .anna
        .gql(EDIT, json!({ "p": post_id, "b": " ", "v": 3 }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "body"
    );

    let response = f
        .ben
        .gql(
            "query($p: ID!) { post(id: $p) { revisions { version body previousBody editor { id } \
             diff { change text } } } }",
            json!({ "p": post_id }),
        )
        .await;
    let revisions = response.assert_ok()["post"]["revisions"]
        .as_array()
        .unwrap()
        .clone();
    let versions: Vec<i64> = revisions
        .iter()
        .map(|r| r["version"].as_i64().unwrap())
        .collect();
    assert_eq!(versions, [3, 2, 1]);
    let editors: Vec<&str> = revisions
        .iter()
        .map(|r| r["editor"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        editors,
        [
            f.moderator_id.as_str(),
            f.anna_id.as_str(),
            f.anna_id.as_str()
        ]
    );
    assert_eq!(revisions[2]["body"], "Schritt 1\nSchritt 2\nSchritt 3");
    assert!(revisions[2]["previousBody"].is_null());
    assert_eq!(
        revisions[1]["previousBody"],
        "Schritt 1\nSchritt 2\nSchritt 3"
    );
    assert_eq!(
        revisions[1]["diff"],
        json!([
            { "change": "SAME", "text": "Schritt 1" },
            { "change": "REMOVED", "text": "Schritt 2" },
            { "change": "ADDED", "text": "Schritt 2 neu" },
            { "change": "SAME", "text": "Schritt 3" },
        ])
    );
    assert_eq!(
        revisions[0]["diff"].as_array().unwrap().last().unwrap(),
        &json!({ "change": "ADDED", "text": "Schritt 4" })
    );
}

/// A deleted reply shows to members as a placeholder without body (and is not counted),
/// to moderators with its body; only moderators restore; deleted posts cannot be
/// edited or deleted again.
async fn deleted_posts_are_placeholders_until_a_moderator_restores_them(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Aufräumen", "Text", "DISCUSSION").await;
    let thread_id = started["id"].as_str().unwrap();
    let doomed = reply(&f.ben, thread_id, None, "Versehentlich gepostet").await;
    let doomed_id = doomed["id"].as_str().unwrap();
    let child = reply(&f.anna, thread_id, Some(doomed_id), "Antwort darauf").await;
    let delete = "mutation($p: ID!) { deletePost(postId: $p) { id body deletedAt } }";
    let restore = "mutation($p: ID!) { restorePost(postId: $p) { id body deletedAt } }";
    f.anna
        .gql(delete, json!({ "p": doomed_id }))
        .await
        .assert_code("FORBIDDEN");
    let response = f.ben.gql(delete, json!({ "p": doomed_id })).await;
    let deleted = &response.assert_ok()["deletePost"];
    assert!(
        deleted["body"].is_null(),
        "the author no longer sees it either"
    );
    assert!(deleted["deletedAt"].is_string());
    f.ben
        .gql(delete, json!({ "p": doomed_id }))
        .await
        .assert_code("CONFLICT");

    let seen = post(&f.anna, doomed_id).await;
    assert!(seen["body"].is_null() && seen["bodyHtml"].is_null());
    assert!(seen["deletedAt"].is_string());
    assert_eq!(seen["author"]["id"], f.ben_id.as_str());
    let by_moderator = post(&f.moderator, doomed_id).await;
    assert_eq!(by_moderator["body"], "Versehentlich gepostet");
    let reply_seen = post(&f.anna, child["id"].as_str().unwrap()).await;
    assert_eq!(reply_seen["parent"]["deleted"], true);
    assert_eq!(thread(&f.anna, thread_id).await["replyCount"], 1);
    let in_page = all_posts(&f.anna, thread_id, "THREADED", 10).await;
    assert_eq!(
        in_page.len(),
        3,
        "the placeholder keeps its place in the tree"
    );
    let response = f
        .anna
        .gql(
            "query($p: ID!) { post(id: $p) { revisions { version } } }",
            json!({ "p": doomed_id }),
        )
        .await;
    assert_eq!(response.assert_ok()["post"]["revisions"], json!([]));

    f.ben
        .gql(EDIT, json!({ "p": doomed_id, "b": "Neu", "v": 1 }))
        .await
        .assert_code("CONFLICT");
    for who in [&f.ben, &f.anna] {
        who.gql(restore, json!({ "p": doomed_id }))
            .await
            .assert_code("FORBIDDEN");
    }
    let response = f.moderator.gql(restore, json!({ "p": doomed_id })).await;
    assert_eq!(
        response.assert_ok()["restorePost"]["body"],
        "Versehentlich gepostet"
    );
    f.moderator
        .gql(restore, json!({ "p": doomed_id }))
        .await
        .assert_code("CONFLICT");
    assert_eq!(
        post(&f.anna, doomed_id).await["body"],
        "Versehentlich gepostet"
    );
    assert_eq!(thread(&f.anna, thread_id).await["replyCount"], 2);
}

/// Deleting the opening post deletes the thread: members no longer find it (nor in
/// the list), moderators list it as deleted and restore it.
async fn deleting_the_opening_post_deletes_the_thread_until_restored(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Doppelt angelegt", "Text", "DISCUSSION").await;
    let thread_id = started["id"].as_str().unwrap();
    let opening = started["openingPost"]["id"].as_str().unwrap();
    let answer = reply(&f.ben, thread_id, None, "Antwort").await;
    f.anna
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": opening }),
        )
        .await
        .assert_ok();
    let list = "query($g: ID!, $f: ThreadFilter) { threads(groupId: $g, filter: $f) { nodes { id deletedAt } } }";
    for who in [&f.anna, &f.ben] {
        who.gql(
            "query($id: ID!) { thread(id: $id) { id } }",
            json!({ "id": thread_id }),
        )
        .await
        .assert_code("NOT_FOUND");
        who.gql(
            "query($id: ID!) { post(id: $id) { id } }",
            json!({ "id": answer["id"] }),
        )
        .await
        .assert_code("NOT_FOUND");
        let response = who.gql(list, json!({ "g": f.group })).await;
        assert_eq!(response.assert_ok()["threads"]["nodes"], json!([]));
        who.gql(
            &reply_mutation(),
            json!({ "t": thread_id, "b": "Noch da?" }),
        )
        .await
        .assert_code("NOT_FOUND");
    }
    let response = f
        .moderator
        .gql(list, json!({ "g": f.group, "f": { "deleted": true } }))
        .await;
    assert_eq!(response.assert_ok()["threads"]["nodes"][0]["id"], thread_id);
    assert!(thread(&f.moderator, thread_id).await["deletedAt"].is_string());
    f.moderator
        .gql(&reply_mutation(), json!({ "t": thread_id, "b": "Nein" }))
        .await
        .assert_code("CONFLICT");

    f.moderator
        .gql(
            "mutation($p: ID!) { restorePost(postId: $p) { id } }",
            json!({ "p": opening }),
        )
        .await
        .assert_ok();
    let back = thread(&f.ben, thread_id).await;
    assert!(back["deletedAt"].is_null());
    assert_eq!(back["replyCount"], 1);
    let response = f.ben.gql(list, json!({ "g": f.group })).await;
    assert_eq!(response.assert_ok()["threads"]["nodes"][0]["id"], thread_id);
}

/// Asserts that every tag of `html` (sanitised output: each `<` starts a tag) is one
/// of the harmless ones, without handlers or script URLs.
fn assert_inert(html: &str, source: &str) {
    let allowed = ["p", "a", "strong", "em", "span", "code", "br"];
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap().to_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap();
        assert!(allowed.contains(&name), "<{tag}> in {html} (from {source})");
        for bad in ["on", "style", "src", "javascript:", "data:"] {
            assert!(
                !tag.split_whitespace()
                    .skip(1)
                    .any(|attribute| attribute.starts_with(bad)
                        || attribute.contains(&format!("\"{bad}"))),
                "{bad} in <{tag}> of {html} (from {source})"
            );
        }
    }
}

/// Script, frames, handlers and dangerous URLs in posts come out inert; mentions of
/// members render as a styled span with their real name, any other mention (unknown
/// id, non-member) as its plain text, revealing nothing.
async fn markup_and_mentions_in_posts_never_execute(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let outsider_user = app.create_user("Olaf", false).await;
    let f = forum(app, Kind::Secret).await;
    let outsider = f.app.signed_in(&outsider_user).await;
    let outsider_id = crate::group_fixtures::account_id(&outsider).await;
    let started = start_thread(&f.anna, &f.group, "Sicherheit", "Text", "DISCUSSION").await;
    let thread_id = started["id"].as_str().unwrap();
    for body in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "[klick](javascript:alert(1))",
        "[klick](data:text/html;base64,PHNjcmlwdD4=)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "**<img src=x onerror=alert(1)>**",
        "<span class=\"mention\" onclick=\"alert(1)\">@Chef</span>",
        "[<script>alert(1)</script>](mention:00000000-0000-7000-8000-000000000000)",
    ] {
        let html = reply(&f.ben, thread_id, None, body).await["bodyHtml"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_inert(&html, body);
    }
    let body = format!(
        "Danke {} und {}, auch {} und {}",
        mention("Anni", &f.anna_id),
        mention("Gast", &f.guest_id),
        mention("Olaf", &outsider_id),
        mention("Niemand", &uuid::Uuid::now_v7().to_string()),
    );
    let html = reply(&f.ben, thread_id, None, &body).await["bodyHtml"].clone();
    assert_eq!(
        html,
        "<p>Danke <span class=\"mention\">@Anna</span> und <span class=\"mention\">@Gustav</span>, \
         auch @Olaf und @Niemand</p>\n"
    );
}

/// The autocomplete offers members of the group only (any role) whose name contains
/// the search; outsiders get the group's code.
async fn mention_candidates_are_members_of_the_group(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let outsider_user = app.create_user("Annegret", false).await;
    let f = forum(app, Kind::Secret).await;
    let query =
        "query($g: ID!, $s: String!) { mentionCandidates(groupId: $g, search: $s) { id name } }";
    let names = |response: crate::helpers::Gql| -> Vec<String> {
        response.assert_ok()["mentionCandidates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        names(f.ben.gql(query, json!({ "g": f.group, "s": "AN" })).await),
        ["Anna"]
    );
    assert_eq!(
        names(f.guest.gql(query, json!({ "g": f.group, "s": "n" })).await),
        ["Anna", "Ben", "Mona"]
    );
    assert_eq!(
        names(f.anna.gql(query, json!({ "g": f.group, "s": " " })).await),
        ["Anna", "Ben", "Gustav", "Mona"]
    );
    assert!(names(f.anna.gql(query, json!({ "g": f.group, "s": "%" })).await).is_empty());
    let response = f
        .anna
        .gql(query, json!({ "g": f.group, "s": "x".repeat(101) }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "search"
    );
    let outsider = f.app.signed_in(&outsider_user).await;
    outsider
        .gql(query, json!({ "g": f.group, "s": "Ann" }))
        .await
        .assert_code("NOT_FOUND");
    // Case is folded beyond ASCII on both databases.
    f.moderator
        .gql(
            "mutation { updateProfile(name: \"Özlem Mona Ünal\") { name } }",
            json!({}),
        )
        .await
        .assert_ok();
    for search in ["öz", "ÖZLEM", "ünal"] {
        assert_eq!(
            names(f.ben.gql(query, json!({ "g": f.group, "s": search })).await),
            ["Özlem Mona Ünal"],
            "{search}"
        );
    }
}

/// The composer's preview renders like a reply (sanitised, mentions of members named,
/// others left as typed) and stores nothing; guests, empty and oversized bodies are
/// refused with their codes.
async fn the_preview_renders_as_a_post_would_without_storing(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let query = "query($g: ID!, $b: String!) { previewPost(groupId: $g, body: $b) }";
    let body = format!(
        "**Hallo** {} und [@Olaf](mention:{})<script>alert(1)</script>",
        mention("Ben", &f.ben_id),
        uuid::Uuid::now_v7()
    );
    let html = f
        .anna
        .gql(query, json!({ "g": f.group, "b": body }))
        .await
        .assert_ok()["previewPost"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(html.contains("<strong>Hallo</strong>"), "{html}");
    assert!(
        html.contains("<span class=\"mention\">@Ben</span>"),
        "{html}"
    );
    assert!(html.contains("@Olaf"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    let threads = f
        .anna
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert!(
        threads.assert_ok()["threads"]["nodes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    f.guest
        .gql(query, json!({ "g": f.group, "b": "Hallo" }))
        .await
        .assert_code("FORBIDDEN");
    for bad in [String::from("  "), "x".repeat(100_001)] {
        let response = f.anna.gql(query, json!({ "g": f.group, "b": bad })).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            "body"
        );
    }
}
