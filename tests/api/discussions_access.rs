//! The cross-group matrix of discussions and the pinboard: people outside a group (with
//! no groups at all, or moderating another group) try every discussion and notice query
//! and mutation on it, with ids of its threads, posts, categories, drafts, notices and
//! acknowledgement requests, and on others' notifications. A secret
//! group answers NOT_FOUND, a listed one FORBIDDEN; never data, and nothing changes.
//! Guests of the group read but do not write.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{Forum, forum, notifications, reply, start_thread},
    group_fixtures::{Kind, add_member, create_group},
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    outsiders_get_nothing_of_a_secret_groups_discussions,
    outsiders_get_nothing_of_a_listed_groups_discussions,
    guests_read_but_do_not_write,
);

/// A group's discussion ids under attack.
struct Target {
    group: String,
    thread: String,
    opening: String,
    post: String,
    category: String,
    notification: String,
    notice: String,
    request: String,
}

/// Sets up the group's content: a category, a question with a reply (that notifies
/// Anna), and Anna's draft.
async fn target(f: &Forum) -> Target {
    let response = f
        .moderator
        .gql(
            "mutation($g: ID!) { createCategory(groupId: $g, input: { name: \"Intern\" }) { id } }",
            json!({ "g": f.group }),
        )
        .await;
    let category = response.assert_ok()["createCategory"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let started = start_thread(
        &f.anna,
        &f.group,
        "Vertraulich",
        "Geheimer Inhalt",
        "QUESTION",
    )
    .await;
    let thread = started["id"].as_str().unwrap().to_owned();
    let post = reply(&f.ben, &thread, None, "Geheime Antwort").await;
    f.anna
        .gql(
            "mutation($g: ID!, $t: ID!) { saveDraft(groupId: $g, threadId: $t, body: \"Entwurf\") { body } }",
            json!({ "g": f.group, "t": thread }),
        )
        .await
        .assert_ok();
    let notification = notifications(&f.anna).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let notice = crate::notices::notice(&f.moderator, &f.group, "Vertraulicher Aushang").await;
    let notice = notice["id"].as_str().unwrap().to_owned();
    let requested = f
        .moderator
        .gql(
            "mutation($n: ID!) { requestAcknowledgement(noticeId: $n, mode: PER_OFFICE, \
             deadline: \"2099-01-01T09:00:00Z\") { acknowledgementRequest { id } } }",
            json!({ "n": notice }),
        )
        .await;
    let request = requested.assert_ok()["requestAcknowledgement"]["acknowledgementRequest"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Target {
        notice,
        request,
        group: f.group.clone(),
        opening: started["openingPost"]["id"].as_str().unwrap().to_owned(),
        post: post["id"].as_str().unwrap().to_owned(),
        thread,
        category,
        notification,
    }
}

/// Every discussion operation with the variables for `target`, and the code it must
/// give: `None` means the group's own code.
fn operations(t: &Target) -> Vec<(&'static str, Value, Option<&'static str>)> {
    vec![
        (
            "query($g: ID!) { categories(groupId: $g) { id name } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "query($g: ID!) { threads(groupId: $g) { nodes { id title } } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "query($id: ID!) { thread(id: $id) { id title } }",
            json!({ "id": t.thread }),
            None,
        ),
        (
            "query($id: ID!) { post(id: $id) { id body } }",
            json!({ "id": t.post }),
            None,
        ),
        (
            "query($id: ID!) { post(id: $id) { revisions { body } } }",
            json!({ "id": t.opening }),
            None,
        ),
        (
            "query($g: ID!) { mentionCandidates(groupId: $g, search: \"a\") { id name } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "query($g: ID!) { previewPost(groupId: $g, body: \"Hallo\") }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "query($g: ID!, $t: ID!) { draft(groupId: $g, threadId: $t) { body } }",
            json!({ "g": t.group, "t": t.thread }),
            None,
        ),
        (
            "mutation($g: ID!) { createCategory(groupId: $g, input: { name: \"Fremd\" }) { id } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "mutation($c: ID!) { updateCategory(id: $c, input: { name: \"Übernommen\" }) { id } }",
            json!({ "c": t.category }),
            None,
        ),
        (
            "mutation($c: ID!) { deleteCategory(id: $c) }",
            json!({ "c": t.category }),
            None,
        ),
        (
            "mutation($g: ID!) { startThread(groupId: $g, input: { title: \"Eindringling\", body: \"x\" }) { id } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "mutation($t: ID!) { editThread(threadId: $t, input: { title: \"Übernommen\" }) { id } }",
            json!({ "t": t.thread }),
            None,
        ),
        (
            "mutation($p: ID!) { acceptAnswer(postId: $p) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($t: ID!) { unacceptAnswer(threadId: $t) { id } }",
            json!({ "t": t.thread }),
            None,
        ),
        (
            "mutation($t: ID!) { setWatchLevel(threadId: $t, level: WATCHING) { id } }",
            json!({ "t": t.thread }),
            None,
        ),
        (
            "mutation($t: ID!) { markThreadRead(threadId: $t) { id } }",
            json!({ "t": t.thread }),
            None,
        ),
        (
            "mutation($g: ID!) { markAllRead(groupId: $g) }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "mutation($t: ID!) { reply(threadId: $t, body: \"Hallo\") { id } }",
            json!({ "t": t.thread }),
            None,
        ),
        (
            "mutation($t: ID!, $p: ID!) { reply(threadId: $t, parentPostId: $p, body: \"Hallo\") { id } }",
            json!({ "t": t.thread, "p": t.post }),
            None,
        ),
        (
            "mutation($p: ID!) { editPost(postId: $p, body: \"Übernommen\", version: 1) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($p: ID!) { restorePost(postId: $p) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($p: ID!) { react(postId: $p, reaction: THUMBS_UP) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($p: ID!) { unreact(postId: $p, reaction: THUMBS_UP) { id } }",
            json!({ "p": t.post }),
            None,
        ),
        (
            "mutation($g: ID!, $t: ID!) { saveDraft(groupId: $g, threadId: $t, body: \"Fremd\") { body } }",
            json!({ "g": t.group, "t": t.thread }),
            None,
        ),
        (
            "mutation($g: ID!, $t: ID!) { discardDraft(groupId: $g, threadId: $t) }",
            json!({ "g": t.group, "t": t.thread }),
            None,
        ),
        // Someone else's notification.
        (
            "mutation($n: ID!) { markNotificationsRead(ids: [$n]) }",
            json!({ "n": t.notification }),
            Some("NOT_FOUND"),
        ),
        (
            "query($g: ID!) { notices(groupId: $g) { nodes { id title } } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "query($id: ID!) { notice(id: $id) { id title } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($g: ID!) { postNotice(groupId: $g, input: { title: \"Fremd\", body: \"x\" }) { id } }",
            json!({ "g": t.group }),
            None,
        ),
        (
            "mutation($id: ID!) { editNotice(id: $id, version: 1, input: { title: \"Fremd\", body: \"x\" }) { id } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($id: ID!) { pinNotice(id: $id, pinned: true) { id } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($id: ID!) { moveNotice(id: $id, to: UP) { id } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($id: ID!) { acknowledgeNotice(id: $id) { id } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($id: ID!) { requestAcknowledgement(noticeId: $id, mode: PER_PERSON, deadline: \"2099-01-01T09:00:00Z\") { id } }",
            json!({ "id": t.notice }),
            None,
        ),
        (
            "mutation($id: ID!) { closeAcknowledgementRequest(id: $id) { id } }",
            json!({ "id": t.request }),
            None,
        ),
        (
            "mutation($id: ID!) { remindMissingAcknowledgements(id: $id) }",
            json!({ "id": t.request }),
            None,
        ),
    ]
}

/// The group's ids smuggled into operations on one's own group and thread.
fn smuggled(
    t: &Target,
    own_group: &str,
    own_thread: &str,
) -> Vec<(&'static str, Value, Option<&'static str>)> {
    vec![
        (
            "mutation($g: ID!, $t: ID!) { saveDraft(groupId: $g, threadId: $t, body: \"Fremd\") { body } }",
            json!({ "g": own_group, "t": t.thread }),
            None,
        ),
        (
            "mutation($t: ID!, $p: ID!) { reply(threadId: $t, parentPostId: $p, body: \"Hallo\") { id } }",
            json!({ "t": own_thread, "p": t.post }),
            Some("BAD_USER_INPUT"),
        ),
        (
            "mutation($g: ID!, $c: ID!) { startThread(groupId: $g, input: { title: \"Eigenes\", body: \"x\", categoryId: $c }) { id } }",
            json!({ "g": own_group, "c": t.category }),
            Some("BAD_USER_INPUT"),
        ),
        (
            "query($g: ID!, $c: ID!) { threads(groupId: $g, filter: { categoryId: $c }) { nodes { id } } }",
            json!({ "g": own_group, "c": t.category }),
            Some("BAD_USER_INPUT"),
        ),
    ]
}

/// Runs the operations as `actor` and checks the code and that no data comes back.
async fn attack(
    actor: &Browser,
    who: &str,
    t: &Target,
    operations: Vec<(&str, Value, Option<&str>)>,
    group_code: &str,
) {
    for (query, vars, code) in operations {
        let response = actor.gql(query, vars).await;
        let expected = code.unwrap_or(group_code);
        assert_eq!(
            response.code(),
            Some(expected),
            "{who} on {query}: {}",
            response.body
        );
        let data = response.body["data"].to_string();
        for secret in [
            "Vertraulich",
            "Geheim",
            "Entwurf",
            "Intern",
            &t.thread,
            &t.post,
            &t.opening,
            &t.category,
            &t.notice,
            &t.request,
        ] {
            assert!(!data.contains(secret), "{who} on {query} got data: {data}");
        }
    }
    let (unread, listed) = (
        actor.gql("{ unreadNotificationCount }", json!({})).await,
        notifications(actor).await,
    );
    assert_eq!(unread.assert_ok()["unreadNotificationCount"], 0, "{who}");
    assert!(listed.is_empty(), "{who} sees notifications: {listed:?}");
}

/// Checks that the target group's content is as the setup left it.
async fn unchanged(f: &Forum, t: &Target) {
    let response = f
        .moderator
        .gql(
            "query($g: ID!, $t: ID!, $p: ID!) { categories(groupId: $g) { name } \
             threads(groupId: $g) { nodes { id title replyCount acceptedAnswer { id } } } \
             post(id: $p) { body version deletedAt reactions { count } } \
             thread(id: $t) { posts { nodes { id } } } }",
            json!({ "g": t.group, "t": t.thread, "p": t.post }),
        )
        .await;
    let data = response.assert_ok();
    assert_eq!(data["categories"], json!([{ "name": "Intern" }]));
    assert_eq!(
        data["threads"]["nodes"],
        json!([{ "id": t.thread, "title": "Vertraulich", "replyCount": 1, "acceptedAnswer": null }])
    );
    assert_eq!(
        data["post"],
        json!({ "body": "Geheime Antwort", "version": 1, "deletedAt": null, "reactions": [] })
    );
    assert_eq!(
        data["thread"]["posts"]["nodes"].as_array().unwrap().len(),
        2
    );
    let draft = f
        .anna
        .gql(
            "query($g: ID!, $t: ID!) { draft(groupId: $g, threadId: $t) { body } }",
            json!({ "g": t.group, "t": t.thread }),
        )
        .await;
    assert_eq!(draft.assert_ok()["draft"]["body"], "Entwurf");
    let notice = f
        .moderator
        .gql(
            "query($id: ID!) { notice(id: $id) { title version pinned acknowledgementRequest { \
             open lastRemindedAt coverage { covered } } } }",
            json!({ "id": t.notice }),
        )
        .await;
    assert_eq!(
        notice.assert_ok()["notice"],
        json!({ "title": "Vertraulicher Aushang", "version": 1, "pinned": false,
                "acknowledgementRequest": { "open": true, "lastRemindedAt": null,
                                            "coverage": { "covered": 0 } } })
    );
    assert_eq!(notifications(&f.anna).await[0]["readAt"], Value::Null);
}

/// Runs the matrix against a group of `kind`, expecting `code`.
async fn matrix(backend: Backend, kind: Kind, code: &str) {
    let app = TestApp::spawn(backend).await;
    let outsider_user = app.create_user("Otto", false).await;
    let sven_user = app.create_user("Sven", false).await;
    let f = forum(app, kind).await;
    let t = target(&f).await;
    let outsider = f.app.signed_in(&outsider_user).await;
    let other = create_group(&f.moderator, "Andere Gruppe", Kind::Secret).await;
    let sven = add_member(&f.app, &f.moderator, &other, &sven_user, "MODERATOR").await;
    let own = start_thread(&sven, &other, "Eigenes Thema", "Text", "DISCUSSION").await;
    let own_thread = own["id"].as_str().unwrap();

    attack(&outsider, "an outsider", &t, operations(&t), code).await;
    let sven_operations = [operations(&t), smuggled(&t, &other, own_thread)].concat();
    attack(
        &sven,
        "the other group's moderator",
        &t,
        sven_operations,
        code,
    )
    .await;
    unchanged(&f, &t).await;
}

/// Outsiders of a secret group get NOT_FOUND for every discussion operation.
async fn outsiders_get_nothing_of_a_secret_groups_discussions(backend: Backend) {
    matrix(backend, Kind::Secret, "NOT_FOUND").await;
}

/// Outsiders of a listed group get FORBIDDEN for every discussion operation.
async fn outsiders_get_nothing_of_a_listed_groups_discussions(backend: Backend) {
    matrix(backend, Kind::ListedOpen, "FORBIDDEN").await;
}

/// Guests read threads, posts and categories, and watch, but cannot post, react, edit,
/// delete, accept, keep drafts or manage categories.
async fn guests_read_but_do_not_write(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let t = target(&f).await;
    let reads = [
        (
            "query($g: ID!) { categories(groupId: $g) { name } }",
            json!({ "g": t.group }),
        ),
        (
            "query($g: ID!) { threads(groupId: $g) { nodes { title } } }",
            json!({ "g": t.group }),
        ),
        (
            "query($id: ID!) { thread(id: $id) { posts { nodes { body } } } }",
            json!({ "id": t.thread }),
        ),
        (
            "query($id: ID!) { post(id: $id) { body revisions { body } } }",
            json!({ "id": t.post }),
        ),
        (
            "mutation($t: ID!) { markThreadRead(threadId: $t) { unreadCount } }",
            json!({ "t": t.thread }),
        ),
        (
            "mutation($t: ID!) { setWatchLevel(threadId: $t, level: WATCHING) { myWatchLevel } }",
            json!({ "t": t.thread }),
        ),
    ];
    for (query, vars) in reads {
        f.guest.gql(query, vars).await.assert_ok();
    }
    let writes: Vec<(&str, Value)> = vec![
        (
            "mutation($g: ID!) { startThread(groupId: $g, input: { title: \"Gast\", body: \"x\" }) { id } }",
            json!({ "g": t.group }),
        ),
        (
            "mutation($t: ID!) { reply(threadId: $t, body: \"Gast\") { id } }",
            json!({ "t": t.thread }),
        ),
        (
            "mutation($p: ID!) { react(postId: $p, reaction: EYES) { id } }",
            json!({ "p": t.post }),
        ),
        (
            "mutation($p: ID!) { editPost(postId: $p, body: \"Gast\", version: 1) { id } }",
            json!({ "p": t.post }),
        ),
        (
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": t.post }),
        ),
        (
            "mutation($p: ID!) { restorePost(postId: $p) { id } }",
            json!({ "p": t.post }),
        ),
        (
            "mutation($p: ID!) { acceptAnswer(postId: $p) { id } }",
            json!({ "p": t.post }),
        ),
        (
            "mutation($t: ID!) { editThread(threadId: $t, input: { title: \"Gast\" }) { id } }",
            json!({ "t": t.thread }),
        ),
        (
            "mutation($g: ID!, $t: ID!) { saveDraft(groupId: $g, threadId: $t, body: \"Gast\") { body } }",
            json!({ "g": t.group, "t": t.thread }),
        ),
        (
            "mutation($g: ID!) { createCategory(groupId: $g, input: { name: \"Gast\" }) { id } }",
            json!({ "g": t.group }),
        ),
        (
            "mutation($c: ID!) { deleteCategory(id: $c) }",
            json!({ "c": t.category }),
        ),
    ];
    for (query, vars) in writes {
        f.guest.gql(query, vars).await.assert_code("FORBIDDEN");
    }
    unchanged(&f, &t).await;
}
