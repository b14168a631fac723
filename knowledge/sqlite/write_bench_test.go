package sqlite

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// writeBenchArticle is the i-th of a stream of hand-built articles: one
// player of 2,000, his club and two suitors of 100 clubs, one fee.
func writeBenchArticle(i int) knowledge.Article {
	club := func(n int) string { return fmt.Sprintf("Club %03d", n%100) }
	p := facts.Player{Name: gencorpus.PlayerName(i % 2000), CurrentClub: club(i),
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

// joinBatches joins each per batches of hundreds into one, the batches
// of one Write each.
func joinBatches(hundreds [][]knowledge.Article, per int) [][]knowledge.Article {
	var out [][]knowledge.Article
	for i := 0; i+per <= len(hundreds); i += per {
		out = append(out, slices.Concat(hundreds[i:i+per]...))
	}
	return out
}

// growthBatches is the batches of 100 articles BenchmarkWriteGrowth
// writes, n at most: generated like the ingested base's (another stream
// of gencorpus articles about its players), read by the extractor and
// tidied by the ingest pipeline, so only the store's Write is timed.
// Dated over the base's ten years when spread, else in its last month.
func growthBatches(b *testing.B, n int, spread bool) [][]knowledge.Article {
	b.Helper()
	w := gencorpus.NewWriter(rand.New(rand.NewPCG(5, 6)), benchPlayers, gencorpus.Clubs(300))
	var c capture
	p := ingest.New(&c, extract.New().Extract)
	out := make([][]knowledge.Article, n)
	for i := range out {
		ins := make([]knowledge.Input, 100)
		for j := range ins {
			k := 10_000_000 + 100*i + j // not the base's texts
			text := w.TextIn(k, gencorpus.LastYear, gencorpus.LastMonth)
			if spread {
				text = w.Text(k)
			}
			ins[j] = knowledge.Input{Text: text}
		}
		c.arts = nil
		if _, err := p.IngestAll(context.Background(), ins); err != nil {
			b.Fatal(err)
		}
		out[i] = c.arts
	}
	return out
}

// capture is a knowledge.Writer that keeps the articles it is handed and
// stores nothing.
type capture struct{ arts []knowledge.Article }

func (c *capture) ArticleID(context.Context, string, string) (int64, error) {
	return 0, knowledge.ErrNotFound
}

func (c *capture) Write(_ context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	c.arts = append(c.arts, arts...)
	return make([]knowledge.Stored, len(arts)), nil
}

func (c *capture) ArticleFacts(context.Context, int64) (facts.Article, error) {
	return facts.Article{}, nil
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWriteGrowth writes the same batches of 100 generated articles
// (growthBatches) into an empty store and into a copy of the ingested
// base (ingestedStore, 100,000 articles unless $MERCATO_BENCH_ARTICLES),
// in one run: the cost of an article should not grow with the base.
// The news comes as it does, dated in the base's last month
// (news=recent), and, as an older model had it, dated over the base's ten
// years (news=spread), which puts every new report in a random place of
// each index keyed by date. Compare cpu-us/article (CPU time of the Write
// calls, steadier than wall time on a shared machine) and
// written-KB/article (what the WAL and its checkpoints write); use a
// fixed -benchtime of at most 20x so both write the same articles. The
// news of the month is also written 1,000 articles a Write
// (news=recent/batch=1000), as `mercato ingest` writes them:
//
//	go test -run '^$' -bench WriteGrowth -benchtime 20x -cpu 1 ./knowledge/sqlite/
func BenchmarkWriteGrowth(b *testing.B) {
	ingestedStore(b) // built on first use
	big := ingestedPath(ingestedArticles(b), len(migrations))
	for _, c := range []struct {
		news  string
		batch int // hundreds of articles a Write
	}{{"recent", 1}, {"spread", 1}, {"recent", 10}} {
		batches := joinBatches(growthBatches(b, 20*c.batch, c.news == "spread"), c.batch)
		name := "news=" + c.news
		if c.batch > 1 {
			name += fmt.Sprintf("/batch=%d", 100*c.batch)
		}
		for _, base := range []string{"empty", "ingested"} {
			b.Run(name+"/base="+base, func(b *testing.B) {
				writeGrowth(b, batches, base == "ingested", big)
			})
		}
	}
}

// writeGrowth writes batches, one a loop, into an empty store or (when
// ingested) a copy of the base at big, and reports the CPU time of the
// Write calls and the bytes written per article.
func writeGrowth(b *testing.B, batches [][]knowledge.Article, ingested bool, big string) {
	ctx := context.Background()
	if !ingested {
		big = ""
	}
	s, _ := openCopy(b, big)
	var cpu time.Duration
	wrote := writtenBytes()
	for i := 0; b.Loop(); i++ {
		if i == len(batches) {
			b.Fatalf("-benchtime over %dx: no more batches", len(batches))
		}
		start := cpuTime(b)
		if _, err := s.Write(ctx, batches[i]); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime(b) - start
	}
	n := float64(len(slices.Concat(batches[:b.N]...)))
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-us/article")
	if wrote >= 0 {
		b.ReportMetric(float64(writtenBytes()-wrote)/1024/n, "written-KB/article")
	}
}

// openCopy opens a copy of the knowledge base at big (a new one when
// big is ""), closed when b ends, and returns it and its path.
func openCopy(b *testing.B, big string) (*Store, string) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "copy.db")
	if big != "" {
		if err := copyFile(big, path); err != nil {
			b.Fatal(err)
		}
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s, path
}

// writtenBytes is how many bytes the process has handed to write calls
// (wchar of /proc/self/io: the WAL, checkpoints and anything else it
// writes); -1 where the system does not tell.
func writtenBytes() int64 {
	io, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(io), "\n") {
		if v, ok := strings.CutPrefix(line, "wchar: "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return -1
			}
			return n
		}
	}
	return -1
}

// copyFile copies the file at from to to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
