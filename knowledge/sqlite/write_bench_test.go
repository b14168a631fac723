package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// writeBenchArticle is the i-th of a stream of hand-built articles: one
// player of 2,000, his club and two suitors of 100 clubs, one fee.
func writeBenchArticle(i int) knowledge.Article {
	club := func(n int) string { return fmt.Sprintf("Club %03d", n%100) }
	p := facts.Player{Name: benchName(i % 2000), CurrentClub: club(i),
		Suitors: []facts.Suitor{
			{Club: club(i + 1), Stage: facts.StageInterest, Sentence: "They want him."},
			{Club: club(i + 7), Stage: facts.StageTalks, Sentence: "They talk.", Source: "Marca"},
		},
		Fees: []facts.Fee{{Amount: 1_000_000 * int64(1+i%50), Currency: "EUR", Kind: facts.FeeAsking, Club: club(i)}},
	}
	return knowledge.Article{Text: fmt.Sprintf("article %d", i), Source: "GOAL", Facts: facts.Article{
		Lang: "en", Published: facts.Date{Year: 2024, Month: 1 + i%12, Day: 1 + i%28}, Outlets: []string{"GOAL"}, Players: []facts.Player{p}}}
}

// BenchmarkWrite writes hand-built articles into a new store, one per
// Write and a hundred per Write (one transaction each): ns/op is the cost
// of one article.
func BenchmarkWrite(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			ctx := context.Background()
			s, err := Open(ctx, filepath.Join(b.TempDir(), "w.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			arts := make([]knowledge.Article, 0, batch)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				arts = append(arts, writeBenchArticle(i))
				if len(arts) == batch || i == b.N-1 {
					if _, err := s.Write(ctx, arts); err != nil {
						b.Fatal(err)
					}
					arts = arts[:0]
				}
			}
		})
	}
}
