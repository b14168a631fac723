package main

import (
	"log/slog"

	"github.com/mercato-bot/mercato/bot"
)

// discordService returns the Discord adapter and its sender for the jobs,
// or nils when no token is configured.
func discordService(cfg *config, router *bot.Router, log *slog.Logger) (service, bot.Sender, error) {
	return nil, nil, nil
}
