// Package telegram is the bot on Telegram, over the Bot API.
package telegram

// Config is the telegram section of the configuration.
type Config struct {
	Token       string  `yaml:"token"`        // or TELEGRAM_TOKEN
	APIEndpoint string  `yaml:"api_endpoint"` // base URL of the Bot API; empty = Telegram's
	Admins      []int64 `yaml:"admins"`       // user ids allowed to /ingest
	Webhook     *struct {
		Listen      string `yaml:"listen"`
		URL         string `yaml:"url"`
		SecretToken string `yaml:"secret_token"`
	} `yaml:"webhook"`
}
