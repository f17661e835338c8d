//! A real SMTP server for tests, in-process on 127.0.0.1 and a free port.
//!
//! The protocol is `mailin`'s SMTP state machine (the engine inside `mailin-embedded`);
//! this file only adds the socket loop, because `mailin-embedded` does not compile without
//! a TLS backend (rustls with aws-lc, or OpenSSL). Plain SMTP, no TLS, no auth. The server
//! stops when the [`SmtpServer`] is dropped.

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use mailin::{Action, Handler, Response, SessionBuilder};
use mailparse::{MailHeaderMap, ParsedMail};

/// How often blocked socket calls wake up to check whether the server is stopping.
const POLL: Duration = Duration::from_millis(20);

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    /// The envelope recipients (`RCPT TO`), without angle brackets.
    pub recipients: Vec<String>,
    /// The message exactly as transmitted in `DATA`, dot-unstuffed, CRLF line ends.
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    /// The message parsed with mailparse.
    pub fn parsed(&self) -> ParsedMessage {
        ParsedMessage::parse(&self.raw)
    }
}

/// The parts of a mail a test looks at, decoded (charset and transfer encoding).
#[derive(Clone, Debug)]
pub struct ParsedMessage {
    /// The top-level MIME type, e.g. `multipart/alternative`.
    pub mimetype: String,
    /// The decoded Subject header.
    pub subject: String,
    /// The body of the first `text/plain` part.
    pub text: String,
    /// The body of the first `text/html` part.
    pub html: String,
    /// Every top-level header, decoded, in order.
    headers: Vec<(String, String)>,
}

impl ParsedMessage {
    /// Parses a whole RFC 5322 message; panics with the reason if it is not one, or if it
    /// lacks a text or an HTML part.
    pub fn parse(raw: &[u8]) -> ParsedMessage {
        let mail = mailparse::parse_mail(raw).expect("the message is valid MIME");
        let part = |mimetype: &str| {
            find_part(&mail, mimetype)
                .unwrap_or_else(|| panic!("the message has no {mimetype} part"))
                .get_body()
                .expect("the part body decodes")
        };
        ParsedMessage {
            mimetype: mail.ctype.mimetype.clone(),
            subject: mail.headers.get_first_value("Subject").unwrap_or_default(),
            text: part("text/plain"),
            html: part("text/html"),
            headers: mail
                .headers
                .iter()
                .map(|header| (header.get_key(), header.get_value()))
                .collect(),
        }
    }

    /// The first header with this name (case-insensitive), decoded.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The first link in the text part to `path` (e.g. "/set-password").
    pub fn link(&self, path: &str) -> String {
        self.text
            .split_whitespace()
            .find(|word| word.starts_with("http") && word.contains(path))
            .unwrap_or_else(|| panic!("no {path} link in the mail:\n{}", self.text))
            .to_owned()
    }

    /// The `token` query parameter of the first link to `path`.
    pub fn token(&self, path: &str) -> String {
        let link = self.link(path);
        link.split("token=")
            .nth(1)
            .expect("a token parameter")
            .to_owned()
    }
}

/// Depth-first search for the first part with this MIME type.
fn find_part<'a>(mail: &'a ParsedMail<'a>, mimetype: &str) -> Option<&'a ParsedMail<'a>> {
    if mail.ctype.mimetype.eq_ignore_ascii_case(mimetype) {
        return Some(mail);
    }
    mail.subparts
        .iter()
        .find_map(|part| find_part(part, mimetype))
}

/// A running SMTP server that keeps every message it receives.
pub struct SmtpServer {
    addr: SocketAddr,
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    stopping: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// Binds 127.0.0.1 on a free port and starts accepting connections on a thread.
    pub fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port for SMTP");
        let addr = listener
            .local_addr()
            .expect("the SMTP listener has an address");
        listener
            .set_nonblocking(true)
            .expect("make the SMTP listener non-blocking");
        let received = Arc::new(Mutex::new(Vec::new()));
        let stopping = Arc::new(AtomicBool::new(false));
        let acceptor = std::thread::spawn({
            let received = Arc::clone(&received);
            let stopping = Arc::clone(&stopping);
            move || accept_loop(&listener, &received, &stopping)
        });
        SmtpServer {
            addr,
            received,
            stopping,
            acceptor: Some(acceptor),
        }
    }

    /// The URL to configure the mailer with, e.g. `smtp://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Waits until at least `n` messages have arrived and returns all of them; panics if
    /// they do not arrive within `timeout`.
    pub async fn wait_for_messages(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let received = self.received.lock().unwrap().clone();
            if received.len() >= n {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "expected {n} mail(s) at the SMTP server within {timeout:?}, got {}",
                received.len()
            );
            tokio::time::sleep(POLL).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            // A panic on the acceptor thread has already been reported on stderr.
            let _ = acceptor.join();
        }
    }
}

/// Accepts connections until the server stops; each session gets its own thread.
fn accept_loop(
    listener: &TcpListener,
    received: &Arc<Mutex<Vec<ReceivedMail>>>,
    stopping: &Arc<AtomicBool>,
) {
    while !stopping.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, peer)) => {
                let received = Arc::clone(received);
                let stopping = Arc::clone(stopping);
                std::thread::spawn(move || serve(stream, peer.ip(), received, &stopping));
            }
            Err(error) if error.kind() == ErrorKind::WouldBlock => std::thread::sleep(POLL),
            // The client gave up before we accepted: nothing to serve.
            Err(error) if error.kind() == ErrorKind::ConnectionAborted => {}
            Err(error) => panic!("the test SMTP server cannot accept: {error}"),
        }
    }
}

/// Runs one SMTP session until the client quits, disconnects or the server stops.
fn serve(
    stream: TcpStream,
    peer: IpAddr,
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    stopping: &AtomicBool,
) {
    // Accepted sockets may inherit non-blocking mode; block with a short timeout instead.
    stream
        .set_nonblocking(false)
        .expect("make the session blocking");
    stream
        .set_read_timeout(Some(POLL))
        .expect("set the session read timeout");
    let mut writer = stream.try_clone().expect("clone the session socket");
    let mut reader = BufReader::new(stream);
    let handler = Collector {
        received,
        recipients: Vec::new(),
        data: Vec::new(),
    };
    let mut session = SessionBuilder::new("localhost").build(peer, handler);
    if reply(&mut writer, &session.greeting()).is_err() {
        return;
    }
    let mut line = Vec::new();
    while !stopping.load(Ordering::SeqCst) {
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return,
            // A partial line stays in `line` and the next read completes it.
            Ok(_) if line.last() != Some(&b'\n') => continue,
            Ok(_) => {}
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                continue;
            }
            Err(_) => return,
        }
        let response = session.process(&line);
        line.clear();
        match response.action {
            Action::NoReply => {}
            Action::Reply => {
                if reply(&mut writer, &response).is_err() {
                    return;
                }
            }
            Action::Close | Action::UpgradeTls => {
                let _ = reply(&mut writer, &response);
                return;
            }
        }
    }
}

/// Writes one SMTP response.
fn reply(writer: &mut TcpStream, response: &Response) -> std::io::Result<()> {
    response.write_to(writer)?;
    writer.flush()
}

/// The per-session `mailin` handler: collects each message with its envelope recipients.
struct Collector {
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    recipients: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Collector {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.recipients = to.to_vec();
        self.data.clear();
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.received.lock().unwrap().push(ReceivedMail {
            recipients: std::mem::take(&mut self.recipients),
            raw: std::mem::take(&mut self.data),
        });
        mailin::response::OK
    }
}
