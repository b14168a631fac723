package discord

import (
	"errors"

	"github.com/bwmarrin/discordgo"
)

// Metrics receives the adapter's measurements (internal/metrics
// implements it); the platform is always "discord".
type Metrics interface {
	// Delivered counts one answer: "sent", or "failed" (given up).
	Delivered(platform, outcome string)
	// Throttled counts one 429 Too Many Requests from the REST API.
	Throttled(platform string)
}

// noMetrics records nothing: an adapter given no Metrics.
type noMetrics struct{}

func (noMetrics) Delivered(string, string) {}
func (noMetrics) Throttled(string)         {}

// Option tunes an Adapter.
type Option func(*Adapter)

// WithMetrics makes the adapter count its answers and 429s in m.
func WithMetrics(m Metrics) Option {
	return func(a *Adapter) { a.metrics = m }
}

// platform is the platform label of the metrics.
const platform = "discord"

// The adapter's health when the gateway is not there.
var (
	errNotReady     = errors.New("discord: gateway not ready yet")
	errDisconnected = errors.New("discord: gateway disconnected")
)

// setHealth records the adapter's health: nil, or why it is not
// connected.
func (a *Adapter) setHealth(err error) { a.health.Store(&err) }

// Health reports whether the gateway is ready: nil from its READY event
// until it disconnects, and again once it resumes; otherwise why not.
func (a *Adapter) Health() error {
	if p := a.health.Load(); p != nil {
		return *p
	}
	return nil
}

func (a *Adapter) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	a.setHealth(errDisconnected)
}

func (a *Adapter) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	a.setHealth(nil)
}

func (a *Adapter) onRateLimit(_ *discordgo.Session, _ *discordgo.RateLimit) {
	a.metrics.Throttled(platform)
}

// delivered counts an answer sent, or given up when err is set.
func (a *Adapter) delivered(err error) {
	if err != nil {
		a.metrics.Delivered(platform, "failed")
		return
	}
	a.metrics.Delivered(platform, "sent")
}
