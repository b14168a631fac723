package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// The generated base of the re-extraction benchmark: articles written
// like transfer news about players drawn with a skew (a few in many
// articles), ingested through finish and the store's batched Write.
const (
	genArticles = 100_000
	genPlayers  = 20_000
	genVersion  = 4 // bump when the generator changes (2: v1 bases were rewritten by the benchmark; 3: gencorpus skew; 4: distinct names)
)

// genPath is where the generated base is kept between runs.
func genPath() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("mercato-reextract-bench-v%d-%d.db", genVersion, genArticles))
}

// genStore opens a copy of the generated base, building it on first use:
// the benchmark rewrites facts, and every run must start from the same.
func genStore(b *testing.B, x ExtractFunc) *sqlite.Store {
	b.Helper()
	ctx := context.Background()
	path := genPath()
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		tmp := path + ".building"
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		s, err := sqlite.Open(ctx, tmp)
		if err != nil {
			b.Fatal(err)
		}
		r := rand.New(rand.NewPCG(1, 2))
		w := gencorpus.NewWriter(r, genPlayers, gencorpus.Clubs(300))
		var arts []knowledge.Article
		for i := range genArticles {
			art, err := finish(x, knowledge.Input{Text: w.Text(i)})
			if err != nil {
				continue
			}
			art.Extractor = "generated"
			if arts = append(arts, art); len(arts) == 500 || i == genArticles-1 {
				if _, err := s.Write(ctx, arts); err != nil {
					b.Fatal(err)
				}
				arts = arts[:0]
			}
		}
		s.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
		b.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	cp := filepath.Join(b.TempDir(), "reextract.db")
	if err := os.WriteFile(cp, data, 0o644); err != nil {
		b.Fatal(err)
	}
	s, err := sqlite.Open(ctx, cp)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkReextract reads articles of the generated 100,000-article base
// again with the real extractor of a new version, a batch (one
// transaction) per operation, and reports articles per second: when the
// new version reads the same facts (only the version is written), and
// when it reads new facts in every article (here: every sentence differs,
// so every article's facts are deleted and written again). Run it on one
// core:
//
//	go test -run '^$' -bench Reextract -cpu 1 -benchtime 20x ./knowledge/ingest
func BenchmarkReextract(b *testing.B) {
	x := extract.New().Extract
	s := genStore(b, x)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		batch int
		new   bool
	}{{"same-facts", DefaultBatch, false}, {"new-facts", DefaultBatch, true}, {"new-facts-batch1000", 1000, true}} {
		b.Run(tc.name, func(b *testing.B) {
			version := fmt.Sprintf("bench-%d", time.Now().UnixNano())
			read := x
			if tc.new {
				read = func(text string, h extract.Hints) facts.Article {
					art := x(text, h)
					for i := range art.Players {
						for j := range art.Players[i].Suitors {
							art.Players[i].Suitors[j].Sentence += " " + version
						}
					}
					return art
				}
			}
			p := NewVersioned(s, read, version)
			var after int64
			var done int
			for b.Loop() {
				ch, last, err := p.reextractBatch(ctx, s, after, tc.batch)
				if err != nil {
					b.Fatal(err)
				}
				after = last
				done += ch.Articles
			}
			b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(st.Articles), "base-articles")
		})
	}
}
