package metrics

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Counts are the knowledge base's sizes the gauges show.
type Counts struct {
	Articles, Players, Links, Subscriptions int
}

// CountFunc counts what the knowledge base holds.
type CountFunc func(ctx context.Context) (Counts, error)

// The knowledge base gauges' refresh bounds.
const (
	// RefreshEvery is how old the counts may get before a scrape counts
	// again: a scrape every few seconds costs one count a minute.
	RefreshEvery = time.Minute
	countTimeout = 5 * time.Second
)

// kbCollector exports the knowledge base's counts as gauges, counting
// again at most once per period.
type kbCollector struct {
	count  CountFunc
	period time.Duration
	now    func() time.Time

	articles, players, links, subs *prometheus.Desc

	mu     sync.Mutex
	at     time.Time // of the last count; zero: never counted
	counts Counts
}

// WatchKnowledge registers on reg the knowledge base gauges (articles,
// players, links, subscriptions), counted by count at most once per
// RefreshEvery. A count that fails leaves the last values.
func WatchKnowledge(reg prometheus.Registerer, count CountFunc) {
	reg.MustRegister(newKBCollector(count, RefreshEvery, time.Now))
}

func newKBCollector(count CountFunc, period time.Duration, now func() time.Time) *kbCollector {
	desc := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(namespace, "knowledge", name), help, nil, nil)
	}
	return &kbCollector{
		count: count, period: period, now: now,
		articles: desc("articles", "Articles in the knowledge base."),
		players:  desc("players", "Players in the knowledge base."),
		links:    desc("links", "Links between a player and a club in the knowledge base."),
		subs:     desc("subscriptions", "Subscriptions to digests and reminders."),
	}
}

// Describe sends the gauges' descriptions.
func (c *kbCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.articles
	ch <- c.players
	ch <- c.links
	ch <- c.subs
}

// Collect sends the gauges, counting again when the last count is older
// than the period.
func (c *kbCollector) Collect(ch chan<- prometheus.Metric) {
	n := c.refresh()
	for _, g := range []struct {
		d *prometheus.Desc
		v int
	}{{c.articles, n.Articles}, {c.players, n.Players}, {c.links, n.Links}, {c.subs, n.Subscriptions}} {
		ch <- prometheus.MustNewConstMetric(g.d, prometheus.GaugeValue, float64(g.v))
	}
}

// refresh returns the counts, counting again if they are stale.
func (c *kbCollector) refresh() Counts {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if !c.at.IsZero() && now.Sub(c.at) < c.period {
		return c.counts
	}
	ctx, cancel := context.WithTimeout(context.Background(), countTimeout)
	defer cancel()
	if n, err := c.count(ctx); err == nil {
		c.counts = n
	}
	c.at = now
	return c.counts
}
