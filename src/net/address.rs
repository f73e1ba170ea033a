//! Picking the address phones can reach: the most common failure of live-audience tools. Private
//! LAN IPv4 first; container, VPN and virtual adapters last; loopback never (unless alone).

use std::net::{IpAddr, Ipv4Addr};

/// Name prefixes of adapters that phones on the room's Wi-Fi cannot reach.
const VIRTUAL: [&str; 12] =
    ["docker", "veth", "br-", "vethernet", "virbr", "tun", "tap", "wg", "tailscale", "utun", "vmnet", "zt"];

/// One network interface as the system lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    pub name: String,
    pub ip: IpAddr,
}

fn is_private(ip: Ipv4Addr) -> bool {
    ip.is_private() || (ip.octets()[0] == 100 && (64..128).contains(&ip.octets()[1]))
}

/// Lower is better: a private IPv4 on a real adapter, then any other IPv4 on a real adapter
/// (some networks hand out public or documentation-range addresses), then IPv6, then virtual
/// adapters; loopback and link-local last of all.
fn rank(i: &Interface) -> u8 {
    let name = i.name.to_ascii_lowercase();
    let virtual_adapter = VIRTUAL.iter().any(|v| name.starts_with(v));
    let base = match i.ip {
        IpAddr::V4(ip) if ip.is_loopback() || ip.is_link_local() || ip.is_unspecified() => 90,
        IpAddr::V6(ip) if ip.is_loopback() || ip.is_unspecified() || (ip.segments()[0] & 0xffc0) == 0xfe80 => 90,
        IpAddr::V4(ip) if is_private(ip) => 0,
        IpAddr::V4(_) => 10,
        IpAddr::V6(_) => 20,
    };
    base + if virtual_adapter && base < 90 { 50 } else { 0 }
}

/// The candidates in the order to offer them (a key on the presenter cycles through them):
/// best first, the system's order kept among equals, duplicates dropped.
pub fn candidates(interfaces: &[Interface]) -> Vec<IpAddr> {
    let mut ranked: Vec<(u8, usize, IpAddr)> = interfaces.iter().enumerate().map(|(n, i)| (rank(i), n, i.ip)).collect();
    ranked.sort();
    let mut out: Vec<IpAddr> = Vec::new();
    for (_, _, ip) in ranked {
        if !out.contains(&ip) {
            out.push(ip);
        }
    }
    out
}

/// The join URL for an address and port, bracketing IPv6 as URLs require.
pub fn join_url(ip: IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(ip) => format!("http://{ip}:{port}/"),
        IpAddr::V6(ip) => format!("http://[{ip}]:{port}/"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iface(name: &str, ip: &str) -> Interface {
        Interface { name: name.into(), ip: ip.parse().unwrap() }
    }

    #[test]
    fn the_wifi_address_comes_before_docker_vpn_and_loopback() {
        let found = candidates(&[
            iface("lo", "127.0.0.1"),
            iface("docker0", "172.17.0.1"),
            iface("tailscale0", "100.101.1.2"),
            iface("wlan0", "192.168.1.23"),
            iface("veth12ab", "172.18.0.1"),
            iface("wlan0", "fe80::1"),
        ]);
        let order: Vec<String> = found.iter().map(|ip| ip.to_string()).collect();
        assert_eq!(order, ["192.168.1.23", "172.17.0.1", "100.101.1.2", "172.18.0.1", "127.0.0.1", "fe80::1"]);
    }

    #[test]
    fn a_machine_with_only_a_public_or_documentation_address_still_offers_it() {
        let found = candidates(&[iface("lo", "127.0.0.1"), iface("eth0", "192.0.2.2")]);
        assert_eq!(found[0].to_string(), "192.0.2.2");
    }

    #[test]
    fn windows_virtual_switches_and_vpns_rank_below_the_real_adapter() {
        let found = candidates(&[
            iface("vEthernet (WSL)", "172.26.64.1"),
            iface("wg0", "10.8.0.2"),
            iface("Wi-Fi", "10.0.0.15"),
        ]);
        assert_eq!(found[0].to_string(), "10.0.0.15");
    }

    #[test]
    fn join_urls_bracket_ipv6() {
        assert_eq!(join_url("192.168.1.23".parse().unwrap(), 8080), "http://192.168.1.23:8080/");
        assert_eq!(join_url("fd00::5".parse().unwrap(), 8080), "http://[fd00::5]:8080/");
    }
}
