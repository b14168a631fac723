package sqlite

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// BenchmarkIngest extracts, then ingests into an empty store, the same
// stream of generated articles (gencorpus, ingest.DefaultBatch an
// operation): ingest's cpu-us/article over extract's is what storing
// costs beyond reading (issue 19: at most 2.5x). Use a fixed -benchtime
// so both read the same articles:
//
//	go test -run '^$' -bench 'Ingest$' -benchtime 10x -cpu 1 ./knowledge/sqlite/
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	x := extract.New()
	stream := func() func() []knowledge.Input {
		w := gencorpus.NewWriter(rand.New(rand.NewPCG(9, 2)), benchPlayers, gencorpus.Clubs(300))
		next := 0
		return func() []knowledge.Input {
			ins := make([]knowledge.Input, ingest.DefaultBatch)
			for i := range ins {
				ins[i] = knowledge.Input{Text: w.Text(next)}
				next++
			}
			return ins
		}
	}
	b.Run("extract", func(b *testing.B) {
		batch := stream()
		perArticle(b, func() {
			for _, in := range batch() {
				x.Extract(in.Text, extract.Hints{})
			}
		})
	})
	b.Run("ingest", func(b *testing.B) {
		s, err := Open(ctx, filepath.Join(b.TempDir(), "ingest.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		p := ingest.New(s, x.Extract)
		batch := stream()
		perArticle(b, func() {
			if _, err := p.IngestAll(ctx, batch()); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// perArticle runs op, which handles ingest.DefaultBatch articles, in b's
// loop and reports the CPU time and the bytes written per article.
func perArticle(b *testing.B, op func()) {
	cpu, wrote := cpuTime(b), writtenBytes()
	for b.Loop() {
		op()
	}
	n := float64(ingest.DefaultBatch * b.N)
	b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/n, "cpu-us/article")
	if wrote >= 0 {
		b.ReportMetric(float64(writtenBytes()-wrote)/1024/n, "written-KB/article")
	}
}
