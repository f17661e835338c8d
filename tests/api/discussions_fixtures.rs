//! Building blocks for the discussion tests: a group with its moderator, two members
//! and a guest, and steps that start threads and write replies through the GraphQL API
//! as the web client does.

use serde_json::{Value, json};

use crate::{
    group_fixtures::{Kind, account_id, add_member, create_group},
    helpers::{Browser, TestApp},
};

/// The fields of a thread the tests look at.
pub const THREAD: &str = "id title kind tags replyCount lastSeq unreadCount isNew lastReadSeq \
     answered myWatchLevel canEdit deletedAt category { id name } author { id name } \
     acceptedAnswer { id }";

/// The fields of a post the tests look at.
pub const POST: &str = "id seq depth body bodyHtml version deletedAt isOpeningPost \
     isAcceptedAnswer canEdit threadId author { id name } parent { id seq deleted author { id } } \
     reactions { reaction emoji count reactedByMe people { id name } }";

/// A group with people in every role.
pub struct Forum {
    pub app: TestApp,
    pub group: String,
    /// A platform administrator who created the group and moderates it.
    pub moderator: Browser,
    pub moderator_id: String,
    pub anna: Browser,
    pub anna_id: String,
    pub ben: Browser,
    pub ben_id: String,
    /// A guest: reads only.
    pub guest: Browser,
    pub guest_id: String,
}

/// A fresh server with the group "Übergang Schule–Beruf" of `kind`: the administrator
/// Mona moderates it, Anna and Ben are members, Gustav is a guest.
pub async fn forum(app: TestApp, kind: Kind) -> Forum {
    let moderator = app.signed_in(&app.create_user("Mona", true).await).await;
    let group = create_group(&moderator, "Übergang Schule–Beruf", kind).await;
    let anna_user = app.create_user("Anna", false).await;
    let anna = add_member(&app, &moderator, &group, &anna_user, "MEMBER").await;
    let ben_user = app.create_user("Ben", false).await;
    let ben = add_member(&app, &moderator, &group, &ben_user, "MEMBER").await;
    let guest_user = app.create_user("Gustav", false).await;
    let guest = add_member(&app, &moderator, &group, &guest_user, "GUEST").await;
    Forum {
        moderator_id: account_id(&moderator).await,
        anna_id: account_id(&anna).await,
        ben_id: account_id(&ben).await,
        guest_id: account_id(&guest).await,
        app,
        group,
        moderator,
        anna,
        ben,
        guest,
    }
}

/// Starts a thread; returns it with `openingPost { id }`.
pub async fn start_thread(
    browser: &Browser,
    group: &str,
    title: &str,
    body: &str,
    kind: &str,
) -> Value {
    let query = format!(
        "mutation($g: ID!, $input: StartThreadInput!) {{ startThread(groupId: $g, input: $input) \
         {{ {THREAD} openingPost {{ id }} }} }}"
    );
    let response = browser
        .gql(
            &query,
            json!({ "g": group, "input": { "title": title, "body": body, "kind": kind } }),
        )
        .await;
    response.assert_ok()["startThread"].clone()
}

/// The reply mutation with every argument.
pub fn reply_mutation() -> String {
    format!(
        "mutation($t: ID!, $p: ID, $b: String!) {{ reply(threadId: $t, parentPostId: $p, body: $b) \
         {{ {POST} }} }}"
    )
}

/// Writes a reply to the thread (`parent` `None`) or to a post; returns the post.
pub async fn reply(browser: &Browser, thread: &str, parent: Option<&str>, body: &str) -> Value {
    let response = browser
        .gql(
            &reply_mutation(),
            json!({ "t": thread, "p": parent, "b": body }),
        )
        .await;
    response.assert_ok()["reply"].clone()
}

/// The thread as `browser` sees it.
pub async fn thread(browser: &Browser, id: &str) -> Value {
    let query = format!("query($id: ID!) {{ thread(id: $id) {{ {THREAD} }} }}");
    browser.gql(&query, json!({ "id": id })).await.assert_ok()["thread"].clone()
}

/// The post as `browser` sees it.
pub async fn post(browser: &Browser, id: &str) -> Value {
    let query = format!("query($id: ID!) {{ post(id: $id) {{ {POST} }} }}");
    browser.gql(&query, json!({ "id": id })).await.assert_ok()["post"].clone()
}

/// A mention as the composer inserts it.
pub fn mention(name: &str, id: &str) -> String {
    format!("[@{name}](mention:{id})")
}

/// The notifications of `browser`, newest first: `kind`, `threadId`, `postId`,
/// `actor { id }`, `readAt`, `id`.
pub async fn notifications(browser: &Browser) -> Vec<Value> {
    let response = browser
        .gql(
            "{ notifications(first: 100) { nodes { id kind groupId groupName threadId threadTitle \
             postId postSeq joinRequestId readAt actor { id name } } } }",
            json!({}),
        )
        .await;
    response.assert_ok()["notifications"]["nodes"]
        .as_array()
        .unwrap()
        .clone()
}

/// The kinds of `browser`'s notifications, oldest first.
pub async fn notification_kinds(browser: &Browser) -> Vec<String> {
    let mut kinds: Vec<String> = notifications(browser)
        .await
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect();
    kinds.reverse();
    kinds
}

/// The unread count of `browser`'s bell.
pub async fn unread_notifications(browser: &Browser) -> i64 {
    browser
        .gql("{ unreadNotificationCount }", json!({}))
        .await
        .assert_ok()["unreadNotificationCount"]
        .as_i64()
        .unwrap()
}

/// Every post of a thread in `order`, fetched page by page with `first`.
pub async fn all_posts(browser: &Browser, thread: &str, order: &str, first: i64) -> Vec<Value> {
    let query = "query($id: ID!, $o: PostOrder!, $f: Int!, $a: String) { thread(id: $id) { \
         posts(order: $o, first: $f, after: $a) { nodes { id seq depth parent { id } } \
         pageInfo { hasNextPage endCursor } } } }";
    let mut posts = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = browser
            .gql(
                query,
                json!({ "id": thread, "o": order, "f": first, "a": after }),
            )
            .await;
        let page = &response.assert_ok()["thread"]["posts"];
        posts.extend(page["nodes"].as_array().unwrap().iter().cloned());
        if !page["pageInfo"]["hasNextPage"].as_bool().unwrap() {
            return posts;
        }
        after = Some(page["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
    }
}
