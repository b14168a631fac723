package telegram

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
)

// lossyAnswer is how lossyAPI spoils the answer to a sendMessage that
// Telegram carried out.
type lossyAnswer int

const (
	truncatedJSON lossyAnswer = iota + 1 // 200 with half the JSON
	htmlPage                             // 200 with a proxy's HTML page
	resetAfter                           // the connection closed, no answer
)

// lossyAPI is the fake Bot API behind a network that loses answers: the
// sendMessage calls are carried out by the fake, then their answer is
// spoiled as queued.
type lossyAPI struct {
	srv *telegramtest.Server

	mu    sync.Mutex
	queue []lossyAnswer
}

// spoil makes the next sendMessage answers be lost as given, in order.
func (l *lossyAPI) spoil(how ...lossyAnswer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.queue = append(l.queue, how...)
}

func (l *lossyAPI) next() lossyAnswer {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.queue) == 0 {
		return 0
	}
	how := l.queue[0]
	l.queue = l.queue[1:]
	return how
}

func (l *lossyAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasSuffix(r.URL.Path, "/sendMessage") {
		l.srv.ServeHTTP(w, r)
		return
	}
	how := l.next()
	rec := httptest.NewRecorder()
	l.srv.ServeHTTP(rec, r) // Telegram acts
	switch how {
	case truncatedJSON:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(rec.Code)
		body := rec.Body.Bytes()
		w.Write(body[:len(body)/2])
	case htmlPage:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(rec.Code)
		w.Write([]byte("<html><body><h1>Welcome to the hotel network</h1></body></html>"))
	case resetAfter:
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
	default:
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}
}

// startLossy runs a bot whose sendMessage answers can be lost.
func startLossy(t *testing.T) (*harness, *lossyAPI) {
	t.Helper()
	lossy := &lossyAPI{}
	var api *httptest.Server
	h := start(t, func(c *Config, o *Options) {
		lossy.srv = telegramtest.NewServer()
		t.Cleanup(lossy.srv.Close)
		api = httptest.NewServer(lossy)
		t.Cleanup(api.Close)
		c.APIEndpoint, o.HTTPClient = api.URL, api.Client()
	})
	h.srv = lossy.srv
	return h, lossy
}

// TestLostAnswersNotResent: a message Telegram carried out is never sent
// again because its answer was lost. A 2xx answer is delivered whatever
// its body; a connection closed after the request was written is
// uncertain: not resent, counted, and said to the jobs as bot.ErrUncertain.
func TestLostAnswersNotResent(t *testing.T) {
	h, lossy := startLossy(t)
	ctx := context.Background()
	r := bot.Reply{Title: "Digest", Items: []bot.Item{{Label: "Kamara", Detail: "Atlético Madrid"}}}
	tests := []struct {
		chat      string
		how       lossyAnswer
		uncertain bool
	}{
		{"1001", truncatedJSON, false},
		{"1002", htmlPage, false},
		{"1003", resetAfter, true},
	}
	for _, tt := range tests {
		lossy.spoil(tt.how)
		err := h.bot.Send(ctx, tt.chat, r)
		if tt.uncertain != (err != nil) || tt.uncertain != errors.Is(err, bot.ErrUncertain) {
			t.Errorf("Send to %s (answer lost as %d) = %v, want uncertain %v", tt.chat, tt.how, err, tt.uncertain)
		}
	}
	// A reply to a user whose answer is lost is not sent twice either.
	lossy.spoil(resetAfter)
	h.say(telegramtest.Private(alice), alice, "/suitors Kamara")
	h.say(telegramtest.Private(alice), alice, "/suitors end")
	h.waitFor("Suitors of end")
	perChat := map[int64]int{}
	for _, m := range h.srv.Sent() {
		perChat[m.ChatID]++
	}
	for _, c := range []int64{1001, 1002, 1003, alice.ID} {
		want := 1
		if c == alice.ID {
			want = 2
		}
		if perChat[c] != want {
			t.Errorf("chat %d got %d messages, want %d", c, perChat[c], want)
		}
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if s := h.bot.Stats(); s.Uncertain != 2 || s.Answered != 1 || s.Undelivered != 0 {
		t.Errorf("stats = %+v, want 2 uncertain (one job message, one reply), 1 answered", s)
	}
}

func TestOutcome(t *testing.T) {
	apiErr := error(&tgbotapi.Error{Code: 400, Message: "Bad Request: chat not found"})
	transport := errors.New("read: connection reset by peer")
	tests := []struct {
		name   string
		status int
		wrote  bool
		err    error
		want   outcome
	}{
		{"ok", 200, true, nil, accepted},
		{"2xx, unreadable body", 200, true, transport, accepted},
		{"no connection", 0, false, transport, refused},
		{"reset after writing", 0, true, transport, uncertain},
		{"429", 429, true, apiErr, refused},
		{"502 from a proxy", 502, true, transport, refused},
		{"4xx from the Bot API", 400, true, apiErr, refused},
		{"4xx that is not the Bot API's", 404, true, transport, uncertain},
		{"a redirect", 302, true, transport, uncertain},
	}
	for _, tt := range tests {
		x := &exchange{wrote: tt.wrote, status: tt.status}
		if got := x.outcome(tt.err); got != tt.want {
			t.Errorf("%s: outcome %d, want %d", tt.name, got, tt.want)
		}
	}
}
