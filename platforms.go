package main

import (
	"context"
	"log/slog"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
)

// platform is a chat platform mercato has an adapter for. start returns
// the adapter to run and its sender for the jobs, or nils when the
// platform is not configured.
type platform struct {
	name  string
	start func(context.Context, *config, *bot.Router, *slog.Logger, *metrics.Metrics) (service, bot.Sender, error)
}

// platforms lists the chat platforms, in the order `mercato run` starts
// them: the one list that `mercato run` and `mercato jobs run` use.
// shared is the knowledge base the replicas share, when they do
// (PostgreSQL; nil for one process, or for a command only sending).
func platforms(shared sharedStore) []platform {
	return []platform{
		{"telegram", func(ctx context.Context, cfg *config, r *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
			return telegramReplica(ctx, cfg, r, log, m, shared)
		}},
		{"discord", func(ctx context.Context, cfg *config, r *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
			return discordReplica(ctx, cfg, r, log, m, shared)
		}},
	}
}
