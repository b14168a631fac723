package sqlite

import (
	"cmp"
	"context"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// latencies reports the p50 and p99 of lat, in milliseconds.
func latencies(b *testing.B, lat []time.Duration) {
	b.StopTimer()
	slices.Sort(lat)
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / 1e6 }
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
	b.Logf("p90 %.3f p99.9 %.3f max %.3f", ms(0.90), ms(0.999), ms(1))
}

// BenchmarkSuitorsHeat answers /suitors as the bot does with heat:
// Profile, Suitors, Timeline and NewestDate, then the heat of each link,
// over the ingested base, for its most reported player and the median one.
// Run it on one core: go test -run '^$' -bench SuitorsHeat -cpu 1 ./knowledge/sqlite/
func BenchmarkSuitorsHeat(b *testing.B) {
	s := ingestedStore(b)
	for _, who := range reportedPlayers(b, s) {
		b.Run(who.name, func(b *testing.B) { benchSuitorsHeat(b, s, who.id) })
	}
}

// benchSuitorsHeat is BenchmarkSuitorsHeat for player id.
func benchSuitorsHeat(b *testing.B, s *Store, id int64) {
	ctx := context.Background()
	var lat []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := s.Profile(ctx, id); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Suitors(ctx, id); err != nil {
			b.Fatal(err)
		}
		d, err := s.NewestDate(ctx)
		if err != nil {
			b.Fatal(err)
		}
		tl, err := s.Timeline(ctx, id, heat.From(heat.AsOf(d, time.Now())))
		if err != nil {
			b.Fatal(err)
		}
		asOf := heat.AsOf(d, time.Now())
		byClub := map[string][]knowledge.Report{}
		for _, r := range tl {
			byClub[r.Club] = append(byClub[r.Club], r)
		}
		for _, rs := range byClub {
			heat.Config{}.Link(rs, asOf)
		}
		lat = append(lat, time.Since(start))
	}
	latencies(b, lat)
}

// BenchmarkTimeline answers /timeline (Timeline and the story of it) over
// the ingested base, for its most reported player and the median one.
func BenchmarkTimeline(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	for _, who := range reportedPlayers(b, s) {
		b.Run(who.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				start := time.Now()
				tl, err := s.Timeline(ctx, who.id, time.Time{})
				if err != nil {
					b.Fatal(err)
				}
				heat.Timeline(tl, 15)
				lat = append(lat, time.Since(start))
			}
			latencies(b, lat)
		})
	}
}

// BenchmarkHot answers /hot: NewestDate, the reports of the links of the
// last six months (Recent), the heat of each link and the ten hottest,
// over the ingested base.
func BenchmarkHot(b *testing.B) {
	s := ingestedStore(b)
	ctx := context.Background()
	var lat []time.Duration
	var links int
	for b.Loop() {
		start := time.Now()
		d, err := s.NewestDate(ctx)
		if err != nil {
			b.Fatal(err)
		}
		asOf := heat.AsOf(d, time.Now())
		rs, err := s.Recent(ctx, asOf.AddDate(0, -heat.OlderThan, 0), heat.From(asOf))
		if err != nil {
			b.Fatal(err)
		}
		byLink := map[[2]string][]knowledge.Report{}
		for _, r := range rs {
			k := [2]string{r.Player, r.Club}
			byLink[k] = append(byLink[k], r)
		}
		hs := make([]heat.Link, 0, len(byLink))
		for _, rs := range byLink {
			hs = append(hs, heat.Config{}.Link(rs, asOf))
		}
		slices.SortFunc(hs, func(a, b heat.Link) int { return cmp.Compare(b.Heat, a.Heat) })
		links = len(hs)
		lat = append(lat, time.Since(start))
	}
	b.ReportMetric(float64(links), "links")
	latencies(b, lat)
}
