package main

import (
	"log/slog"

	"github.com/mercato-bot/mercato/bot"
)

// telegramService returns the Telegram adapter and its sender for the jobs,
// or nils when no token is configured.
func telegramService(cfg *config, router *bot.Router, log *slog.Logger) (service, bot.Sender, error) {
	return nil, nil, nil
}
