//! The outbound fetcher against real web servers on this machine: what it refuses with
//! the default settings (every local and private target), and with a test server's
//! address and port allowed, how it checks links and reads previews: statuses, HEAD
//! falling back to GET, redirects, time and size limits, and private targets reached
//! through a redirect.

use std::time::{Duration, Instant};

use fachforum::{
    config::Settings,
    outbound::{Broken, CheckOutcome, Fetcher, Preview, Refusal, UrlError},
};
use tokio::{io::AsyncReadExt, io::AsyncWriteExt, net::TcpListener};

use crate::origin_server::{Origin, Reply};

const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=utf-8>\
    <title>Landesamt &ndash; Startseite</title>\
    <meta name=\"description\" content=\"Alles &uuml;ber das Amt.\">\
    <link rel=\"icon\" href=\"/favicon.ico\"><img src=\"/logo.png\">\
    </head><body><img src=\"/banner.png\"></body></html>";

/// A fetcher that may reach `origin` (127.0.0.1/32 and its port), with `timeout_secs`.
fn allowing(origin: &Origin, timeout_secs: u64) -> Fetcher {
    Fetcher::new(&Settings {
        outbound_allowed_networks: "127.0.0.1/32".into(),
        outbound_allowed_ports: origin.port.to_string(),
        outbound_timeout_secs: timeout_secs,
        ..Settings::default()
    })
    .unwrap()
}

fn broken(reason: Broken) -> CheckOutcome {
    CheckOutcome::Broken { reason }
}

fn refused_address(address: &str, range: &'static str) -> CheckOutcome {
    broken(Broken::RefusedTarget(Refusal::Address {
        address: address.parse().unwrap(),
        range,
    }))
}

/// With the default settings, the local test server and every private or local target
/// are refused before any connection, and so is every URL that is no web link.
#[tokio::test]
async fn default_settings_refuse_local_private_and_non_web_targets() {
    let origin = Origin::start(|_, _| Reply::html(PAGE)).await;
    let fetcher = Fetcher::new(&Settings::default()).unwrap();
    let cases = [
        (
            origin.url("/"),
            broken(Broken::RefusedTarget(Refusal::Port(origin.port))),
        ),
        (
            "http://127.0.0.1/".into(),
            refused_address("127.0.0.1", "loopback"),
        ),
        ("http://[::1]/".into(), refused_address("::1", "loopback")),
        (
            "http://[::ffff:127.0.0.1]/".into(),
            refused_address("::ffff:127.0.0.1", "loopback"),
        ),
        (
            "http://0x7f.1/".into(),
            refused_address("127.0.0.1", "loopback"),
        ),
        (
            "http://10.0.0.1/".into(),
            refused_address("10.0.0.1", "private-use (RFC 1918)"),
        ),
        (
            "http://169.254.169.254/latest/meta-data".into(),
            refused_address("169.254.169.254", "link-local"),
        ),
        (
            "file:///etc/passwd".into(),
            broken(Broken::InvalidUrl(UrlError::Scheme)),
        ),
        (
            "ftp://example.org/".into(),
            broken(Broken::InvalidUrl(UrlError::Scheme)),
        ),
        (
            "javascript:alert(1)".into(),
            broken(Broken::InvalidUrl(UrlError::Scheme)),
        ),
        (
            "http://user@example.org/".into(),
            broken(Broken::InvalidUrl(UrlError::Userinfo)),
        ),
        (
            format!("https://example.org/{}", "a".repeat(2049 - 20)),
            broken(Broken::InvalidUrl(UrlError::TooLong)),
        ),
    ];
    for (url, expected) in cases {
        assert_eq!(fetcher.check(&url).await, expected, "{url}");
        let CheckOutcome::Broken { reason } = expected else {
            unreachable!()
        };
        assert_eq!(fetcher.preview(&url).await, Err(reason), "{url}");
    }
    // A name that resolves to loopback: 127.0.0.1 or ::1, whichever comes first.
    let CheckOutcome::Broken {
        reason: Broken::RefusedTarget(Refusal::Address { address, range }),
    } = fetcher.check("http://localhost/").await
    else {
        panic!("localhost was not refused by its address");
    };
    assert!(address.is_loopback() && range == "loopback", "{address}");
    assert_eq!(origin.requests(), Vec::<String>::new());
}

/// Allowing a port does not allow the loopback address behind it, and allowing a
/// host name opens that name only, not its address written out.
#[tokio::test]
async fn ports_networks_and_hosts_are_allowed_separately() {
    let origin = Origin::start(|_, _| Reply::html(PAGE)).await;
    let port_only = Fetcher::new(&Settings {
        outbound_allowed_ports: origin.port.to_string(),
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(
        port_only.check(&origin.url("/")).await,
        refused_address("127.0.0.1", "loopback")
    );

    let by_name = Fetcher::new(&Settings {
        outbound_allowed_hosts: "localhost".into(),
        outbound_allowed_ports: origin.port.to_string(),
        ..Settings::default()
    })
    .unwrap();
    let named = format!("http://localhost:{}/", origin.port);
    assert_eq!(
        by_name.check(&named).await,
        CheckOutcome::Ok { status: 200 }
    );
    assert_eq!(
        by_name.check(&origin.url("/")).await,
        refused_address("127.0.0.1", "loopback")
    );
    assert_eq!(origin.requests(), ["HEAD /"]);
}

/// A page that answers is Ok after one HEAD, and its preview comes from one GET with
/// nothing else fetched, under the fetcher's own User-Agent.
#[tokio::test]
async fn a_working_page_is_ok_and_previewed() {
    let origin = Origin::start(|_, _| Reply::html(PAGE)).await;
    let fetcher = allowing(&origin, 5);
    assert_eq!(
        fetcher.check(&origin.url("/start")).await,
        CheckOutcome::Ok { status: 200 }
    );
    assert_eq!(
        fetcher.preview(&origin.url("/start")).await,
        Ok(Preview {
            title: Some("Landesamt – Startseite".into()),
            description: Some("Alles über das Amt.".into()),
        })
    );
    assert_eq!(origin.requests(), ["HEAD /start", "GET /start"]);
    for seen in origin.seen() {
        assert!(
            seen.head
                .contains("\r\nuser-agent: Fachforum-Linkpruefung/"),
            "{}",
            seen.head
        );
    }

    let with_public_url = Fetcher::new(&Settings {
        public_url: "https://forum.example.de".into(),
        outbound_allowed_networks: "127.0.0.1/32".into(),
        outbound_allowed_ports: origin.port.to_string(),
        ..Settings::default()
    })
    .unwrap();
    with_public_url.check(&origin.url("/again")).await;
    let last = origin.seen().pop().unwrap();
    assert!(
        last.head.contains(" (+https://forum.example.de)\r\n"),
        "{}",
        last.head
    );
}

/// Only HTML has a preview; other content types give an empty one.
#[tokio::test]
async fn only_html_pages_have_a_preview() {
    let origin = Origin::start(|_, _| Reply::Page {
        status: 200,
        headers: vec![("Content-Type", "application/pdf".into())],
        body: b"%PDF-1.7 <title>no</title>".to_vec(),
    })
    .await;
    let fetcher = allowing(&origin, 5);
    assert_eq!(
        fetcher.preview(&origin.url("/a.pdf")).await,
        Ok(Preview::default())
    );
}

/// A server that refuses HEAD (405, 501) is asked again with GET, whose answer counts;
/// so does one that answers HEAD with an error the GET does not repeat.
#[tokio::test]
async fn head_refused_falls_back_to_get() {
    let origin = Origin::start(|method, path| match (method, path) {
        ("HEAD", "/no-head") => Reply::status(405),
        ("HEAD", "/not-implemented") => Reply::status(501),
        ("HEAD", "/broken-head") => Reply::status(404),
        _ => Reply::html(PAGE),
    })
    .await;
    let fetcher = allowing(&origin, 5);
    for path in ["/no-head", "/not-implemented", "/broken-head"] {
        assert_eq!(
            fetcher.check(&origin.url(path)).await,
            CheckOutcome::Ok { status: 200 },
            "{path}"
        );
    }
    assert_eq!(
        origin.requests(),
        [
            "HEAD /no-head",
            "GET /no-head",
            "HEAD /not-implemented",
            "GET /not-implemented",
            "HEAD /broken-head",
            "GET /broken-head"
        ]
    );
}

/// 4xx and 5xx answers (to HEAD and to the GET after it) make a link broken with the
/// status, and there is no preview.
#[tokio::test]
async fn error_statuses_are_broken_with_the_status() {
    let origin = Origin::start(|_, path| match path {
        "/missing" => Reply::status(404),
        "/gone" => Reply::status(410),
        _ => Reply::status(500),
    })
    .await;
    let fetcher = allowing(&origin, 5);
    for (path, status) in [("/missing", 404), ("/gone", 410), ("/error", 500)] {
        assert_eq!(
            fetcher.check(&origin.url(path)).await,
            broken(Broken::HttpStatus(status)),
            "{path}"
        );
    }
    assert_eq!(
        fetcher.preview(&origin.url("/missing")).await,
        Err(Broken::HttpStatus(404))
    );
    assert_eq!(origin.requests()[..2], ["HEAD /missing", "GET /missing"]);
}

/// Permanent redirects (301, 308) make a link Moved, to where the last of them points;
/// temporary ones (302, 303, 307) that end on a page leave it Ok.
#[tokio::test]
async fn permanent_redirects_move_a_link_and_temporary_ones_do_not() {
    let origin = Origin::start(|_, path| match path {
        "/old" => Reply::redirect(301, "/older-still"),
        "/older-still" => Reply::redirect(308, "/new"),
        "/moved-then-login" => Reply::redirect(301, "/members"),
        "/members" => Reply::redirect(302, "/login?next=%2Fmembers"),
        "/found" => Reply::redirect(302, "/new"),
        "/see-other" => Reply::redirect(303, "/new"),
        "/temporary" => Reply::redirect(307, "/found"),
        "/moved-to-missing" => Reply::redirect(301, "/missing"),
        "/missing" => Reply::status(404),
        _ => Reply::html(PAGE),
    })
    .await;
    let fetcher = allowing(&origin, 5);
    assert_eq!(
        fetcher.check(&origin.url("/old")).await,
        CheckOutcome::Moved {
            to: origin.url("/new")
        }
    );
    assert_eq!(
        fetcher.check(&origin.url("/moved-then-login")).await,
        CheckOutcome::Moved {
            to: origin.url("/members")
        }
    );
    for path in ["/found", "/see-other", "/temporary"] {
        assert_eq!(
            fetcher.check(&origin.url(path)).await,
            CheckOutcome::Ok { status: 200 },
            "{path}"
        );
    }
    assert_eq!(
        fetcher.check(&origin.url("/moved-to-missing")).await,
        broken(Broken::HttpStatus(404))
    );
    assert_eq!(
        fetcher
            .preview(&origin.url("/old"))
            .await
            .unwrap()
            .title
            .as_deref(),
        Some("Landesamt – Startseite")
    );
}

/// Five redirects are followed, a sixth is one too many.
#[tokio::test]
async fn at_most_five_redirects_are_followed() {
    let origin = Origin::start(|_, path| {
        match path
            .strip_prefix("/hop/")
            .and_then(|n| n.parse::<u32>().ok())
        {
            Some(0) | None => Reply::html(PAGE),
            Some(n) => Reply::redirect(302, &format!("/hop/{}", n - 1)),
        }
    })
    .await;
    let fetcher = allowing(&origin, 5);
    assert_eq!(
        fetcher.check(&origin.url("/hop/5")).await,
        CheckOutcome::Ok { status: 200 }
    );
    assert_eq!(
        fetcher.check(&origin.url("/hop/6")).await,
        broken(Broken::TooManyRedirects)
    );
    assert_eq!(
        fetcher.preview(&origin.url("/hop/6")).await,
        Err(Broken::TooManyRedirects)
    );
}

/// An allowed server that redirects to a private or local address, another port or
/// another scheme is refused at that hop, before any connection there.
#[tokio::test]
async fn a_redirect_to_a_private_target_is_refused_at_the_hop() {
    let origin = Origin::start(|_, path| match path {
        "/to-private" => Reply::redirect(302, "http://10.0.0.1/"),
        "/to-metadata" => Reply::redirect(301, "http://169.254.169.254/latest/meta-data"),
        "/to-file" => Reply::redirect(302, "file:///etc/passwd"),
        "/to-other-port" => Reply::redirect(302, "http://127.0.0.1:1/"),
        "/to-userinfo" => Reply::redirect(302, "http://admin@127.0.0.1/"),
        _ => Reply::html(PAGE),
    })
    .await;
    let port = origin.port;
    let to_loopback = format!("http://127.0.0.2:{port}/");
    let fetcher = allowing(&origin, 5);
    for (path, expected) in [
        (
            "/to-private",
            refused_address("10.0.0.1", "private-use (RFC 1918)"),
        ),
        (
            "/to-metadata",
            refused_address("169.254.169.254", "link-local"),
        ),
        ("/to-file", broken(Broken::InvalidUrl(UrlError::Scheme))),
        (
            "/to-other-port",
            broken(Broken::RefusedTarget(Refusal::Port(1))),
        ),
        (
            "/to-userinfo",
            broken(Broken::InvalidUrl(UrlError::Userinfo)),
        ),
    ] {
        assert_eq!(fetcher.check(&origin.url(path)).await, expected, "{path}");
    }

    let redirecting = Origin::start(move |_, _| Reply::redirect(302, &to_loopback)).await;
    let fetcher = Fetcher::new(&Settings {
        outbound_allowed_networks: "127.0.0.1/32".into(),
        outbound_allowed_ports: format!("{port},{}", redirecting.port),
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(
        fetcher.check(&redirecting.url("/")).await,
        refused_address("127.0.0.2", "loopback")
    );
    assert_eq!(
        fetcher.preview(&redirecting.url("/")).await,
        Err(Broken::RefusedTarget(Refusal::Address {
            address: "127.0.0.2".parse().unwrap(),
            range: "loopback"
        }))
    );
    assert_eq!(origin.requests().len(), 5);
}

/// A server that accepts the connection and never answers is a timeout once
/// `outbound_timeout_secs` have passed, for checks and previews alike.
#[tokio::test]
async fn a_silent_server_times_out() {
    let origin = Origin::start(|_, _| Reply::Silence).await;
    let fetcher = allowing(&origin, 1);
    let started = Instant::now();
    assert_eq!(
        fetcher.check(&origin.url("/")).await,
        broken(Broken::Timeout)
    );
    assert_eq!(
        fetcher.preview(&origin.url("/")).await,
        Err(Broken::Timeout)
    );
    let took = started.elapsed();
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(6),
        "{took:?}"
    );
}

/// A 50 MB page sent fast is read only up to 1 MB: the preview comes long before the
/// time limit and the server is cut off; one sent slowly is read until the time is
/// up, and still gives its preview.
#[tokio::test]
async fn huge_and_slow_bodies_are_cut_off() {
    const FIFTY_MB: usize = 50 * 1024 * 1024;
    let mut fast = Origin::start(|_, _| Reply::Stream {
        total: FIFTY_MB,
        chunk: 64 * 1024,
        pause: Duration::ZERO,
    })
    .await;
    // A time limit far beyond what reading 1 MB takes: the size limit is what ends it.
    let fetcher = allowing(&fast, 30);
    let started = Instant::now();
    let preview = fetcher.preview(&fast.url("/")).await.unwrap();
    assert_eq!(preview.title.as_deref(), Some("Endlos"));
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let written = fast.stream_written().await;
    // The server gets ahead of the fetcher by what the sockets buffer (here ~10 MB),
    // then finds the connection closed.
    assert!(written < FIFTY_MB, "the server wrote {written} bytes");
    assert_eq!(
        fetcher.check(&fast.url("/")).await,
        CheckOutcome::Ok { status: 200 }
    );

    let mut slow = Origin::start(|_, _| Reply::Stream {
        total: FIFTY_MB,
        chunk: 8 * 1024,
        pause: Duration::from_millis(20),
    })
    .await;
    let fetcher = allowing(&slow, 1);
    let started = Instant::now();
    let preview = fetcher.preview(&slow.url("/")).await.unwrap();
    let took = started.elapsed();
    assert_eq!(preview.title.as_deref(), Some("Endlos"));
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(5),
        "{took:?}"
    );
    let written = slow.stream_written().await;
    assert!(written < 1024 * 1024, "the server wrote {written} bytes");
}

/// A closed port, a server that does not speak TLS, and a name that does not exist
/// each have their own reason.
#[tokio::test]
async fn connection_tls_and_dns_failures_are_named() {
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);

    // Answers whatever comes with a plain HTTP error, as a server without TLS would.
    let plain = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let plain_port = plain.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        while let Ok((mut socket, _)) = plain.accept().await {
            let mut hello = [0u8; 512];
            let _ = socket.read(&mut hello).await;
            let _ = socket
                .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                .await;
        }
    });

    let fetcher = Fetcher::new(&Settings {
        outbound_allowed_networks: "127.0.0.1/32".into(),
        outbound_allowed_ports: format!("{closed_port},{plain_port}"),
        outbound_timeout_secs: 5,
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(
        fetcher
            .check(&format!("http://127.0.0.1:{closed_port}/"))
            .await,
        broken(Broken::ConnectionFailed)
    );
    assert_eq!(
        fetcher
            .check(&format!("https://127.0.0.1:{plain_port}/"))
            .await,
        broken(Broken::TlsError)
    );
    // `.invalid` never resolves (RFC 6761).
    assert_eq!(
        fetcher
            .check("http://fachforum-linkpruefung.invalid/")
            .await,
        broken(Broken::DnsFailure)
    );
    server.abort();
}
