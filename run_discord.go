package main

import (
	"context"
	"log/slog"
	"strings"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
)

// discordService returns the Discord adapter and its sender for the jobs,
// or nils when no token is configured (discord.token, which loadConfig
// fills from the DISCORD_TOKEN environment variable).
func discordService(_ context.Context, cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
	dc := cfg.Discord
	if strings.TrimSpace(dc.Token) == "" {
		return nil, nil, nil
	}
	a, err := discord.New(dc, router, log, discord.WithMetrics(m), discord.WithHTMLText(htmlText))
	if err != nil {
		return nil, nil, err
	}
	return a, a, nil
}
