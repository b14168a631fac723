package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// BenchmarkIngest extracts, then ingests into an empty store, the same
// articles: ingest's cpu-us/article over extract's is what storing
// costs beyond reading (issue 19: at most 2.5x). Two corpora:
// corpus=generated, a stream of gencorpus articles (one or two sentences
// each, ingest.DefaultBatch an operation), and corpus=eval, the articles
// of the repository's evaluation sets (../../eval/*/*.txt: about 550
// articles written from real transfer stories, a kilobyte each on
// average), all of them an operation, in batches of ingest.DefaultBatch,
// each copy told apart by a last line naming its number (the same facts
// learned again, as a base hears the same stories). Use a fixed -benchtime
// so both read the same articles:
//
//	go test -run '^$' -bench 'Ingest$' -benchtime 10x -cpu 1 ./knowledge/sqlite/
func BenchmarkIngest(b *testing.B) {
	eval := evalTexts(b)
	for _, corpus := range []struct {
		name    string
		batches func() func() []knowledge.Input
	}{
		{"generated", generatedBatches},
		{"eval", func() func() []knowledge.Input { return copiedBatches(eval) }},
	} {
		x := extract.New()
		b.Run("corpus="+corpus.name+"/extract", func(b *testing.B) {
			next := corpus.batches()
			perArticle(b, func() int {
				ins := next()
				for _, in := range ins {
					x.Extract(in.Text, extract.Hints{})
				}
				return len(ins)
			})
		})
		b.Run("corpus="+corpus.name+"/ingest", func(b *testing.B) {
			ctx := context.Background()
			s, err := Open(ctx, filepath.Join(b.TempDir(), "ingest.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			p := ingest.New(s, x.Extract)
			next := corpus.batches()
			perArticle(b, func() int {
				ins := next()
				for i := 0; i < len(ins); i += ingest.DefaultBatch {
					if _, err := p.IngestAll(ctx, ins[i:min(i+ingest.DefaultBatch, len(ins))]); err != nil {
						b.Fatal(err)
					}
				}
				return len(ins)
			})
		})
	}
}

// generatedBatches returns a stream of generated articles,
// ingest.DefaultBatch a call.
func generatedBatches() func() []knowledge.Input {
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

// copiedBatches returns a stream of copies of texts, all of them a call,
// the n-th copy's last line "Copy n." (another article's content).
func copiedBatches(texts []string) func() []knowledge.Input {
	n := 0
	return func() []knowledge.Input {
		n++
		ins := make([]knowledge.Input, len(texts))
		for i, t := range texts {
			ins[i] = knowledge.Input{Text: fmt.Sprintf("%s\n\nCopy %d.\n", t, n)}
		}
		return ins
	}
}

// evalTexts reads the articles of the evaluation sets (../../eval/*/*.txt).
func evalTexts(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "eval", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no evaluation articles in ../../eval: %v", err)
	}
	texts := make([]string, len(paths))
	for i, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = string(t)
	}
	return texts
}

// perArticle runs op, which handles the number of articles it returns,
// in b's loop and reports the CPU time and the bytes written per
// article.
func perArticle(b *testing.B, op func() int) {
	cpu, wrote := cpuTime(b), writtenBytes()
	n := 0
	for b.Loop() {
		n += op()
	}
	b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/float64(n), "cpu-us/article")
	if wrote >= 0 {
		b.ReportMetric(float64(writtenBytes()-wrote)/1024/float64(n), "written-KB/article")
	}
}
