//! The web application as the browser gets it: `index.html` for every client-side
//! route, immutable hashed assets, the security headers, and the API routes untouched.

use crate::{helpers::TestApp, testdb::Backend};

/// The asset paths (`/assets/…`) that index.html links to.
fn linked_assets(index: &str) -> Vec<String> {
    index
        .split('"')
        .filter(|part| part.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

/// `/` and a deep client-side route both get index.html, uncached, with the CSP.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn index_is_served_at_the_root_and_at_client_routes() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.browser();
    let root = browser.get("/").await;
    assert_eq!(root.status(), 200);
    assert_eq!(root.headers()["content-type"], "text/html; charset=utf-8");
    assert_eq!(root.headers()["cache-control"], "no-cache");
    let csp = root.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let index = root.text().await.unwrap();
    assert!(index.contains(r#"<div id="root">"#), "{index}");
    // The CSP forbids inline code: every script is loaded from a file, no <style> block.
    for tag in index.split("<script").skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        assert!(
            tag.contains("src=\"/assets/"),
            "inline script: <script{tag}>"
        );
    }
    assert!(!index.contains("<style"), "inline style block: {index}");

    for path in ["/account", "/set-password?token=abc", "/groups/1/members"] {
        let response = browser.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert_eq!(response.text().await.unwrap(), index, "{path}");
    }
}

/// Hashed assets are cached for a year with the right type; unknown ones are 404.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assets_are_immutable_with_their_content_type() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.browser();
    let index = browser.get("/").await.text().await.unwrap();
    let assets = linked_assets(&index);
    assert!(
        assets.iter().any(|a| a.ends_with(".js")) && assets.iter().any(|a| a.ends_with(".css")),
        "index.html links a script and a stylesheet: {assets:?}"
    );
    for asset in &assets {
        let response = browser.get(asset).await;
        assert_eq!(response.status(), 200, "{asset}");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable",
            "{asset}"
        );
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        let expected = if asset.ends_with(".js") {
            "text/javascript; charset=utf-8"
        } else {
            "text/css; charset=utf-8"
        };
        assert_eq!(response.headers()["content-type"], expected, "{asset}");
        assert!(!response.bytes().await.unwrap().is_empty(), "{asset}");
    }
    assert_eq!(browser.get("/assets/index-missing.js").await.status(), 404);
}

/// HEAD works like GET without a body; other methods on app paths are refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn head_is_served_and_other_methods_are_refused() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let client = &app.browser().client;
    let head = client
        .head(format!("{}/account", app.base_url))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-type"], "text/html; charset=utf-8");
    assert!(head.bytes().await.unwrap().is_empty());
    for method in [
        reqwest::Method::POST,
        reqwest::Method::PUT,
        reqwest::Method::DELETE,
    ] {
        let response = client
            .request(method.clone(), format!("{}/account", app.base_url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405, "{method}");
    }
}

/// The API routes keep their own answers: GET /graphql is 405, /healthz is JSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_routes_are_not_shadowed_by_the_app() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.browser();
    let graphql = browser.get("/graphql").await;
    assert_eq!(graphql.status(), 405);
    assert_eq!(graphql.headers()["allow"], "POST");
    let health = browser.get("/healthz").await;
    assert_eq!(health.status(), 200);
    assert_eq!(
        health.headers()["content-type"],
        "application/json; charset=utf-8"
    );
}

/// Files and large GraphQL answers go out compressed when the request accepts it:
/// brotli before gzip for files (made at build time), gzip for answers above the
/// threshold; nothing compressed for requests that accept no coding.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_are_compressed_when_the_request_accepts_it() {
    use std::io::Read;

    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = app.browser();
    let index = browser.get("/").await.text().await.unwrap();
    let script = linked_assets(&index)
        .into_iter()
        .find(|a| a.ends_with(".js"))
        .unwrap();
    let url = format!("{}{script}", browser.base_url);
    let fetch = |accept: Option<&'static str>| {
        let mut request = browser.client.get(&url);
        if let Some(accept) = accept {
            request = request.header("accept-encoding", accept);
        }
        request.send()
    };
    let plain = fetch(None).await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();
    for (accept, coding) in [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip", "gzip"),
        ("br;q=0, gzip", "gzip"),
    ] {
        let response = fetch(Some(accept)).await.unwrap();
        let headers = response.headers().clone();
        assert_eq!(headers["content-encoding"], coding, "{accept}");
        assert_eq!(headers["vary"], "accept-encoding", "{accept}");
        assert_eq!(
            headers["content-type"], "text/javascript; charset=utf-8",
            "{accept}"
        );
        assert_eq!(
            headers["cache-control"], "public, max-age=31536000, immutable",
            "{accept}"
        );
        let packed = response.bytes().await.unwrap();
        assert!(packed.len() * 3 < plain.len(), "{accept}: {}", packed.len());
        if coding == "gzip" {
            let mut unpacked = Vec::new();
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut unpacked)
                .unwrap();
            assert_eq!(unpacked, plain, "{accept}");
        }
    }
    let identity = fetch(Some("identity")).await.unwrap();
    assert!(identity.headers().get("content-encoding").is_none());

    // GraphQL: 100 aliases make an answer of about 2 kB, gzipped; a small one is not.
    let aliases: String = (0..100).map(|n| format!("a{n}: __typename ")).collect();
    let post = |query: String| {
        browser
            .client
            .post(format!("{}/graphql", browser.base_url))
            .header("accept-encoding", "gzip, br")
            .json(&serde_json::json!({ "query": query }))
            .send()
    };
    let large = post(format!("{{ {aliases} }}")).await.unwrap();
    assert_eq!(large.headers()["content-encoding"], "gzip");
    assert_eq!(large.headers()["vary"], "accept-encoding");
    let mut answer = String::new();
    flate2::read::GzDecoder::new(&large.bytes().await.unwrap()[..])
        .read_to_string(&mut answer)
        .unwrap();
    let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(answer["data"]["a99"], "Query");
    let small = post("{ __typename }".to_owned()).await.unwrap();
    assert!(small.headers().get("content-encoding").is_none());
    assert_eq!(
        small.text().await.unwrap(),
        r#"{"data":{"__typename":"Query"}}"#
    );
}
