package storetest

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// testSourcePages checks /sources' reads: the counts by source and the
// pages of the reports of some sources are those of Sources, counted and
// cut.
func (ts suite) testSourcePages(t *testing.T) {
	ctx := context.Background()
	s := ts.openSeedLike(t)
	k := OnePlayer(t, s, "Boubacar Kamara")
	checkSourceCounts(t, s, "seed-like", k)
	for _, club := range []int64{0, OneClub(t, s, "Atlético Madrid").ID} {
		all, err := s.Sources(ctx, k.ID, club)
		if err != nil {
			t.Fatal(err)
		}
		names := slices.Sorted(maps.Keys(countSources(all)))
		if club == 0 && len(names) < 3 {
			t.Fatalf("Kamara's reports name %d sources, want 3 or more to page through", len(names))
		}
		sets := [][]string{nil, {"no such source"}}
		for i, n := range names {
			sets = append(sets, []string{n}, names[:i+1])
		}
		for _, set := range sets {
			var of []int64
			for _, r := range all {
				if slices.Contains(set, r.Source) {
					of = append(of, r.LinkID)
				}
			}
			for _, page := range [][2]int{{0, 1}, {0, 2}, {1, 2}, {0, 100}, {len(of) - 1, 5}, {len(of), 5}, {0, 0}} {
				rs, err := s.SourcePage(ctx, k.ID, club, set, page[0], page[1])
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, r := range rs {
					ids = append(ids, r.LinkID)
					if r.Sentence == "" || r.Player != "Boubacar Kamara" {
						t.Errorf("SourcePage report %+v", r)
					}
				}
				lo := min(max(page[0], 0), len(of))
				if w := of[lo:min(lo+page[1], len(of))]; !slices.Equal(ids, w) {
					t.Errorf("club %d: SourcePage(%q, %d, %d) = %v, want %v", club, set, page[0], page[1], ids, w)
				}
			}
		}
	}
	if rs, err := s.SourcePage(ctx, 9999, 0, []string{"GOAL"}, 0, 25); err != nil || len(rs) != 0 {
		t.Errorf("SourcePage(unknown) = %v, %v; want none", rs, err)
	}
}

// countSources counts reports by source.
func countSources(rs []knowledge.Report) map[string]int {
	n := map[string]int{}
	for _, r := range rs {
		n[r.Source]++
	}
	return n
}

// checkSourceCounts checks that SourceCounts of p, alone and with each
// club his reports name, counts the reports Sources returns, when (after
// what) the store was written.
func checkSourceCounts(t *testing.T, s knowledge.Store, when string, p knowledge.PlayerRef) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Sources(ctx, p.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	clubs := []knowledge.ClubRef{{}}
	for _, r := range all {
		if !slices.ContainsFunc(clubs, func(c knowledge.ClubRef) bool { return c.Name == r.Club }) {
			clubs = append(clubs, OneClub(t, s, r.Club))
		}
	}
	for _, club := range clubs {
		rs, err := s.Sources(ctx, p.ID, club.ID)
		if err != nil {
			t.Fatal(err)
		}
		counts, err := s.SourceCounts(ctx, p.ID, club.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range counts {
			got[c.Source] += c.Reports
		}
		if want := countSources(rs); !maps.Equal(got, want) || len(counts) != len(want) {
			t.Errorf("%s: SourceCounts(%s, %q) = %v, want %v", when, p.Name, club.Name, counts, want)
		}
	}
}
