package web

import "errors"

// The kinds of fetch failure, for errors.Is.
var (
	// ErrBadURL: the URL is malformed or not http(s).
	ErrBadURL = errors.New("web: bad URL")
	// ErrRefused: the address is not on the public internet.
	ErrRefused = errors.New("web: address refused")
	// ErrUnsupported: the response is not of a type mercato reads.
	ErrUnsupported = errors.New("web: unsupported content")
	// ErrTooLarge: the response is larger than Config.MaxBytes, or its
	// headers larger than 256 KB.
	ErrTooLarge = errors.New("web: too large")
	// ErrNoArticle: the page holds no article text.
	ErrNoArticle = errors.New("web: no article")
	// ErrUnavailable: the server did not answer in time, or answered with a
	// temporary error (5xx, 429). Worth retrying later.
	ErrUnavailable = errors.New("web: unavailable")
	// ErrHTTP: the server answered with a permanent error status.
	ErrHTTP = errors.New("web: http error")
)

// Error is a failed fetch. Its message is one short line that can be shown
// to a user as is, next to the URL: it does not repeat it.
type Error struct {
	URL    string // the URL asked for, credentials removed
	Kind   error  // one of the Err values above
	Detail string // what went wrong, in a few words
	Err    error  // the underlying error, if any
}

// Error returns the detail prefixed with the package name; it leaves the
// URL out, for callers show it next to the message.
func (e *Error) Error() string { return "web: " + e.Detail }

// Unwrap returns the kind and the underlying error.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Temporary reports whether err is worth retrying later: a timeout, a
// network failure or a temporary server error.
func Temporary(err error) bool { return errors.Is(err, ErrUnavailable) }
