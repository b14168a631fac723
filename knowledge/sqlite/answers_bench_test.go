package sqlite

import (
	"context"
	"testing"
)

// BenchmarkLatestOfPlayer reads /player's latest links (Latest of one
// player) over the generated knowledge base, for its most reported player
// and for the player at the median of reports.
func BenchmarkLatestOfPlayer(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	for _, who := range []struct{ name, query string }{
		{"most-reported", `SELECT id FROM players ORDER BY articles DESC, id LIMIT 1`},
		{"median", `SELECT id FROM players ORDER BY articles DESC, id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM players)`},
	} {
		var id int64
		if err := s.db.QueryRowContext(ctx, who.query).Scan(&id); err != nil {
			b.Fatal(err)
		}
		b.Run(who.name, func(b *testing.B) {
			for b.Loop() {
				if got, err := s.Latest(ctx, 5, id, 0); err != nil || len(got) == 0 {
					b.Fatalf("Latest(%d) = %v, %v", id, got, err)
				}
			}
		})
	}
}
