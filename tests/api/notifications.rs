//! In-app notifications: who gets which, watching and muting, people who left, marking
//! read, join requests; and the live events published after each change.

use std::time::Duration;

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{
        forum, mention, notification_kinds, notifications, reply, start_thread,
        unread_notifications,
    },
    group_fixtures::{Kind, account_id},
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    replies_mentions_and_watched_threads_notify_the_right_people,
    questions_notify_the_asker_and_the_accepted_author_once,
    muted_threads_stay_quiet_except_for_mentions,
    people_who_left_get_and_see_nothing_of_the_group,
    only_their_owner_marks_notifications_read,
    join_requests_notify_the_moderators,
    changes_are_published_as_live_events,
);

const WATCH: &str = "mutation($t: ID!, $l: WatchLevel!) { setWatchLevel(threadId: $t, level: $l) { myWatchLevel } }";

/// A reply notifies the parent's author, watchers get the rest, the mentioned get a
/// mention (and watch), nobody hears of their own posts; each notification names the
/// group, thread, post and actor.
async fn replies_mentions_and_watched_threads_notify_the_right_people(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(
        &f.anna,
        &f.group,
        "Berufsfelderkundung",
        "Wie läuft es?",
        "DISCUSSION",
    )
    .await;
    let id = started["id"].as_str().unwrap();
    assert!(notifications(&f.anna).await.is_empty());

    let bens = reply(&f.ben, id, None, "Gut, danke").await;
    assert_eq!(notification_kinds(&f.anna).await, ["REPLY_TO_YOUR_POST"]);
    let note = &notifications(&f.anna).await[0];
    assert_eq!(note["groupId"], f.group.as_str());
    assert_eq!(note["groupName"], "Übergang Schule–Beruf");
    assert_eq!(note["threadId"], id);
    assert_eq!(note["threadTitle"], "Berufsfelderkundung");
    assert_eq!(note["postId"], bens["id"]);
    assert_eq!(note["postSeq"], 2);
    assert_eq!(note["actor"]["id"], f.ben_id.as_str());
    assert!(note["readAt"].is_null());
    assert!(
        notifications(&f.ben).await.is_empty(),
        "not of one's own post"
    );

    reply(
        &f.moderator,
        id,
        Some(bens["id"].as_str().unwrap()),
        "Bei uns auch",
    )
    .await;
    assert_eq!(notification_kinds(&f.ben).await, ["REPLY_TO_YOUR_POST"]);
    assert_eq!(
        notification_kinds(&f.anna).await,
        ["REPLY_TO_YOUR_POST", "NEW_POST_IN_WATCHED_THREAD"]
    );

    let body = format!(
        "Siehe {} und {}",
        mention("Gustav", &f.guest_id),
        mention("Anna", &f.anna_id)
    );
    reply(&f.anna, id, None, &body).await;
    assert_eq!(notification_kinds(&f.guest).await, ["MENTION"]);
    assert_eq!(
        notification_kinds(&f.anna).await.len(),
        2,
        "mentioning oneself notifies nobody"
    );
    assert_eq!(
        notification_kinds(&f.ben).await,
        ["REPLY_TO_YOUR_POST", "NEW_POST_IN_WATCHED_THREAD"]
    );
    let response = f
        .guest
        .gql(
            "query($id: ID!) { thread(id: $id) { myWatchLevel } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(response.assert_ok()["thread"]["myWatchLevel"], "WATCHING");

    // An edit that adds a mention notifies the newly mentioned, once.
    let post = reply(&f.ben, id, None, "Ohne Erwähnung").await;
    let before = notification_kinds(&f.moderator).await.len();
    let edit = "mutation($p: ID!, $b: String!, $v: Int!) { editPost(postId: $p, body: $b, version: $v) { version } }";
    let body = format!("Mit {}", mention("Mona", &f.moderator_id));
    f.ben
        .gql(edit, json!({ "p": post["id"], "b": body, "v": 1 }))
        .await
        .assert_ok();
    f.ben
        .gql(
            edit,
            json!({ "p": post["id"], "b": format!("{body}!"), "v": 2 }),
        )
        .await
        .assert_ok();
    let kinds = notification_kinds(&f.moderator).await;
    assert_eq!(kinds[before..], ["MENTION"]);
    assert_eq!(unread_notifications(&f.moderator).await, kinds.len() as i64);
}

/// A direct answer to a question notifies the asker as QUESTION_ANSWERED; accepting
/// notifies the answer's author once, however often it is accepted again.
async fn questions_notify_the_asker_and_the_accepted_author_once(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let question = start_thread(
        &f.anna,
        &f.group,
        "Welche Software?",
        "Für die Dokumentation",
        "QUESTION",
    )
    .await;
    let id = question["id"].as_str().unwrap();
    let answer = reply(&f.ben, id, None, "Wir nutzen X").await;
    assert_eq!(notification_kinds(&f.anna).await, ["QUESTION_ANSWERED"]);
    reply(
        &f.moderator,
        id,
        Some(answer["id"].as_str().unwrap()),
        "Und Y?",
    )
    .await;
    assert_eq!(notification_kinds(&f.ben).await, ["REPLY_TO_YOUR_POST"]);
    assert_eq!(
        notification_kinds(&f.anna).await,
        ["QUESTION_ANSWERED", "NEW_POST_IN_WATCHED_THREAD"]
    );

    let accept = "mutation($p: ID!) { acceptAnswer(postId: $p) { answered } }";
    let unaccept = "mutation($t: ID!) { unacceptAnswer(threadId: $t) { answered } }";
    f.anna
        .gql(accept, json!({ "p": answer["id"] }))
        .await
        .assert_ok();
    f.anna.gql(unaccept, json!({ "t": id })).await.assert_ok();
    f.moderator
        .gql(accept, json!({ "p": answer["id"] }))
        .await
        .assert_ok();
    assert_eq!(
        notification_kinds(&f.ben).await,
        ["REPLY_TO_YOUR_POST", "ANSWER_ACCEPTED"]
    );
    let note = &notifications(&f.ben).await[0];
    assert_eq!(note["postId"], answer["id"]);
    assert_eq!(note["actor"]["id"], f.anna_id.as_str());
    // Accepting one's own reply notifies nobody.
    let own = reply(&f.anna, id, None, "Selbst gefunden").await;
    f.anna
        .gql(accept, json!({ "p": own["id"] }))
        .await
        .assert_ok();
    assert_eq!(notification_kinds(&f.anna).await.len(), 2);
}

/// A muted thread notifies of nothing but direct mentions (which do not unmute it);
/// watching notifies of every post; normal only of replies to one's posts.
async fn muted_threads_stay_quiet_except_for_mentions(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Stilles Thema", "Text", "DISCUSSION").await;
    let id = started["id"].as_str().unwrap();
    let response = f.anna.gql(WATCH, json!({ "t": id, "l": "MUTED" })).await;
    assert_eq!(
        response.assert_ok()["setWatchLevel"]["myWatchLevel"],
        "MUTED"
    );
    let response = f
        .guest
        .gql(WATCH, json!({ "t": id, "l": "WATCHING" }))
        .await;
    assert_eq!(
        response.assert_ok()["setWatchLevel"]["myWatchLevel"],
        "WATCHING"
    );

    reply(&f.ben, id, None, "Antwort an Anna").await;
    assert!(notifications(&f.anna).await.is_empty(), "muted");
    assert_eq!(
        notification_kinds(&f.guest).await,
        ["NEW_POST_IN_WATCHED_THREAD"]
    );
    reply(
        &f.ben,
        id,
        None,
        &format!("Frage an {}", mention("Anna", &f.anna_id)),
    )
    .await;
    assert_eq!(notification_kinds(&f.anna).await, ["MENTION"]);
    let response = f
        .anna
        .gql(
            "query($id: ID!) { thread(id: $id) { myWatchLevel } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(response.assert_ok()["thread"]["myWatchLevel"], "MUTED");
    // Replying oneself does not unmute either.
    reply(&f.anna, id, None, "Trotzdem still").await;
    reply(&f.ben, id, None, "Noch eine").await;
    assert_eq!(notification_kinds(&f.anna).await, ["MENTION"]);

    f.guest
        .gql(WATCH, json!({ "t": id, "l": "NORMAL" }))
        .await
        .assert_ok();
    let before = notification_kinds(&f.guest).await.len();
    reply(&f.ben, id, None, "Leise").await;
    assert_eq!(notification_kinds(&f.guest).await.len(), before);
    f.anna
        .gql(WATCH, json!({ "t": id, "l": "LOUD" }))
        .await
        .assert_code("BAD_REQUEST");
}

/// Who left a group is not notified of it any more, and their old notifications of it
/// are hidden (and not counted).
async fn people_who_left_get_and_see_nothing_of_the_group(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.ben, &f.group, "Abschied", "Text", "DISCUSSION").await;
    let id = started["id"].as_str().unwrap();
    reply(&f.anna, id, None, "Antwort").await;
    assert_eq!(unread_notifications(&f.ben).await, 1);
    f.ben
        .gql(
            "mutation($g: ID!) { leaveGroup(groupId: $g) }",
            json!({ "g": f.group }),
        )
        .await
        .assert_ok();
    assert!(notifications(&f.ben).await.is_empty());
    assert_eq!(unread_notifications(&f.ben).await, 0);
    let body = format!("Schade, {}", mention("Ben", &f.ben_id));
    let post = reply(
        &f.anna,
        id,
        Some(started["openingPost"]["id"].as_str().unwrap()),
        &body,
    )
    .await;
    assert_eq!(
        post["bodyHtml"], "<p>Schade, @Ben</p>\n",
        "no longer a member to mention"
    );
    assert!(notifications(&f.ben).await.is_empty());
    assert_eq!(unread_notifications(&f.ben).await, 0);
}

/// Notifications are marked read by id (only one's own: others' are NOT_FOUND and
/// nothing changes) or all at once; `unreadOnly` lists the unread.
async fn only_their_owner_marks_notifications_read(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Viele Antworten", "Text", "DISCUSSION").await;
    let id = started["id"].as_str().unwrap();
    for text in ["Eins", "Zwei", "Drei"] {
        reply(&f.ben, id, None, text).await;
    }
    let annas = notifications(&f.anna).await;
    assert_eq!(annas.len(), 3);
    let mark = "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }";
    f.ben
        .gql(mark, json!({ "ids": [annas[0]["id"]] }))
        .await
        .assert_code("NOT_FOUND");
    f.anna
        .gql(
            mark,
            json!({ "ids": [annas[0]["id"], uuid::Uuid::now_v7()] }),
        )
        .await
        .assert_code("NOT_FOUND");
    assert_eq!(unread_notifications(&f.anna).await, 3, "nothing changed");
    for (ids, field) in [(json!([]), "ids"), (json!(["kaputt"]), "ids")] {
        let response = f.anna.gql(mark, json!({ "ids": ids })).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    let response = f
        .anna
        .gql(mark, json!({ "ids": [annas[0]["id"], annas[0]["id"]] }))
        .await;
    assert_eq!(response.assert_ok()["markNotificationsRead"], 2);
    let unread = f
        .anna
        .gql(
            "{ notifications(unreadOnly: true) { nodes { id } } }",
            json!({}),
        )
        .await;
    let ids: Vec<&Value> = unread.assert_ok()["notifications"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["id"])
        .collect();
    assert_eq!(ids, [&annas[1]["id"], &annas[2]["id"]]);
    let paged = f
        .anna
        .gql("{ notifications(first: 2) { nodes { id readAt } pageInfo { hasNextPage endCursor } } }", json!({}))
        .await;
    let page = &paged.assert_ok()["notifications"];
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    assert_eq!(page["nodes"][0]["id"], annas[0]["id"], "newest first");
    assert!(page["nodes"][0]["readAt"].is_string());
    let next = f
        .anna
        .gql(
            "query($a: String) { notifications(first: 2, after: $a) { nodes { id readAt } } }",
            json!({ "a": page["pageInfo"]["endCursor"] }),
        )
        .await;
    let last = &next.assert_ok()["notifications"]["nodes"];
    assert_eq!(last, &json!([{ "id": annas[2]["id"], "readAt": null }]));
    let response = f
        .anna
        .gql("mutation { markAllNotificationsRead }", json!({}))
        .await;
    assert_eq!(response.assert_ok()["markAllNotificationsRead"], 0);
    assert_eq!(unread_notifications(&f.anna).await, 0);
}

/// A request to join notifies the group's moderators (not its members), linking to the
/// request.
async fn join_requests_notify_the_moderators(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let requester_user = app.create_user("Rita", false).await;
    let f = forum(app, Kind::ListedOpen).await;
    let requester = f.app.signed_in(&requester_user).await;
    let rita_id = account_id(&requester).await;
    let response = requester
        .gql(
            "mutation($g: ID!) { requestToJoin(groupId: $g, message: \"Hallo\") { id } }",
            json!({ "g": f.group }),
        )
        .await;
    let request = response.assert_ok()["requestToJoin"]["id"].clone();
    let notes = notifications(&f.moderator).await;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["kind"], "JOIN_REQUEST");
    assert_eq!(notes[0]["joinRequestId"], request);
    assert_eq!(notes[0]["groupId"], f.group.as_str());
    assert_eq!(notes[0]["actor"]["id"], rita_id.as_str());
    assert!(notes[0]["threadId"].is_null());
    assert!(notifications(&f.anna).await.is_empty());
    assert!(notifications(&requester).await.is_empty());
}

/// Receives events until one on `channel` arrives; returns its payload.
async fn next_on(
    events: &mut tokio::sync::broadcast::Receiver<fachforum::platform::pubsub::Event>,
    channel: &str,
) -> Value {
    let wait = async {
        loop {
            let event = events.recv().await.expect("the event channel is open");
            if event.channel == channel {
                return serde_json::from_str(&event.payload).expect("a JSON payload");
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(5), wait)
        .await
        .unwrap_or_else(|_| panic!("no event on {channel}"))
}

/// Every change publishes its event after commit, in the agreed shape: the thread's
/// channel, the group's channel, and the notified accounts' channels.
async fn changes_are_published_as_live_events(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let mut events = f.app.state.pubsub.subscribe();
    let group_channel = format!("group:{}", f.group);
    let started = start_thread(&f.anna, &f.group, "Live", "Text", "QUESTION").await;
    let id = started["id"].as_str().unwrap().to_owned();
    let thread_channel = format!("thread:{id}");
    assert_eq!(
        next_on(&mut events, &group_channel).await,
        json!({ "type": "thread_created", "groupId": f.group, "threadId": id })
    );
    let answer = reply(&f.ben, &id, None, "Antwort").await;
    let post_id = answer["id"].as_str().unwrap().to_owned();
    let event = |kind: &str, post: Option<&str>| json!({ "type": kind, "groupId": f.group, "threadId": id, "postId": post });
    assert_eq!(
        next_on(&mut events, &thread_channel).await,
        event("post_created", Some(&post_id))
    );
    assert_eq!(
        next_on(&mut events, &group_channel).await,
        json!({ "type": "thread_activity", "groupId": f.group, "threadId": id })
    );
    assert_eq!(
        next_on(&mut events, &format!("account:{}", f.anna_id)).await,
        json!({ "type": "notifications_changed" })
    );

    let steps: Vec<(&str, Value, &str, Option<&str>)> = vec![
        (
            "mutation($p: ID!) { editPost(postId: $p, body: \"Neu\", version: 1) { id } }",
            json!({ "p": post_id }),
            "post_updated",
            Some(&post_id),
        ),
        (
            "mutation($p: ID!) { react(postId: $p, reaction: HEART) { id } }",
            json!({ "p": post_id }),
            "reactions_changed",
            Some(&post_id),
        ),
        (
            "mutation($p: ID!) { acceptAnswer(postId: $p) { id } }",
            json!({ "p": post_id }),
            "thread_updated",
            Some(&post_id),
        ),
        (
            "mutation($t: ID!) { editThread(threadId: $t, input: { title: \"Live!\" }) { id } }",
            json!({ "t": id }),
            "thread_updated",
            None,
        ),
        (
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": post_id }),
            "post_deleted",
            Some(&post_id),
        ),
        (
            "mutation($p: ID!) { restorePost(postId: $p) { id } }",
            json!({ "p": post_id }),
            "post_restored",
            Some(&post_id),
        ),
    ];
    for (query, vars, kind, post) in steps {
        let actor = if kind == "post_restored" {
            &f.moderator
        } else if kind == "post_updated" || kind == "post_deleted" {
            &f.ben
        } else {
            &f.anna
        };
        actor.gql(query, vars).await.assert_ok();
        assert_eq!(
            next_on(&mut events, &thread_channel).await,
            event(kind, post),
            "{kind}"
        );
    }
    f.anna
        .gql("mutation { markAllNotificationsRead }", json!({}))
        .await
        .assert_ok();
    assert_eq!(
        next_on(&mut events, &format!("account:{}", f.anna_id)).await,
        json!({ "type": "notifications_changed" })
    );
}
