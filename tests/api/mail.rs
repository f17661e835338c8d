//! Outgoing mail: the composed frame and both delivery paths (SMTP and outbox).

use std::path::PathBuf;
use std::time::Duration;

use fachforum::platform::mail::{Mailer, OutgoingMail};
use uuid::Uuid;

use crate::smtp_server::{ParsedMessage, SmtpServer};

const FROM: &str = "Fachforum <forum@forum.example>";
const RESET_URL: &str = "https://forum.example/passwort?token=abc&lang=de";

/// The German password-reset mail the delivery tests send.
fn german_reset_mail() -> OutgoingMail {
    OutgoingMail::compose(
        "de",
        "forum.example",
        "erika@example.org",
        "Erika Müller",
        "Passwort zurücksetzen",
        &[
            "Guten Tag Frau Müller,".to_owned(),
            "Sie haben ein neues Passwort angefordert. <script>alert(1)</script>".to_owned(),
        ],
        Some(("Neues Passwort festlegen", RESET_URL)),
    )
}

/// Checks everything a delivered copy of [`german_reset_mail`] must show.
fn assert_is_the_german_reset_mail(parsed: &ParsedMessage, mail: &OutgoingMail) {
    assert_eq!(parsed.subject, "Passwort zurücksetzen");
    assert_eq!(parsed.mimetype, "multipart/alternative");
    let from = parsed.header("From").expect("a From header");
    assert!(from.contains("forum@forum.example"), "From: {from}");
    let to = parsed.header("To").expect("a To header");
    assert!(
        to.contains("Erika Müller") && to.contains("<erika@example.org>"),
        "To: {to}"
    );
    assert_eq!(
        parsed.header("Message-ID"),
        Some(format!("<{}>", mail.message_id).as_str())
    );
    assert_eq!(parsed.header("Auto-Submitted"), Some("auto-generated"));

    assert!(
        parsed
            .text
            .contains("Sie haben ein neues Passwort angefordert.")
    );
    assert!(
        parsed.text.lines().any(|line| line == RESET_URL),
        "the link is on its own line in the text part:\n{}",
        parsed.text
    );
    assert!(parsed.html.contains(r#"<html lang="de">"#));
    assert!(parsed.html.contains("Guten Tag Frau Müller,"));
    assert!(
        parsed
            .html
            .contains(r#"href="https://forum.example/passwort?token=abc&amp;lang=de""#)
    );
    assert!(parsed.html.contains("Neues Passwort festlegen"));
    assert!(!parsed.html.contains("<script>"), "markup got through");
    assert!(
        parsed
            .html
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    let footer = "Diese Nachricht wurde automatisch von Fachforum versendet.";
    assert!(parsed.html.contains(footer) && parsed.text.contains(footer));
}

/// A fresh, not yet existing directory under the system temp dir.
fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("fachforum-mail-test-{}", Uuid::new_v4()))
}

/// A composed German mail goes over SMTP and arrives intact: headers, both parts, the
/// link in both, and escaped markup.
#[tokio::test]
async fn smtp_delivers_a_composed_german_mail() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(Some(&server.url()), scratch_dir()).expect("a valid SMTP URL");
    assert_eq!(mailer.kind(), "smtp");
    let mail = german_reset_mail();

    mailer.send(FROM, &mail).await.expect("the mail is sent");

    let received = server.wait_for_messages(1, Duration::from_secs(5)).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].recipients, ["erika@example.org"]);
    assert_is_the_german_reset_mail(&received[0].parsed(), &mail);
}

/// Without an SMTP URL the mail becomes exactly one `.eml` file in a newly created outbox,
/// parsing like the SMTP copy, with no temporary file left behind.
#[tokio::test]
async fn outbox_writes_exactly_one_eml_file() {
    let base = scratch_dir();
    let outbox = base.join("outbox");
    let mailer = Mailer::new(None, outbox.clone()).expect("an outbox mailer");
    assert_eq!(mailer.kind(), "outbox");
    let mail = german_reset_mail();

    mailer.send(FROM, &mail).await.expect("the mail is written");

    let files: Vec<PathBuf> = std::fs::read_dir(&outbox)
        .expect("the outbox exists")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    assert_eq!(files.len(), 1, "exactly one file, no temp file: {files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with(".eml") && !name.starts_with('.'), "{name}");
    assert!(name.contains(&mail.message_id.replace('@', "_")), "{name}");
    let raw = std::fs::read(&files[0]).expect("the .eml is readable");
    assert_is_the_german_reset_mail(&ParsedMessage::parse(&raw), &mail);

    std::fs::remove_dir_all(&base).expect("remove the scratch dir");
}

/// An English mail is marked `lang="en"` and carries the English footer in both parts.
#[test]
fn english_mail_has_english_language_and_footer() {
    let mail = OutgoingMail::compose(
        "en",
        "forum.example",
        "sam@example.org",
        "",
        "Reset your password",
        &["Hello Sam,".to_owned()],
        None,
    );
    let footer = "This message was sent automatically by Fachforum.";
    assert!(mail.html.contains(r#"<html lang="en">"#));
    assert!(mail.html.contains(footer) && mail.text.contains(footer));
    assert!(!mail.html.contains("Fachforum versendet"));
    assert!(!mail.html.contains("<a "), "no action, no link");
}

/// The Message-ID is a version 7 UUID at the given host, and the mail survives the JSON
/// round trip a job payload takes.
#[test]
fn message_id_is_a_uuid_v7_at_the_host_and_the_mail_serialises() {
    let mail = german_reset_mail();
    let (id, host) = mail.message_id.split_once('@').expect("id@host");
    assert_eq!(host, "forum.example");
    assert_eq!(Uuid::parse_str(id).expect("a UUID").get_version_num(), 7);

    let json = serde_json::to_string(&mail).expect("serialises");
    let back: OutgoingMail = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, mail);
}

/// A malformed or unsupported SMTP URL is an error that names the problem and does not
/// repeat the credentials.
#[test]
fn a_bad_smtp_url_is_an_error_without_credentials() {
    for url in [
        "not a url",
        "ftp://mailer:geheim@mail.example",
        "smtp://mailer:geheim@mail.example?tls=sometimes",
    ] {
        let Err(error) = Mailer::new(Some(url), scratch_dir()) else {
            panic!("{url} was accepted");
        };
        let message = format!("{error:#}");
        assert!(message.contains("SMTP URL"), "{message}");
        assert!(!message.contains("geheim"), "{message}");
    }
}

/// The production URL forms (STARTTLS, implicit TLS, credentials) build an SMTP mailer
/// without connecting yet (inside a runtime: the pool starts a task).
#[tokio::test]
async fn tls_smtp_urls_with_credentials_are_accepted() {
    for url in [
        "smtp://mailer:geheim@mail.example:587?tls=required",
        "smtps://mailer:geheim@mail.example",
        "smtp://mail.example:25",
    ] {
        let mailer = Mailer::new(Some(url), scratch_dir()).expect(url);
        assert_eq!(mailer.kind(), "smtp");
    }
}

/// Sending to a port where nothing listens fails with an error, promptly.
#[tokio::test]
async fn sending_to_a_closed_port_is_a_prompt_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mailer = Mailer::new(Some(&format!("smtp://127.0.0.1:{port}")), scratch_dir())
        .expect("a valid SMTP URL");

    let outcome = tokio::time::timeout(
        Duration::from_secs(5),
        mailer.send(FROM, &german_reset_mail()),
    )
    .await
    .expect("the send gives up within five seconds");

    assert!(outcome.is_err(), "sending to a closed port succeeded");
}
