//! The one way the server reaches out to other web servers: checking links and reading
//! a page's title and description, safe to run inside an agency's network.
//!
//! The links domain (the commented link list of a group) holds one [`Fetcher`] in the
//! app state: its check job calls [`Fetcher::check`] and stores the [`CheckOutcome`]
//! as a code and a detail, adding a link calls [`Fetcher::preview`] for the form's
//! suggestion, and [`normalise_url`] finds the link a group has already.
//!
//! # SSRF protection
//!
//! - Only `http` and `https` URLs of at most [`MAX_URL_CHARS`] characters, without
//!   userinfo, on the scheme's own port unless `outbound_allowed_ports` names another.
//! - The fetcher resolves the host itself and refuses it when *any* address is not
//!   globally reachable (the table in `addresses.rs`), unless the address is in
//!   `outbound_allowed_networks` or the host is in `outbound_allowed_hosts`.
//! - It connects to exactly the addresses it checked (there is no second lookup a DNS
//!   rebinding could answer differently), and checks the connected peer again.
//! - Redirects are followed here, at most [`MAX_REDIRECTS`], and every hop goes through
//!   all of the above.
//! - One connection per request, HTTP/1.1, no proxy, no cookies, no compression (a
//!   small compressed body cannot unpack into a huge one); at most [`MAX_BODY_BYTES`]
//!   of a body are read, and `outbound_timeout_secs` bounds the whole fetch, so a slow
//!   server cannot hold a worker.
//!
//! Only the page itself is fetched, never an image or other resource it names.
//!
//! The client is hyper's HTTP/1.1 connection over a socket this module opens, with
//! rustls (ring, the webpki roots) for https: the same stack the server already
//! carries, and the socket is in this module's hands from address to peer check.

mod addresses;
mod outcome;
mod policy;
mod preview;
mod urls;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use http_body_util::{BodyExt, Empty};
use hyper::{
    Method, Request, Response, StatusCode,
    body::{Bytes, Incoming},
    header,
};
use hyper_util::rt::TokioIo;
use tokio::{
    io::{AsyncRead, AsyncWrite},
    net::TcpStream,
    task::JoinHandle,
    time::{Instant, timeout_at},
};
use tokio_rustls::{
    TlsConnector,
    rustls::{self, pki_types::ServerName},
};
use url::{Host, Position, Url};

pub use outcome::{Broken, CheckOutcome, Refusal};
pub use preview::{MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, Preview};
pub use urls::{MAX_URL_CHARS, UrlError, normalise_url};

use self::{policy::Policy, urls::parse_link};
use crate::config::Settings;

/// The most redirects a fetch follows.
pub const MAX_REDIRECTS: usize = 5;

/// The most bytes of a body a fetch reads.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Fetches pages under the rules of the module doc. Cheap to clone: the clones share
/// one TLS configuration and policy.
#[derive(Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

struct Inner {
    policy: Policy,
    tls: TlsConnector,
    timeout: Duration,
    user_agent: String,
}

/// The answer a fetch arrived at, after redirects.
struct Arrival {
    response: Response<Incoming>,
    /// Where the last permanent redirect of the chain pointed.
    moved_to: Option<Url>,
    /// Keeps the connection running while the body is read.
    _connection: Connection,
}

/// The task that drives one HTTP connection; dropping it closes the connection.
struct Connection(JoinHandle<()>);

impl Drop for Connection {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Fetcher {
    /// A fetcher with the `outbound_*` settings and a User-Agent that names the forum.
    pub fn new(settings: &Settings) -> anyhow::Result<Fetcher> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let mut tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS for outgoing requests")?
            .with_root_certificates(roots)
            .with_no_client_auth();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let version = env!("CARGO_PKG_VERSION");
        // Site operators who wonder about the requests learn whose they are.
        let user_agent = match settings.public_url.as_str() {
            "" => format!("Fachforum-Linkpruefung/{version}"),
            url => format!("Fachforum-Linkpruefung/{version} (+{url})"),
        };
        Ok(Fetcher {
            inner: Arc::new(Inner {
                policy: Policy::from_settings(settings)?,
                tls: TlsConnector::from(Arc::new(tls)),
                timeout: settings.outbound_timeout(),
                user_agent,
            }),
        })
    }

    /// Checks whether the link `url` works: HEAD, and GET where HEAD is answered with
    /// an error (many servers handle HEAD badly; the GET's answer counts).
    pub async fn check(&self, url: &str) -> CheckOutcome {
        let deadline = Instant::now() + self.inner.timeout;
        let arrival = match timeout_at(deadline, self.follow(url, Method::HEAD)).await {
            Err(_) => Err(Broken::Timeout),
            Ok(result) => result,
        };
        match arrival {
            Err(reason) => CheckOutcome::Broken { reason },
            Ok(arrival) => {
                let status = arrival.response.status();
                if status.is_client_error() || status.is_server_error() {
                    CheckOutcome::Broken {
                        reason: Broken::HttpStatus(status.as_u16()),
                    }
                } else if let Some(to) = arrival.moved_to {
                    CheckOutcome::Moved { to: to.into() }
                } else {
                    CheckOutcome::Ok {
                        status: status.as_u16(),
                    }
                }
            }
        }
    }

    /// Reads the title and description of the HTML page at `url` (empty for anything
    /// but `text/html`). A body that is larger than [`MAX_BODY_BYTES`] or still arriving
    /// when the time is up is read as far as it got.
    pub async fn preview(&self, url: &str) -> Result<Preview, Broken> {
        let deadline = Instant::now() + self.inner.timeout;
        let arrival = timeout_at(deadline, self.follow(url, Method::GET))
            .await
            .map_err(|_| Broken::Timeout)??;
        let status = arrival.response.status();
        if status.is_client_error() || status.is_server_error() {
            return Err(Broken::HttpStatus(status.as_u16()));
        }
        let content_type = arrival
            .response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        let mut parameters = content_type.split(';').map(str::trim);
        if !matches!(
            parameters.next(),
            Some("text/html" | "application/xhtml+xml")
        ) {
            return Ok(Preview::default());
        }
        let charset = parameters
            .find_map(|parameter| parameter.strip_prefix("charset="))
            .map(|label| label.trim_matches(['"', '\'']).to_owned());
        let body = read_body(arrival.response.into_body(), deadline).await;
        Ok(preview::extract(&body, charset.as_deref()))
    }

    /// Requests `raw` with `method`, following redirects; HEAD turns into GET when it
    /// is answered with an error.
    async fn follow(&self, raw: &str, mut method: Method) -> Result<Arrival, Broken> {
        let mut url = parse_link(raw).map_err(Broken::InvalidUrl)?;
        let mut moved_to = None;
        let mut redirects = 0;
        loop {
            let (response, connection) = self.request(&method, &url).await?;
            let status = response.status();
            let location = response
                .headers()
                .get(header::LOCATION)
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
            if let (true, Some(location)) = (is_redirect(status), location) {
                if redirects == MAX_REDIRECTS {
                    return Err(Broken::TooManyRedirects);
                }
                redirects += 1;
                let next = url
                    .join(location.trim())
                    .map_err(|_| Broken::InvalidUrl(UrlError::NotAUrl))?;
                url = parse_link(next.as_str()).map_err(Broken::InvalidUrl)?;
                if matches!(
                    status,
                    StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                ) {
                    moved_to = Some(url.clone());
                }
                continue;
            }
            if method == Method::HEAD && (status.is_client_error() || status.is_server_error()) {
                method = Method::GET;
                continue;
            }
            return Ok(Arrival {
                response,
                moved_to,
                _connection: connection,
            });
        }
    }

    /// One request to `url` over a new connection to a checked address.
    async fn request(
        &self,
        method: &Method,
        url: &Url,
    ) -> Result<(Response<Incoming>, Connection), Broken> {
        let policy = &self.inner.policy;
        policy.check_port(url).map_err(Broken::RefusedTarget)?;
        let host = url.host().ok_or(Broken::InvalidUrl(UrlError::NotAUrl))?;
        let addresses = policy.resolve(url).await?;
        let tcp = connect(&addresses).await?;
        let peer = tcp.peer_addr().map_err(|_| Broken::ConnectionFailed)?;
        policy
            .check_address(&host, peer.ip())
            .map_err(Broken::RefusedTarget)?;

        let request = Request::builder()
            .method(method)
            .uri(&url[Position::BeforePath..Position::AfterQuery])
            .header(
                header::HOST,
                &url[Position::BeforeHost..Position::AfterPort],
            )
            .header(header::USER_AGENT, &self.inner.user_agent)
            .header(
                header::ACCEPT,
                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            )
            .header(header::ACCEPT_ENCODING, "identity")
            .body(Empty::<Bytes>::new())
            .map_err(|_| Broken::InvalidUrl(UrlError::NotAUrl))?;

        if url.scheme() == "https" {
            let name = match host {
                Host::Domain(name) => ServerName::try_from(name.to_owned())
                    .map_err(|_| Broken::InvalidUrl(UrlError::NotAUrl))?,
                Host::Ipv4(address) => ServerName::from(std::net::IpAddr::from(address)),
                Host::Ipv6(address) => ServerName::from(std::net::IpAddr::from(address)),
            };
            let tls = self
                .inner
                .tls
                .connect(name, tcp)
                .await
                .map_err(|_| Broken::TlsError)?;
            exchange(tls, request).await
        } else {
            exchange(tcp, request).await
        }
    }
}

/// The statuses whose `Location` a fetch follows.
fn is_redirect(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::MOVED_PERMANENTLY
            | StatusCode::FOUND
            | StatusCode::SEE_OTHER
            | StatusCode::TEMPORARY_REDIRECT
            | StatusCode::PERMANENT_REDIRECT
    )
}

/// A connection to the first of `addresses` that accepts one.
async fn connect(addresses: &[SocketAddr]) -> Result<TcpStream, Broken> {
    for address in addresses {
        if let Ok(tcp) = TcpStream::connect(address).await {
            return Ok(tcp);
        }
    }
    Err(Broken::ConnectionFailed)
}

/// Sends `request` over `io` and waits for the answer's head.
async fn exchange<T>(
    io: T,
    request: Request<Empty<Bytes>>,
) -> Result<(Response<Incoming>, Connection), Broken>
where
    T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, driver) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|_| Broken::ConnectionFailed)?;
    let connection = Connection(tokio::spawn(async move {
        // How a connection ends does not matter here: the answer (or its absence)
        // arrives through `send_request`.
        let _ = driver.await;
    }));
    let response = sender
        .send_request(request)
        .await
        .map_err(|_| Broken::ConnectionFailed)?;
    Ok((response, connection))
}

/// The first [`MAX_BODY_BYTES`] of `body`, or as much as arrived before `deadline` or
/// before the connection broke.
async fn read_body(mut body: Incoming, deadline: Instant) -> Vec<u8> {
    let mut bytes = Vec::new();
    while bytes.len() < MAX_BODY_BYTES {
        let Ok(Some(Ok(frame))) = timeout_at(deadline, body.frame()).await else {
            break;
        };
        if let Ok(data) = frame.into_data() {
            let room = MAX_BODY_BYTES - bytes.len();
            bytes.extend_from_slice(&data[..data.len().min(room)]);
        }
    }
    bytes
}
