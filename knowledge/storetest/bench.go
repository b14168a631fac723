package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// BenchSuitors answers /suitors (FindPlayers + Profile + Suitors) for the
// players names, in turn, for the benchmark's iterations, reports the
// p50-ms and p99-ms latencies and returns every latency, sorted.
func BenchSuitors(b *testing.B, s knowledge.Store, names []string) []time.Duration {
	ctx := context.Background()
	var lat []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		ps, err := s.FindPlayers(ctx, names[i%len(names)])
		if err != nil || len(ps) == 0 {
			b.Fatalf("FindPlayers(%q) = %v, %v", names[i%len(names)], ps, err)
		}
		if _, err := s.Profile(ctx, ps[0].ID); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Suitors(ctx, ps[0].ID); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(Percentile(lat, 0.50), "p50-ms")
	b.ReportMetric(Percentile(lat, 0.99), "p99-ms")
	return lat
}

// Percentile is the q quantile of sorted latencies, in milliseconds.
func Percentile(sorted []time.Duration, q float64) float64 {
	return float64(sorted[int(q*float64(len(sorted)-1))]) / 1e6
}
