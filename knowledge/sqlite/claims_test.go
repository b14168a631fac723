package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// TestClaimsGivenBack: a digest's watermark and a reminder's mark, claimed
// before a send that failed, are given back; a watermark that moved on
// since is left alone.
func TestClaimsGivenBack(t *testing.T) {
	s := openTest(t, nil)
	ctx := context.Background()
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest})
	if err != nil {
		t.Fatal(err)
	}
	watermark := func() int64 {
		t.Helper()
		subs, err := s.Subscriptions(ctx, "telegram", "42")
		if err != nil || len(subs) != 1 {
			t.Fatalf("subscriptions: %v %v", subs, err)
		}
		return subs[0].Watermark
	}
	steps := []struct {
		name string
		do   func() error
		want int64
	}{
		{"claim", func() error { return s.SetWatermark(ctx, sub.ID, 7) }, 7},
		{"give back", func() error { return s.RewindWatermark(ctx, sub.ID, 7, 0) }, 0},
		{"claim again", func() error { return s.SetWatermark(ctx, sub.ID, 9) }, 9},
		{"a stale give-back", func() error { return s.RewindWatermark(ctx, sub.ID, 7, 0) }, 9},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := watermark(); got != st.want {
			t.Errorf("after %s: watermark %d, want %d", st.name, got, st.want)
		}
	}
	if err := s.RewindWatermark(ctx, 9999, 1, 0); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("RewindWatermark(unknown) = %v, want ErrNotFound", err)
	}

	for _, mark := range []bool{true, false, false} {
		var err error
		if mark {
			err = s.MarkReminder(ctx, sub.ID, "Boubacar Kamara", 7)
		} else {
			err = s.UnmarkReminder(ctx, sub.ID, "Boubacar Kamara", 7)
		}
		if err != nil {
			t.Fatal(err)
		}
		if sent, err := s.ReminderSent(ctx, sub.ID, "Boubacar Kamara", 7); err != nil || sent != mark {
			t.Errorf("after marking %v: sent %v, %v", mark, sent, err)
		}
	}
}
