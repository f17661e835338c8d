//! Mail leaves the server through the durable job queue: by SMTP to a real server, or
//! into the outbox; a failing SMTP server leaves the job to retry and finally to die.

use std::time::Duration;

use serde_json::json;

use crate::{
    helpers::TestApp,
    smtp_server::SmtpServer,
    testdb::{Backend, both_databases},
};

both_databases!(
    reset_mail_is_delivered_by_smtp_in_the_accounts_language,
    undeliverable_mail_is_retried_then_marked_dead,
);

const REQUEST_RESET: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";

/// The reset mail reaches a real SMTP server as multipart text + HTML, in English for
/// an English-speaking account, with our Message-ID.
async fn reset_mail_is_delivered_by_smtp_in_the_accounts_language(backend: Backend) {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = smtp.url().as_str().into();
        s.mail_from = "Fachforum <forum@kaoa.example>".into();
        s.public_url = "https://forum.kaoa.example".into();
    })
    .await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.signed_in(&anna).await;
    browser
        .gql(
            "mutation { updateProfile(language: EN) { language } }",
            json!({}),
        )
        .await
        .assert_ok();
    app.browser()
        .gql(REQUEST_RESET, json!({ "e": anna.email }))
        .await
        .assert_ok();

    let received = smtp.wait_for_messages(1, Duration::from_secs(10)).await;
    assert_eq!(received[0].recipients, vec!["anna@example.org".to_owned()]);
    let mail = received[0].parsed();
    assert_eq!(mail.subject, "Reset your password");
    assert_eq!(mail.mimetype, "multipart/alternative");
    assert!(mail.header("From").unwrap().contains("forum@kaoa.example"));
    assert!(
        mail.header("Message-ID")
            .unwrap()
            .ends_with("@forum.kaoa.example>")
    );
    assert!(
        mail.text
            .contains("https://forum.kaoa.example/set-password?token=")
    );
    assert!(mail.html.contains("lang=\"en\""));
    assert!(app.outbox().is_empty(), "SMTP replaces the outbox");
}

/// With the SMTP server down, the mail job is retried and, after its attempts, dead;
/// nothing is lost silently and the metrics show it.
async fn undeliverable_mail_is_retried_then_marked_dead(backend: Backend) {
    let closed = {
        let smtp = SmtpServer::start();
        smtp.url()
    };
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = closed.as_str().into();
        s.job_max_attempts = 2;
    })
    .await;
    let anna = app.create_user("Anna", false).await;
    app.browser()
        .gql(REQUEST_RESET, json!({ "e": anna.email }))
        .await
        .assert_ok();
    let mut dead = false;
    for _ in 0..100 {
        let metrics = app.browser().get("/metrics").await.text().await.unwrap();
        if metrics.contains("fachforum_jobs{state=\"dead\"} 1") {
            dead = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(dead, "the mail job ends dead after 2 failed attempts");
    let db = &app.state.db;
    let (attempts, error): (i32, Option<String>) = fachforum::sql!(db, |ex| sqlx::query_as(
        "SELECT attempts, last_error FROM jobs WHERE kind = 'mail'"
    )
    .fetch_one(ex)
    .await)
    .unwrap();
    assert_eq!(attempts, 2);
    assert!(error.unwrap().contains("SMTP"), "the error is kept");
}
