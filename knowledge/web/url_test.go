package web

import (
	"net/url"
	"strings"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.COM/News/Kamara.html", "https://example.com/News/Kamara.html"},
		{"  HTTP://example.com  ", "http://example.com/"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"https://example.com/a#comments", "https://example.com/a"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/a?id=7&utm_source=rss&UTM_medium=x&fbclid=abc", "https://example.com/a?id=7"},
		{"https://example.com/a?utm_campaign=x", "https://example.com/a"},
		{"https://example.com./a", "https://example.com/a"},
		{"http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"http://[fe80::1]/a", "http://[fe80::1]/a"},
		{"https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"},
	}
	for _, tt := range tests {
		got, err := NormalizeURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// FuzzNormalizeURL checks that a normalized URL is an absolute http(s)
// URL without credentials or fragment, and that normalizing is idempotent.
func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://example.com/a?utm_source=x#f", "http://[::1]:80/", "ftp://x", "http://a@b/", "https://xn--caf-dma.fr/é", "http://%41/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, err := NormalizeURL(raw)
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "web: ") {
				t.Fatalf("error %q", msg)
			}
			return
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Fatalf("NormalizeURL(%q) = %q, unparsable: %v", raw, got, err)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Fragment != "" {
			t.Fatalf("NormalizeURL(%q) = %q", raw, got)
		}
		again, err := NormalizeURL(got)
		if err != nil || again != got {
			t.Fatalf("NormalizeURL(%q) = %q, then %q, %v", raw, got, again, err)
		}
	})
}
