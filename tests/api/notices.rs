//! The pinboard through the API: who may put up notices, the board's order (pinned
//! first, then newest), expiry into the archive with the app clock, editing with the
//! version check, deletion through the notice's thread, comments as the thread's
//! replies, the pinboard across groups, and access across groups.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{Forum, forum},
    group_fixtures::{Kind, add_member, create_group},
    helpers::Browser,
    testdb::{Backend, both_databases},
};

/// The fields of a notice the tests look at.
pub const NOTICE: &str = "id title bodyHtml important expiresAt expired deleted pinned version \
     threadId openingPostId commentCount isNew unreadCount viewerCanEdit author { name } \
     group { id } acknowledgementRequest { id mode deadline open closedAt myAcknowledgedAt \
     myOfficeAcknowledgedAt }";

/// Puts up a notice; returns the response.
pub async fn post_notice(browser: &Browser, group: &str, input: Value) -> crate::helpers::Gql {
    let query = format!(
        "mutation($g: ID!, $input: NoticeInput!) {{ postNotice(groupId: $g, input: $input) \
         {{ {NOTICE} }} }}"
    );
    browser
        .gql(&query, json!({ "g": group, "input": input }))
        .await
}

/// Puts up a notice with a title and text; returns it.
pub async fn notice(browser: &Browser, group: &str, title: &str) -> Value {
    let response = post_notice(
        browser,
        group,
        json!({ "title": title, "body": "Bitte lesen." }),
    )
    .await;
    response.assert_ok()["postNotice"].clone()
}

/// The titles of a group's notices in `list`, in their order.
async fn titles(browser: &Browser, group: &str, list: &str) -> Vec<String> {
    let response = browser
        .gql(
            "query($g: ID!, $l: NoticeList) { notices(groupId: $g, list: $l) { nodes { title } } }",
            json!({ "g": group, "l": list }),
        )
        .await;
    response.assert_ok()["notices"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn pinboard_titles(browser: &Browser) -> Vec<String> {
    let response = browser
        .gql(
            "{ pinboard { nodes { title isNew group { name } } } }",
            json!({}),
        )
        .await;
    response.assert_ok()["pinboard"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn read_notice(browser: &Browser, id: &str) -> crate::helpers::Gql {
    browser
        .gql(
            &format!("query($id: ID!) {{ notice(id: $id) {{ {NOTICE} }} }}"),
            json!({ "id": id }),
        )
        .await
}

/// Edits a notice with a text that mentions Ben.
async fn edit_notice(
    browser: &Browser,
    id: &str,
    version: i64,
    title: &str,
    ben_id: &str,
) -> crate::helpers::Gql {
    let query = format!(
        "mutation($id: ID!, $v: Int!, $input: NoticeInput!) {{ editNotice(id: $id, version: $v, input: $input) {{ {NOTICE} }} }}"
    );
    let body = format!("Neue Termine: [@Ben](mention:{ben_id})");
    let input = json!({ "title": title, "body": body, "important": true });
    browser
        .gql(&query, json!({ "id": id, "v": version, "input": input }))
        .await
}

async fn set_notice_posting(f: &Forum, posting: &str) {
    f.moderator
        .gql(
            "mutation($id: ID!, $input: GroupInput!) { updateGroup(id: $id, input: $input) { noticePosting } }",
            json!({ "id": f.group, "input": { "name": "Übergang Schule–Beruf",
                    "visibility": "LISTED", "joinPolicy": "INVITATION", "noticePosting": posting } }),
        )
        .await
        .assert_ok();
}

both_databases!(
    moderators_put_up_notices_and_members_when_allowed,
    the_board_orders_pinned_first_and_expiry_archives,
    notices_are_edited_with_their_version_and_deleted_with_their_thread,
    comments_are_the_notice_threads_replies,
    notices_stay_in_their_group,
    bad_notice_input_has_stable_reasons,
);

/// By default only moderators put up notices; with `noticePosting: MEMBERS` members
/// do too, guests never. A group's settings keep the choice when a change leaves it out.
async fn moderators_put_up_notices_and_members_when_allowed(backend: Backend) {
    let f = forum(
        crate::helpers::TestApp::spawn(backend).await,
        Kind::ListedClosed,
    )
    .await;
    let input = json!({ "title": "Fortbildung im März", "body": "Anmeldung bis **Freitag**." });
    post_notice(&f.anna, &f.group, input.clone())
        .await
        .assert_code("FORBIDDEN");
    let posted = post_notice(&f.moderator, &f.group, input.clone()).await;
    let notice = &posted.assert_ok()["postNotice"];
    assert_eq!(
        notice["bodyHtml"],
        "<p>Anmeldung bis <strong>Freitag</strong>.</p>\n"
    );
    assert_eq!(notice["author"]["name"], "Mona");
    assert_eq!(
        (notice["isNew"].clone(), notice["pinned"].clone()),
        (json!(false), json!(false))
    );

    set_notice_posting(&f, "MEMBERS").await;
    post_notice(&f.anna, &f.group, input.clone())
        .await
        .assert_ok();
    post_notice(&f.guest, &f.group, input.clone())
        .await
        .assert_code("FORBIDDEN");
    // A change of other settings keeps the choice.
    let kept = f
        .moderator
        .gql(
            "mutation($id: ID!, $input: GroupInput!) { updateGroup(id: $id, input: $input) { noticePosting } }",
            json!({ "id": f.group, "input": { "name": "Übergang Schule–Beruf, neu",
                    "visibility": "LISTED", "joinPolicy": "INVITATION" } }),
        )
        .await;
    assert_eq!(kept.assert_ok()["updateGroup"]["noticePosting"], "MEMBERS");

    // Ben sees both as new on the group's board and on his pinboard.
    let board = f
        .ben
        .gql(
            "query($g: ID!) { notices(groupId: $g) { nodes { title isNew author { name } } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(
        board.assert_ok()["notices"]["nodes"],
        json!([{ "title": "Fortbildung im März", "isNew": true, "author": { "name": "Anna" } },
               { "title": "Fortbildung im März", "isNew": true, "author": { "name": "Mona" } }])
    );
    assert_eq!(pinboard_titles(&f.ben).await.len(), 2);
}

/// Pinned notices come first in their order (moved up and down by moderators), then
/// the newest; an expired notice leaves the board for the archive and stays readable.
async fn the_board_orders_pinned_first_and_expiry_archives(backend: Backend) {
    let f = forum(
        crate::helpers::TestApp::spawn(backend).await,
        Kind::ListedClosed,
    )
    .await;
    let mut ids = Vec::new();
    for title in [
        "Erster Aushang",
        "Zweiter Aushang",
        "Dritter Aushang",
        "Vierter Aushang",
    ] {
        ids.push(
            notice(&f.moderator, &f.group, title).await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(
        titles(&f.anna, &f.group, "CURRENT").await,
        [
            "Vierter Aushang",
            "Dritter Aushang",
            "Zweiter Aushang",
            "Erster Aushang"
        ]
    );
    let pin = |id: &str, pinned: bool| {
        f.moderator.gql(
            "mutation($id: ID!, $p: Boolean!) { pinNotice(id: $id, pinned: $p) { pinned } }",
            json!({ "id": id, "p": pinned }),
        )
    };
    let move_to = |id: &str, to: &str| {
        f.moderator.gql(
            "mutation($id: ID!, $to: PinMove!) { moveNotice(id: $id, to: $to) { title } }",
            json!({ "id": id, "to": to }),
        )
    };
    pin(&ids[0], true).await.assert_ok();
    pin(&ids[1], true).await.assert_ok();
    pin(&ids[1], true).await.assert_ok();
    assert_eq!(
        titles(&f.anna, &f.group, "CURRENT").await,
        [
            "Erster Aushang",
            "Zweiter Aushang",
            "Vierter Aushang",
            "Dritter Aushang"
        ]
    );
    move_to(&ids[1], "UP").await.assert_ok();
    move_to(&ids[1], "UP").await.assert_ok();
    assert_eq!(
        titles(&f.anna, &f.group, "CURRENT").await[..2],
        ["Zweiter Aushang", "Erster Aushang"]
    );
    move_to(&ids[1], "DOWN").await.assert_ok();
    assert_eq!(
        titles(&f.anna, &f.group, "CURRENT").await[..2],
        ["Erster Aushang", "Zweiter Aushang"]
    );
    let not_pinned = move_to(&ids[2], "UP").await;
    not_pinned.assert_code("CONFLICT");
    assert_eq!(
        not_pinned.body["errors"][0]["extensions"]["reason"],
        "NOT_PINNED"
    );
    pin(&f.anna_id, true).await.assert_code("NOT_FOUND");
    f.anna
        .gql(
            "mutation($id: ID!) { pinNotice(id: $id, pinned: true) { pinned } }",
            json!({ "id": ids[2] }),
        )
        .await
        .assert_code("FORBIDDEN");
    pin(&ids[0], false).await.assert_ok();
    assert_eq!(
        titles(&f.anna, &f.group, "CURRENT").await[0],
        "Zweiter Aushang"
    );

    // An expiring notice: on the board until its time, then in the archive.
    let soon = f.app.clock.now() + chrono::Duration::hours(2);
    let expiring = post_notice(
        &f.moderator,
        &f.group,
        json!({ "title": "Raumänderung heute", "body": "Raum 2.14", "important": true,
                "expiresAt": soon.to_rfc3339() }),
    )
    .await;
    let expiring_id = expiring.assert_ok()["postNotice"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        titles(&f.anna, &f.group, "CURRENT")
            .await
            .contains(&"Raumänderung heute".to_owned())
    );
    assert!(titles(&f.anna, &f.group, "EXPIRED").await.is_empty());
    f.app.clock.advance(Duration::from_secs(2 * 3600 + 1));
    assert!(
        !titles(&f.anna, &f.group, "CURRENT")
            .await
            .contains(&"Raumänderung heute".to_owned())
    );
    assert!(
        !pinboard_titles(&f.anna)
            .await
            .contains(&"Raumänderung heute".to_owned())
    );
    assert_eq!(
        titles(&f.anna, &f.group, "EXPIRED").await,
        ["Raumänderung heute"]
    );
    let archived = read_notice(&f.anna, &expiring_id).await;
    let archived = &archived.assert_ok()["notice"];
    assert_eq!(
        (archived["expired"].clone(), archived["important"].clone()),
        (json!(true), json!(true))
    );
}

/// Title, text, importance and expiry change together with the notice's version: a
/// stale version is CONFLICT; the text cannot be edited as a post; deleting the opening
/// post takes the notice off the board, restoring it brings it back.
async fn notices_are_edited_with_their_version_and_deleted_with_their_thread(backend: Backend) {
    let f = forum(
        crate::helpers::TestApp::spawn(backend).await,
        Kind::ListedClosed,
    )
    .await;
    set_notice_posting(&f, "MEMBERS").await;
    let posted = notice(&f.anna, &f.group, "Hospitationsbörse").await;
    let id = posted["id"].as_str().unwrap();
    let edit = |browser, version, title| edit_notice(browser, id, version, title, &f.ben_id);
    let edited = edit(&f.anna, 1, "Hospitationsbörse 2027").await;
    let edited = &edited.assert_ok()["editNotice"];
    assert_eq!(
        (edited["version"].clone(), edited["title"].clone()),
        (json!(2), json!("Hospitationsbörse 2027"))
    );
    assert!(edited["bodyHtml"].as_str().unwrap().contains("Ben"));
    // Ben was mentioned by the edit.
    let bell = f
        .ben
        .gql("{ notifications { nodes { kind } } }", json!({}))
        .await;
    assert_eq!(
        bell.assert_ok()["notifications"]["nodes"][0]["kind"],
        "MENTION"
    );
    let stale = edit(&f.moderator, 1, "Hospitationsbörse alt").await;
    stale.assert_code("CONFLICT");
    assert_eq!(
        stale.body["errors"][0]["extensions"]["reason"],
        "STALE_VERSION"
    );
    edit(&f.ben, 2, "Fremd").await.assert_code("FORBIDDEN");
    edit(&f.moderator, 2, "Hospitationsbörse 2027 (ergänzt)")
        .await
        .assert_ok();

    // The text and title belong to the notice, not to its thread.
    let as_post = f
        .anna
        .gql(
            "mutation($id: ID!) { editPost(postId: $id, body: \"anders\", version: 1) { id } }",
            json!({ "id": posted["openingPostId"] }),
        )
        .await;
    assert_eq!(
        as_post.body["errors"][0]["extensions"]["reason"],
        "EDIT_THROUGH_SUBJECT"
    );
    let as_thread = f
        .anna
        .gql(
            "mutation($id: ID!) { editThread(threadId: $id, input: { title: \"anders\" }) { id } }",
            json!({ "id": posted["threadId"] }),
        )
        .await;
    assert_eq!(
        as_thread.body["errors"][0]["extensions"]["reason"],
        "EDIT_THROUGH_SUBJECT"
    );

    // Deleting its opening post deletes the notice; moderators list and restore it.
    f.anna
        .gql(
            "mutation($id: ID!) { deletePost(postId: $id) { id } }",
            json!({ "id": posted["openingPostId"] }),
        )
        .await
        .assert_ok();
    assert!(titles(&f.ben, &f.group, "CURRENT").await.is_empty());
    read_notice(&f.ben, id).await.assert_code("NOT_FOUND");
    f.ben
        .gql(
            "query($g: ID!) { notices(groupId: $g, list: DELETED) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await
        .assert_code("FORBIDDEN");
    assert_eq!(
        titles(&f.moderator, &f.group, "DELETED").await,
        ["Hospitationsbörse 2027 (ergänzt)"]
    );
    edit(&f.moderator, 3, "Gelöscht")
        .await
        .assert_code("CONFLICT");
    f.moderator
        .gql(
            "mutation($id: ID!) { restorePost(postId: $id) { id } }",
            json!({ "id": posted["openingPostId"] }),
        )
        .await
        .assert_ok();
    assert_eq!(
        titles(&f.ben, &f.group, "CURRENT").await,
        ["Hospitationsbörse 2027 (ergänzt)"]
    );
}

/// Comments are replies in the notice's thread: counted on the notice, unread for the
/// others, and the thread is not in the group's thread list but names its notice.
async fn comments_are_the_notice_threads_replies(backend: Backend) {
    let f = forum(
        crate::helpers::TestApp::spawn(backend).await,
        Kind::ListedClosed,
    )
    .await;
    let posted = notice(&f.moderator, &f.group, "Neue Förderrichtlinie").await;
    let thread = posted["threadId"].as_str().unwrap();
    f.anna
        .gql(
            "mutation($t: ID!) { reply(threadId: $t, body: \"Gilt das auch für Kreise?\") { id } }",
            json!({ "t": thread }),
        )
        .await
        .assert_ok();
    let seen = read_notice(&f.ben, posted["id"].as_str().unwrap()).await;
    let seen = &seen.assert_ok()["notice"];
    assert_eq!(
        (
            seen["commentCount"].clone(),
            seen["unreadCount"].clone(),
            seen["isNew"].clone()
        ),
        (json!(1), json!(2), json!(true))
    );
    let from_thread = f
        .ben
        .gql(
            "query($t: ID!) { thread(id: $t) { subject notice { title } } }",
            json!({ "t": thread }),
        )
        .await;
    assert_eq!(
        from_thread.assert_ok()["thread"],
        json!({ "subject": "NOTICE", "notice": { "title": "Neue Förderrichtlinie" } })
    );
    let list = f
        .ben
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(list.assert_ok()["threads"]["nodes"], json!([]));
    // Reading the thread marks the notice read.
    f.ben
        .gql(
            "mutation($t: ID!) { markThreadRead(threadId: $t) { id } }",
            json!({ "t": thread }),
        )
        .await
        .assert_ok();
    let read = read_notice(&f.ben, posted["id"].as_str().unwrap()).await;
    assert_eq!(read.assert_ok()["notice"]["isNew"], false);
    assert_eq!(read.assert_ok()["notice"]["unreadCount"], 0);
}

/// Outsiders never see a notice: NOT_FOUND in a secret group, FORBIDDEN in a listed
/// one, and notices of other groups never reach their pinboard.
async fn notices_stay_in_their_group(backend: Backend) {
    let f = forum(crate::helpers::TestApp::spawn(backend).await, Kind::Secret).await;
    let secret = notice(&f.moderator, &f.group, "Vertraulich: Haushalt").await;
    let listed = create_group(&f.moderator, "Offene Runde", Kind::ListedClosed).await;
    let open = notice(&f.moderator, &listed, "Offene Runde tagt").await;
    let outsider_user = f.app.create_user("Olaf", false).await;
    let outsider = f.app.signed_in(&outsider_user).await;
    assert!(pinboard_titles(&outsider).await.is_empty());
    assert_eq!(pinboard_titles(&f.anna).await, ["Vertraulich: Haushalt"]);
    read_notice(&outsider, secret["id"].as_str().unwrap())
        .await
        .assert_code("NOT_FOUND");
    read_notice(&outsider, open["id"].as_str().unwrap())
        .await
        .assert_code("FORBIDDEN");
    for group in [&f.group, &listed] {
        let code = if group == &f.group {
            "NOT_FOUND"
        } else {
            "FORBIDDEN"
        };
        outsider
            .gql(
                "query($g: ID!) { notices(groupId: $g) { nodes { id } } }",
                json!({ "g": group }),
            )
            .await
            .assert_code(code);
        post_notice(
            &outsider,
            group,
            json!({ "title": "Eingeschleust", "body": "x" }),
        )
        .await
        .assert_code(code);
    }
    let edit = outsider
        .gql(
            "mutation($id: ID!) { editNotice(id: $id, version: 1, input: { title: \"Übernommen\", body: \"x\" }) { id } }",
            json!({ "id": secret["id"] }),
        )
        .await;
    edit.assert_code("NOT_FOUND");
    for mutation in [
        "acknowledgeNotice(id: $id) { id }",
        "pinNotice(id: $id, pinned: true) { id }",
    ] {
        outsider
            .gql(
                &format!("mutation($id: ID!) {{ {mutation} }}"),
                json!({ "id": secret["id"] }),
            )
            .await
            .assert_code("NOT_FOUND");
    }
    // Anna, once removed, no longer sees the group's notices.
    let member = f.app.create_user("Paula", false).await;
    let paula = add_member(&f.app, &f.moderator, &listed, &member, "MEMBER").await;
    assert_eq!(pinboard_titles(&paula).await, ["Offene Runde tagt"]);
    assert_eq!(
        read_notice(&f.anna, secret["id"].as_str().unwrap())
            .await
            .assert_ok()["notice"]["title"],
        "Vertraulich: Haushalt"
    );
}

/// Empty or long titles, empty texts, expiry in the past and malformed ids are refused
/// with their reasons; nothing is stored.
async fn bad_notice_input_has_stable_reasons(backend: Backend) {
    let f = forum(
        crate::helpers::TestApp::spawn(backend).await,
        Kind::ListedClosed,
    )
    .await;
    let past: DateTime<Utc> = f.app.clock.now() - chrono::Duration::minutes(1);
    let cases = [
        (json!({ "title": "", "body": "Text" }), "title", "TOO_SHORT"),
        (
            json!({ "title": "a".repeat(201), "body": "Text" }),
            "title",
            "TOO_LONG",
        ),
        (
            json!({ "title": "Zwei\nZeilen", "body": "Text" }),
            "title",
            "NOT_ONE_LINE",
        ),
        (
            json!({ "title": "Aushang", "body": "   " }),
            "body",
            "REQUIRED",
        ),
        (
            json!({ "title": "Aushang", "body": "Text", "expiresAt": past.to_rfc3339() }),
            "expiresAt",
            "IN_PAST",
        ),
    ];
    for (input, field, reason) in cases {
        let response = post_notice(&f.moderator, &f.group, input.clone()).await;
        response.assert_code("BAD_USER_INPUT");
        let extensions = &response.body["errors"][0]["extensions"];
        assert_eq!(
            (extensions["field"].as_str(), extensions["reason"].as_str()),
            (Some(field), Some(reason)),
            "{input}"
        );
    }
    assert!(titles(&f.moderator, &f.group, "CURRENT").await.is_empty());
    read_notice(&f.anna, "kein-id")
        .await
        .assert_code("BAD_USER_INPUT");
    read_notice(&f.anna, &uuid::Uuid::now_v7().to_string())
        .await
        .assert_code("NOT_FOUND");
}
