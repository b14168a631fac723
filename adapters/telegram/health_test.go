package telegram

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
)

func TestMetrics(t *testing.T) {
	rec := &metricstest.Recorder{}
	h := start(t, func(_ *Config, o *Options) { o.Metrics = rec })
	h.srv.Fail("sendMessage", telegramtest.Fault{Code: 429, Description: "Too Many Requests: retry after 3", RetryAfter: 3})
	h.say(telegramtest.Private(alice), alice, "/suitors Kamara")
	h.waitSent(1)
	// The next reply to the same chat waits for the flood control's hold.
	h.say(telegramtest.Private(alice), alice, "/suitors end")
	h.waitSent(2)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]int{
		"Delivered telegram sent":    2,
		"Delivered telegram retried": 1,
		"Throttled telegram":         1,
		"Waited telegram":            1,
	} {
		if got := rec.Count(key); got != want {
			t.Errorf("%s: %d, want %d (all: %v)", key, got, want, rec)
		}
	}
}

func TestMetricsGivenUp(t *testing.T) {
	rec := &metricstest.Recorder{}
	h := start(t, func(_ *Config, o *Options) { o.Metrics = rec })
	chat := telegramtest.Private(alice)
	h.srv.FailChat(chat.ID, telegramtest.Fault{Code: 400, Description: "Bad Request: chat not found"})
	h.say(chat, alice, "/suitors Kamara")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	h.srv.Wait(ctx, func(s *telegramtest.Server) bool { return len(s.Calls("sendMessage")) > 0 })
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if got := rec.Count("Delivered telegram failed"); got != 1 {
		t.Errorf("failed %d, want 1 (all: %v)", got, rec)
	}
}

// gateClock's sleeps of more than zero wait until the test opens the gate.
type gateClock struct{ open chan struct{} }

func (gateClock) Now() time.Time { return time.Now() }

func (c gateClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-c.open:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// waitHealth waits until the bot's health is (or is not) nil.
func waitHealth(t *testing.T, b *Bot, healthy bool) error {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if err := b.Health(); (err == nil) == healthy {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("health still %v", b.Health())
	return nil
}

func TestHealthPolling(t *testing.T) {
	gate := gateClock{open: make(chan struct{})}
	h := start(t, func(_ *Config, o *Options) { o.clock = gate })
	if err := h.bot.Health(); err != nil {
		t.Fatalf("health after getMe: %v", err)
	}
	// The long poll in progress ends with an update; the next one fails,
	// and the bot waits (on the gate) before trying again.
	h.srv.Fail("getUpdates", telegramtest.Fault{Code: 502, Description: "Bad Gateway"})
	h.say(telegramtest.Private(alice), alice, "/suitors Kamara")
	if err := waitHealth(t, h.bot, false); !strings.Contains(err.Error(), "Bad Gateway") {
		t.Errorf("health %v, want the getUpdates error", err)
	}
	close(gate.open)
	waitHealth(t, h.bot, true)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if err := h.bot.Health(); err == nil {
		t.Error("healthy after Run returned")
	}
}

func TestHealthWebhook(t *testing.T) {
	h := start(t, func(c *Config, o *Options) {
		c.Webhook = &Webhook{Listen: "127.0.0.1:0", URL: "https://bot.example/hook", SecretToken: "s3cret"}
	})
	waitHealth(t, h.bot, true)
	if url, _ := h.srv.Webhook(); url == "" {
		t.Error("healthy before setWebhook")
	}
}
