//! The security baseline of the HTTP and GraphQL layer.

use serde_json::json;

use crate::{
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    graphql_refuses_non_json_posts,
    graphql_refuses_get_and_batches,
    graphql_limits_depth_and_body,
    graphql_refuses_cross_origin_posts,
    every_response_carries_the_security_headers,
    health_readiness_and_metrics_answer,
);

/// A `text/plain` or form POST with a JSON body (what another site can send) gets 415.
async fn graphql_refuses_non_json_posts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let client = reqwest::Client::new();
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ] {
        let response = client
            .post(format!("{}/graphql", app.base_url))
            .header("content-type", content_type)
            .body(r#"{"query":"mutation { logout }"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 415, "{content_type}");
        assert_eq!(
            reason_of(response).await,
            ("BAD_REQUEST".into(), "UNSUPPORTED_MEDIA_TYPE".into())
        );
    }
}

/// The code and the reason of a transport refusal.
async fn reason_of(response: reqwest::Response) -> (String, String) {
    let body: serde_json::Value = response.json().await.unwrap();
    let extensions = &body["errors"][0]["extensions"];
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    (text(&extensions["code"]), text(&extensions["reason"]))
}

/// Queries or mutations over GET are not served; batches are refused.
async fn graphql_refuses_get_and_batches(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let get = browser
        .get("/graphql?query=mutation%20%7B%20logout%20%7D")
        .await;
    assert_eq!(get.status(), 405);
    assert_eq!(get.headers()["allow"], "POST");
    assert_eq!(reason_of(get).await.1, "METHOD_NOT_ALLOWED");
    let batch = browser
        .client
        .post(format!("{}/graphql", app.base_url))
        .json(&json!([{ "query": "{ viewer { id } }" }, { "query": "{ viewer { id } }" }]))
        .send()
        .await
        .unwrap();
    assert_eq!(batch.status(), 400);
    assert_eq!(reason_of(batch).await.1, "BATCH_NOT_SUPPORTED");
    let garbage = browser
        .client
        .post(format!("{}/graphql", app.base_url))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), 400);
    assert_eq!(
        reason_of(garbage).await,
        ("BAD_REQUEST".into(), "MALFORMED_REQUEST".into())
    );
    let unknown_field = browser.gql("{ nichtDa }", json!({})).await;
    let error = unknown_field.assert_code("BAD_REQUEST");
    assert_eq!(error["extensions"]["reason"], "INVALID_QUERY");
}

/// Deep queries and oversized bodies are refused; errors never suggest field names.
async fn graphql_limits_depth_and_body(backend: Backend) {
    let shallow = TestApp::spawn_with(backend, |s| s.graphql_max_depth = 1).await;
    let browser = shallow.browser();
    browser.gql("{ __typename }", json!({})).await.assert_ok();
    let deep = browser.gql("{ viewer { id } }", json!({})).await;
    let error = deep.assert_code("BAD_USER_INPUT");
    assert_eq!(error["extensions"]["reason"], "QUERY_TOO_DEEP");
    assert_eq!(error["extensions"]["max"], 1);
    drop(browser);
    drop(shallow);

    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let suggestion = browser.gql("{ viewr { id } }", json!({})).await;
    let message = suggestion.body["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("Did you mean"), "{message}");

    drop(browser);
    drop(app);

    // A small limit, so the whole request is in the server's first read: a refusal of
    // a body the server did not read may reach a client that is still sending as a
    // reset instead (the announced 50 MB of `hostile_clients` shows the early answer).
    let small = TestApp::spawn_with(backend, |s| s.graphql_max_body_bytes = 1024).await;
    let browser = small.browser();
    let big = "x".repeat(2000);
    let response = browser
        .gql("query($x: String) { viewer { id } }", json!({ "x": big }))
        .await;
    assert_eq!(response.status, 413);
    assert_eq!(
        response.body["errors"][0]["extensions"]["reason"],
        "BODY_TOO_LARGE"
    );
    browser
        .gql("{ viewer { id } }", json!({}))
        .await
        .assert_ok();
}

/// In development mode introspection works (for tools), and so do suggestions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_is_on_in_dev_mode() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.dev = true).await;
    let response = app
        .browser()
        .gql("{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(
        response.assert_ok()["__schema"]["queryType"]["name"],
        "Query"
    );
}

/// A POST whose Origin is another site is refused.
async fn graphql_refuses_cross_origin_posts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = reqwest::Client::new()
        .post(format!("{}/graphql", app.base_url))
        .header("origin", "https://evil.example")
        .json(&json!({ "query": "{ viewer { id } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        reason_of(response).await,
        ("FORBIDDEN".into(), "CROSS_ORIGIN".into())
    );
    let same = reqwest::Client::new()
        .post(format!("{}/graphql", app.base_url))
        .header("origin", app.base_url.clone())
        .json(&json!({ "query": "{ viewer { id } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 200);
}

/// CSP, nosniff, referrer policy, frame denial and a request id on every response.
async fn every_response_carries_the_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    for path in ["/healthz", "/graphql", "/no-such-page"] {
        let response = browser.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert!(headers.contains_key("x-request-id"));
    }
}

/// /healthz and /readyz answer as JSON; /metrics counts operations by name.
async fn health_readiness_and_metrics_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    let health: serde_json::Value = browser.get("/healthz").await.json().await.unwrap();
    assert_eq!(health["status"], "ok");
    let ready = browser.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    let ready: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(ready["migrations"], "current");
    let response = browser
        .client
        .post(format!("{}/graphql", app.base_url))
        .json(&json!({ "query": "query WhoAmI { viewer { id } }", "operationName": "WhoAmI" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let metrics = browser.get("/metrics").await.text().await.unwrap();
    assert!(
        metrics.contains("fachforum_graphql_duration_seconds_count{operation=\"WhoAmI\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("fachforum_jobs{state=\"queued\"}"));
    assert!(metrics.contains("fachforum_db_connections{state=\"open\"}"));
}
