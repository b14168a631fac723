package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

func (ts suite) testSubscriptions(t *testing.T) {
	s := ts.openSeedLike(t)
	ctx := context.Background()
	k := OnePlayer(t, s, "Boubacar Kamara")
	subs := []knowledge.Subscription{
		{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest},
		{Platform: "telegram", Chat: "42", Kind: knowledge.SubReminders, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name},
		{Platform: "discord", Chat: "c1", Kind: knowledge.SubDigest, Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name},
	}
	var ids []int64
	for _, sub := range subs {
		got, err := s.Subscribe(ctx, sub)
		if err != nil {
			t.Fatal(err)
		}
		again, err := s.Subscribe(ctx, sub)
		if err != nil {
			t.Fatal(err)
		}
		if got.ID == 0 || again.ID != got.ID || !got.Created.Equal(Now()) {
			t.Errorf("Subscribe twice: %+v then %+v, want one subscription", got, again)
		}
		ids = append(ids, got.ID)
	}
	for _, bad := range []knowledge.Subscription{
		{Platform: "telegram", Kind: knowledge.SubDigest},
		{Platform: "telegram", Chat: "42", Kind: "weekly"},
		{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest, Filter: "team", FilterID: 1},
		{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest, Filter: knowledge.FilterClub},
	} {
		if _, err := s.Subscribe(ctx, bad); err == nil {
			t.Errorf("Subscribe(%+v) succeeded", bad)
		}
	}
	for _, tc := range []struct {
		platform, chat string
		want           int
	}{{"telegram", "42", 2}, {"telegram", "", 2}, {"discord", "c1", 1}, {"", "", 3}, {"discord", "nope", 0}} {
		got, err := s.Subscriptions(ctx, tc.platform, tc.chat)
		if err != nil || len(got) != tc.want {
			t.Errorf("Subscriptions(%q, %q) = %d, %v; want %d", tc.platform, tc.chat, len(got), err, tc.want)
		}
	}

	// Digests: everything known at first, then only what is new.
	all, err := s.DigestReports(ctx, knowledge.Subscription{ID: ids[0], Filter: knowledge.FilterAll}, 100)
	if err != nil {
		t.Fatal(err)
	}
	if st := Stats(t, s); len(all) != st.Links {
		t.Errorf("first digest has %d reports, want all %d links", len(all), st.Links)
	}
	if all[0].Stage != "advanced" {
		t.Errorf("digest starts with %+v, want the strongest stage", all[0])
	}
	first, err := s.DigestReports(ctx, knowledge.Subscription{ID: ids[2], Filter: knowledge.FilterPlayer, FilterID: k.ID}, 5)
	if err != nil || len(first) != 5 {
		t.Fatalf("player digest: %d, %v", len(first), err)
	}
	last, err := s.LastLinkID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetWatermark(ctx, ids[0], last); err != nil {
		t.Fatal(err)
	}
	if err := s.SetWatermark(ctx, ids[0], 1); err != nil { // never moves back
		t.Fatal(err)
	}
	got, _ := s.Subscriptions(ctx, "telegram", "42")
	if got[0].Watermark != last {
		t.Errorf("watermark %d, want %d", got[0].Watermark, last)
	}
	rest, err := s.DigestReports(ctx, got[0], 100)
	if err != nil || len(rest) != 0 {
		t.Errorf("digest after the watermark: %v, %v; want nothing", rest, err)
	}
	if err := s.SetWatermark(ctx, 9999, 1); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("SetWatermark(unknown) = %v, want ErrNotFound", err)
	}

	// Reminders go out once per (subscription, player, threshold).
	for range 2 {
		if err := s.MarkReminder(ctx, ids[1], "Boubacar Kamara", 30); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		days int
		want bool
	}{{30, true}, {7, false}} {
		if sent, err := s.ReminderSent(ctx, ids[1], "Boubacar Kamara", tc.days); err != nil || sent != tc.want {
			t.Errorf("ReminderSent(%d) = %v, %v; want %v", tc.days, sent, err, tc.want)
		}
	}
	if err := s.MarkReminder(ctx, 9999, "x", 1); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("MarkReminder(unknown) = %v, want ErrNotFound", err)
	}

	// Unsubscribing drops the chat's subscriptions and their reminders.
	if n, err := s.Unsubscribe(ctx, "telegram", "42", knowledge.SubDigest); err != nil || n != 1 {
		t.Errorf("Unsubscribe(digest) = %d, %v; want 1", n, err)
	}
	if n, err := s.Unsubscribe(ctx, "telegram", "42", ""); err != nil || n != 1 {
		t.Errorf("Unsubscribe(any) = %d, %v; want 1", n, err)
	}
	if sent, err := s.ReminderSent(ctx, ids[1], "Boubacar Kamara", 30); err != nil || sent {
		t.Errorf("after unsubscribing, ReminderSent = %v, %v; want its reminders gone", sent, err)
	}
	if err := s.DeleteSubscription(ctx, ids[2]); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSubscription(ctx, ids[2]); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("DeleteSubscription twice = %v, want ErrNotFound", err)
	}
}

// A subscription keeps the language it was asked in; asking again in
// another language changes it, asking with none keeps it.
func (ts suite) testSubscriptionLang(t *testing.T) {
	s := ts.openTest(t, Extractor{})
	ctx := context.Background()
	for _, tt := range []struct{ lang, want string }{
		{"", ""}, {"fr", "fr"}, {"", "fr"}, {"de", "de"},
	} {
		got, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "7", Kind: knowledge.SubDigest, Lang: tt.lang})
		if err != nil {
			t.Fatal(err)
		}
		all, err := s.Subscriptions(ctx, "telegram", "7")
		if err != nil || len(all) != 1 || got.Lang != tt.want || all[0].Lang != tt.want {
			t.Errorf("Subscribe(lang %q) = %+v, stored %+v, %v; want lang %q", tt.lang, got, all, err, tt.want)
		}
	}
}

// testClaimsGivenBack: a digest's watermark and a reminder's mark, claimed
// before a send that failed, are given back; a watermark that moved on
// since is left alone.
func (ts suite) testClaimsGivenBack(t *testing.T) {
	s := ts.openTest(t, Extractor{})
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
