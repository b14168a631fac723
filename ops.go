package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mercato-bot/mercato/internal/metrics"
	"github.com/mercato-bot/mercato/internal/opsserver"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// httpConfig is the http section of the configuration: the operator's
// endpoint (/healthz, /metrics), off when Listen is empty.
type httpConfig struct {
	Listen string `yaml:"listen"` // "127.0.0.1:9090"
}

// newMetrics returns mercato's metrics and the registry that holds them
// with the Go runtime and process collectors, or nils when the operator's
// endpoint is off: nothing is then recorded.
func newMetrics(cfg *config) (*metrics.Metrics, *prometheus.Registry) {
	if cfg.HTTP.Listen == "" {
		return nil, nil
	}
	reg := metrics.NewRegistry()
	return metrics.New(reg), reg
}

// timedExtract records the duration of every extraction in m.
func timedExtract(x ingest.ExtractFunc, m *metrics.Metrics) ingest.ExtractFunc {
	if m == nil {
		return x
	}
	return func(text string, h extract.Hints) facts.Article {
		start := time.Now()
		defer func() { m.Extracted(time.Since(start)) }()
		return x(text, h)
	}
}

// countedIngester counts the articles offered to an Ingester by result
// and source, and the links the new ones stored.
type countedIngester struct {
	next   knowledge.Ingester
	m      *metrics.Metrics
	source string // empty: url when the input has one, else command
}

// counted returns base whose ingester counts in m the articles it is
// offered from source; base itself when m is nil.
func counted(base knowledge.Base, m *metrics.Metrics, source string) knowledge.Base {
	if m == nil {
		return base
	}
	return knowledge.Base{Store: base.Store, Ingester: countedIngester{base.Ingester, m, source}}
}

// Ingest ingests in and counts it.
func (c countedIngester) Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error) {
	res, err := c.next.Ingest(ctx, in)
	source := c.source
	if source == "" {
		source = metrics.SourceCommand
		if in.URL != "" {
			source = metrics.SourceURL
		}
	}
	var rej *knowledge.RejectError
	switch {
	case errors.As(err, &rej):
		c.m.Ingested(source, metrics.ResultRejected, 0)
	case err != nil:
		c.m.Ingested(source, metrics.ResultError, 0)
	case res.Duplicate:
		c.m.Ingested(source, metrics.ResultDuplicate, 0)
	default:
		links := 0
		for _, p := range res.Facts.Players {
			links += len(p.Suitors)
		}
		c.m.Ingested(source, metrics.ResultNew, links)
	}
	return res, err
}

// healthy is a service that can tell whether it is connected: the
// Telegram and Discord adapters.
type healthy interface{ Health() error }

// lastRuns is the jobs scheduler's record of its runs.
type lastRuns interface{ LastRuns() []jobs.LastRun }

// pinger is a store that can tell whether its database answers.
type pinger interface {
	Ping(ctx context.Context) error
}

// opsService returns the operator's endpoint of `mercato run`: /healthz
// over the database and the services that can tell their health (by
// name), with the jobs' last runs; /metrics over reg, with the knowledge
// base gauges, and the articles awaiting re-extraction by the extractor
// of this build (version). It listens on http.listen at once, so that an
// address taken or mistyped stops mercato before anything runs.
func opsService(cfg *config, store knowledge.Store, version string, services map[string]service, reg *prometheus.Registry, log *slog.Logger) (service, error) {
	ln, err := net.Listen("tcp", cfg.HTTP.Listen)
	if err != nil {
		return nil, fmt.Errorf("http.listen: %w", err)
	}
	metrics.WatchKnowledge(reg, func(ctx context.Context) (metrics.Counts, error) {
		st, err := store.Stats(ctx)
		return metrics.Counts{Articles: st.Articles, Players: st.Players, Links: st.Links, Subscriptions: st.Subscriptions}, err
	})
	opts := opsserver.Options{Listener: ln, Gatherer: reg, Log: log}
	opts.Checks = append(opts.Checks, opsserver.Check{Name: "database", Func: func(ctx context.Context) error {
		if p, ok := unwrap(store).(pinger); ok {
			return p.Ping(ctx)
		}
		_, err := store.Empty(ctx)
		return err
	}})
	for _, name := range []string{"telegram", "discord"} {
		if h, ok := services[name].(healthy); ok {
			opts.Checks = append(opts.Checks, opsserver.Check{Name: name, Func: func(context.Context) error { return h.Health() }})
		}
	}
	if j, ok := services["jobs"].(lastRuns); ok {
		opts.Jobs = func() []opsserver.JobRun {
			var out []opsserver.JobRun
			for _, r := range j.LastRuns() {
				out = append(out, opsserver.JobRun{Job: r.Job, At: r.At, Seconds: r.Took.Seconds(), Outcome: r.Outcome})
			}
			return out
		}
	}
	opts.Awaiting = func(ctx context.Context) (int, error) { return store.CountStale(ctx, version) }
	return opsserver.New(opts), nil
}
