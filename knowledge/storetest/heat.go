package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

// testNewestTimelineRecent checks what heat is computed from: the newest
// date, a player's timeline and the recent links' reports.
func (ts suite) testNewestTimelineRecent(t *testing.T) {
	ctx := context.Background()
	empty := ts.openTest(t, Extractor{})
	if d, err := empty.NewestDate(ctx); err != nil || !d.IsZero() {
		t.Errorf("NewestDate(empty) = %v, %v; want zero", d, err)
	}
	s := ts.openSeedLike(t)
	if d, err := s.NewestDate(ctx); err != nil || d.String() != "2022-03-24" {
		t.Errorf("NewestDate = %v, %v; want 2022-03-24", d, err)
	}
	k := OnePlayer(t, s, "Boubacar Kamara")
	tl, err := s.Timeline(ctx, k.ID, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range tl {
		if r.Player != "Boubacar Kamara" || r.Sentence != "" || r.Published.IsZero() && r.Ingested.IsZero() {
			t.Errorf("Timeline report %+v", r)
		}
		if r.Club == "AC Milan" || r.Club == "Marseille" {
			got = append(got, fmt.Sprintf("%s %s %s %s%s", r.Published, r.Club, r.Stage, r.Source, r.Bound))
		}
	}
	// undated first, then by date; never his current club; an undated
	// report with its ingestion time and bound by the newest dated report
	// stored before its article (kept with the article), what every
	// answer counts it from at most
	if want := []string{" AC Milan interest 2022-03-24", "2021-07 AC Milan talks Foot Mercato",
		"2021-11-23 AC Milan advanced TV Dello Sport"}; !slices.Equal(got, want) {
		t.Errorf("Timeline(Kamara) Milan and Marseille: %q, want %q", got, want)
	}
	if len(tl) != 21 {
		t.Errorf("Timeline(Kamara): %d reports, want 21", len(tl))
	}
	if tl, err := s.Timeline(ctx, 9999, time.Time{}); err != nil || len(tl) != 0 {
		t.Errorf("Timeline(unknown) = %v, %v; want none", tl, err)
	}

	links := func(since time.Time) []string {
		rs, err := s.Recent(ctx, since, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, r := range rs {
			n[r.Player+" → "+r.Club]++
		}
		var out []string
		for k, v := range n {
			out = append(out, fmt.Sprintf("%s %d", k, v))
		}
		slices.Sort(out)
		return out
	}
	// 2022-03-24: GOAL's links, every report of each; the undated article
	// was ingested later (Now), so its links count too.
	want := []string{"Boubacar Kamara → AC Milan 3", "Boubacar Kamara → Atlético Madrid 2",
		"Boubacar Kamara → Barcelona 1", "Boubacar Kamara → Bayern Munich 2", "Boubacar Kamara → Chelsea 2",
		"Boubacar Kamara → Manchester United 2", "Boubacar Kamara → Southampton 1",
		"Boubacar Kamara → Tottenham Hotspur 1", "Memphis Depay → Atlético Madrid 1"}
	if got := links(time.Date(2022, 3, 24, 0, 0, 0, 0, time.UTC)); !slices.Equal(got, want) {
		t.Errorf("Recent(2022-03-24):\n got %q\nwant %q", got, want)
	}
	// after the undated article's ingestion: nothing
	if got := links(Now().Add(time.Second)); len(got) != 0 {
		t.Errorf("Recent(after everything) = %q", got)
	}
}
