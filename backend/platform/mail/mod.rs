//! Outgoing mail.
//!
//! A mail is rendered once into an [`OutgoingMail`] (plain text and HTML in the shared
//! frame, see `layout.rs`) and handed to a [`Mailer`]. The embedded default writes each
//! message as an `.eml` file into an outbox directory; production sends it over SMTP
//! through lettre's pooled transport (`smtp://host:port`, `smtp://…?tls=required` for
//! STARTTLS, `smtps://` for implicit TLS, credentials as `user:password@` in the URL).

mod layout;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, anyhow};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use tokio::io::AsyncWriteExt;
use uuid::Uuid;

use crate::clock::Clock;
use layout::Lang;

/// How long the SMTP transport waits for a connection or a server reply.
const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

/// One message, fully rendered, ready to send. Serialisable: it is stored in a durable
/// job's payload.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OutgoingMail {
    /// The recipient's address.
    pub to: String,
    /// The recipient's display name; empty for none.
    pub to_name: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// Our Message-ID, without angle brackets, e.g. `0192…@forum.example`.
    pub message_id: String,
}

impl OutgoingMail {
    /// Builds a mail in the common frame: `lang` is "de" or "en"; `paragraphs` are plain
    /// text paragraphs; `action` an optional (label, url) button/link.
    /// The HTML is escaped (no markup from callers gets through), the text part carries the
    /// same words, with the link on its own line.
    /// `host` is the domain for the Message-ID (uuid v7 @ host).
    pub fn compose(
        lang: &str,
        host: &str,
        to: &str,
        to_name: &str,
        subject: &str,
        paragraphs: &[String],
        action: Option<(&str, &str)>,
    ) -> OutgoingMail {
        let lang = Lang::from_tag(lang);
        OutgoingMail {
            to: to.to_owned(),
            to_name: to_name.to_owned(),
            subject: subject.to_owned(),
            text: layout::text(lang, paragraphs, action),
            html: layout::html(lang, subject, paragraphs, action),
            message_id: format!("{}@{host}", Uuid::now_v7()),
        }
    }

    /// The RFC 5322 message: From, To, Subject, our Message-ID, multipart/alternative.
    fn to_message(&self, from: &str) -> anyhow::Result<Message> {
        let from: Mailbox = from.parse().context("the sender address is invalid")?;
        let address = self
            .to
            .parse()
            .context("the recipient address is invalid")?;
        let name = Some(self.to_name.trim())
            .filter(|name| !name.is_empty())
            .map(str::to_owned);
        Message::builder()
            .from(from)
            .to(Mailbox::new(name, address))
            .subject(self.subject.as_str())
            .message_id(Some(format!("<{}>", self.message_id)))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                "auto-generated".to_owned(),
            ))
            .multipart(MultiPart::alternative_plain_html(
                self.text.clone(),
                self.html.clone(),
            ))
            .context("the mail could not be assembled")
    }
}

/// Where outgoing mail goes. Clones share one SMTP connection pool.
#[derive(Clone)]
pub enum Mailer {
    /// Each message becomes an `.eml` file in this directory (the embedded default).
    Outbox {
        /// The outbox directory, created on first send.
        dir: PathBuf,
    },
    /// Messages go to an SMTP server over a pooled connection.
    Smtp {
        /// lettre's pooled async SMTP transport.
        transport: AsyncSmtpTransport<Tokio1Executor>,
    },
}

impl Mailer {
    /// Outbox under `outbox_dir` unless `smtp_url` is given (errors name the problem with a
    /// bad URL, never print credentials).
    ///
    /// The SMTP mailer must be created and dropped inside a Tokio runtime: lettre's pool
    /// spawns its idle-connection cleanup task when built and a shutdown task when dropped.
    pub fn new(smtp_url: Option<&str>, outbox_dir: PathBuf) -> anyhow::Result<Mailer> {
        let Some(url) = smtp_url else {
            return Ok(Mailer::Outbox { dir: outbox_dir });
        };
        // lettre's URL errors name the scheme or the parse problem, never the URL itself,
        // so credentials in it stay out of the message.
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| anyhow!("the SMTP URL is invalid: {error}"))?;
        let transport = builder.timeout(Some(SMTP_TIMEOUT)).build();
        Ok(Mailer::Smtp { transport })
    }

    /// Sends one message from `from` (e.g. "Fachforum <forum@example.org>"). Outbox: writes
    /// `<dir>/<timestamp>-<message-id-sanitised>.eml` atomically (write to a temp name in
    /// the same dir, then rename) so a reader never sees half a file; creates the dir.
    pub async fn send(&self, from: &str, mail: &OutgoingMail) -> anyhow::Result<()> {
        let message = mail.to_message(from)?;
        match self {
            Mailer::Outbox { dir } => {
                let path = write_to_outbox(dir, &mail.message_id, &message.formatted()).await?;
                tracing::info!(
                    mail.message_id = %mail.message_id,
                    mail.path = %path.display(),
                    "Wrote a mail to the outbox."
                );
            }
            Mailer::Smtp { transport } => {
                transport
                    .send(message)
                    .await
                    .context("SMTP delivery failed")?;
                tracing::info!(mail.message_id = %mail.message_id, "Sent a mail over SMTP.");
            }
        }
        Ok(())
    }

    /// "outbox" or "smtp", for logs.
    pub fn kind(&self) -> &'static str {
        match self {
            Mailer::Outbox { .. } => "outbox",
            Mailer::Smtp { .. } => "smtp",
        }
    }
}

/// Writes one message into the outbox under a temporary name, flushes it to disk and
/// renames it into place; returns the final path.
async fn write_to_outbox(dir: &Path, message_id: &str, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    tokio::fs::create_dir_all(dir)
        .await
        .with_context(|| format!("cannot create the outbox directory {}", dir.display()))?;
    // The names sort by when the files were written, in real time (like the Date
    // header lettre sets), whatever the application clock says.
    let stamp = Clock::system().now().format("%Y%m%dT%H%M%S%.6fZ");
    let name = format!("{stamp}-{}.eml", sanitise(message_id));
    let path = dir.join(&name);
    let temp = dir.join(format!(".{name}.tmp"));
    let written = async {
        let mut file = tokio::fs::File::create(&temp).await?;
        file.write_all(bytes).await?;
        file.sync_all().await?;
        tokio::fs::rename(&temp, &path).await
    }
    .await;
    if let Err(error) = written {
        // Best effort: the write already failed, a leftover temp file is only clutter.
        let _ = tokio::fs::remove_file(&temp).await;
        return Err(error)
            .with_context(|| format!("cannot write a mail to the outbox {}", dir.display()));
    }
    Ok(path)
}

/// Keeps letters, digits, `.`, `-` and `_` of a Message-ID; everything else becomes `_`.
fn sanitise(message_id: &str) -> String {
    message_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}
