//! A hostile client cannot take the server down: documents that expand exponentially,
//! lying headers, wrong charsets, bursts of sign-ins and control characters in any
//! text are refused cleanly, and the server keeps answering.

use std::time::Duration;

use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::{
    discussions_fixtures::{Forum, forum, reply, start_thread},
    group_fixtures::{Kind, create_organization},
    helpers::{Browser, Gql, PASSWORD, TestApp},
    notices::notice,
    schema_walk,
    testdb::{Backend, both_databases},
    ws_client,
};

both_databases!(
    fragment_bombs_are_refused_before_any_work,
    floods_and_deep_nesting_are_refused,
    a_lying_content_length_is_refused_before_the_body_arrives,
    bodies_in_other_charsets_are_refused,
    introspection_is_refused_with_a_reason,
    a_burst_of_sign_ins_is_answered_in_full,
    a_socket_admits_subscriptions_like_posts,
);

/// Asserts that the request was refused as bad input with `reason`.
fn assert_refused(response: &Gql, reason: &str) {
    let error = response.assert_code("BAD_USER_INPUT");
    assert_eq!(
        error["extensions"]["reason"], reason,
        "response: {}",
        response.body
    );
    assert!(
        response.body["data"].is_null(),
        "nothing ran: {}",
        response.body
    );
}

/// A chain of `n` fragments, each spreading the next one twice.
fn doubling_chain(n: usize) -> String {
    let chain: String = (0..n)
        .map(|i| format!("fragment F{i} on Query {{ ...F{} ...F{} }} ", i + 1, i + 1))
        .collect();
    format!("{{ ...F0 }} {chain} fragment F{n} on Query {{ __typename }}")
}

/// The doubling fragment chain (2^n fields when expanded) is refused at any length,
/// and the server answers the next request as usual.
async fn fragment_bombs_are_refused_before_any_work(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    for (n, reason) in [
        (24, "QUERY_TOO_COMPLEX"),
        (30, "QUERY_TOO_COMPLEX"),
        (60, "TOO_MANY_FRAGMENTS"),
    ] {
        let response = browser.gql(&doubling_chain(n), json!({})).await;
        assert_refused(&response, reason);
    }
    let wide = format!(
        "{{ ...W }} {{ {} }} fragment W on Query {{ __typename }}",
        "...W ".repeat(10_000)
    );
    assert_refused(&browser.gql(&wide, json!({})).await, "QUERY_TOO_LARGE");
    let wide_spreads = format!(
        "{{ {} }} fragment W on Query {{ __typename }}",
        "...W ".repeat(300)
    );
    assert_refused(
        &browser.gql(&wide_spreads, json!({})).await,
        "TOO_MANY_FRAGMENTS",
    );
    browser.gql("{ __typename }", json!({})).await.assert_ok();
}

/// Alias floods, inline fragments nested a thousand deep and fields nested past the
/// depth limit are refused with their reasons.
async fn floods_and_deep_nesting_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let aliases = |n: usize| -> String {
        let fields: String = (0..n).map(|i| format!("a{i}: __typename ")).collect();
        format!("{{ {fields} }}")
    };
    assert_refused(
        &browser.gql(&aliases(150), json!({})).await,
        "TOO_MANY_ALIASES",
    );
    assert_refused(
        &browser.gql(&aliases(5_000), json!({})).await,
        "QUERY_TOO_LARGE",
    );
    browser.gql(&aliases(20), json!({})).await.assert_ok();

    let inline = format!(
        "{{ {} __typename {} }}",
        "... on Query { ".repeat(1_000),
        "}".repeat(1_000)
    );
    assert_refused(&browser.gql(&inline, json!({})).await, "QUERY_TOO_DEEP");
    let brackets = format!(
        "{{ viewer(x: {}1{}) {{ id }} }}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_refused(&browser.gql(&brackets, json!({})).await, "QUERY_TOO_DEEP");
    let fields = format!("{}id{}", "{ viewer ".repeat(14), " }".repeat(14));
    assert_refused(&browser.gql(&fields, json!({})).await, "QUERY_TOO_DEEP");
}

/// Over the WebSocket, a fragment bomb and a control character in a subscription's
/// arguments are refused the same way, and the socket serves the next subscription.
async fn a_socket_admits_subscriptions_like_posts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let user = app.create_user("Anna", false).await;
    let browser = app.signed_in(&user).await;
    let mut socket = ws_client::connect(&browser).await;
    let bomb = format!(
        "subscription {{ ...F0 }} {}",
        (0..24)
            .map(|i| format!(
                "fragment F{i} on Subscription {{ ...F{} ...F{} }} ",
                i + 1,
                i + 1
            ))
            .collect::<String>()
            + "fragment F24 on Subscription { viewerEvents { __typename } }"
    );
    socket.subscribe("bomb", &bomb, json!({})).await;
    assert_eq!(socket.error_code("bomb").await, "BAD_USER_INPUT");
    socket
        .subscribe(
            "nul",
            "subscription($g: ID!) { groupEvents(groupId: $g) { __typename } }",
            json!({ "g": "a\u{0}b" }),
        )
        .await;
    assert_eq!(socket.error_code("nul").await, "BAD_USER_INPUT");
    socket
        .subscribe(
            "ok",
            "subscription { viewerEvents { __typename } }",
            json!({}),
        )
        .await;
    socket.assert_silent(Duration::from_millis(200)).await;
}

/// A request announcing a 50 MB body gets 413 from its headers alone: the server
/// answers without waiting for the body.
async fn a_lying_content_length_is_refused_before_the_body_arrives(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let address = app.base_url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).await.unwrap();
    let head = format!(
        "POST /graphql HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Content-Length: 52428800\r\n\r\n{{\"query\":"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut answer))
        .await
        .expect("the server answers without the body")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("BODY_TOO_LARGE"), "{answer}");
}

/// `application/json` in another charset than UTF-8 is refused (415), not misread;
/// UTF-8 spelled either way is fine.
async fn bodies_in_other_charsets_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let client = reqwest::Client::new();
    let post = |content_type: &'static str| {
        client
            .post(format!("{}/graphql", app.base_url))
            .header("content-type", content_type)
            .body(r#"{"query":"{ __typename }"}"#)
            .send()
    };
    for refused in [
        "application/json; charset=latin1",
        "application/json; charset=ISO-8859-1",
        "application/json;charset=utf-16",
    ] {
        let response = post(refused).await.unwrap();
        assert_eq!(response.status(), 415, "{refused}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(
            body["errors"][0]["extensions"]["reason"],
            "UNSUPPORTED_CHARSET"
        );
    }
    for accepted in [
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=\"UTF-8\"",
    ] {
        let response = post(accepted).await.unwrap();
        assert_eq!(response.status(), 200, "{accepted}");
    }
}

/// Outside development mode, introspection is refused with a code and a reason instead
/// of answering null, also when hidden in a fragment.
async fn introspection_is_refused_with_a_reason(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    for query in [
        "{ __schema { queryType { name } } }",
        "{ __type(name: \"Query\") { name } }",
        "{ ...I } fragment I on Query { __schema { types { name } } }",
    ] {
        assert_refused(
            &browser.gql(query, json!({})).await,
            "INTROSPECTION_DISABLED",
        );
    }
    browser.gql("{ __typename }", json!({})).await.assert_ok();
}

/// Forty sign-ins at once with one hashing slot and no waiting: every one is answered,
/// either signed in or refused as busy with Retry-After, and none is lost.
async fn a_burst_of_sign_ins_is_answered_in_full(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.password_hashes_at_once = 1;
        s.password_hash_wait_ms = 0;
    })
    .await;
    let user = app.create_user("Anna", false).await;
    let attempts = (0..40).map(|_| {
        let browser = app.browser();
        let email = user.email.clone();
        async move { browser.login(&email, PASSWORD).await }
    });
    let answers = futures_util::future::join_all(attempts).await;
    let mut signed_in = 0;
    for answer in &answers {
        if answer.body.get("errors").is_none() {
            signed_in += 1;
            assert_eq!(answer.body["data"]["login"]["email"], user.email.as_str());
            continue;
        }
        let error = answer.assert_code("RATE_LIMITED");
        assert_eq!(error["extensions"]["reason"], "SERVER_BUSY");
        assert_eq!(answer.status, 429);
        assert!(answer.headers.contains_key("retry-after"), "{answer:?}");
    }
    assert_eq!(answers.len(), 40);
    assert!(signed_in >= 1, "the first sign-in finds a free slot");
    let later = app.browser().login(&user.email, PASSWORD).await;
    later.assert_ok();
}

/// The hostile values put into every string position.
enum Hostile {
    Nul,
    Bell,
    LoneSurrogate,
    Long,
}

impl Hostile {
    const ALL: [Hostile; 4] = [
        Hostile::Nul,
        Hostile::Bell,
        Hostile::LoneSurrogate,
        Hostile::Long,
    ];

    fn value(&self) -> String {
        match self {
            Hostile::Nul => "a\u{0}b".into(),
            Hostile::Bell => "a\u{7}b".into(),
            Hostile::LoneSurrogate => SURROGATE_MARK.into(),
            Hostile::Long => "x".repeat(10_000),
        }
    }
}

/// Stands for `\ud800` in the JSON text, which a `serde_json::Value` cannot hold.
const SURROGATE_MARK: &str = "@@lone-surrogate@@";

both_databases!(every_string_input_refuses_control_characters_and_survives_long_values);

/// Every string and ID argument, and every string field of every input type, of every
/// query and mutation in the schema gets NUL, BEL, a lone surrogate escape and a
/// 10 000-character value in turn (the other arguments valid): control characters are
/// refused as CONTROL_CHARACTER, the surrogate as a malformed body, and the long
/// value gets a result or a clean refusal; never an internal error.
async fn every_string_input_refuses_control_characters_and_survives_long_values(backend: Backend) {
    let forum = forum(TestApp::spawn(backend).await, Kind::ListedOpen).await;
    let ids = Fixture::build(&forum).await;
    let schema = schema_walk::Schema::load();
    let mut positions = 0;
    for operation in schema.operations() {
        let call = operation.call(&ids);
        for pointer in &call.string_positions {
            positions += 1;
            for hostile in Hostile::ALL {
                let mut variables = call.variables.clone();
                *variables
                    .pointer_mut(pointer)
                    .expect("a position in the variables") = Value::String(hostile.value());
                let label = format!("{} {pointer}", operation.name);
                let (status, body) = post_raw(&forum.moderator, &call.query, &variables).await;
                assert_ne!(status, 500, "{label}: {body}");
                let code = body["errors"][0]["extensions"]["code"].as_str();
                let reason = body["errors"][0]["extensions"]["reason"].as_str();
                match hostile {
                    Hostile::Nul | Hostile::Bell => {
                        assert_eq!(code, Some("BAD_USER_INPUT"), "{label}: {body}");
                        assert_eq!(reason, Some("CONTROL_CHARACTER"), "{label}: {body}");
                    }
                    Hostile::LoneSurrogate => {
                        assert_eq!(status, 400, "{label}: {body}");
                        assert_eq!(code, Some("BAD_REQUEST"), "{label}: {body}");
                    }
                    Hostile::Long => {
                        assert_ne!(code, Some("INTERNAL"), "{label}: {body}");
                    }
                }
            }
        }
    }
    assert!(
        positions > 60,
        "the walk covers the schema: {positions} positions"
    );
    assert!(
        !forum.moderator.viewer().await.is_null(),
        "the walk's caller is still signed in"
    );
}

/// Posts `query` with `variables` as JSON text, with the surrogate mark replaced by a
/// lone surrogate escape.
async fn post_raw(browser: &Browser, query: &str, variables: &Value) -> (u16, Value) {
    let body = json!({ "query": query, "variables": variables })
        .to_string()
        .replace(SURROGATE_MARK, "\\ud800");
    let response = browser
        .client
        .post(format!("{}/graphql", browser.base_url))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    (status, response.json().await.expect("a JSON body"))
}

/// The real ids that the walk's calls use, so each call reaches its resolver.
struct Fixture {
    group: String,
    thread: String,
    post: String,
    organization: String,
    member: String,
    notice: String,
    /// A link the server refuses to fetch (loopback), so checks stay on this machine.
    link: String,
}

impl Fixture {
    async fn build(forum: &Forum) -> Fixture {
        let thread = start_thread(
            &forum.moderator,
            &forum.group,
            "Praktikumsbörse",
            "Wer hat Erfahrungen?",
            "QUESTION",
        )
        .await;
        let post = reply(&forum.anna, thread["id"].as_str().unwrap(), None, "Wir!").await;
        Fixture {
            group: forum.group.clone(),
            thread: thread["id"].as_str().unwrap().to_owned(),
            post: post["id"].as_str().unwrap().to_owned(),
            organization: create_organization(&forum.moderator, "Kreis Walk", "DISTRICT").await,
            member: forum.anna_id.clone(),
            notice: notice(&forum.moderator, &forum.group, "Aushang für den Rundgang").await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
            link: walk_link(forum).await,
        }
    }
}

/// Adds the fixture's link; returns its id.
async fn walk_link(forum: &Forum) -> String {
    let added = forum
        .anna
        .gql(
            "mutation($g: ID!) { addLink(groupId: $g, input: { url: \"http://127.0.0.1/rundgang\", \
             title: \"Link für den Rundgang\", description: \"Lokal.\" }) { link { id } } }",
            json!({ "g": forum.group }),
        )
        .await;
    added.assert_ok()["addLink"]["link"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

impl schema_walk::Ids for Fixture {
    fn id(&self, operation: &str, argument: &str, required: bool) -> Value {
        let id = match argument {
            "groupId" => Some(&self.group),
            "threadId" => Some(&self.thread),
            "postId" | "parentPostId" => Some(&self.post),
            "organizationId" => Some(&self.organization),
            "accountId" | "fromAccountId" | "toAccountId" => Some(&self.member),
            "noticeId" => Some(&self.notice),
            "id" if operation.contains("otice") => Some(&self.notice),
            "id" if operation.contains("ink") || operation == "applyMovedUrl" => Some(&self.link),
            "id" if operation.contains("rganization") => Some(&self.organization),
            "id" if operation.contains("roup") => Some(&self.group),
            "id" if operation.contains("hread") => Some(&self.thread),
            "id" if operation.contains("ost") => Some(&self.post),
            "id" if operation.contains("erson") => Some(&self.member),
            _ => None,
        };
        match id {
            Some(id) => json!(id),
            None if required => json!(uuid::Uuid::new_v4().to_string()),
            None => Value::Null,
        }
    }
}
