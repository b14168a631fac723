// Package web fetches articles from the web for ingestion: one page at a
// time, safely (timeouts, size limits, no requests to private networks).
package web

import "time"

// The defaults of Config's limits.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxBytes     = 5 << 20
	DefaultMaxRedirects = 5
)

// Config is the ingest section of the configuration.
type Config struct {
	// AllowPrivateNetworks lets mercato fetch from loopback, private and
	// link-local addresses (self-hosted news sources, tests). The cloud
	// metadata endpoints stay refused.
	AllowPrivateNetworks bool `yaml:"allow_private_networks"`
	// Timeout bounds one fetch, from the first connection to the last byte
	// of the body, redirects included. Zero: DefaultTimeout.
	Timeout time.Duration `yaml:"timeout"`
	// MaxBytes is the largest body read. Zero: DefaultMaxBytes.
	MaxBytes int64 `yaml:"max_bytes"`
	// MaxRedirects is how many redirects one fetch follows. Zero:
	// DefaultMaxRedirects; negative: none.
	MaxRedirects int `yaml:"max_redirects"`
	// UserAgent is sent with every request. Empty: "mercato/1 (+news reader)".
	UserAgent string `yaml:"user_agent"`
}

// withDefaults returns c with its zero limits replaced by the defaults.
func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	switch {
	case c.MaxRedirects == 0:
		c.MaxRedirects = DefaultMaxRedirects
	case c.MaxRedirects < 0:
		c.MaxRedirects = 0
	}
	if c.UserAgent == "" {
		c.UserAgent = "mercato/1 (+news reader)"
	}
	return c
}
