package telegram

import (
	"errors"
)

// Metrics receives the adapter's measurements (internal/metrics
// implements it); the platform is always "telegram".
type Metrics interface {
	// Delivered counts one reply: "sent", "retried" (one more attempt
	// after a failure), "failed" (given up) or "uncertain" (a message
	// that went out with no answer: not sent again).
	Delivered(platform, outcome string)
	// Waited counts one message held back under the Bot API's limits.
	Waited(platform string)
	// Throttled counts one 429 Too Many Requests.
	Throttled(platform string)
}

// noMetrics records nothing: a Bot given no Metrics.
type noMetrics struct{}

func (noMetrics) Delivered(string, string) {}
func (noMetrics) Waited(string)            {}
func (noMetrics) Throttled(string)         {}

// platform is the platform label of the metrics.
const platform = "telegram"

// errNoWebhook is the health of a bot whose webhook is not registered yet.
var errNoWebhook = errors.New("telegram: webhook not registered yet")

// errStopped is the health of a bot whose Run returned.
var errStopped = errors.New("telegram: stopped")

// setHealth records the adapter's health: nil, or why it is not
// connected.
func (b *Bot) setHealth(err error) { b.health.Store(&err) }

// Health reports whether the bot receives updates: nil while long
// polling answers, or once the webhook is registered; otherwise why not
// (the last getUpdates error, the webhook not registered yet, stopped).
func (b *Bot) Health() error {
	if p := b.health.Load(); p != nil {
		return *p
	}
	return nil
}
