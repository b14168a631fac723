// Package telegram is the bot on Telegram, over the Bot API: commands and
// plain-language questions in private chats and groups, replies rendered in
// HTML parse mode, inline keyboards for choices, admin ingestion of texts
// and documents, and a paced Sender for the scheduled jobs.
//
// The SDK (go-telegram-bot-api/v5) is kept behind the small sdk interface;
// the tests drive the adapter end to end against the fake Bot API server of
// package telegramtest.
package telegram

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
