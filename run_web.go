package main

import (
	"log/slog"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/web"
)

// newFetcher returns the fetcher behind `/ingest URL` and `mercato ingest URL`.
func newFetcher(cfg *config, log *slog.Logger) bot.Fetcher { return newWebFetcher(cfg, log) }

// newWebFetcher returns the web fetcher of the ingest section, logging to log.
func newWebFetcher(cfg *config, log *slog.Logger) *web.Fetcher {
	return web.New(cfg.Ingest, log.With("component", "web"))
}

// newFeedPoller returns the poller of the configured feeds behind the
// feeds job and `mercato jobs run feeds`.
func newFeedPoller(cfg *config, store knowledge.Base, log *slog.Logger) *jobs.FeedPoller {
	return jobs.NewFeedPoller(cfg.Feeds, newWebFetcher(cfg, log), store, log.With("component", "feeds"))
}
