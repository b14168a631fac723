package web

import (
	"net"
	"net/url"
	"strings"
)

// maxURLLen bounds the URLs mercato accepts.
const maxURLLen = 2048

// trackingParams are query parameters that name the visitor or the
// campaign, not the article: dropped so that the same article shared twice
// has one URL.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium", "at_campaign"}

// NormalizeURL checks that raw is an absolute http or https URL and returns
// its canonical form, the one stored with the article: lower-case scheme and
// host, no default port, no fragment, no tracking parameters, "/" for an
// empty path.
func NormalizeURL(raw string) (string, error) {
	u, err := parseURL(raw)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// parseURL parses and normalizes raw (see NormalizeURL).
func parseURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	shown := shortURL(raw)
	bad := func(detail string) error {
		return &Error{URL: shown, Kind: ErrBadURL, Detail: detail}
	}
	if raw == "" {
		return nil, &Error{Kind: ErrBadURL, Detail: "empty URL"}
	}
	if len(raw) > maxURLLen {
		return nil, bad("URL longer than 2048 characters")
	}
	if strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return nil, bad("URL contains spaces or control characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, bad("malformed URL")
	}
	if err := checkScheme(u); err != nil {
		return nil, bad(err.Error())
	}
	if u.User != nil {
		return nil, bad("URLs with a user name or password are not accepted")
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return nil, bad("URL has no host")
	}
	if strings.HasSuffix(host, ".") {
		host = strings.TrimRight(host, ".")
		if host == "" {
			return nil, bad("URL has no host")
		}
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		u.Host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	} else {
		u.Host = host
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	u.ForceQuery = false
	if u.RawQuery != "" {
		u.RawQuery = dropTracking(u.RawQuery)
	}
	return u, nil
}

// checkScheme refuses every scheme but http and https, and opaque URLs.
func checkScheme(u *url.URL) error {
	switch u.Scheme {
	case "http", "https":
	case "":
		return errorString("not an absolute http(s) URL")
	default:
		return errorString("only http and https URLs can be fetched, not " + u.Scheme + ":")
	}
	if u.Opaque != "" {
		return errorString("malformed URL")
	}
	return nil
}

// dropTracking removes the tracking parameters from a raw query, keeping
// the others in their order and encoding.
func dropTracking(raw string) string {
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		name, _, _ := strings.Cut(p, "=")
		if isTracking(strings.ToLower(name)) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

func isTracking(name string) bool {
	for _, t := range trackingParams {
		if strings.HasSuffix(t, "_") && strings.HasPrefix(name, t) || name == t {
			return true
		}
	}
	return false
}

// shortURL is raw as shown in messages: credentials removed, cut to 100
// characters.
func shortURL(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		u.User = nil
		raw = u.String()
	}
	if r := []rune(raw); len(r) > 100 {
		raw = string(r[:99]) + "…"
	}
	return strings.ToValidUTF8(raw, "?")
}

// errorString is a constant-message error.
type errorString string

func (e errorString) Error() string { return string(e) }
