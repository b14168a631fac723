package web

import (
	"net/netip"
	"testing"
)

// specialPurpose is every entry of IANA's IPv4 and IPv6 special-purpose
// address registries, plus the ranges those registries leave to others that
// no news source lives in (multicast, IPv4-compatible IPv6). It is the
// test's own copy of the registries, so that the guard is checked against
// them rather than against the list it was built from.
var specialPurpose = []string{
	// iana-ipv4-special-registry
	"0.0.0.0/8", "0.0.0.0/32", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
	"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.0.0/29",
	"192.0.0.8/32", "192.0.0.9/32", "192.0.0.10/32", "192.0.0.170/32",
	"192.0.0.171/32", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
	"192.88.99.0/24", "192.88.99.2/32", "192.168.0.0/16", "192.175.48.0/24",
	"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
	"255.255.255.255/32",
	// iana-ipv6-special-registry
	"::1/128", "::/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48",
	"100::/64", "100:0:0:1::/64", "2001::/23", "2001::/32", "2001:1::1/128",
	"2001:1::2/128", "2001:1::3/128", "2001:2::/48", "2001:3::/32",
	"2001:4:112::/48", "2001:10::/28", "2001:20::/28", "2001:30::/28",
	"2001:db8::/32", "2002::/16", "2620:4f:8000::/48", "3fff::/20",
	"5f00::/16", "fc00::/7", "fe80::/10",
	// multicast and IPv4-compatible IPv6 (deprecated, RFC 4291)
	"224.0.0.0/4", "ff00::/8", "::/96",
}

// lastAddr returns the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// TestSpecialPurposeRefused puts the first and the last address of every
// special-purpose range through the guard's decision, without dialing.
func TestSpecialPurposeRefused(t *testing.T) {
	for _, s := range specialPurpose {
		p := netip.MustParsePrefix(s)
		for _, a := range []netip.Addr{p.Masked().Addr(), lastAddr(p)} {
			if err := publicOnly(a); err == nil {
				t.Errorf("%s (in %s) is allowed", a, p)
			}
		}
	}
}

// TestAddressForms covers the forms of a special address that once passed
// as public, and the public ones that must still pass.
func TestAddressForms(t *testing.T) {
	tests := []struct {
		addr    string
		allowed bool
	}{
		{"::127.0.0.1", false},      // IPv4-compatible loopback
		{"::8.8.8.8", false},        // IPv4-compatible: not a way to reach 8.8.8.8
		{"::ffff:8.8.8.8", true},    // IPv4-mapped: dialed as 8.8.8.8
		{"64:ff9b:1::a00:1", false}, // local-use NAT64
		{"64:ff9b:1::808:808", false},
		{"64:ff9b::808:808", true}, // well-known NAT64 of a public address
		{"64:ff9b::c000:201", false},
		{"2001::1", false}, // Teredo
		{"2001:db8::1", false},
		{"2002:808:808::1", false}, // 6to4, deprecated
		{"192.0.2.1", false},
		{"198.51.100.7", false},
		{"203.0.113.9", false},
		{"192.88.99.1", false},
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"2a00:1450:4001:80b::200e", true},
		{"2606:4700::1111", true},
	}
	for _, tt := range tests {
		err := publicOnly(netip.MustParseAddr(tt.addr))
		if (err == nil) != tt.allowed {
			t.Errorf("publicOnly(%s) = %v, want allowed %v", tt.addr, err, tt.allowed)
		}
	}
}

func TestLastAddr(t *testing.T) {
	tests := []struct{ prefix, last string }{
		{"10.0.0.0/8", "10.255.255.255"},
		{"192.0.0.9/32", "192.0.0.9"},
		{"2001:db8::/32", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"},
		{"fe80::/10", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
	}
	for _, tt := range tests {
		if got := lastAddr(netip.MustParsePrefix(tt.prefix)); got.String() != tt.last {
			t.Errorf("lastAddr(%s) = %s, want %s", tt.prefix, got, tt.last)
		}
	}
}
