package gencorpus

import (
	"math/rand/v2"
	"testing"
)

// TestPopularitySkew draws the players of 5,000 articles of one or two
// players, as the benchmarks do, and checks the skew of real transfer
// news: the top player in 15-30% of articles, the next ones well behind
// him but still in many, and most players rare.
func TestPopularitySkew(t *testing.T) {
	const articles, players = 5000, 20_000
	for _, seed := range []uint64{1, 2, 3} {
		r := rand.New(rand.NewPCG(seed, 2))
		draw := Popularity(r, players)
		in := make([]int, players) // articles naming each player
		for range articles {
			seen := map[int]bool{}
			for range 1 + r.IntN(2) {
				p := draw()
				if p < 0 || p >= players {
					t.Fatalf("seed %d: player %d out of [0, %d)", seed, p, players)
				}
				if !seen[p] {
					seen[p] = true
					in[p]++
				}
			}
		}
		top := float64(in[0]) / articles
		second := float64(in[1]) / articles
		t.Logf("seed %d: top player in %.1f%% of articles, second in %.1f%%", seed, 100*top, 100*second)
		if top < 0.15 || top > 0.30 {
			t.Errorf("seed %d: top player in %.1f%% of articles, want 15-30%%", seed, 100*top)
		}
		if second < 0.05 || second > top*0.7 {
			t.Errorf("seed %d: second player in %.1f%% of articles, want 5%% to 0.7 of the top (%.1f%%)", seed, 100*second, 100*top)
		}
		var once int // players in at most one article
		for _, n := range in {
			if n <= 1 {
				once++
			}
		}
		if once < players*9/10 {
			t.Errorf("seed %d: %d of %d players in at most one article, want most (≥ 90%%)", seed, once, players)
		}
	}
}
