//! Which IP addresses a fetch may connect to: only globally reachable unicast.
//!
//! The tables follow IANA's IPv4 and IPv6 Special-Purpose Address Registries (plus the
//! multicast ranges, and for IPv6 everything outside global unicast `2000::/3`), first
//! match wins. They are stricter than the registries in a few places where no web
//! server lives (the anycast addresses inside `192.0.0.0/24` and `2001::/23`): refusing
//! those costs nothing, while a gap would be an SSRF hole. Ranges that carry an IPv4
//! address inside an IPv6 one (mapped, compatible, NAT64, 6to4, Teredo) are judged by
//! the IPv4 address they carry, because that is where the packets end up.
//!
//! `Ipv4Addr::is_global` would say much of this but is unstable, and an explicit table
//! can be read against the registry line by line.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::{Ipv4Net, Ipv6Net};

/// The special-purpose IPv4 ranges, first match wins.
const V4_RANGES: &[(Ipv4Net, &str)] = &[
    (v4(0, 0, 0, 0, 32), "unspecified"),
    (v4(0, 0, 0, 0, 8), "this network (RFC 791)"),
    (v4(10, 0, 0, 0, 8), "private-use (RFC 1918)"),
    (
        v4(100, 64, 0, 0, 10),
        "shared address space (CGNAT, RFC 6598)",
    ),
    (v4(127, 0, 0, 0, 8), "loopback"),
    (v4(169, 254, 0, 0, 16), "link-local"),
    (v4(172, 16, 0, 0, 12), "private-use (RFC 1918)"),
    (v4(192, 0, 0, 0, 24), "IETF protocol assignments"),
    (v4(192, 0, 2, 0, 24), "documentation (TEST-NET-1)"),
    (v4(192, 88, 99, 0, 24), "6to4 relay anycast (deprecated)"),
    (v4(192, 168, 0, 0, 16), "private-use (RFC 1918)"),
    (v4(198, 18, 0, 0, 15), "benchmarking"),
    (v4(198, 51, 100, 0, 24), "documentation (TEST-NET-2)"),
    (v4(203, 0, 113, 0, 24), "documentation (TEST-NET-3)"),
    (v4(224, 0, 0, 0, 4), "multicast"),
    (v4(255, 255, 255, 255, 32), "limited broadcast"),
    (v4(240, 0, 0, 0, 4), "reserved (240.0.0.0/4)"),
];

/// How an IPv6 range is judged.
#[derive(Clone, Copy)]
enum V6 {
    /// Never a target.
    Special(&'static str),
    /// Judged by the IPv4 address in its last 32 bits (mapped, NAT64).
    Carries,
    /// IPv4-compatible (deprecated, not routed): refused, naming the carried
    /// address's range when it has one.
    Compatible,
    /// 6to4: judged by the IPv4 address in bits 16 to 47.
    SixToFour,
    /// Teredo: judged by the server (bits 32 to 63) and the client (the last 32 bits,
    /// inverted) IPv4 addresses.
    Teredo,
}

/// The special-purpose IPv6 ranges, first match wins; after them, anything outside
/// global unicast `2000::/3` is refused too.
const V6_RANGES: &[(Ipv6Net, V6)] = &[
    (
        v6([0, 0, 0, 0, 0, 0, 0, 0], 128),
        V6::Special("unspecified"),
    ),
    (v6([0, 0, 0, 0, 0, 0, 0, 1], 128), V6::Special("loopback")),
    (v6([0, 0, 0, 0, 0, 0xffff, 0, 0], 96), V6::Carries),
    (v6([0, 0, 0, 0, 0, 0, 0, 0], 96), V6::Compatible),
    (v6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96), V6::Carries),
    (
        v6([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48),
        V6::Special("local-use IPv4/IPv6 translation"),
    ),
    (
        v6([0x100, 0, 0, 0, 0, 0, 0, 0], 64),
        V6::Special("discard-only"),
    ),
    (
        v6([0x100, 0, 0, 1, 0, 0, 0, 0], 64),
        V6::Special("dummy prefix"),
    ),
    (v6([0x2001, 0, 0, 0, 0, 0, 0, 0], 32), V6::Teredo),
    (
        v6([0x2001, 0, 0, 0, 0, 0, 0, 0], 23),
        V6::Special("IETF protocol assignments"),
    ),
    (
        v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32),
        V6::Special("documentation"),
    ),
    (v6([0x2002, 0, 0, 0, 0, 0, 0, 0], 16), V6::SixToFour),
    (
        v6([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20),
        V6::Special("documentation"),
    ),
    (
        v6([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7),
        V6::Special("unique-local"),
    ),
    (
        v6([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10),
        V6::Special("link-local"),
    ),
    (
        v6([0xfec0, 0, 0, 0, 0, 0, 0, 0], 10),
        V6::Special("site-local (deprecated)"),
    ),
    (
        v6([0xff00, 0, 0, 0, 0, 0, 0, 0], 8),
        V6::Special("multicast"),
    ),
];

/// Global unicast: the only IPv6 space IANA hands out for the public internet.
const V6_GLOBAL_UNICAST: Ipv6Net = v6([0x2000, 0, 0, 0, 0, 0, 0, 0], 3);

const fn v4(a: u8, b: u8, c: u8, d: u8, prefix: u8) -> Ipv4Net {
    Ipv4Net::new_assert(Ipv4Addr::new(a, b, c, d), prefix)
}

const fn v6(segments: [u16; 8], prefix: u8) -> Ipv6Net {
    let [a, b, c, d, e, f, g, h] = segments;
    Ipv6Net::new_assert(Ipv6Addr::new(a, b, c, d, e, f, g, h), prefix)
}

/// The special range `address` lies in, or `None` for a globally reachable unicast
/// address that a fetch may connect to.
pub fn special_range(address: IpAddr) -> Option<&'static str> {
    match address {
        IpAddr::V4(address) => special_v4(address),
        IpAddr::V6(address) => special_v6(address),
    }
}

fn special_v4(address: Ipv4Addr) -> Option<&'static str> {
    V4_RANGES
        .iter()
        .find(|(net, _)| net.contains(&address))
        .map(|(_, name)| *name)
}

fn special_v6(address: Ipv6Addr) -> Option<&'static str> {
    let bits = address.to_bits();
    // The IPv4 address in bits `from` to `from + 31`, counted from the most significant.
    let carried = |from: u32| Ipv4Addr::from_bits((bits >> (96 - from)) as u32);
    let Some((_, kind)) = V6_RANGES.iter().find(|(net, _)| net.contains(&address)) else {
        return (!V6_GLOBAL_UNICAST.contains(&address))
            .then_some("reserved (outside global unicast 2000::/3)");
    };
    match *kind {
        V6::Special(name) => Some(name),
        V6::Carries => special_v4(carried(96)),
        V6::Compatible => Some(special_v4(carried(96)).unwrap_or("IPv4-compatible (deprecated)")),
        V6::SixToFour => special_v4(carried(16)),
        V6::Teredo => special_v4(carried(32)).or_else(|| special_v4(!carried(96))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(address: &str) -> Option<&'static str> {
        special_range(address.parse().unwrap())
    }

    /// Every IPv4 range of the table is refused, at its first and last address.
    #[test]
    fn every_special_ipv4_range_is_refused() {
        for (address, name) in [
            ("0.0.0.0", "unspecified"),
            ("0.1.2.3", "this network"),
            ("0.255.255.255", "this network"),
            ("10.0.0.1", "private-use"),
            ("10.255.255.255", "private-use"),
            ("100.64.0.1", "shared address space"),
            ("100.127.255.255", "shared address space"),
            ("127.0.0.1", "loopback"),
            ("127.0.0.2", "loopback"),
            ("127.255.255.254", "loopback"),
            ("169.254.169.254", "link-local"),
            ("169.254.0.1", "link-local"),
            ("172.16.0.1", "private-use"),
            ("172.31.255.255", "private-use"),
            ("192.0.0.8", "IETF protocol assignments"),
            ("192.0.2.55", "documentation"),
            ("192.88.99.1", "6to4 relay"),
            ("192.168.1.1", "private-use"),
            ("198.18.0.1", "benchmarking"),
            ("198.19.255.255", "benchmarking"),
            ("198.51.100.7", "documentation"),
            ("203.0.113.9", "documentation"),
            ("224.0.0.1", "multicast"),
            ("239.255.255.250", "multicast"),
            ("240.0.0.1", "reserved"),
            ("254.1.2.3", "reserved"),
            ("255.255.255.255", "limited broadcast"),
        ] {
            let found = range(address).unwrap_or_else(|| panic!("{address} was allowed"));
            assert!(found.contains(name), "{address}: {found}");
        }
    }

    /// Public IPv4 addresses, also right next to the special ranges, are allowed.
    #[test]
    fn public_ipv4_addresses_are_allowed() {
        for address in [
            "93.184.215.14",
            "1.1.1.1",
            "8.8.8.8",
            "9.255.255.255",
            "11.0.0.0",
            "100.63.255.255",
            "100.128.0.0",
            "126.255.255.255",
            "128.0.0.0",
            "169.253.255.255",
            "172.15.255.255",
            "172.32.0.0",
            "192.0.1.1",
            "192.167.255.255",
            "192.169.0.0",
            "198.17.255.255",
            "198.20.0.0",
            "223.255.255.255",
        ] {
            assert_eq!(range(address), None, "{address}");
        }
    }

    /// Every IPv6 range of the table is refused, and so is the space outside 2000::/3.
    #[test]
    fn every_special_ipv6_range_is_refused() {
        for (address, name) in [
            ("::", "unspecified"),
            ("::1", "loopback"),
            ("64:ff9b:1::1", "local-use"),
            ("100::1", "discard-only"),
            ("100:0:0:1::1", "dummy prefix"),
            ("2001:2::1", "IETF protocol assignments"),
            ("2001:10::1", "IETF protocol assignments"),
            ("2001:1ff:ffff::1", "IETF protocol assignments"),
            ("2001:db8::1", "documentation"),
            ("3fff::1", "documentation"),
            ("fc00::1", "unique-local"),
            ("fd12:3456:789a::1", "unique-local"),
            ("fe80::1", "link-local"),
            ("febf::1", "link-local"),
            ("fec0::1", "site-local"),
            ("ff02::1", "multicast"),
            ("ff0e::1", "multicast"),
            ("1::1", "reserved"),
            ("4000::1", "reserved"),
            ("5f00::1", "reserved"),
            ("::ffff:0:10.0.0.1", "reserved"),
        ] {
            let found = range(address).unwrap_or_else(|| panic!("{address} was allowed"));
            assert!(found.contains(name), "{address}: {found}");
        }
    }

    /// An IPv4 address carried inside IPv6 is judged as itself.
    #[test]
    fn ipv6_carrying_ipv4_is_judged_by_the_ipv4_address() {
        for (address, name) in [
            ("::ffff:127.0.0.1", "loopback"),
            ("::ffff:10.0.0.1", "private-use"),
            ("::ffff:169.254.169.254", "link-local"),
            ("::ffff:0.0.0.0", "unspecified"),
            ("::127.0.0.1", "loopback"),
            ("::192.168.0.1", "private-use"),
            ("::93.184.215.14", "IPv4-compatible"),
            ("64:ff9b::10.0.0.1", "private-use"),
            ("64:ff9b::127.0.0.1", "loopback"),
            ("2002:0a00:0001::1", "private-use"),
            ("2002:7f00:0001::1", "loopback"),
            // Teredo with a private server, and with client 192.168.0.1 (inverted).
            ("2001:0:0a00:1::5db8:d4e6", "private-use"),
            ("2001:0:5db8:d70e::3f57:fffe", "private-use"),
        ] {
            let found = range(address).unwrap_or_else(|| panic!("{address} was allowed"));
            assert!(found.contains(name), "{address}: {found}");
        }
        for address in [
            "::ffff:93.184.215.14",
            "64:ff9b::93.184.215.14",
            "2002:5db8:d70e::1",
            // Teredo server 93.184.215.14, client 93.184.215.15 (inverted).
            "2001:0:5db8:d70e::a247:28f0",
        ] {
            assert_eq!(range(address), None, "{address}");
        }
    }

    /// Global unicast IPv6 addresses are allowed.
    #[test]
    fn public_ipv6_addresses_are_allowed() {
        for address in [
            "2a00:1450::1",
            "2a00:1450:4001:80b::200e",
            "2606:4700:4700::1111",
            "2001:200::1",
            "3ffe::1",
        ] {
            assert_eq!(range(address), None, "{address}");
        }
    }
}
