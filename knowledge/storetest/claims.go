package storetest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// testClaims: a delivery's claim (a digest's watermark moved from the one
// its run read, a reminder's mark) is taken once: a second claim of the
// same delivery, one after the other or at the same time, is ErrClaimed;
// a claim given back can be taken again; an unknown subscription is
// ErrNotFound.
func (ts suite) testClaims(t *testing.T) {
	s := ts.openTest(t, Extractor{})
	ctx := context.Background()
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name      string
		do        func() error
		want      error
		watermark int64
	}{
		{"claim", func() error { return s.ClaimWatermark(ctx, sub.ID, 0, 7) }, nil, 7},
		{"claim it again", func() error { return s.ClaimWatermark(ctx, sub.ID, 0, 7) }, knowledge.ErrClaimed, 7},
		{"claim from a stale watermark", func() error { return s.ClaimWatermark(ctx, sub.ID, 0, 9) }, knowledge.ErrClaimed, 7},
		{"give back", func() error { return s.RewindWatermark(ctx, sub.ID, 7, 0) }, nil, 0},
		{"claim after the give-back", func() error { return s.ClaimWatermark(ctx, sub.ID, 0, 9) }, nil, 9},
		{"the next claim", func() error { return s.ClaimWatermark(ctx, sub.ID, 9, 12) }, nil, 12},
		{"claim of an unknown subscription", func() error { return s.ClaimWatermark(ctx, 9999, 0, 1) }, knowledge.ErrNotFound, 12},
		{"reminder", func() error { return s.ClaimReminder(ctx, sub.ID, "Boubacar Kamara", 7) }, nil, 12},
		{"reminder again", func() error { return s.ClaimReminder(ctx, sub.ID, "Boubacar Kamara", 7) }, knowledge.ErrClaimed, 12},
		{"another threshold", func() error { return s.ClaimReminder(ctx, sub.ID, "Boubacar Kamara", 30) }, nil, 12},
		{"reminder given back", func() error { return s.UnmarkReminder(ctx, sub.ID, "Boubacar Kamara", 7) }, nil, 12},
		{"reminder after the give-back", func() error { return s.ClaimReminder(ctx, sub.ID, "Boubacar Kamara", 7) }, nil, 12},
		{"reminder of an unknown subscription", func() error { return s.ClaimReminder(ctx, 9999, "x", 1) }, knowledge.ErrNotFound, 12},
	}
	for _, st := range steps {
		if err := st.do(); !errors.Is(err, st.want) || (err != nil && st.want == nil) {
			t.Errorf("%s: %v, want %v", st.name, err, st.want)
		}
		subs, err := s.Subscriptions(ctx, "telegram", "42")
		if err != nil || len(subs) != 1 || subs[0].Watermark != st.watermark {
			t.Fatalf("after %s: %+v, %v; want watermark %d", st.name, subs, err, st.watermark)
		}
	}
	if sent, err := s.ReminderSent(ctx, sub.ID, "Boubacar Kamara", 30); err != nil || !sent {
		t.Errorf("ReminderSent after its claim = %v, %v", sent, err)
	}
	wins := RaceClaims(t, 8, func(int) error { return s.ClaimWatermark(ctx, sub.ID, 12, 20) })
	wins += RaceClaims(t, 8, func(int) error { return s.ClaimReminder(ctx, sub.ID, "Boubacar Kamara", 1) })
	if wins != 2 {
		t.Errorf("claims racing for two deliveries won %d times, want once each", wins)
	}
}

// RaceClaims runs claim from n goroutines at once and returns how many
// claimed; each other claim must be knowledge.ErrClaimed.
func RaceClaims(t *testing.T, n int, claim func(i int) error) int {
	t.Helper()
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			err := claim(i)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				wins++
			case !errors.Is(err, knowledge.ErrClaimed):
				t.Errorf("claim %d: %v, want nil or ErrClaimed", i, err)
			}
		})
	}
	close(start)
	wg.Wait()
	return wins
}
