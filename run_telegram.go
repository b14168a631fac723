package main

import (
	"log/slog"
	"os"

	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
)

// telegramService returns the Telegram adapter and its sender for the jobs,
// or nils when no token is configured (telegram.token, else the
// TELEGRAM_TOKEN environment variable). It connects to the Bot API (getMe)
// to check the token. The updates it handled are journaled beside the
// database (PATH-telegram-updates), so that a restart answers each once.
func telegramService(cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
	tc := cfg.Telegram
	if tc.Token == "" {
		tc.Token = os.Getenv("TELEGRAM_TOKEN")
	}
	if tc.Token == "" {
		return nil, nil, nil
	}
	db, err := databasePath(cfg, "", os.Getenv)
	if err != nil {
		return nil, nil, err
	}
	b, err := telegram.New(tc, router, telegram.Options{Log: log, HTMLText: htmlText, Metrics: m, Journal: db + "-telegram-updates"})
	if err != nil {
		return nil, nil, err
	}
	return b, b, nil
}

// htmlText is the text of an HTML article: its title, then its paragraphs.
func htmlText(src string) string {
	in := htmlArticle(src)
	if in.Title == "" {
		return in.Text
	}
	return in.Title + "\n\n" + in.Text
}
