package main

import (
	"log/slog"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/web"
)

// newFetcher returns the fetcher behind `/ingest URL` and `mercato ingest URL`.
func newFetcher(cfg *config) bot.Fetcher { return newWebFetcher(cfg) }

// newWebFetcher returns the web fetcher of the ingest section.
func newWebFetcher(cfg *config) *web.Fetcher {
	return web.New(cfg.Ingest, slog.Default().With("component", "web"))
}

// newFeedPoller returns the poller of the configured feeds behind the
// feeds job and `mercato jobs run feeds`.
func newFeedPoller(cfg *config, store knowledge.Base) *jobs.FeedPoller {
	return jobs.NewFeedPoller(cfg.Feeds, newWebFetcher(cfg), store, slog.Default().With("component", "feeds"))
}
