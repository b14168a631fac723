package discord

import (
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
)

func TestHealthAndMetrics(t *testing.T) {
	rec := &metricstest.Recorder{}
	a, err := New(Config{Token: "x"}, newFakeRouter(), nil, WithMetrics(rec))
	if err != nil {
		t.Fatal(err)
	}
	if a.Health() == nil {
		t.Error("healthy before the gateway is ready")
	}
	h := start(t, Config{}, newFakeRouter(), func(a *Adapter) { a.metrics = rec })
	if err := h.a.Health(); err != nil {
		t.Errorf("health after READY: %v", err)
	}
	f := h.f
	f.send("INTERACTION_CREATE", interaction("1", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "Kamara"))))
	nextCallback(t, f, "1")
	f.send("MESSAGE_CREATE", map[string]any{"id": "m1", "channel_id": "hidden", "content": "who wants Kamara?", "author": map[string]any{"id": "u1"}})
	f.next(t)
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if err := h.a.Health(); err == nil {
		t.Error("healthy after the gateway closed")
	}
	deadline := time.Now().Add(waitLimit)
	for rec.Count("Delivered discord failed") == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	for key, want := range map[string]int{"Delivered discord sent": 1, "Delivered discord failed": 1} {
		if got := rec.Count(key); got != want {
			t.Errorf("%s: %d, want %d (all %v)", key, got, want, rec)
		}
	}
}
