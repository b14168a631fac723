package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// testHotHeads: the heads of a stage's links come newest first, a batch
// after another, with the day each newest report counts from and the
// sources its reports name, also once articles are forgotten; a link's
// reports are Timeline's.
func (ts suite) testHotHeads(t *testing.T) {
	hs, ids := ts.openHeatCorpus(t)
	checkHeadSources(t, hs, "ingested")
	for _, i := range []int{14, 4} { // Milan's only Romano, Monaco's ended L'Équipe
		if _, err := hs.Forget(context.Background(), ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	checkHeadSources(t, hs, "forgotten")

	s := ts.openSeedLike(t)
	ctx := context.Background()
	var got []string
	var after knowledge.LinkHead
	for {
		hs, err := s.HotHeads(ctx, facts.StageInterest.Strength(), 20211101, 2, after)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			got = append(got, fmt.Sprintf("%s→%s %d", h.Player, h.Club, h.CountsKey))
			after = h
		}
		if len(hs) < 2 {
			break
		}
	}
	// AC Milan, Chelsea and Barcelona: the undated seed, bound by the
	// newest report before it; Monaco (July 2021) is older.
	want := []string{"Boubacar Kamara→Bayern Munich 20220324", "Boubacar Kamara→Manchester United 20220324",
		"Boubacar Kamara→Southampton 20220324", "Boubacar Kamara→Tottenham Hotspur 20220324"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("HotHeads(interest) = %q, want it to hold %q", got, w)
		}
	}
	if slices.ContainsFunc(got, func(g string) bool { return g[len(g)-8:] < "20211101" }) {
		t.Errorf("HotHeads(interest) = %q: one older than the day asked", got)
	}
	k := OnePlayer(t, s, "Boubacar Kamara")
	tl, err := s.Timeline(ctx, k.ID, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := s.LinkReports(ctx, []knowledge.LinkKey{after.LinkKey}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	checkHeadSources(t, s, "seed")
	var want2, got2 []int64
	for _, r := range tl {
		if r.Club == after.Club {
			want2 = append(want2, r.LinkID)
		}
	}
	for _, r := range rs {
		got2 = append(got2, r.LinkID)
	}
	slices.Sort(got2)
	slices.Sort(want2)
	if len(want2) == 0 || !slices.Equal(got2, want2) {
		t.Errorf("LinkReports(%s) = %v, want Timeline's %v", after.Club, got2, want2)
	}
}

// checkHeadSources checks the sources of every head of s, of every
// stage, against those its link's reports name.
func checkHeadSources(t *testing.T, s knowledge.Store, when string) {
	t.Helper()
	ctx := context.Background()
	n := 0
	for strength := facts.StageEnded.Strength(); strength <= facts.StageDone.Strength(); strength++ {
		hs, err := s.HotHeads(ctx, strength, 0, 1000, knowledge.LinkHead{})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			rs, err := s.LinkReports(ctx, []knowledge.LinkKey{h.LinkKey}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) == 0 {
				continue // his own club's
			}
			var want []string
			for _, r := range rs {
				if !slices.Contains(want, r.Source) {
					want = append(want, r.Source)
				}
			}
			got := slices.Clone(h.Sources)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s: HotHeads(%s→%s) sources %q, want those its reports name: %q", when, h.Player, h.Club, got, want)
			}
			n++
		}
	}
	if n < 4 {
		t.Errorf("%s: the sources of %d heads checked, want a test of more", when, n)
	}
}
