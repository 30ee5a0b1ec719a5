//! Classifying an outgoing HTTP destination for the `guardrail:http-private-destination` policy:
//! the resource attributes `is_loopback`, `is_link_local` and `is_private` of an `HttpDestination`.

use serde_json::{Value as Json, json};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The `resource_attrs` of `HttpDestination::"<host>"` given every address `<host>` resolved to.
/// An attribute is `true` when ANY address falls in its class, and all three are `true` when
/// there is no address at all (fail closed). The caller must then connect only to these
/// vetted addresses (no second DNS lookup), or a rebinding resolver could swap them.
pub fn http_destination_attrs(addrs: &[IpAddr]) -> Json {
    if addrs.is_empty() {
        return json!({ "is_loopback": true, "is_link_local": true, "is_private": true });
    }
    let classes: Vec<Class> = addrs.iter().map(|a| classify(*a)).collect();
    json!({
        "is_loopback": classes.iter().any(|c| c.loopback),
        "is_link_local": classes.iter().any(|c| c.link_local),
        "is_private": classes.iter().any(|c| c.private),
    })
}

#[derive(Default)]
struct Class {
    loopback: bool,
    link_local: bool,
    private: bool,
}

fn classify(addr: IpAddr) -> Class {
    match addr {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => classify_v4(v4),
            None => classify_v6(v6),
        },
    }
}

/// Loopback `127/8`; link-local `169.254/16` (cloud metadata); private `10/8`, `172.16/12`,
/// `192.168/16`, carrier-grade NAT `100.64/10`, "this network" `0/8`, broadcast, multicast,
/// documentation and reserved `240/4`.
fn classify_v4(a: Ipv4Addr) -> Class {
    let [o0, o1, ..] = a.octets();
    let cgnat = o0 == 100 && (64..128).contains(&o1);
    Class {
        loopback: a.is_loopback(),
        link_local: a.is_link_local(),
        private: a.is_private()
            || cgnat
            || o0 == 0
            || o0 >= 240
            || a.is_broadcast()
            || a.is_multicast()
            || a.is_documentation(),
    }
}

/// Loopback `::1`; link-local `fe80::/10`; private: unique local `fc00::/7`, site-local
/// `fec0::/10`, unspecified `::`, multicast, and IPv4-compatible `::a.b.c.d` or NAT64
/// `64:ff9b::a.b.c.d` addresses whose IPv4 part is in any v4 class.
fn classify_v6(a: Ipv6Addr) -> Class {
    let seg = a.segments();
    let s0 = seg[0];
    let [.., w0, w1, w2, w3] = a.octets();
    let nat64 = seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] && classify_v4(Ipv4Addr::new(w0, w1, w2, w3)).any();
    Class {
        loopback: a.is_loopback(),
        link_local: (s0 & 0xffc0) == 0xfe80,
        private: (s0 & 0xfe00) == 0xfc00
            || (s0 & 0xffc0) == 0xfec0
            || a.is_unspecified()
            || a.is_multicast()
            || nat64
            || a.to_ipv4().is_some_and(|v4| classify_v4(v4).any()),
    }
}

impl Class {
    fn any(&self) -> bool {
        self.loopback || self.link_local || self.private
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn attrs(addrs: &[&str]) -> Json {
        http_destination_attrs(&addrs.iter().map(|a| a.parse().unwrap()).collect::<Vec<_>>())
    }

    #[test]
    fn classes() {
        let public = json!({ "is_loopback": false, "is_link_local": false, "is_private": false });
        assert_eq!(attrs(&["93.184.216.34", "2606:2800:220:1::1"]), public);
        assert_eq!(attrs(&["127.0.0.1"])["is_loopback"], true);
        assert_eq!(attrs(&["::1"])["is_loopback"], true);
        assert_eq!(attrs(&["::ffff:127.0.0.1"])["is_loopback"], true);
        assert_eq!(attrs(&["169.254.169.254"])["is_link_local"], true);
        assert_eq!(attrs(&["fe80::1"])["is_link_local"], true);
        for private in
            ["10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "0.0.0.0", "fd00::1", "::", "64:ff9b::a00:1"]
        {
            assert_eq!(attrs(&[private])["is_private"], true, "{private}");
        }
        assert_eq!(attrs(&["93.184.216.34", "10.0.0.1"])["is_private"], true, "any address counts");
        assert_eq!(attrs(&[])["is_loopback"], true, "no address fails closed");
    }
}
