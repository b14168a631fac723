package telegram

import (
	"context"
	"net/http"
	"net/http/httptrace"
	"sync"
)

// exchange is what the transport saw of one Bot API call: whether the
// request went out whole, and the status of the answer if one came. It
// tells a message Telegram cannot have acted on from one it may have.
type exchange struct {
	mu     sync.Mutex
	wrote  bool
	status int
}

// exchangeKey is the context key of a call's exchange.
type exchangeKey struct{}

// withExchange returns a context whose Bot API call records its exchange.
func withExchange(ctx context.Context) (context.Context, *exchange) {
	x := &exchange{}
	return context.WithValue(ctx, exchangeKey{}, x), x
}

// observe returns req with a trace recording into the exchange of its
// context, if any.
func observe(req *http.Request) (*http.Request, *exchange) {
	x, _ := req.Context().Value(exchangeKey{}).(*exchange)
	if x == nil {
		return req, nil
	}
	trace := &httptrace.ClientTrace{WroteRequest: func(i httptrace.WroteRequestInfo) {
		if i.Err == nil {
			x.mu.Lock()
			x.wrote = true
			x.mu.Unlock()
		}
	}}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace)), x
}

// answered records the status of the answer.
func (x *exchange) answered(status int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.status = status
}

// outcome is what became of a message.
type outcome int

const (
	// accepted: Telegram answered 2xx, whatever the body says.
	accepted outcome = iota
	// refused: Telegram cannot have acted: the request did not go out
	// whole, or the answer says so (429, 5xx, a 4xx with the Bot API's
	// error).
	refused
	// uncertain: the request went out and no answer says what Telegram
	// did (the connection broke, the call timed out, a 4xx or 3xx that is
	// not the Bot API's).
	uncertain
)

// outcome classifies a call that returned err.
func (x *exchange) outcome(err error) outcome {
	if err == nil {
		return accepted
	}
	x.mu.Lock()
	status, wrote := x.status, x.wrote
	x.mu.Unlock()
	_, isAPI := apiError(err)
	switch {
	case status >= 200 && status <= 299:
		return accepted
	case status == http.StatusTooManyRequests || status >= 500:
		return refused
	case status >= 400 && isAPI:
		return refused
	case status != 0 || wrote:
		return uncertain
	}
	return refused
}
