package bot

import (
	"context"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/benchdb"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// BenchmarkAnswers answers each command over the knowledge base at
// $MERCATO_BENCH_DB (such as the generated 100,000-article bases the
// sqlite benchmarks keep in the temporary directory: built by bulk
// inserts, mercato-bench-v3-*, or through the ingest path,
// mercato-bench-ingested-v2-*, which -bench LatestOfPlayer/ingested
// builds), for its most
// reported player, the player at the median of reports and its most
// reported club, through a router that caches heat answers at the base's
// generation ("cached") and one that computes them anew each time
// ("anew"). Each reports the first answer of a new router (cold-ms), the
// p50 and p99 of the answers after it, the bytes each answer allocates
// and the process's peak RSS so far:
//
//	MERCATO_BENCH_DB=/tmp/mercato-bench-ingested-v2-s20-100000.db go test -run '^$' -bench Answers -benchtime 50x -cpu 1 ./bot/
func BenchmarkAnswers(b *testing.B) {
	st := benchdb.Open(b)
	ctx := context.Background()
	base := knowledge.Base{Store: st, Ingester: ingest.New(st, extract.New().Extract)}
	players, err := st.Complete(ctx, "player", "", 1_000_000)
	if err != nil || len(players) == 0 {
		b.Fatal(players, err)
	}
	clubs, err := st.Complete(ctx, "club", "", 1)
	if err != nil || len(clubs) == 0 {
		b.Fatal(clubs, err)
	}
	top, median, club := players[0], players[len(players)/2], clubs[0]
	b.Logf("most reported %s, median %s, club %s", top, median, club)
	cmds := []struct{ name, text string }{
		{"suitors-top", "/suitors " + top}, {"suitors-median", "/suitors " + median},
		{"timeline-top", "/timeline " + top}, {"timeline-median", "/timeline " + median},
		{"hot", "/hot"},
		{"player-top", "/player " + top}, {"sources-top", "/sources " + top},
		{"latest-top", "/latest " + top}, {"club", "/club " + club},
	}
	for _, mode := range []struct {
		name string
		k    Knowledge
	}{{"cached", base}, {"anew", struct { // the wrapper hides Generation, not what /suitors, /hot and /timeline read first
		Knowledge
		hotReader
		storyReader
		heatLinker
	}{base, base, base, base}}} {
		for _, c := range cmds {
			b.Run(mode.name+"/"+c.name, func(b *testing.B) {
				rt := testRouter(b, mode.k, Options{})
				req := func() {
					if r := rt.Serve(ctx, &Request{Platform: "bench", Chat: "b", Text: c.text}); r.Error {
						b.Fatalf("%s: %s", c.text, r.Text(0))
					}
				}
				start := time.Now()
				req()
				cold := time.Since(start)
				b.ReportAllocs()
				var lat []time.Duration
				for b.Loop() {
					start := time.Now()
					req()
					lat = append(lat, time.Since(start))
				}
				b.StopTimer()
				slices.Sort(lat)
				ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / 1e6 }
				b.ReportMetric(float64(cold)/1e6, "cold-ms")
				b.ReportMetric(ms(0.5), "p50-ms")
				b.ReportMetric(ms(0.99), "p99-ms")
				b.ReportMetric(maxRSS(b), "maxrss-MiB")
			})
		}
	}
}

// maxRSS is the process's peak resident set size, in MiB.
func maxRSS(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}
