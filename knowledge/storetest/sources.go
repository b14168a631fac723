package storetest

import (
	"context"
	"maps"
	"slices"
	"testing"
)

// testSourcePages checks /sources' reads: the counts by source and the
// pages of the reports of some sources are those of Sources, counted and
// cut.
func (ts suite) testSourcePages(t *testing.T) {
	ctx := context.Background()
	s := ts.openSeedLike(t)
	k := OnePlayer(t, s, "Boubacar Kamara")
	for _, club := range []int64{0, OneClub(t, s, "Atlético Madrid").ID} {
		all, err := s.Sources(ctx, k.ID, club)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		for _, r := range all {
			want[r.Source]++
		}
		counts, err := s.SourceCounts(ctx, k.ID, club)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range counts {
			got[c.Source] += c.Reports
		}
		if !maps.Equal(got, want) || len(counts) != len(want) {
			t.Errorf("club %d: SourceCounts = %v, want %v", club, counts, want)
		}
		names := slices.Sorted(maps.Keys(want))
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
