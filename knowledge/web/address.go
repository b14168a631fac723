package web

import (
	"fmt"
	"net/netip"
	"syscall"
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

// specialPrefixes are non-public ranges that netip.Addr's predicates do not
// name.
var specialPrefixes = []struct {
	prefix netip.Prefix
	kind   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("100.64.0.0/10"), "private network"}, // carrier-grade NAT
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},      // and broadcast
	{netip.MustParsePrefix("fec0::/10"), "private network"}, // deprecated site-local
	{netip.MustParsePrefix("100::/64"), "reserved"},         // discard-only
}

// Embedded IPv4 addresses: NAT64 and 6to4 reach the IPv4 address they carry.
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
	a = a.Unmap()
	if a.Zone() != "" {
		a = a.WithZone("")
	}
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
	for _, p := range specialPrefixes {
		if p.prefix.Contains(a) {
			return p.kind
		}
	}
	if v4, ok := embeddedIPv4(a); ok {
		return classify(v4)
	}
	return ""
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
