package sqlite

import (
	"context"
	"testing"
)

// BenchmarkLatestOfPlayer reads /player's latest links (Latest of one
// player) for its most reported player and for the player at the median
// of reports, over the generated knowledge base built by bulk inserts and
// over the one built through the ingest path (ingestedStore; a smaller
// one with MERCATO_BENCH_ARTICLES, e.g. 2000):
//
//	go test -run '^$' -bench 'LatestOfPlayer/ingested' -cpu 1 ./knowledge/sqlite/
func BenchmarkLatestOfPlayer(b *testing.B) {
	for _, base := range []struct {
		name string
		open func(*testing.B) *Store
	}{{"bulk", benchStore}, {"ingested", ingestedStore}} {
		b.Run(base.name, func(b *testing.B) { benchLatestOfPlayer(b, base.open(b)) })
	}
}

// benchLatestOfPlayer is BenchmarkLatestOfPlayer over s.
func benchLatestOfPlayer(b *testing.B, s *Store) {
	ctx := context.Background()
	for _, who := range reportedPlayers(b, s) {
		id := who.id
		b.Run(who.name, func(b *testing.B) {
			for b.Loop() {
				if got, err := s.Latest(ctx, 5, id, 0); err != nil || len(got) == 0 {
					b.Fatalf("Latest(%d) = %v, %v", id, got, err)
				}
			}
		})
	}
}

// benchPlayer is a player of a generated base a benchmark asks about.
type benchPlayer struct {
	name   string // of the case: most-reported, median
	id     int64
	player string // his name
}

// reportedPlayers is the most reported player of s and the one at the
// median of reports.
func reportedPlayers(b *testing.B, s *Store) []benchPlayer {
	b.Helper()
	var out []benchPlayer
	for _, who := range []struct{ name, query string }{
		{"most-reported", `SELECT id, name FROM players ORDER BY articles DESC, id LIMIT 1`},
		{"median", `SELECT id, name FROM players ORDER BY articles DESC, id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM players)`},
	} {
		p := benchPlayer{name: who.name}
		if err := s.db.QueryRowContext(context.Background(), who.query).Scan(&p.id, &p.player); err != nil {
			b.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}
