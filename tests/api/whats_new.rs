//! What is new across a person's groups: unread threads, latest activity, open
//! questions and mentions, only ever of groups the person is a member of.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{forum, mention, reply, start_thread},
    group_fixtures::{Kind, create_group},
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    news_comes_from_the_viewers_groups_only,
    open_questions_and_mentions_are_the_viewers,
);

const NEWS: &str = "query($f: Int, $a: String) { whatsNew { \
     unreadThreads(first: $f, after: $a) { nodes { title unreadCount group { name } } pageInfo { hasNextPage endCursor } } \
     latestThreads(first: $f) { nodes { title } } \
     openQuestions(first: $f) { nodes { title } } \
     mentions(first: $f) { nodes { threadTitle kind } } } }";

async fn news(browser: &Browser, vars: Value) -> Value {
    browser.gql(NEWS, vars).await.assert_ok()["whatsNew"].clone()
}

fn titles(list: &Value) -> Vec<String> {
    list["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t.get("title")
                .or(t.get("threadTitle"))
                .and_then(Value::as_str)
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// Threads of a secret group and of a listed group the viewer is not in never appear;
/// unread threads carry their counts and page; leaving a group takes its threads away.
async fn news_comes_from_the_viewers_groups_only(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let secret = create_group(&f.moderator, "Vertraulich", Kind::Secret).await;
    let listed = create_group(&f.moderator, "Offen", Kind::ListedOpen).await;
    start_thread(&f.moderator, &secret, "Geheim", "Nur intern", "DISCUSSION").await;
    start_thread(
        &f.moderator,
        &listed,
        "Draußen",
        "Für Mitglieder",
        "DISCUSSION",
    )
    .await;
    let first = start_thread(
        &f.ben,
        &f.group,
        "Praktika",
        "Wer hat Plätze?",
        "DISCUSSION",
    )
    .await;
    reply(&f.moderator, first["id"].as_str().unwrap(), None, "Wir").await;
    start_thread(&f.ben, &f.group, "Messe", "Wer kommt?", "DISCUSSION").await;

    let seen = news(&f.anna, json!({})).await;
    assert_eq!(titles(&seen["unreadThreads"]), ["Messe", "Praktika"]);
    assert_eq!(seen["unreadThreads"]["nodes"][1]["unreadCount"], 2);
    assert_eq!(
        seen["unreadThreads"]["nodes"][1]["group"]["name"],
        "Übergang Schule–Beruf"
    );
    assert_eq!(titles(&seen["latestThreads"]), ["Messe", "Praktika"]);
    // The moderator sees the threads of their other groups too; their own posts are
    // not unread (replying marked "Praktika" read).
    let moderators = news(&f.moderator, json!({})).await;
    assert_eq!(
        titles(&moderators["latestThreads"]),
        ["Messe", "Praktika", "Draußen", "Geheim"]
    );
    assert_eq!(titles(&moderators["unreadThreads"]), ["Messe"]);

    let page = news(&f.anna, json!({ "f": 1 })).await;
    assert_eq!(titles(&page["unreadThreads"]), ["Messe"]);
    let cursor = page["unreadThreads"]["pageInfo"]["endCursor"].clone();
    let rest = news(&f.anna, json!({ "f": 1, "a": cursor })).await;
    assert_eq!(titles(&rest["unreadThreads"]), ["Praktika"]);
    assert_eq!(rest["unreadThreads"]["pageInfo"]["hasNextPage"], false);

    f.anna
        .gql(
            "mutation($g: ID!) { leaveGroup(groupId: $g) }",
            json!({ "g": f.group }),
        )
        .await
        .assert_ok();
    let after = news(&f.anna, json!({})).await;
    assert!(titles(&after["unreadThreads"]).is_empty());
    assert!(titles(&after["latestThreads"]).is_empty());
    f.anna
        .gql(NEWS, json!({ "f": 0 }))
        .await
        .assert_code("BAD_USER_INPUT");
    f.app
        .browser()
        .gql(NEWS, json!({}))
        .await
        .assert_code("UNAUTHENTICATED");
}

/// Open questions are the viewer's own questions until an answer is accepted; mentions
/// are where others mentioned the viewer.
async fn open_questions_and_mentions_are_the_viewers(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let asked = start_thread(
        &f.anna,
        &f.group,
        "Wer prüft?",
        "Bitte um Hilfe",
        "QUESTION",
    )
    .await;
    start_thread(&f.ben, &f.group, "Bens Frage", "Auch eine", "QUESTION").await;
    start_thread(&f.anna, &f.group, "Austausch", "Nur reden", "DISCUSSION").await;
    let answer = reply(
        &f.ben,
        asked["id"].as_str().unwrap(),
        None,
        &format!("{} das macht der Kreis", mention("Anna", &f.anna_id)),
    )
    .await;
    let seen = news(&f.anna, json!({})).await;
    assert_eq!(titles(&seen["openQuestions"]), ["Wer prüft?"]);
    assert_eq!(titles(&seen["mentions"]), ["Wer prüft?"]);
    assert_eq!(seen["mentions"]["nodes"][0]["kind"], "MENTION");
    assert!(titles(&news(&f.ben, json!({})).await["mentions"]).is_empty());

    f.anna
        .gql(
            "mutation($p: ID!) { acceptAnswer(postId: $p) { id } }",
            json!({ "p": answer["id"] }),
        )
        .await
        .assert_ok();
    assert!(titles(&news(&f.anna, json!({})).await["openQuestions"]).is_empty());
    assert_eq!(
        titles(&news(&f.ben, json!({})).await["openQuestions"]),
        ["Bens Frage"]
    );
}
