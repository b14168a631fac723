package main

import "github.com/mercato-bot/mercato/bot"

// newFetcher returns the fetcher behind `/ingest URL` and `mercato ingest URL`.
func newFetcher(cfg *config) bot.Fetcher { return nil }
