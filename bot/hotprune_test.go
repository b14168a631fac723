package bot

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/heat"
)

// TestPrunedHotAsRecent checks that /hot's pruned reading (the links
// that may be hottest first) ranks the links as reading every recent
// report does, on the sample corpus alone and with later articles, as of
// its newest report and of later times.
func TestPrunedHotAsRecent(t *testing.T) {
	ctx := context.Background()
	sample, _ := storeRouter(t)
	rice, _ := riceRouter(t, Options{})
	for name, rt := range map[string]*Router{"sample": sample, "sample+rice": rice} {
		hr, ok := rt.k.(hotReader)
		if !ok {
			t.Fatalf("%s: the store reads no heads", name)
		}
		newest, err := rt.asOf(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, days := range []int{0, 3, 20, 200} {
			asOf := newest.AddDate(0, 0, days)
			got, err := rt.prunedHot(ctx, hr, asOf)
			if err != nil {
				t.Fatal(err)
			}
			rs, err := rt.k.Recent(ctx, asOf.AddDate(0, -heat.OlderThan, 0), heat.From(asOf))
			if err != nil {
				t.Fatal(err)
			}
			var want, have []string
			for _, l := range rt.hotLinks(rs, asOf) {
				if l.Heat > 0 && len(want) < maxHot {
					want = append(want, fmt.Sprintf("%s → %s %d %s", l.player, l.club, l.Heat, l.Stage))
				}
			}
			for _, l := range got {
				have = append(have, fmt.Sprintf("%s → %s %d %s", l.player, l.club, l.Heat, l.Stage))
			}
			if !slices.Equal(have, want) || days == 0 && len(want) == 0 {
				t.Errorf("%s as of %s: pruned %q, want %q", name, asOf.Format("2006-01-02"), have, want)
			}
		}
	}
}
