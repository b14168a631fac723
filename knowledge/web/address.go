package web

import (
	"fmt"
	"net/netip"
	"syscall"

	"code.dny.dev/ssrf"
)

// metadataAddrs are the cloud instance-metadata endpoints: refused even when
// private networks are allowed, since no news source lives there and they
// hand out credentials.
var metadataAddrs = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean
	netip.MustParseAddr("169.254.170.2"):   true, // AWS ECS task metadata
	netip.MustParseAddr("169.254.169.123"): true, // AWS time sync
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
	netip.MustParseAddr("168.63.129.16"):   true, // Azure wire server
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS IPv6
	netip.MustParseAddr("fd00:ec2::23"):    true, // AWS IPv6 DNS
}

// Embedded IPv4 addresses: the well-known NAT64 prefix is globally
// reachable and reaches the IPv4 address it carries, so that address
// decides; a 6to4 address of a special IPv4 address is named after it.
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// AddrError is the refusal of an address that is not on the public
// internet.
type AddrError struct {
	Addr netip.Addr
	Kind string // "loopback", "private network", "link-local", "multicast", "cloud metadata", ...
}

// Error says which address was refused and what kind it is.
func (e *AddrError) Error() string {
	return fmt.Sprintf("%s is a %s address", e.Addr, e.Kind)
}

// classify returns what kind of non-public address a is, or "" for a
// public one.
func classify(a netip.Addr) string {
	a = a.Unmap().WithZone("")
	if metadataAddrs[a] {
		return "cloud metadata"
	}
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsUnspecified():
		return "unspecified"
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private network"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.IsMulticast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		return "multicast"
	}
	if v4, ok := embeddedIPv4(a); ok {
		if kind := classify(v4); kind != "" || nat64.Contains(a) {
			return kind
		}
	}
	if special(a) {
		return "reserved"
	}
	return ""
}

// special reports whether a is in one of IANA's special-purpose address
// registries (as code.dny.dev/ssrf keeps them, generated from the
// registries), or, for IPv6, outside the global unicast range.
func special(a netip.Addr) bool {
	if a.Is4() {
		return containsAny(ssrf.IPv4DeniedPrefixes, a)
	}
	return !ssrf.IPv6GlobalUnicast.Contains(a) || containsAny(ssrf.IPv6DeniedPrefixes, a)
}

// containsAny reports whether one of prefixes contains a.
func containsAny(prefixes []netip.Prefix, a netip.Addr) bool {
	for _, p := range prefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// embeddedIPv4 returns the IPv4 address a NAT64 or 6to4 address reaches.
func embeddedIPv4(a netip.Addr) (netip.Addr, bool) {
	b := a.As16()
	switch {
	case nat64.Contains(a):
		return netip.AddrFrom4([4]byte(b[12:16])), true
	case sixToFour.Contains(a):
		return netip.AddrFrom4([4]byte(b[2:6])), true
	}
	return netip.Addr{}, false
}

// addrPolicy decides which dialed addresses are allowed.
type addrPolicy func(a netip.Addr) error

// publicOnly refuses every non-public address.
func publicOnly(a netip.Addr) error {
	if kind := classify(a); kind != "" {
		return &AddrError{Addr: a.Unmap(), Kind: kind}
	}
	return nil
}

// allowPrivate allows private networks (self-hosted sources, tests) but
// still refuses the cloud metadata endpoints.
func allowPrivate(a netip.Addr) error {
	if kind := classify(a); kind == "cloud metadata" || kind == "invalid" {
		return &AddrError{Addr: a.Unmap(), Kind: kind}
	}
	return nil
}

// control returns a net.Dialer Control hook that checks the address
// actually dialed, after DNS resolution, on every connection (so after
// every redirect and every DNS answer).
func (p addrPolicy) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("unexpected dial address %q: %w", address, err)
	}
	return p(ap.Addr())
}
