package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Fetcher fetches web pages safely: only http(s), within the configured
// time, size and redirect limits, and never from a private address unless
// the configuration allows it. It is safe for concurrent use.
type Fetcher struct {
	cfg    Config
	client *http.Client
	log    *slog.Logger
}

// New returns a Fetcher with cfg's limits (zero limits take the defaults).
// A nil log discards.
func New(cfg Config, log *slog.Logger) *Fetcher {
	policy := addrPolicy(publicOnly)
	if cfg.AllowPrivateNetworks {
		policy = allowPrivate
	}
	return newFetcher(cfg, log, policy)
}

// newFetcher returns a Fetcher that dials only the addresses policy allows.
func newFetcher(cfg Config, log *slog.Logger, policy addrPolicy) *Fetcher {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dialer := &net.Dialer{
		Timeout:   cfg.Timeout,
		KeepAlive: 30 * time.Second,
		Control:   policy.control,
	}
	transport := &http.Transport{
		Proxy:                  nil, // a proxy would be the address dialed, hiding the real one
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           16,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    cfg.Timeout,
		MaxResponseHeaderBytes: maxHeaderBytes,
	}
	f := &Fetcher{cfg: cfg, log: log}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

// checkRedirect follows at most cfg.MaxRedirects redirects, to http(s) URLs
// only. The address of each is checked when it is dialed.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.cfg.MaxRedirects {
		return errTooManyRedirects
	}
	if err := checkScheme(req.URL); err != nil {
		return &Error{URL: shortURL(req.URL.String()), Kind: ErrRefused, Detail: "redirect refused: " + err.Error()}
	}
	return nil
}

var errTooManyRedirects = errors.New("too many redirects")

// maxHeaderBytes bounds the response headers read.
const maxHeaderBytes = 256 << 10

// headersTooLarge reports whether err is net/http's refusal of response
// headers over maxHeaderBytes. net/http has no error value for it, only
// these messages (HTTP/1 and HTTP/2).
func headersTooLarge(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "server response headers exceeded") ||
		strings.Contains(msg, "response header list larger than")
}

// Validators are the conditional-request headers of a cached copy.
type Validators struct {
	ETag         string
	LastModified string
}

// response is a fetched body with what is needed to read it.
type response struct {
	URL         *url.URL // after redirects
	ContentType string   // the raw Content-Type header, or the sniffed type
	MediaType   string   // lower case, without parameters
	Body        []byte
	Validators  Validators
	NotModified bool
}

// acceptFunc reports whether a media type can be read.
type acceptFunc func(mediaType string) bool

// get fetches u with a GET, conditionally if v is set, and reads the body
// if its type is accepted.
func (f *Fetcher) get(ctx context.Context, u *url.URL, accept string, ok acceptFunc, v Validators) (*response, error) {
	shown := shortURL(u.String())
	fail := func(kind error, err error, format string, args ...any) error {
		return &Error{URL: shown, Kind: kind, Detail: fmt.Sprintf(format, args...), Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fail(ErrBadURL, err, "malformed URL")
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	start := time.Now()
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.transportError(ctx, shown, err)
	}
	defer resp.Body.Close()
	f.log.Debug("web: fetched", "url", shown, "status", resp.StatusCode, "elapsed", time.Since(start))

	switch {
	case resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		return &response{URL: resp.Request.URL, NotModified: true, Validators: v}, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, fail(ErrUnavailable, nil, "the server answered %s", statusText(resp.StatusCode))
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, fail(ErrHTTP, nil, "the server answered %s", statusText(resp.StatusCode))
	}
	if resp.ContentLength > f.cfg.MaxBytes {
		return nil, fail(ErrTooLarge, nil, "the page is larger than %s", sizeText(f.cfg.MaxBytes))
	}
	ctype := resp.Header.Get("Content-Type")
	media := mediaType(ctype)
	if media != "" && media != "application/octet-stream" && !ok(media) {
		return nil, fail(ErrUnsupported, nil, "%s is not a web page mercato can read", media)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBytes+1))
	if err != nil {
		return nil, f.transportError(ctx, shown, err)
	}
	if int64(len(body)) > f.cfg.MaxBytes {
		return nil, fail(ErrTooLarge, nil, "the page is larger than %s", sizeText(f.cfg.MaxBytes))
	}
	if media == "" || media == "application/octet-stream" {
		// The sniffer's charset is a guess: leave the page's own
		// declaration, or the decoder's heuristics, to decide.
		media = mediaType(http.DetectContentType(body))
		ctype = media
		if !ok(media) {
			return nil, fail(ErrUnsupported, nil, "%s is not a web page mercato can read", media)
		}
	}
	return &response{
		URL:         resp.Request.URL,
		ContentType: ctype,
		MediaType:   media,
		Body:        body,
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}, nil
}

// transportError turns a failed request or body read into a short Error.
func (f *Fetcher) transportError(ctx context.Context, shown string, err error) error {
	var webErr *Error
	var addrErr *AddrError
	var dnsErr *net.DNSError
	var netErr net.Error
	switch {
	case errors.As(err, &webErr):
		return webErr
	case errors.As(err, &addrErr):
		detail := "refused: " + addrErr.Error() + ", not on the public internet"
		if !f.cfg.AllowPrivateNetworks && addrErr.Kind != "cloud metadata" {
			detail = "refused: " + addrErr.Error() + " (allowed only with ingest.allow_private_networks)"
		}
		return &Error{URL: shown, Kind: ErrRefused, Detail: detail, Err: err}
	case errors.Is(err, errTooManyRedirects):
		return &Error{URL: shown, Kind: ErrHTTP, Detail: fmt.Sprintf("more than %d redirects", f.cfg.MaxRedirects), Err: err}
	case headersTooLarge(err):
		return &Error{URL: shown, Kind: ErrTooLarge, Detail: "the server's headers are larger than " + sizeText(maxHeaderBytes), Err: err}
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return &Error{URL: shown, Kind: ErrUnavailable, Detail: "no complete answer within " + f.cfg.Timeout.String(), Err: err}
	case ctx.Err() != nil:
		return &Error{URL: shown, Kind: ErrUnavailable, Detail: "fetch canceled", Err: err}
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return &Error{URL: shown, Kind: ErrHTTP, Detail: "no such host " + dnsErr.Name, Err: err}
		}
		return &Error{URL: shown, Kind: ErrUnavailable, Detail: "cannot resolve " + dnsErr.Name, Err: err}
	}
	return &Error{URL: shown, Kind: ErrUnavailable, Detail: "cannot reach the server", Err: err}
}

// mediaType returns the lower-case media type of a Content-Type header, ""
// when absent or unparsable.
func mediaType(ctype string) string {
	m, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		m, _, _ = strings.Cut(ctype, ";")
	}
	return strings.ToLower(strings.TrimSpace(m))
}

func statusText(code int) string {
	if t := http.StatusText(code); t != "" {
		return fmt.Sprintf("%d %s", code, t)
	}
	return fmt.Sprint(code)
}

// sizeText prints a byte count: "5 MB", "200 KB", "10 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
