package jobs

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/benchdb"
	"github.com/mercato-bot/mercato/knowledge"
)

// BenchmarkDigestRun composes the first digests of 200 and of 10,000
// subscriptions (a tenth to everything, the rest following one of 30
// players) over the knowledge base at $MERCATO_BENCH_DB, such as the
// generated base the sqlite benchmarks keep in the temporary directory;
// nothing is written. ns/op is one run; cpu-s/run its CPU time (user and
// system, of the whole process), steadier on a shared machine.
//
//	MERCATO_BENCH_DB=/tmp/mercato-bench-ingested-v2-s20-100000.db go test -run '^$' -bench DigestRun -benchtime 1x ./jobs/
func BenchmarkDigestRun(b *testing.B) {
	st := benchdb.Open(b)
	ctx := context.Background()
	for _, n := range []int{200, 10_000} {
		b.Run(fmt.Sprintf("subs=%d", n), func(b *testing.B) {
			subs := make([]knowledge.Subscription, n)
			for i := range subs {
				subs[i] = knowledge.Subscription{ID: int64(i + 1), Kind: knowledge.SubDigest, Lang: "en"}
				if i%10 != 0 {
					subs[i].Filter, subs[i].FilterID = knowledge.FilterPlayer, int64(1+i%30)
				}
			}
			d := &digest{store: st, maxItems: 15}
			cpu := cpuTime(b)
			for b.Loop() {
				compose, err := d.start(ctx, time.Now())
				if err != nil {
					b.Fatal(err)
				}
				for _, sub := range subs {
					if _, _, err := compose(ctx, sub); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-s/run")
		})
	}
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
