package main

import (
	"log/slog"
	"os"
	"strings"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
)

// discordService returns the Discord adapter and its sender for the jobs,
// or nils when no token is configured (discord.token, else the
// DISCORD_TOKEN environment variable).
func discordService(cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
	dc := cfg.Discord
	if strings.TrimSpace(dc.Token) == "" {
		dc.Token = strings.TrimSpace(os.Getenv("DISCORD_TOKEN"))
	}
	if dc.Token == "" {
		return nil, nil, nil
	}
	a, err := discord.New(dc, router, log, discord.WithMetrics(m))
	if err != nil {
		return nil, nil, err
	}
	return a, a, nil
}
