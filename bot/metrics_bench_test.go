package bot

import (
	"context"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/internal/metrics"
)

// BenchmarkSuitorsMetrics measures /suitors Kamara answered by a router
// recording into mercato's Prometheus metrics and by one recording
// nothing (no Options.Metrics), over one real knowledge base, the two in
// turn in the same loop so that the load of the machine weighs on both
// alike. It reports the median of each and the difference:
//
//	go test -run '^$' -bench SuitorsMetrics -cpu 1 ./bot/
func BenchmarkSuitorsMetrics(b *testing.B) {
	plain, store := storeRouter(b)
	measured := testRouter(b, store, Options{Metrics: metrics.New(metrics.NewRegistry())})
	routers := [2]*Router{plain, measured}
	req := &Request{Platform: "telegram", Chat: "b", Text: "/suitors Kamara"}
	ctx := context.Background()
	var took [2][]time.Duration
	for i := 0; b.Loop(); i++ {
		for k := range routers {
			k = (k + i) % 2 // each goes first every other time
			start := time.Now()
			routers[k].Serve(ctx, req)
			took[k] = append(took[k], time.Since(start))
		}
	}
	without, with := median(took[0]), median(took[1])
	b.ReportMetric(without, "without-µs")
	b.ReportMetric(with, "with-µs")
	b.ReportMetric(with-without, "extra-µs")
}
