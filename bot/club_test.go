package bot

import (
	"slices"
	"testing"
)

// TestClubReadsOnlyWhatItShows checks that /club, reading the first
// MaxItems of each list from the store, shows the items and counts the
// more it would show reading them all.
func TestClubReadsOnlyWhatItShows(t *testing.T) {
	f := newFake()
	all := serve(t, testRouter(t, f, Options{MaxItems: 1000}), "/club Marseille")
	if all.Error || all.More != 0 || len(all.Items) < 4 {
		t.Fatalf("all: error %v, %d items, %d more", all.Error, len(all.Items), all.More)
	}
	for _, max := range []int{1, 2, 3, len(all.Items) - 1} {
		r := serve(t, testRouter(t, f, Options{MaxItems: max}), "/club Marseille")
		if !slices.Equal(r.Items, all.Items[:max]) || r.More != len(all.Items)-max {
			t.Errorf("MaxItems %d: items %v, %d more; want %v, %d more", max, r.Items, r.More, all.Items[:max], len(all.Items)-max)
		}
	}
}
