package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

// telegramService returns the Telegram adapter and its sender for the jobs,
// or nils when no token is configured (telegram.token, which loadConfig
// fills from the TELEGRAM_TOKEN environment variable). It connects to the Bot API (getMe)
// to check the token. The updates it handled are journaled beside the
// database (PATH-telegram-updates), so that a restart answers each once.
func telegramService(ctx context.Context, cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
	return telegramReplica(ctx, cfg, router, log, m, nil)
}

// sharedStore is what a knowledge base shared by several replicas
// (PostgreSQL) offers them to split the work.
type sharedStore interface {
	// TakeUpdate is true for the first replica asking for a Telegram update.
	TakeUpdate(ctx context.Context, updateID int64) (bool, error)
	// Exclusive takes a lock only one replica may hold.
	Exclusive(ctx context.Context, key int64) (release func(), ok bool, err error)
}

// telegramReplica is telegramService for one of the replicas sharing
// shared (nil: a single process): its webhook answers only the updates it
// takes first, and long polling is refused when another replica polls.
func telegramReplica(ctx context.Context, cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics, shared sharedStore) (service, bot.Sender, error) {
	tc := cfg.Telegram
	if tc.Token == "" {
		return nil, nil, nil
	}
	db, err := databasePath(cfg, "", os.Getenv)
	if err != nil {
		return nil, nil, err
	}
	opts := telegram.Options{Log: log, HTMLText: htmlText, Metrics: m, Journal: db + "-telegram-updates"}
	if shared != nil {
		if tc.Webhook == nil {
			if err := pollAlone(ctx, shared); err != nil {
				return nil, nil, err
			}
		}
		opts.Claim = func(ctx context.Context, id int) (bool, error) { return shared.TakeUpdate(ctx, int64(id)) }
	}
	b, err := telegram.New(ctx, tc, router, opts)
	if err != nil {
		return nil, nil, err
	}
	return b, b, nil
}

// pollAlone makes this replica the one polling Telegram, for as long as
// the process lives, or says why it cannot: Telegram answers getUpdates
// to one poller per bot, so several replicas need the webhook.
func pollAlone(ctx context.Context, shared sharedStore) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, ok, err := shared.Exclusive(ctx, postgres.TelegramPollingKey)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("long polling runs on one replica only and another replica polls already; " +
			"to run several replicas, configure telegram.webhook (README: Running several replicas)")
	}
	return nil
}

// htmlText is the text of an HTML article: its title, then its paragraphs.
func htmlText(src string) string {
	in := htmlArticle(src)
	if in.Title == "" {
		return in.Text
	}
	return in.Title + "\n\n" + in.Text
}
