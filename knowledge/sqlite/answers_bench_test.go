package sqlite

import (
	"context"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// BenchmarkLatestOfPlayer reads /player's latest links (Latest of one
// player) for its most reported player and for the player at the median
// of reports, over the ingested base (ingestedStore; a smaller one with
// MERCATO_BENCH_ARTICLES, e.g. 2000):
//
//	go test -run '^$' -bench LatestOfPlayer -cpu 1 ./knowledge/sqlite/
func BenchmarkLatestOfPlayer(b *testing.B) {
	s := ingestedStore(b)
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

// BenchmarkLatestOfClub reads /latest of the ingested base's biggest club
// (Latest of one club: its targets and its own players' links) and the
// first daily digest of a subscription to it:
//
//	go test -run '^$' -bench LatestOfClub -cpu 1 ./knowledge/sqlite/
func BenchmarkLatestOfClub(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	club := biggestClub(b, s)
	b.Run("latest", func(b *testing.B) {
		for b.Loop() {
			if got, err := s.Latest(ctx, 10, 0, club.id); err != nil || len(got) == 0 {
				b.Fatalf("Latest(club %d) = %v, %v", club.id, got, err)
			}
		}
	})
	b.Run("digest", func(b *testing.B) {
		sub := knowledge.Subscription{Filter: knowledge.FilterClub, FilterID: club.id}
		for b.Loop() {
			if got, err := s.DigestReports(ctx, sub, 15); err != nil || len(got) == 0 {
				b.Fatalf("DigestReports(club %d) = %v, %v", club.id, got, err)
			}
		}
	})
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

// benchClub is a club of a generated base a benchmark asks about.
type benchClub struct {
	id   int64
	name string
}

// biggestClub is the club of s named in most reports.
func biggestClub(b *testing.B, s *Store) benchClub {
	b.Helper()
	var c benchClub
	if err := s.db.QueryRowContext(context.Background(), `SELECT id, name FROM clubs ORDER BY links DESC, id LIMIT 1`).
		Scan(&c.id, &c.name); err != nil {
		b.Fatal(err)
	}
	return c
}
