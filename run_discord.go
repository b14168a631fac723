package main

import (
	"log/slog"
	"os"
	"strings"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
)

// discordService returns the Discord adapter and its sender for the jobs,
// or nils when no token is configured (discord.token, else the
// DISCORD_TOKEN environment variable).
func discordService(cfg *config, router *bot.Router, log *slog.Logger) (service, bot.Sender, error) {
	dc := cfg.Discord
	if strings.TrimSpace(dc.Token) == "" {
		dc.Token = strings.TrimSpace(os.Getenv("DISCORD_TOKEN"))
	}
	if dc.Token == "" {
		return nil, nil, nil
	}
	a, err := discord.New(dc, router, log)
	if err != nil {
		return nil, nil, err
	}
	return a, a, nil
}
