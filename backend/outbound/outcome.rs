//! What a fetch found, as plain values the links domain stores: a stable code and an
//! optional detail.

use std::{fmt, net::IpAddr};

use super::urls::UrlError;

/// The result of a link check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckOutcome {
    /// The link works: the final answer's status (2xx, or a 3xx that is no redirect),
    /// reached directly or through temporary redirects only.
    Ok { status: u16 },
    /// The link works, but a permanent redirect (301, 308) says it lives elsewhere now:
    /// `to` is where the last permanent redirect pointed (a temporary redirect after
    /// it, such as to a login page, is not where the link should go). Moderators apply
    /// it with one click.
    Moved { to: String },
    /// The link does not work, or may not be fetched from here.
    Broken { reason: Broken },
}

impl CheckOutcome {
    /// `ok`, `moved` or `broken`: what the links domain stores and filters by.
    pub fn status(&self) -> &'static str {
        match self {
            CheckOutcome::Ok { .. } => "ok",
            CheckOutcome::Moved { .. } => "moved",
            CheckOutcome::Broken { .. } => "broken",
        }
    }
}

/// Why a link does not work, or was not fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Broken {
    /// The server answered with this 4xx or 5xx status.
    HttpStatus(u16),
    /// No complete answer within the time limit (`outbound_timeout_secs`).
    Timeout,
    /// The host name has no address.
    DnsFailure,
    /// No address of the host accepted a connection, or the connection broke before
    /// an answer.
    ConnectionFailed,
    /// The TLS handshake failed (e.g. an invalid or expired certificate).
    TlsError,
    /// More than [`super::MAX_REDIRECTS`] redirects.
    TooManyRedirects,
    /// The fetcher does not connect there (SSRF protection).
    RefusedTarget(Refusal),
    /// The URL, or a redirect's target, is not a URL a link may have.
    InvalidUrl(UrlError),
}

impl Broken {
    /// A stable word for storing and switching on.
    pub fn code(&self) -> &'static str {
        match self {
            Broken::HttpStatus(_) => "http_status",
            Broken::Timeout => "timeout",
            Broken::DnsFailure => "dns_failure",
            Broken::ConnectionFailed => "connection_failed",
            Broken::TlsError => "tls_error",
            Broken::TooManyRedirects => "too_many_redirects",
            Broken::RefusedTarget(_) => "refused_target",
            Broken::InvalidUrl(_) => "invalid_url",
        }
    }

    /// What more there is to say: the status code, why a target was refused, which
    /// rule a URL broke.
    pub fn detail(&self) -> Option<String> {
        match self {
            Broken::HttpStatus(status) => Some(status.to_string()),
            Broken::RefusedTarget(refusal) => Some(refusal.to_string()),
            Broken::InvalidUrl(error) => Some(error.code().to_owned()),
            _ => None,
        }
    }
}

/// Why the fetcher does not connect to a target that is a valid link otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A port other than 80 (http) or 443 (https), not in `outbound_allowed_ports`.
    Port(u16),
    /// The host is, or resolves to, an address that is not globally reachable (and
    /// neither the address nor the host is allowed by the settings); `range` names
    /// the special range, e.g. `loopback`.
    Address {
        address: IpAddr,
        range: &'static str,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Port(port) => write!(f, "port {port} is not allowed"),
            Refusal::Address { address, range } => write!(f, "{address} is {range}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each outcome comes apart into the words the links domain stores.
    #[test]
    fn outcomes_are_stored_as_code_and_detail() {
        assert_eq!(CheckOutcome::Ok { status: 200 }.status(), "ok");
        let moved = CheckOutcome::Moved {
            to: "https://example.org/".into(),
        };
        assert_eq!(moved.status(), "moved");
        let refused = Broken::RefusedTarget(Refusal::Address {
            address: "10.0.0.1".parse().unwrap(),
            range: "private-use (RFC 1918)",
        });
        for (reason, code, detail) in [
            (Broken::HttpStatus(404), "http_status", Some("404")),
            (Broken::Timeout, "timeout", None),
            (Broken::DnsFailure, "dns_failure", None),
            (Broken::ConnectionFailed, "connection_failed", None),
            (Broken::TlsError, "tls_error", None),
            (Broken::TooManyRedirects, "too_many_redirects", None),
            (
                refused,
                "refused_target",
                Some("10.0.0.1 is private-use (RFC 1918)"),
            ),
            (
                Broken::RefusedTarget(Refusal::Port(8080)),
                "refused_target",
                Some("port 8080 is not allowed"),
            ),
            (
                Broken::InvalidUrl(UrlError::Userinfo),
                "invalid_url",
                Some("userinfo"),
            ),
        ] {
            assert_eq!(reason.code(), code);
            assert_eq!(reason.detail().as_deref(), detail, "{code}");
            assert_eq!(CheckOutcome::Broken { reason }.status(), "broken");
        }
    }
}
