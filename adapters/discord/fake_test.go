package discord

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// waitLimit bounds every wait on the fake: a test that reaches it has
// failed, it never paces a passing test.
const waitLimit = 10 * time.Second

// call is one REST request the bot made to the fake Discord.
type call struct {
	Method string
	Path   string
	Body   []byte
}

// fakeDiscord speaks Discord's REST API and gateway on an httptest server.
type fakeDiscord struct {
	t        *testing.T
	srv      *httptest.Server
	calls    chan call           // REST calls, except the start-up ones
	register chan call           // the bulk overwrites
	identify chan map[string]any // IDENTIFY payloads
	beats    chan int64          // heartbeats received (each is ACKed)
	events   chan []byte         // dispatches to send on the gateway
	files    map[string][]byte   // attachments by URL path
	guilds   []string            // in READY
	shards   int                 // the shard count /gateway/bot recommends; 0: 1

	mu     sync.Mutex
	seq    int64
	closed chan struct{}
}

func newFakeDiscord(t *testing.T, guilds ...string) *fakeDiscord {
	f := &fakeDiscord{
		t:        t,
		calls:    make(chan call, 100),
		register: make(chan call, 10),
		identify: make(chan map[string]any, 10),
		beats:    make(chan int64, 100),
		events:   make(chan []byte, 100),
		files:    map[string][]byte{},
		guilds:   guilds,
		closed:   make(chan struct{}),
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serveHTTP))
	t.Cleanup(func() {
		close(f.closed)
		f.srv.Close()
	})
	return f
}

// transport sends every request, whatever its host (discord.com,
// cdn.discordapp.com), to the fake.
func (f *fakeDiscord) transport() http.RoundTripper {
	target, _ := url.Parse(f.srv.URL)
	return rewriteHost{target: target, base: http.DefaultTransport}
}

type rewriteHost struct {
	target *url.URL
	base   http.RoundTripper
}

func (r rewriteHost) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.URL.Scheme, req.URL.Host, req.Host = r.target.Scheme, r.target.Host, r.target.Host
	return r.base.RoundTrip(req)
}

func (f *fakeDiscord) serveHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c := call{Method: r.Method, Path: r.URL.Path, Body: body}
	p := r.URL.Path
	if strings.HasPrefix(p, "/api/") && r.Header.Get("Authorization") != "Bot secret" {
		writeJSON(w, 401, map[string]any{"code": 0, "message": "401: Unauthorized"})
		return
	}
	switch {
	case p == "/gateway" || p == "/gateway/":
		f.gateway(w, r)
	case p == "/api/v9/gateway":
		writeJSON(w, 200, map[string]string{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway"})
	case p == "/api/v9/gateway/bot":
		writeJSON(w, 200, map[string]any{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway", "shards": max(f.shards, 1)})
	case p == "/api/v9/oauth2/applications/@me":
		writeJSON(w, 200, map[string]string{"id": "app1", "name": "mercato"})
	case r.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		f.register <- c
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	case strings.HasPrefix(p, "/attachments/"):
		b, ok := f.files[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
	case strings.HasPrefix(p, "/api/v9/channels/") && r.Method == http.MethodPost:
		f.calls <- c
		switch strings.Split(p, "/")[4] {
		case "gone":
			writeJSON(w, 404, map[string]any{"code": 10003, "message": "Unknown Channel"})
		case "hidden":
			writeJSON(w, 403, map[string]any{"code": 50001, "message": "Missing Access"})
		case "muted":
			writeJSON(w, 403, map[string]any{"code": 50013, "message": "Missing Permissions"})
		default:
			writeJSON(w, 200, map[string]any{"id": "m1", "channel_id": strings.Split(p, "/")[4]})
		}
	case strings.HasSuffix(p, "/callback"), r.Method == http.MethodDelete:
		f.calls <- c
		w.WriteHeader(http.StatusNoContent)
	default: // webhook edits and follow-ups
		f.calls <- c
		writeJSON(w, 200, map[string]any{"id": "m2"})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// gateway speaks the gateway protocol: HELLO, IDENTIFY, READY, then
// heartbeats (ACKed) and whatever dispatches the test sends.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("gateway upgrade: %v", err)
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	write := func(v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteJSON(v)
	}
	if err := write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}); err != nil {
		return
	}
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if err := conn.ReadJSON(&ident); err != nil || ident.Op != 2 {
		f.t.Errorf("gateway: want IDENTIFY, got op %d, %v", ident.Op, err)
		return
	}
	f.identify <- ident.D
	var guilds []map[string]any
	for _, g := range f.guilds {
		guilds = append(guilds, map[string]any{"id": g, "unavailable": true})
	}
	ready := map[string]any{
		"v": 10, "session_id": "session1",
		"user":        map[string]any{"id": "app1", "username": "mercato", "bot": true},
		"application": map[string]any{"id": "app1"},
		"guilds":      guilds,
	}
	if err := write(f.dispatch("READY", ready)); err != nil {
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var m struct {
				Op int   `json:"op"`
				D  int64 `json:"d"`
			}
			if err := conn.ReadJSON(&m); err != nil {
				return // the bot closed the gateway
			}
			if m.Op == 1 {
				write(map[string]any{"op": 11})
				f.beats <- m.D
			}
		}
	}()
	for {
		select {
		case ev := <-f.events:
			wmu.Lock()
			err := conn.WriteMessage(websocket.TextMessage, ev)
			wmu.Unlock()
			if err != nil {
				return
			}
		case <-done:
			return
		case <-f.closed:
			return
		}
	}
}

// dispatch is a gateway dispatch of event t with data d.
func (f *fakeDiscord) dispatch(t string, d any) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	return map[string]any{"op": 0, "t": t, "s": f.seq, "d": d}
}

// send queues a dispatch for the bot.
func (f *fakeDiscord) send(t string, d any) {
	b, err := json.Marshal(f.dispatch(t, d))
	if err != nil {
		f.t.Fatal(err)
	}
	f.events <- b
}

// next returns the bot's next REST call.
func (f *fakeDiscord) next(t *testing.T) call {
	t.Helper()
	select {
	case c := <-f.calls:
		return c
	case <-time.After(waitLimit):
		t.Fatal("no call from the bot")
		return call{}
	}
}

// noCall checks that the bot made no REST call it was not asked for.
func (f *fakeDiscord) noCall(t *testing.T) {
	t.Helper()
	select {
	case c := <-f.calls:
		t.Errorf("unexpected call %s %s: %s", c.Method, c.Path, c.Body)
	default:
	}
}

func wait[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitLimit):
		t.Fatalf("no %s", what)
		var zero T
		return zero
	}
}

// harness is an adapter connected to a fake Discord.
type harness struct {
	f      *fakeDiscord
	a      *Adapter
	ident  map[string]any
	reg    call
	cancel context.CancelFunc
	done   chan error
}

// start runs an adapter with cfg over router against a fake Discord whose
// bot is in guilds g1 and g2, and waits until it is connected and has
// heartbeated.
func start(t *testing.T, cfg Config, router Router, tune ...func(*Adapter)) *harness {
	t.Helper()
	f := newFakeDiscord(t, "g1", "g2")
	if cfg.Token == "" {
		cfg.Token = "secret"
	}
	a, err := New(cfg, router, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	a.s.(*discordgo.Session).Client.Transport = f.transport()
	a.s.(*discordgo.Session).LogLevel = -1
	a.now = func() time.Time { return time.Date(2022, 3, 15, 12, 0, 0, 0, time.UTC) }
	for _, fn := range tune {
		fn(a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{f: f, a: a, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- a.Run(ctx) }()
	h.reg = wait(t, f.register, "command registration")
	h.ident = wait(t, f.identify, "IDENTIFY")
	wait(t, f.beats, "heartbeat")
	t.Cleanup(func() { h.stop(t) })
	return h
}

// stop cancels Run and waits for it.
func (h *harness) stop(t *testing.T) error {
	t.Helper()
	h.cancel()
	select {
	case err, ok := <-h.done:
		if ok {
			close(h.done)
		}
		return err
	case <-time.After(waitLimit):
		t.Fatal("Run did not return")
		return nil
	}
}
