//! Login throttling per account and per client address, on the in-process and the
//! Redis rate limiter.

use std::time::Duration;

use crate::{helpers::TestApp, testdb::Backend};

/// Throttling with small limits, so the test is quick: 3 failures per account, 5 per
/// address, 2-second windows.
async fn throttled_app(backend: Backend, redis: bool) -> TestApp {
    TestApp::spawn_with(backend, |s| {
        s.login_max_failures_per_account = 3;
        s.login_max_failures_per_ip = 5;
        s.login_window_secs = 2;
        if redis {
            s.redis_url = "redis://127.0.0.1:6379".into();
            s.redis_prefix = format!("fachforum_test_{}", uuid::Uuid::new_v4().simple());
        }
    })
    .await
}

async fn account_and_address_limits(backend: Backend, redis: bool) {
    let app = throttled_app(backend, redis).await;
    let anna = app.create_user("Anna", false).await;
    let bernd = app.create_user("Bernd", false).await;
    let browser = app.browser();
    for _ in 0..3 {
        browser
            .login(&anna.email, "falsches-passwort")
            .await
            .assert_code("UNAUTHENTICATED");
    }
    // The account is locked for now, even with the right password.
    let locked = browser.login(&anna.email, &anna.password).await;
    let error = locked.assert_code("RATE_LIMITED");
    assert_eq!(locked.status, 429);
    let retry: u64 = locked.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry), "Retry-After {retry}");
    assert!(error["extensions"]["retryAfter"].as_u64().unwrap() >= 1);
    // Another account from the same address still works (3 failures < 5) …
    browser
        .login(&bernd.email, &bernd.password)
        .await
        .assert_ok();
    // … until the address has failed 5 times in all.
    for n in 0..2 {
        browser
            .login(&format!("unbekannt{n}@example.org"), "x")
            .await
            .assert_code("UNAUTHENTICATED");
    }
    browser
        .login(&bernd.email, &bernd.password)
        .await
        .assert_code("RATE_LIMITED");
    // The window passes and the right password works again.
    app.clock.advance(Duration::from_secs(2));
    browser.login(&anna.email, &anna.password).await.assert_ok();
}

/// In-process limiter on SQLite: per-account and per-address limits, Retry-After, expiry.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_is_throttled_in_process_on_sqlite() {
    account_and_address_limits(Backend::Sqlite, false).await;
}

/// In-process limiter on PostgreSQL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_is_throttled_in_process_on_postgres() {
    account_and_address_limits(Backend::Postgres, false).await;
}

/// Redis limiter on PostgreSQL (the scale-out configuration).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_is_throttled_through_redis_on_postgres() {
    account_and_address_limits(Backend::Postgres, true).await;
}

/// Redis limiter on SQLite.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_is_throttled_through_redis_on_sqlite() {
    account_and_address_limits(Backend::Sqlite, true).await;
}

/// Two servers sharing one Redis throttle together: failures on one count on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_the_redis_limits() {
    let prefix = format!("fachforum_test_{}", uuid::Uuid::new_v4().simple());
    let configure = |s: &mut fachforum::config::Settings| {
        s.login_max_failures_per_account = 2;
        s.redis_url = "redis://127.0.0.1:6379".into();
        s.redis_prefix = prefix.clone();
    };
    let one = TestApp::spawn_with(Backend::Postgres, configure).await;
    let two = TestApp::spawn_with(Backend::Postgres, configure).await;
    let anna = two.create_user("Anna", false).await;
    for _ in 0..2 {
        one.browser()
            .login(&anna.email, "falsch")
            .await
            .assert_code("UNAUTHENTICATED");
    }
    two.browser()
        .login(&anna.email, &anna.password)
        .await
        .assert_code("RATE_LIMITED");
}
