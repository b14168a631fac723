package telegram

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
)

// TestUpdateConfirmedOnlyOnceHandled: a SIGTERM whose grace ends while an
// update is being handled (an admin's ingest) leaves it unconfirmed, and
// so does every getUpdates while it runs (a kill -9 at any moment loses
// nothing); after a restart it is handled once, and the updates handled
// before the stop are not handled again.
func TestUpdateConfirmedOnlyOnceHandled(t *testing.T) {
	journal := filepath.Join(t.TempDir(), "telegram.updates")
	h := start(t, func(_ *Config, o *Options) {
		o.ShutdownGrace = 50 * time.Millisecond
		o.Journal = journal
	})
	release := make(chan struct{})
	h.router.mu.Lock()
	h.router.block = release
	h.router.mu.Unlock()
	chat := telegramtest.Private(admin)
	slow := h.srv.Message(chat, admin, "/slow")
	slowID, err := h.srv.Push(slow)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h.srv.Wait(ctx, func(*telegramtest.Server) bool { return len(h.router.requests()) == 1 })
	// Another chat's update is handled while the slow one runs.
	h.say(telegramtest.Private(alice), alice, "/suitors Kamara")
	h.waitFor("Atlético")
	// The poll goes on; no getUpdates may confirm the slow update.
	polls := len(h.srv.Calls("getUpdates"))
	h.srv.Wait(ctx, func(s *telegramtest.Server) bool { return len(s.Calls("getUpdates")) > polls })
	for _, c := range h.srv.Calls("getUpdates") {
		if off, _ := strconv.Atoi(c.Params["offset"]); off > slowID {
			t.Fatalf("getUpdates with offset %d confirmed update %d while it was being handled", off, slowID)
		}
	}
	if err := h.stop(); err != nil { // the grace ends before /slow does
		t.Fatal(err)
	}
	if h.srv.Pending() == 0 {
		t.Fatalf("the update cut short by the shutdown was confirmed")
	}

	// The restart: the same fake Telegram, a router that answers at once.
	close(release)
	cfg := Config{Token: telegramtest.Token, APIEndpoint: h.srv.URL(), Admins: []int64{admin.ID}}
	b, err := New(t.Context(), cfg, h.router, Options{HTTPClient: h.srv.Client(), clock: h.clock, Log: testLogger(t), Journal: journal})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	h.waitFor("slow answer")
	h.say(telegramtest.Private(alice), alice, "/suitors end")
	sent := h.waitFor("Suitors of end")
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var shown []string
	for _, m := range sent {
		shown = append(shown, m.Shown)
	}
	if len(sent) != 3 {
		t.Errorf("sent %q, want Kamara's suitors once, the slow answer once, then the next answer", shown)
	}
	if h.srv.Pending() != 0 {
		t.Errorf("%d updates left unconfirmed after a clean stop", h.srv.Pending())
	}
}
