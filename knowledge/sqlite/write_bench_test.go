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

// growthArticle is the i-th of a stream of articles about the players of
// the generated knowledge base, drawn by popularity (the most reported
// ones most often): one or two players, each at his home club with a
// contract and two suitors.
func growthArticle(i int, player func() int64) knowledge.Article {
	club := func(n int64) string { return fmt.Sprintf("Club %03d", n%benchClubs+1) }
	var ps []facts.Player
	var seen []int64
	for j := range 1 + i%2 {
		p := player()
		for slices.Contains(seen, p) {
			p = player()
		}
		seen = append(seen, p)
		ps = append(ps, facts.Player{Name: benchName(int(p - 1)), CurrentClub: club(p),
			ContractExpires: facts.Date{Year: 2025 + i%4, Month: 6},
			Suitors: []facts.Suitor{
				{Club: club(p + 1 + int64(j)), Stage: facts.StageInterest, Sentence: "They want him."},
				{Club: club(p + 3 + int64(j)), Stage: facts.StageTalks, Sentence: "They talk.", Source: "Marca"},
			}})
	}
	return knowledge.Article{Text: fmt.Sprintf("growth article %d", i), Source: "GOAL", Facts: facts.Article{
		Lang: "en", Published: facts.Date{Year: 2024, Month: 1 + i%12, Day: 1 + i%28}, Players: ps}}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWriteGrowth writes the same batches of 100 articles about the
// generated base's players into an empty store and into a copy of the
// generated 100,000-article base, in one run: the cost of an article
// should not grow with the base. Compare cpu-us/article (CPU time is
// steadier than wall time on a shared machine) and written-KB/article
// (what the WAL and its checkpoints write); use a fixed -benchtime
// (e.g. 20x) so both ingest the same articles:
//
//	go test -run '^$' -bench WriteGrowth -benchtime 20x -cpu 1 ./knowledge/sqlite/
func BenchmarkWriteGrowth(b *testing.B) {
	ctx := context.Background()
	benchStore(b) // built on first use
	big := benchPath()
	for _, base := range []string{"empty", "100k"} {
		path := filepath.Join(b.TempDir(), "growth.db")
		if base == "100k" {
			if err := copyFile(big, path); err != nil {
				b.Fatal(err)
			}
		}
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		player := benchPopularity(rand.New(rand.NewPCG(5, 6)))
		next := 0
		b.Run("base="+base, func(b *testing.B) {
			cpu, wrote := cpuTime(b), writtenBytes()
			for b.Loop() {
				arts := make([]knowledge.Article, 100)
				for i := range arts {
					arts[i] = growthArticle(next, player)
					next++
				}
				if _, err := s.Write(ctx, arts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/float64(100*b.N), "cpu-us/article")
			if wrote >= 0 {
				b.ReportMetric(float64(writtenBytes()-wrote)/1024/float64(100*b.N), "written-KB/article")
			}
		})
	}
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
