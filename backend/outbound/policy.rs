//! Where a fetch may connect: the address table, loosened only by the operator's
//! allow-lists, and the resolution of a URL's host into the addresses connected to.

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;
use url::{Host, Url};

use super::{
    addresses::special_range,
    outcome::{Broken, Refusal},
    urls::UrlError,
};
use crate::config::Settings;

/// The operator's exceptions to the address rules (all empty by default).
pub(super) struct Policy {
    networks: Vec<IpNet>,
    hosts: Vec<String>,
    ports: Vec<u16>,
}

impl Policy {
    pub(super) fn from_settings(settings: &Settings) -> anyhow::Result<Policy> {
        Ok(Policy {
            networks: settings.outbound_networks()?,
            hosts: settings.outbound_hosts()?,
            ports: settings.outbound_ports()?,
        })
    }

    /// Refuses a port other than the scheme's own unless it is allowed (`url` leaves
    /// the port out when it is the default one).
    pub(super) fn check_port(&self, url: &Url) -> Result<(), Refusal> {
        match url.port() {
            Some(port) if !self.ports.contains(&port) => Err(Refusal::Port(port)),
            _ => Ok(()),
        }
    }

    /// Refuses `address` of `host` unless it is globally reachable, lies in an
    /// allowed network, or belongs to an allowed host name.
    pub(super) fn check_address(&self, host: &Host<&str>, address: IpAddr) -> Result<(), Refusal> {
        // An IPv4 network also allows that address written as IPv4-mapped IPv6.
        let canonical = address.to_canonical();
        if self.networks.iter().any(|net| net.contains(&canonical)) {
            return Ok(());
        }
        if let Host::Domain(name) = host
            && self.hosts.iter().any(|allowed| allowed == name)
        {
            return Ok(());
        }
        match special_range(address) {
            Some(range) => Err(Refusal::Address { address, range }),
            None => Ok(()),
        }
    }

    /// The addresses to connect to for `url`: its literal address, or every address
    /// its host name resolves to. When any of them is refused the whole host is: a
    /// name that points into an internal network is an internal name, whatever else
    /// it points to, and which of its addresses answers must not decide.
    pub(super) async fn resolve(&self, url: &Url) -> Result<Vec<SocketAddr>, Broken> {
        let host = url.host().ok_or(Broken::InvalidUrl(UrlError::NotAUrl))?;
        let port = url.port_or_known_default().unwrap_or(80);
        let addresses: Vec<SocketAddr> = match host {
            Host::Ipv4(address) => vec![SocketAddr::new(address.into(), port)],
            Host::Ipv6(address) => vec![SocketAddr::new(address.into(), port)],
            Host::Domain(name) => {
                let mut found: Vec<SocketAddr> = tokio::net::lookup_host((name, port))
                    .await
                    .map_err(|_| Broken::DnsFailure)?
                    .collect();
                found.dedup();
                found
            }
        };
        if addresses.is_empty() {
            return Err(Broken::DnsFailure);
        }
        for address in &addresses {
            self.check_address(&host, address.ip())
                .map_err(Broken::RefusedTarget)?;
        }
        Ok(addresses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(networks: &str, hosts: &str, ports: &str) -> Policy {
        Policy::from_settings(&Settings {
            outbound_allowed_networks: networks.into(),
            outbound_allowed_hosts: hosts.into(),
            outbound_allowed_ports: ports.into(),
            ..Settings::default()
        })
        .unwrap()
    }

    fn check(policy: &Policy, host: &str, address: &str) -> Result<(), Refusal> {
        policy.check_address(&Host::Domain(host), address.parse().unwrap())
    }

    /// An allowed network lets its addresses through, also IPv4-mapped, and nothing
    /// next to it.
    #[test]
    fn allowed_networks_open_only_themselves() {
        let policy = policy("10.20.0.0/16,127.0.0.1/32,fd00:1::/32", "", "");
        for address in [
            "10.20.0.1",
            "10.20.255.255",
            "127.0.0.1",
            "::ffff:127.0.0.1",
            "fd00:1::5",
        ] {
            assert_eq!(check(&policy, "example.org", address), Ok(()), "{address}");
        }
        for address in [
            "10.21.0.1",
            "127.0.0.2",
            "::1",
            "fd00:2::5",
            "169.254.169.254",
        ] {
            assert!(check(&policy, "example.org", address).is_err(), "{address}");
        }
        assert_eq!(
            check(&policy, "example.org", "127.0.0.2"),
            Err(Refusal::Address {
                address: "127.0.0.2".parse().unwrap(),
                range: "loopback"
            })
        );
    }

    /// An allowed host name lets its own addresses through, and no other name's.
    #[test]
    fn allowed_hosts_open_only_their_names() {
        let policy = policy("", "intranet.behoerde.example", "");
        assert_eq!(
            check(&policy, "intranet.behoerde.example", "10.1.2.3"),
            Ok(())
        );
        assert!(check(&policy, "wiki.intranet.behoerde.example", "10.1.2.3").is_err());
        assert!(check(&policy, "example.org", "10.1.2.3").is_err());
        let literal = policy.check_address(
            &Host::Ipv4("10.1.2.3".parse().unwrap()),
            "10.1.2.3".parse().unwrap(),
        );
        assert!(literal.is_err());
    }

    /// Ports other than the scheme's own are refused unless allowed.
    #[test]
    fn only_default_and_allowed_ports_are_reached() {
        let default = policy("", "", "");
        let allowing = policy("", "", "8080");
        let url = |raw: &str| Url::parse(raw).unwrap();
        for raw in [
            "http://example.org/",
            "http://example.org:80/",
            "https://example.org:443/",
        ] {
            assert_eq!(default.check_port(&url(raw)), Ok(()), "{raw}");
        }
        for (raw, port) in [
            ("http://example.org:8080/", 8080),
            ("http://example.org:443/", 443),
            ("https://example.org:80/", 80),
            ("http://example.org:22/", 22),
        ] {
            assert_eq!(
                default.check_port(&url(raw)),
                Err(Refusal::Port(port)),
                "{raw}"
            );
        }
        assert_eq!(
            allowing.check_port(&url("http://example.org:8080/")),
            Ok(())
        );
        assert_eq!(
            allowing.check_port(&url("http://example.org:8443/")),
            Err(Refusal::Port(8443))
        );
    }
}
