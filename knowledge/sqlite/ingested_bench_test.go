package sqlite

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// The generated base built through the real ingest path: gencorpus
// articles read by the extractor and learned by ingest.Pipeline.IngestAll,
// 500 a call. $MERCATO_BENCH_ARTICLES sets its size (100,000 unless set).
const (
	ingestedVersion = 2 // bump when the generator or the path changes (2: distinct names)
	ingestedBatch   = 500
)

// ingestedArticles is the size of the ingested base: $MERCATO_BENCH_ARTICLES
// or 100,000.
func ingestedArticles(b *testing.B) int {
	v := os.Getenv("MERCATO_BENCH_ARTICLES")
	if v == "" {
		return benchArticles
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("MERCATO_BENCH_ARTICLES=%q: want a positive number of articles", v)
	}
	return n
}

// ingestedPath is where the ingested base of n articles, at schema
// version v, is kept between runs. The name holds a hash of the first v
// migrations: a base built by a migration still under work elsewhere is
// not taken for one of the migration that lands.
func ingestedPath(n, v int) string {
	sum := sha256.Sum256([]byte(strings.Join(migrations[:v], "\x00")))
	return filepath.Join(os.TempDir(), fmt.Sprintf("mercato-bench-ingested-v%d-s%d-%x-%d.db", ingestedVersion, v, sum[:4], n))
}

// ingestedStore opens the ingested base, building it on first use (a
// base is complete once renamed to its path): from the newest base kept
// of an earlier schema, opened (hence migrated) as a user's base is, else
// through the ingest pipeline (two minutes or more on a loaded machine).
func ingestedStore(b *testing.B) *Store {
	b.Helper()
	n := ingestedArticles(b)
	path := ingestedPath(n, len(migrations))
	if _, err := os.Stat(path); err != nil {
		from, fill := "", func(ctx context.Context, s *Store) error { return ingestGenerated(ctx, s, n) }
		for v := len(migrations) - 1; v > 0 && from == ""; v-- {
			if _, err := os.Stat(ingestedPath(n, v)); err == nil {
				from, fill = ingestedPath(n, v), nil
			}
		}
		buildBase(b, path, from, fill)
	}
	return openBase(b, path)
}

// ingestGenerated learns n generated articles into s through the ingest
// pipeline, about benchPlayers players and the first 300 clubs of the
// table.
func ingestGenerated(ctx context.Context, s *Store, n int) error {
	w := gencorpus.NewWriter(rand.New(rand.NewPCG(1, 2)), benchPlayers, gencorpus.Clubs(300))
	p := ingest.New(s, extract.New().Extract)
	ins := make([]knowledge.Input, 0, ingestedBatch)
	for i := range n {
		ins = append(ins, knowledge.Input{Text: w.Text(i)})
		if len(ins) == ingestedBatch || i == n-1 {
			if _, err := p.IngestAll(ctx, ins); err != nil {
				return fmt.Errorf("article %d: %w", i, err)
			}
			ins = ins[:0]
		}
	}
	return nil
}
