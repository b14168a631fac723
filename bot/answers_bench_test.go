package bot

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/benchdb"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// benchCommand is a command the answer benchmarks send: its name in the
// benchmark and its text.
type benchCommand struct{ name, text string }

// answerCommands are the commands BenchmarkAnswers and
// BenchmarkAnswerMemory send over st: every command that reads the
// knowledge base, for its most reported player, the player at the median
// of reports, its most reported club and the month in which the most
// contracts end.
func answerCommands(b *testing.B, st *sqlite.Store) []benchCommand {
	ctx := context.Background()
	players, err := st.Complete(ctx, "player", "", 1_000_000)
	if err != nil || len(players) == 0 {
		b.Fatal(players, err)
	}
	clubs, err := st.Complete(ctx, "club", "", 1)
	if err != nil || len(clubs) == 0 {
		b.Fatal(clubs, err)
	}
	top, median, club := players[0], players[len(players)/2], clubs[0]
	month := busiestMonth(b, st)
	b.Logf("most reported %s, median %s, club %s, month %s", top, median, club, month)
	return []benchCommand{
		{"suitors-top", "/suitors " + top}, {"suitors-median", "/suitors " + median},
		{"timeline-top", "/timeline " + top}, {"timeline-median", "/timeline " + median},
		{"hot", "/hot"},
		{"player-top", "/player " + top}, {"player-median", "/player " + median},
		{"sources-top", "/sources " + top}, {"sources-top-p40", "/sources " + top + " 40"},
		{"sources-top-last", "/sources " + top + " 9999"}, // the last page: of the origin with the fewest reports
		{"sources-top-club", "/sources " + top + " | " + club}, {"sources-median", "/sources " + median},
		{"latest", "/latest"}, {"latest-top", "/latest " + top}, {"latest-club", "/latest " + club},
		{"club", "/club " + club}, {"expiring", "/expiring " + month},
		{"done", "/done"}, {"done-club", "/done " + club},
		{"ask-top", "who wants " + top + "?"}, {"help", "/help"}, {"stats", "/stats"},
	}
}

// busiestMonth is the month (YYYY-MM) in which the most contracts of st
// end.
func busiestMonth(b *testing.B, st *sqlite.Store) string {
	all, err := st.Expiring(context.Background(), facts.Date{Year: 1900, Month: 1}, facts.Date{Year: 2200, Month: 12})
	if err != nil || len(all) == 0 {
		b.Fatal(len(all), err)
	}
	n := map[string]int{}
	best := ""
	for _, e := range all {
		m := fmt.Sprintf("%04d-%02d", e.Expires.Year, e.Expires.Month)
		if n[m]++; e.Expires.Month != 0 && n[m] > n[best] {
			best = m
		}
	}
	return best
}

// benchBase is the knowledge base over st the answer benchmarks ask.
func benchBase(st *sqlite.Store) knowledge.Base {
	return knowledge.Base{Store: st, Ingester: ingest.New(st, extract.New().Extract)}
}

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
// p50 and p99 of the answers after it, the CPU time (user and system, of
// the whole process) and the bytes each answer takes on average, and the
// process's peak RSS so far (BenchmarkAnswerMemory has each answer's own):
//
//	MERCATO_BENCH_DB=/tmp/mercato-bench-ingested-v2-s20-100000.db go test -run '^$' -bench Answers -benchtime 50x -cpu 1 ./bot/
func BenchmarkAnswers(b *testing.B) {
	st := benchdb.Open(b)
	ctx := context.Background()
	base := benchBase(st)
	cmds := answerCommands(b, st)
	for _, mode := range []struct {
		name string
		k    Knowledge
	}{{"cached", base}, {"anew", struct { // the wrapper hides Generation only: every other reader the router looks for stays
		Knowledge
		hotReader
		storyReader
		heatLinker
		sourcePager
		keeper
	}{base, base, base, base, base, base}}} {
		for _, c := range cmds {
			b.Run(mode.name+"/"+c.name, func(b *testing.B) {
				rt := testRouter(b, mode.k, Options{})
				req := func() {
					if r := rt.Serve(ctx, &Request{Platform: "bench", Chat: "b", Text: c.text, Admin: true}); r.Error {
						b.Fatalf("%s: %s", c.text, r.Text(0))
					}
				}
				start := time.Now()
				req()
				cold := time.Since(start)
				b.ReportAllocs()
				var lat []time.Duration
				cpu := cpuTime(b)
				for b.Loop() {
					start := time.Now()
					req()
					lat = append(lat, time.Since(start))
				}
				b.StopTimer()
				cpu = cpuTime(b) - cpu
				slices.Sort(lat)
				ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / 1e6 }
				b.ReportMetric(float64(cold)/1e6, "cold-ms")
				b.ReportMetric(ms(0.5), "p50-ms")
				b.ReportMetric(ms(0.99), "p99-ms")
				b.ReportMetric(float64(cpu)/1e6/float64(len(lat)), "cpu-ms/op")
				b.ReportMetric(maxRSS(b), "maxrss-MiB")
			})
		}
	}
}

// memoryAnswerEnv names the environment variable that makes
// BenchmarkAnswerMemory, in the process it starts, answer one command.
const memoryAnswerEnv = "MERCATO_BENCH_ANSWER"

// BenchmarkAnswerMemory answers each command of BenchmarkAnswers once in
// a process of its own (this test binary run again), as `mercato ask`
// does, and reports that process's peak RSS (peak-MiB: the Go runtime,
// the extractor's tables, the pages of the base it touched and the heap
// at its highest) and how far the answer raised it above the RSS before
// it (answer-MiB); both are the largest of the b.N runs:
//
//	MERCATO_BENCH_DB=/tmp/mercato-bench-ingested-v2-s24-38e8c5b1-100000.db go test -run '^$' -bench AnswerMemory -benchtime 1x ./bot/
func BenchmarkAnswerMemory(b *testing.B) {
	if text := os.Getenv(memoryAnswerEnv); text != "" {
		answerOnce(b, text)
		return
	}
	st := benchdb.Open(b)
	cmds := answerCommands(b, st)
	st.Close()
	for _, c := range cmds {
		b.Run(c.name, func(b *testing.B) {
			var peak, grew float64
			for b.Loop() {
				p, g := memoryOf(b, c.text)
				peak, grew = max(peak, p), max(grew, g)
			}
			b.ReportMetric(peak, "peak-MiB")
			b.ReportMetric(grew, "answer-MiB")
		})
	}
}

// memoryOf answers text in a new process and returns its peak RSS and
// the answer's rise above the RSS before it, in MiB.
func memoryOf(b *testing.B, text string) (peak, grew float64) {
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^BenchmarkAnswerMemory$", "-test.benchtime=1x", "-test.cpu=1")
	cmd.Env = append(os.Environ(), memoryAnswerEnv+"="+text)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%s: %v\n%s", text, err, out)
	}
	for line := range strings.Lines(string(out)) {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "memory:" {
			before, err1 := strconv.ParseFloat(f[1], 64)
			after, err2 := strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil {
				break
			}
			return after / 1024, (after - before) / 1024
		}
	}
	b.Fatalf("%s: no memory line in\n%s", text, out)
	return 0, 0
}

// answerOnce answers text over $MERCATO_BENCH_DB and prints
// "memory: RSS-before peak-RSS" in kB.
func answerOnce(b *testing.B, text string) {
	st := benchdb.Open(b)
	rt := testRouter(b, benchBase(st), Options{})
	before := procStatus(b, "VmRSS")
	if r := rt.Serve(context.Background(), &Request{Platform: "bench", Chat: "b", Text: text, Admin: true}); r.Error {
		b.Fatalf("%s: %s", text, r.Text(0))
	}
	fmt.Printf("\nmemory: %d %d\n", before, procStatus(b, "VmHWM"))
}

// procStatus is field key of /proc/self/status, in kB.
func procStatus(b *testing.B, key string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), key+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return n
		}
	}
	b.Fatalf("/proc/self/status has no %s", key)
	return 0
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the process's peak resident set size, in MiB.
func maxRSS(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}
