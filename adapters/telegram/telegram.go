// Package telegram is the bot on Telegram, over the Bot API: commands and
// plain-language questions in private chats and groups, replies rendered in
// HTML parse mode, inline keyboards for choices, admin ingestion of texts
// and documents, and a paced Sender for the scheduled jobs.
//
// The SDK (go-telegram-bot-api/v5) is kept behind the small sdk interface;
// the tests drive the adapter end to end against the fake Bot API server of
// package telegramtest.
package telegram

import (
	"errors"
	"fmt"
	"net/url"
)

// DefaultMaxDocumentBytes is the largest document /ingest downloads when
// Config.MaxDocumentBytes is zero.
const DefaultMaxDocumentBytes = 1 << 20

// Config is the telegram section of the configuration.
type Config struct {
	Token       string   `yaml:"token"`        // or TELEGRAM_TOKEN
	APIEndpoint string   `yaml:"api_endpoint"` // base URL of the Bot API; empty = Telegram's
	Admins      []int64  `yaml:"admins"`       // user ids allowed to /ingest
	Webhook     *Webhook `yaml:"webhook"`      // nil: long polling

	// MaxDocumentBytes is the largest .txt or .html document /ingest
	// accepts. Zero: DefaultMaxDocumentBytes.
	MaxDocumentBytes int64 `yaml:"max_document_bytes"`
}

// Webhook configures the delivery of updates by webhook instead of long
// polling.
type Webhook struct {
	Listen string `yaml:"listen"` // address the HTTP server listens on: ":8443"
	URL    string `yaml:"url"`    // public URL registered with setWebhook; its path is served
	// SecretToken is sent by Telegram in the X-Telegram-Bot-Api-Secret-Token
	// header of every webhook request and checked; empty: a random one is
	// generated at start.
	SecretToken string `yaml:"secret_token"`
}

// validate checks the configuration, naming the key at fault.
func (c Config) validate() error {
	if c.Token == "" {
		return errors.New("telegram: no token (telegram.token or TELEGRAM_TOKEN)")
	}
	if c.APIEndpoint != "" {
		if u, err := url.Parse(c.APIEndpoint); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("telegram: telegram.api_endpoint %q is not an http(s) URL", c.APIEndpoint)
		}
	}
	if c.MaxDocumentBytes < 0 {
		return fmt.Errorf("telegram: telegram.max_document_bytes %d is negative", c.MaxDocumentBytes)
	}
	if w := c.Webhook; w != nil {
		if u, err := url.Parse(w.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("telegram: telegram.webhook.url %q is not an http(s) URL", w.URL)
		}
		if w.Listen == "" {
			return errors.New("telegram: telegram.webhook.listen is empty")
		}
	}
	return nil
}
