//! Live updates over `/graphql/ws`: the handshake's checks, who may subscribe, the
//! events members receive, the end of a removed member's subscriptions, and delivery
//! across two server processes through Redis.
//!
//! The server sends nothing when a subscription starts, so a test first publishes
//! marker events on the subscription's channel until one arrives ([`until_live`]);
//! later reads skip markers.

use std::time::Duration;

use fachforum::platform::pubsub::PubSub;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    discussions_fixtures,
    group_fixtures::{
        Kind, account_id, add_member, create_group, create_organization, set_organization,
    },
    helpers::{Browser, PASSWORD, TestApp},
    platform::{REDIS_URL, require_redis, unique_prefix},
    process::{ServerProcess, create_account, data_dir},
    testdb::{Backend, TestDb, both_databases},
    ws_client::{self, Handshake, PROTOCOL, Reply, WsClient},
};

both_databases!(
    a_member_sees_new_posts_of_an_open_thread_live,
    a_member_receives_members_changed_when_members_change,
    non_members_and_signed_out_clients_cannot_subscribe,
    a_removed_member_stops_receiving_and_learns_that_membership_ended,
    a_handover_ends_the_predecessors_subscriptions,
    every_event_is_checked_against_the_current_membership,
);

const GROUP_EVENTS: &str =
    "subscription($g: ID!) { groupEvents(groupId: $g) { type groupId threadId } }";
const THREAD_EVENTS: &str =
    "subscription($t: ID!) { threadEvents(threadId: $t) { type groupId threadId postId } }";
const VIEWER_EVENTS: &str = "subscription { viewerEvents { type groupId } }";
const REQUEST: &str = "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }";
const DECIDE: &str =
    "mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }";
const SET_ROLE: &str = "mutation($g: ID!, $a: ID!, $r: GroupRole!) { \
     setMemberRole(groupId: $g, accountId: $a, role: $r) { role } }";

/// The thread id of marker events on a group channel.
const MARKER_THREAD: &str = "00000000-0000-0000-0000-000000000000";
/// How long a test listens to make sure that nothing arrives.
const QUIET: Duration = Duration::from_millis(500);

/// A channel a subscription listens to, for marker events.
enum Feed<'a> {
    /// `group:<id>`, read by `groupEvents`.
    Group(&'a str),
    /// `thread:<id>` of a group, read by `threadEvents`.
    Thread { group: &'a str, thread: &'a str },
    /// `account:<id>`, read by `viewerEvents`.
    Account(&'a str),
}

/// True for the marker events [`until_live`] publishes.
fn is_marker(event: &Value) -> bool {
    event["threadId"] == MARKER_THREAD
        || event["postId"] == MARKER_THREAD
        || event["type"] == "NOTIFICATIONS_CHANGED"
}

/// Publishes marker events on `feed` until subscription `id` delivers one.
async fn until_live(socket: &mut WsClient, id: &str, pubsub: &PubSub, feed: Feed<'_>) {
    let (channel, marker) = match feed {
        Feed::Group(group) => (
            format!("group:{group}"),
            json!({ "type": "thread_activity", "groupId": group, "threadId": MARKER_THREAD }),
        ),
        Feed::Thread { group, thread } => (
            format!("thread:{thread}"),
            json!({ "type": "thread_updated", "groupId": group, "threadId": thread,
                    "postId": MARKER_THREAD }),
        ),
        Feed::Account(account) => (
            format!("account:{account}"),
            json!({ "type": "notifications_changed" }),
        ),
    };
    for _ in 0..60 {
        pubsub.publish(&channel, &marker.to_string()).await.unwrap();
        match socket.reply_within(id, Duration::from_millis(250)).await {
            None => continue,
            Some(Reply::Next(payload))
                if payload["data"]
                    .as_object()
                    .is_some_and(|data| data.values().all(is_marker)) =>
            {
                return;
            }
            Some(other) => panic!("expected a marker on {id}, got {other:?}"),
        }
    }
    panic!("the subscription {id} did not start within 15 s");
}

/// The next event of subscription `id` (the value of `field`) that is not a marker.
async fn next_event(socket: &mut WsClient, id: &str, field: &str) -> Value {
    loop {
        let event = socket.data(id).await[field].clone();
        if !is_marker(&event) {
            return event;
        }
    }
}

/// The code of the error that ends subscription `id`, after any markers.
async fn end_code(socket: &mut WsClient, id: &str) -> String {
    loop {
        match socket.reply(id).await {
            Reply::Next(payload) if payload["errors"].is_null() => {
                let data = payload["data"].as_object().expect("data");
                assert!(data.values().all(is_marker), "unexpected event {payload}");
            }
            Reply::Next(payload) => {
                assert!(matches!(socket.reply(id).await, Reply::Complete));
                return payload["errors"][0]["extensions"]["code"]
                    .as_str()
                    .expect("a code")
                    .to_owned();
            }
            Reply::Error(errors) => {
                return errors[0]["extensions"]["code"]
                    .as_str()
                    .expect("a code")
                    .to_owned();
            }
            Reply::Complete => panic!("subscription {id} completed without an error"),
        }
    }
}

/// Asks to join `group`; returns the request's id.
async fn request_to_join(browser: &Browser, group: &str) -> String {
    browser
        .gql(REQUEST, json!({ "g": group }))
        .await
        .assert_ok()["requestToJoin"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Approves a join request as `moderator`.
async fn approve(moderator: &Browser, request: &str) {
    let decided = moderator.gql(DECIDE, json!({ "r": request })).await;
    assert_eq!(
        decided.assert_ok()["decideJoinRequest"]["status"],
        "APPROVED"
    );
}

/// A member with a thread open gets POST_CREATED for a reply written by someone else,
/// and the group feed reports the activity; outsiders cannot subscribe to the thread.
async fn a_member_sees_new_posts_of_an_open_thread_live(backend: Backend) {
    let forum = discussions_fixtures::forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let thread = discussions_fixtures::start_thread(
        &forum.anna,
        &forum.group,
        "Wie organisieren Sie die Praxisphasen?",
        "Wir suchen Erfahrungen aus anderen Kreisen.",
        "QUESTION",
    )
    .await;
    let thread_id = thread["id"].as_str().unwrap();
    let mut socket = ws_client::connect(&forum.anna).await;
    socket
        .subscribe("t", THREAD_EVENTS, json!({ "t": thread_id }))
        .await;
    let feed = Feed::Thread {
        group: &forum.group,
        thread: thread_id,
    };
    until_live(&mut socket, "t", &forum.app.state.pubsub, feed).await;

    let post =
        discussions_fixtures::reply(&forum.ben, thread_id, None, "Bei uns im Kreis so.").await;
    let event = next_event(&mut socket, "t", "threadEvents").await;
    assert_eq!(
        event,
        json!({ "type": "POST_CREATED", "groupId": forum.group, "threadId": thread_id,
                "postId": post["id"] })
    );

    let outsider = forum
        .app
        .signed_in(&forum.app.create_user("Olaf", false).await)
        .await;
    let mut foreign = ws_client::connect(&outsider).await;
    foreign
        .subscribe("t", THREAD_EVENTS, json!({ "t": thread_id }))
        .await;
    assert_eq!(end_code(&mut foreign, "t").await, "NOT_FOUND");
}

/// A member's groupEvents report MEMBERS_CHANGED for an approved request and a role
/// change (one instance, in-process pub/sub), and nothing for a mere request.
async fn a_member_receives_members_changed_when_members_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Übergangsmanagement", Kind::ListedOpen).await;
    let anna_user = app.create_user("Anna", false).await;
    let anna = add_member(&app, &admin, &group, &anna_user, "MEMBER").await;
    let mut socket = ws_client::connect(&anna).await;
    socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    until_live(&mut socket, "g", &app.state.pubsub, Feed::Group(&group)).await;

    let bob = app.signed_in(&app.create_user("Bob", false).await).await;
    let request = request_to_join(&bob, &group).await;
    socket.assert_silent(QUIET).await;
    approve(&admin, &request).await;
    let changed = json!({ "type": "MEMBERS_CHANGED", "groupId": group, "threadId": null });
    assert_eq!(next_event(&mut socket, "g", "groupEvents").await, changed);

    let bob_id = account_id(&bob).await;
    admin
        .gql(SET_ROLE, json!({ "g": group, "a": bob_id, "r": "GUEST" }))
        .await
        .assert_ok();
    assert_eq!(next_event(&mut socket, "g", "groupEvents").await, changed);
}

/// Secret groups are NOT_FOUND and listed ones FORBIDDEN to non-members; signed-out
/// sockets get UNAUTHENTICATED; bad ids, queries and mutations are refused.
async fn non_members_and_signed_out_clients_cannot_subscribe(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let secret = create_group(&admin, "Steuerungskreis", Kind::Secret).await;
    let listed = create_group(&admin, "Fachaustausch", Kind::ListedClosed).await;
    let carl = app.signed_in(&app.create_user("Carl", false).await).await;

    let mut socket = ws_client::connect(&carl).await;
    let cases = [
        ("secret", json!({ "g": secret }), "NOT_FOUND"),
        ("listed", json!({ "g": listed }), "FORBIDDEN"),
        ("unknown", json!({ "g": Uuid::new_v4() }), "NOT_FOUND"),
        ("malformed", json!({ "g": "42" }), "BAD_USER_INPUT"),
    ];
    for (id, variables, code) in cases {
        socket.subscribe(id, GROUP_EVENTS, variables).await;
        assert_eq!(socket.error_code(id).await, code, "{id}");
    }
    socket
        .subscribe("query", "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(socket.error_code("query").await, "BAD_REQUEST");
    socket
        .subscribe(
            "mutation",
            "mutation { updateProfile(name: \"Über den Socket\") { name } }",
            json!({}),
        )
        .await;
    assert_eq!(socket.error_code("mutation").await, "BAD_REQUEST");
    assert_eq!(carl.viewer().await["name"], "Carl");
    socket
        .subscribe("invalid", "subscription { nothing }", json!({}))
        .await;
    assert_eq!(socket.error_code("invalid").await, "BAD_REQUEST");

    let mut signed_out = ws_client::connect(&app.browser()).await;
    signed_out
        .subscribe("g", GROUP_EVENTS, json!({ "g": listed }))
        .await;
    assert_eq!(signed_out.error_code("g").await, "UNAUTHENTICATED");
    signed_out.subscribe("v", VIEWER_EVENTS, json!({})).await;
    assert_eq!(signed_out.error_code("v").await, "UNAUTHENTICATED");
}

/// A removed member's groupEvents end with an error and their viewerEvents report
/// MEMBERSHIP_ENDED; nothing of the group reaches them after; leaving reports the same.
async fn a_removed_member_stops_receiving_and_learns_that_membership_ended(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Steuerungskreis", Kind::Secret).await;
    let anna = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Anna", false).await,
        "MEMBER",
    )
    .await;
    let bob = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Bob", false).await,
        "MEMBER",
    )
    .await;
    let (anna_id, bob_id) = (account_id(&anna).await, account_id(&bob).await);
    let pubsub = &app.state.pubsub;

    let mut anna_socket = ws_client::connect(&anna).await;
    anna_socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    anna_socket.subscribe("v", VIEWER_EVENTS, json!({})).await;
    until_live(&mut anna_socket, "g", pubsub, Feed::Group(&group)).await;
    until_live(&mut anna_socket, "v", pubsub, Feed::Account(&anna_id)).await;
    let mut bob_socket = ws_client::connect(&bob).await;
    bob_socket.subscribe("v", VIEWER_EVENTS, json!({})).await;
    until_live(&mut bob_socket, "v", pubsub, Feed::Account(&bob_id)).await;

    admin
        .gql(
            "mutation($g: ID!, $a: ID!) { removeMember(groupId: $g, accountId: $a) }",
            json!({ "g": group, "a": anna_id }),
        )
        .await
        .assert_ok();
    assert_eq!(
        next_event(&mut anna_socket, "v", "viewerEvents").await,
        json!({ "type": "MEMBERSHIP_ENDED", "groupId": group })
    );
    assert_eq!(end_code(&mut anna_socket, "g").await, "NOT_FOUND");

    admin
        .gql(SET_ROLE, json!({ "g": group, "a": bob_id, "r": "GUEST" }))
        .await
        .assert_ok();
    anna_socket.assert_silent(QUIET).await;
    anna_socket
        .subscribe("again", GROUP_EVENTS, json!({ "g": group }))
        .await;
    assert_eq!(anna_socket.error_code("again").await, "NOT_FOUND");

    bob.gql(
        "mutation($g: ID!) { leaveGroup(groupId: $g) }",
        json!({ "g": group }),
    )
    .await
    .assert_ok();
    assert_eq!(
        next_event(&mut bob_socket, "v", "viewerEvents").await,
        json!({ "type": "MEMBERSHIP_ENDED", "groupId": group })
    );
}

/// Handing an account's memberships over to a successor ends the predecessor's
/// subscriptions to those groups, and the successor's group subscription reports it.
async fn a_handover_ends_the_predecessors_subscriptions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let office = create_organization(&admin, "Kreis Borken", "DISTRICT").await;
    let group = create_group(&admin, "Fachaustausch", Kind::ListedClosed).await;
    let olga = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Olga", false).await,
        "MEMBER",
    )
    .await;
    let nils = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Nils", false).await,
        "GUEST",
    )
    .await;
    let (olga_id, nils_id) = (account_id(&olga).await, account_id(&nils).await);
    set_organization(&admin, &olga_id, Some(&office)).await;
    set_organization(&admin, &nils_id, Some(&office)).await;
    let pubsub = &app.state.pubsub;
    let mut olga_socket = ws_client::connect(&olga).await;
    olga_socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    olga_socket.subscribe("v", VIEWER_EVENTS, json!({})).await;
    until_live(&mut olga_socket, "g", pubsub, Feed::Group(&group)).await;
    until_live(&mut olga_socket, "v", pubsub, Feed::Account(&olga_id)).await;
    let mut nils_socket = ws_client::connect(&nils).await;
    nils_socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    until_live(&mut nils_socket, "g", pubsub, Feed::Group(&group)).await;

    admin
        .gql(
            "mutation($f: ID!, $t: ID!) { handOver(fromAccountId: $f, toAccountId: $t) }",
            json!({ "f": olga_id, "t": nils_id }),
        )
        .await
        .assert_ok();
    assert_eq!(
        next_event(&mut olga_socket, "v", "viewerEvents").await,
        json!({ "type": "MEMBERSHIP_ENDED", "groupId": group })
    );
    assert_eq!(end_code(&mut olga_socket, "g").await, "FORBIDDEN");
    assert_eq!(
        next_event(&mut nils_socket, "g", "groupEvents").await["type"],
        "MEMBERS_CHANGED"
    );
}

/// Events as discussions publish them arrive as typed events; an event naming another
/// group is dropped; without membership (even unannounced) the next event ends the
/// subscription instead of arriving.
async fn every_event_is_checked_against_the_current_membership(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Fachaustausch", Kind::ListedOpen).await;
    let other = create_group(&admin, "Andere Gruppe", Kind::ListedOpen).await;
    let anna = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Anna", false).await,
        "GUEST",
    )
    .await;
    let pubsub = &app.state.pubsub;
    let mut socket = ws_client::connect(&anna).await;
    socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    until_live(&mut socket, "g", pubsub, Feed::Group(&group)).await;

    let thread = Uuid::new_v4().to_string();
    let publish = |channel: String, payload: Value| async move {
        pubsub
            .publish(&channel, &payload.to_string())
            .await
            .unwrap();
    };
    publish(
        format!("group:{group}"),
        json!({ "type": "thread_created", "groupId": group, "threadId": thread }),
    )
    .await;
    assert_eq!(
        next_event(&mut socket, "g", "groupEvents").await,
        json!({ "type": "THREAD_CREATED", "groupId": group, "threadId": thread })
    );
    publish(
        format!("group:{group}"),
        json!({ "type": "thread_activity", "groupId": other, "threadId": thread }),
    )
    .await;
    publish(
        format!("group:{other}"),
        json!({ "type": "thread_activity", "groupId": other, "threadId": thread }),
    )
    .await;
    publish(format!("group:{group}"), json!({ "type": "unknown" })).await;
    socket.assert_silent(QUIET).await;

    // The membership ends without an event (as when one was lost).
    let (group_uuid, anna_uuid) = (
        Uuid::parse_str(&group).unwrap(),
        Uuid::parse_str(&account_id(&anna).await).unwrap(),
    );
    let db = &app.state.db;
    fachforum::sql!(db, |ex| sqlx::query(
        "DELETE FROM memberships WHERE group_id = $1 AND account_id = $2"
    )
    .bind(group_uuid)
    .bind(anna_uuid)
    .execute(ex)
    .await
    .map(|r| r.rows_affected()))
    .unwrap();
    publish(
        format!("group:{group}"),
        json!({ "type": "thread_activity", "groupId": group, "threadId": thread }),
    )
    .await;
    assert_eq!(end_code(&mut socket, "g").await, "FORBIDDEN");
}

/// A foreign Origin gets 403 without an upgrade; another or no subprotocol is
/// refused; the page's own Origin, or none, is served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handshake_checks_origin_and_subprotocol() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.signed_in(&app.create_user("Anna", false).await).await;
    let base = Handshake::of(&browser);
    let handshake = |origin: Option<&str>, protocol: Option<&str>| Handshake {
        cookie: base.cookie.clone(),
        origin: origin.map(str::to_owned),
        protocol: protocol.map(str::to_owned),
    };
    let cases = [
        (Some("https://evil.example"), Some(PROTOCOL), 403),
        (Some("http://127.0.0.1:1"), Some(PROTOCOL), 403),
        (Some("null"), Some(PROTOCOL), 403),
        (Some(browser.base_url.as_str()), Some("graphql-ws"), 400),
        (Some(browser.base_url.as_str()), None, 400),
    ];
    for (origin, protocol, status) in cases {
        let result = ws_client::open(&app.base_url, &handshake(origin, protocol)).await;
        assert_eq!(result.err(), Some(status), "{origin:?} {protocol:?}");
    }
    let plain = browser.get("/graphql/ws").await;
    assert_eq!(plain.status(), 400);
    let body: Value = plain.json().await.unwrap();
    assert_eq!(
        body["errors"][0]["extensions"]["reason"],
        "UNSUPPORTED_PROTOCOL"
    );

    for origin in [Some(browser.base_url.as_str()), None] {
        let same_site = handshake(origin, Some(&format!("graphql-ws, {PROTOCOL}")));
        let mut socket = ws_client::open(&app.base_url, &same_site)
            .await
            .expect("the upgrade succeeds");
        socket.init().await;
        // Queries and mutations belong on POST /graphql.
        socket.subscribe("q", "{ viewer { id } }", json!({})).await;
        let errors = match socket.reply("q").await {
            Reply::Next(payload) => payload["errors"].clone(),
            Reply::Error(errors) => errors,
            other => panic!("expected a refusal, got {other:?}"),
        };
        assert_eq!(errors[0]["extensions"]["code"], "BAD_REQUEST");
        assert_eq!(errors[0]["extensions"]["reason"], "SUBSCRIPTIONS_ONLY");
    }
}

/// A connection that sends no connection_init is closed with 4408, a second init with
/// 4429, and open connections with 1001 when the server shuts down.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_initialise_once_in_time_and_close_at_shutdown() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.browser();
    let mut idle = ws_client::open(&app.base_url, &Handshake::of(&browser))
        .await
        .unwrap();
    let (code, reason) = idle.close_frame().await;
    assert_eq!(code, 4408, "{reason}");

    let mut twice = ws_client::connect(&browser).await;
    twice.send_init().await;
    assert_eq!(twice.close_frame().await.0, 4429);

    let mut open = ws_client::connect(&browser).await;
    drop(app);
    assert_eq!(open.close_frame().await.0, 1001);
}

/// Two server processes on one PostgreSQL and Redis: a subscriber connected to B
/// receives MEMBERS_CHANGED for a request approved on A.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_on_one_instance_receives_events_caused_on_another() {
    require_redis().await;
    let db = TestDb::new(Backend::Postgres).await;
    let prefix = unique_prefix();
    let env = [
        ("FACHFORUM_REDIS_URL", REDIS_URL),
        ("FACHFORUM_REDIS_PREFIX", prefix.as_str()),
    ];
    let (dir_a, dir_b) = (data_dir(), data_dir());
    for (email, name, is_admin) in [
        ("admin@example.org", "Admin", true),
        ("anna@example.org", "Anna", false),
        ("bob@example.org", "Bob", false),
    ] {
        create_account(&dir_a, &db.url, email, name, is_admin).await;
    }
    let a = ServerProcess::start_with_env(&dir_a, &db.url, &env).await;
    let b = ServerProcess::start_with_env(&dir_b, &db.url, &env).await;
    let signed_in = |server: &ServerProcess, email: &'static str| {
        let browser = server.browser();
        async move {
            browser.login(email, PASSWORD).await.assert_ok();
            browser
        }
    };
    let admin = signed_in(&a, "admin@example.org").await;
    let group = create_group(&admin, "Landesweiter Austausch", Kind::ListedOpen).await;
    let anna_on_a = signed_in(&a, "anna@example.org").await;
    approve(&admin, &request_to_join(&anna_on_a, &group).await).await;

    let anna_on_b = signed_in(&b, "anna@example.org").await;
    let mut socket = ws_client::connect(&anna_on_b).await;
    socket
        .subscribe("g", GROUP_EVENTS, json!({ "g": group }))
        .await;
    let pubsub = PubSub::connect(Some(REDIS_URL), &prefix).await.unwrap();
    until_live(&mut socket, "g", &pubsub, Feed::Group(&group)).await;

    let bob_on_a = signed_in(&a, "bob@example.org").await;
    approve(&admin, &request_to_join(&bob_on_a, &group).await).await;
    assert_eq!(
        next_event(&mut socket, "g", "groupEvents").await,
        json!({ "type": "MEMBERS_CHANGED", "groupId": group, "threadId": null })
    );
    drop((a, b));
    for dir in [dir_a, dir_b] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}
