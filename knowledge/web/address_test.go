package web

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct{ addr, kind string }{
		{"8.8.8.8", ""},
		{"151.101.1.69", ""},
		{"2a04:4e42::69", ""},
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.0.0.1", "private network"},
		{"172.16.5.4", "private network"},
		{"192.168.1.1", "private network"},
		{"::ffff:192.168.1.1", "private network"},
		{"fd12:3456::1", "private network"},
		{"100.64.0.1", "reserved"}, // shared address space (carrier-grade NAT)
		{"169.254.1.1", "link-local"},
		{"fe80::1", "link-local"},
		{"fe80::1%eth0", "link-local"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "reserved"}, // "this network"
		{"255.255.255.255", "reserved"},
		{"169.254.169.254", "cloud metadata"},
		{"::ffff:169.254.169.254", "cloud metadata"},
		{"fd00:ec2::254", "cloud metadata"},
		{"100.100.100.200", "cloud metadata"},
		{"64:ff9b::a00:1", "private network"},    // NAT64 of 10.0.0.1
		{"64:ff9b::a9fe:a9fe", "cloud metadata"}, // NAT64 of 169.254.169.254
		{"2002:7f00:1::", "loopback"},            // 6to4 of 127.0.0.1
		{"2002:808:808::", "reserved"},           // 6to4 of 8.8.8.8: deprecated
		{"::127.0.0.1", "reserved"},              // IPv4-compatible
		{"2001:db8::1", "reserved"},              // documentation
		{"64:ff9b::808:808", ""},                 // NAT64 of 8.8.8.8
	}
	for _, tt := range tests {
		if got := classify(netip.MustParseAddr(tt.addr)); got != tt.kind {
			t.Errorf("classify(%s) = %q, want %q", tt.addr, got, tt.kind)
		}
	}
}

func TestPolicies(t *testing.T) {
	tests := []struct {
		addr           string
		public, anyLAN bool // allowed by publicOnly, by allowPrivate
	}{
		{"93.184.216.34:443", true, true},
		{"[2606:2800:220:1::]:80", true, true},
		{"127.0.0.1:8080", false, true},
		{"[::1]:80", false, true},
		{"10.0.0.1:80", false, true},
		{"[fe80::1%eth0]:80", false, true},
		{"169.254.169.254:80", false, false},
		{"[fd00:ec2::254]:80", false, false},
	}
	for _, tt := range tests {
		if err := addrPolicy(publicOnly).control("tcp", tt.addr, nil); (err == nil) != tt.public {
			t.Errorf("publicOnly(%s) = %v", tt.addr, err)
		}
		if err := addrPolicy(allowPrivate).control("tcp", tt.addr, nil); (err == nil) != tt.anyLAN {
			t.Errorf("allowPrivate(%s) = %v", tt.addr, err)
		}
	}
	if err := addrPolicy(allowPrivate).control("tcp", "not an address", nil); err == nil {
		t.Error("an unparsable dial address is allowed")
	}
}

// loopbackOnly is the policy of a host whose only private address is the
// test server's: everything else must be public.
func loopbackOnly(a netip.Addr) error {
	if a.Unmap().IsLoopback() {
		return nil
	}
	return publicOnly(a)
}

func TestRedirectToPrivateRefused(t *testing.T) {
	tests := []struct {
		name, location, msg string
		kind                error
	}{
		{"private", "http://10.0.0.1/admin", "10.0.0.1 is a private network address", ErrRefused},
		{"metadata", "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address", ErrRefused},
		{"metadata ipv6", "http://[fd00:ec2::254]/latest/", "fd00:ec2::254 is a cloud metadata address", ErrRefused},
		{"link-local", "http://169.254.10.10/", "link-local", ErrRefused},
		{"file", "file:///etc/passwd", "redirect refused: only http and https", ErrRefused},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, tt.location, http.StatusFound)
			})
			f := newFetcher(Config{}, nil, loopbackOnly)
			_, err := f.Fetch(context.Background(), srv.URL+"/article")
			checkErr(t, err, tt.kind, tt.msg)
		})
	}
}

func TestPrivateRefusedByDefault(t *testing.T) {
	srv := serve(t, page("text/html", articlePage))
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL, "http://localhost" + port + "/page.html"} {
		_, err := New(Config{}, nil).Fetch(context.Background(), u)
		checkErr(t, err, ErrRefused, "is a loopback address (allowed only with ingest.allow_private_networks)")
	}
	// Allowing private networks never allows the metadata endpoints.
	meta := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusMovedPermanently)
	})
	_, err := New(Config{AllowPrivateNetworks: true}, nil).Fetch(context.Background(), meta.URL)
	checkErr(t, err, ErrRefused, "cloud metadata")
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n := r.PathValue("n")
		if n == "0" {
			page("text/html", articlePage)(w, r)
			return
		}
		http.Redirect(w, r, "/hop/"+string(n[0]-1), http.StatusFound)
	})
	srv := serve(t, mux.ServeHTTP)
	f := testFetcher(Config{})
	a, err := f.Article(context.Background(), srv.URL+"/hop/5")
	if err != nil {
		t.Fatalf("5 redirects: %v", err)
	}
	if a.URL != srv.URL+"/hop/5" {
		t.Errorf("article URL %q, want the one asked for", a.URL)
	}
	_, err = f.Article(context.Background(), srv.URL+"/hop/6")
	checkErr(t, err, ErrHTTP, "more than 5 redirects")
	if errors.Is(err, ErrRefused) {
		t.Error("too many redirects is not an address refusal")
	}
}
