package storetest

import (
	"context"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// testFollow: a follow starts after the links known when it is made, and
// FollowReports gives the reports above its watermark about its player or
// club with every earlier report of the same links.
func (ts suite) testFollow(t *testing.T) {
	// A move told with the club he left: Marseille's followers hear of it.
	sold := KamaraArticle("2022-07-02", "Aston Villa", facts.StageDone)
	sold.Players[0].CurrentClub, sold.Players[0].FromClub = "Aston Villa", "Marseille"
	fx := Extractor{
		"a": KamaraArticle("2022-03-20", "Atlético Madrid", facts.StageTalks),
		"b": KamaraArticle("2022-03-22", "Aston Villa", facts.StageInterest),
		"c": KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
		"d": {Lang: "en", Published: MustDate("2023-06-01"), Players: []facts.Player{{Name: "Declan Rice",
			CurrentClub: "West Ham", Suitors: []facts.Suitor{{Club: "Arsenal", Stage: facts.StageInterest}}}}},
		"e": KamaraArticle("2022-07-01", "Aston Villa", facts.StageDone),
		"f": sold,
	}
	s := ts.openTest(t, fx)
	ctx := context.Background()
	MustIngest(t, s, knowledge.Input{Text: "a"})
	k := OnePlayer(t, s, "Kamara")
	clubs, err := s.FindClubs(ctx, "Atleti")
	if err != nil || len(clubs) != 1 {
		t.Fatalf("FindClubs(Atleti) = %v, %v", clubs, err)
	}
	om, err := s.FindClubs(ctx, "Marseille")
	if err != nil || len(om) != 1 {
		t.Fatalf("FindClubs(Marseille) = %v, %v", om, err)
	}
	if _, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow}); err == nil {
		t.Error("a follow of everything was accepted")
	}
	player, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow,
		Filter: knowledge.FilterPlayer, FilterID: k.ID, FilterName: k.Name})
	if err != nil {
		t.Fatal(err)
	}
	club, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubFollow,
		Filter: knowledge.FilterClub, FilterID: clubs[0].ID, FilterName: clubs[0].Name})
	if err != nil {
		t.Fatal(err)
	}
	seller, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubFollow,
		Filter: knowledge.FilterClub, FilterID: om[0].ID, FilterName: om[0].Name})
	if err != nil {
		t.Fatal(err)
	}
	last, err := s.LastLinkID(ctx)
	if err != nil || last == 0 || player.Watermark != last {
		t.Fatalf("follow's watermark %d, want the last link %d (%v)", player.Watermark, last, err)
	}
	if got, err := s.FollowReports(ctx, player, 100); err != nil || len(got) != 0 {
		t.Errorf("FollowReports before any news = %+v, %v; want none", got, err)
	}
	for _, text := range []string{"b", "c", "d", "e", "f"} {
		MustIngest(t, s, knowledge.Input{Text: text})
	}
	type rep struct {
		club  string
		stage facts.Stage
		fresh bool
	}
	reps := func(sub knowledge.Subscription, n int) []rep {
		t.Helper()
		got, err := s.FollowReports(ctx, sub, n)
		if err != nil {
			t.Fatal(err)
		}
		var out []rep
		for i, r := range got {
			if i > 0 && r.LinkID <= got[i-1].LinkID {
				t.Errorf("FollowReports not in LinkID order: %+v", got)
			}
			if r.Player != "Boubacar Kamara" {
				t.Errorf("FollowReports gave %+v, not about the followed", r)
			}
			out = append(out, rep{r.Club, r.Stage, r.LinkID > sub.Watermark})
		}
		return out
	}
	check := func(name string, got, want []rep) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %+v, want %+v", name, got, want)
			return
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: %+v, want %+v", name, got, want)
				return
			}
		}
	}
	check("player", reps(player, 100), []rep{
		{"Atlético Madrid", facts.StageTalks, false},
		{"Aston Villa", facts.StageInterest, true},
		{"Atlético Madrid", facts.StageAdvanced, true},
		{"Aston Villa", facts.StageDone, true},
		{"Aston Villa", facts.StageDone, true},
	})
	// Marseille's follower, now that Kamara has left: the link that took
	// him away, its completed move last.
	got := reps(seller, 100)
	if len(got) == 0 || got[len(got)-1] != (rep{"Aston Villa", facts.StageDone, true}) {
		t.Errorf("the seller's follow: %+v, want the move that took him away last", got)
	}
	check("player, one new", reps(player, 1), []rep{{"Aston Villa", facts.StageInterest, true}})
	check("club", reps(club, 100), []rep{
		{"Atlético Madrid", facts.StageTalks, false},
		{"Atlético Madrid", facts.StageAdvanced, true},
	})
}

// testDigestTime: a subscription keeps the time of day it was asked for;
// asking again without one keeps it, a time that is not HH:MM is refused.
func (ts suite) testDigestTime(t *testing.T) {
	s := ts.openTest(t, Extractor{})
	ctx := context.Background()
	sub := knowledge.Subscription{Platform: "telegram", Chat: "7", Kind: knowledge.SubDigest}
	for _, tt := range []struct{ at, want string }{{"", ""}, {"08:30", "08:30"}, {"", "08:30"}, {"21:05", "21:05"}} {
		sub.At = tt.at
		got, err := s.Subscribe(ctx, sub)
		if err != nil {
			t.Fatal(err)
		}
		all, err := s.Subscriptions(ctx, "telegram", "7")
		if err != nil || len(all) != 1 || got.At != tt.want || all[0].At != tt.want {
			t.Errorf("Subscribe(at %q) = %+v, stored %+v, %v; want at %q", tt.at, got, all, err, tt.want)
		}
	}
	for _, bad := range []string{"8:30", "25:00", "soon"} {
		sub.At = bad
		if _, err := s.Subscribe(ctx, sub); err == nil {
			t.Errorf("Subscribe(at %q) succeeded", bad)
		}
	}
}
