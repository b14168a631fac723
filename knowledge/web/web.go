// Package web fetches articles from the web for ingestion: one page at a
// time, safely (timeouts, size limits, no requests to private networks).
package web

// Config is the ingest section of the configuration.
type Config struct {
	AllowPrivateNetworks bool `yaml:"allow_private_networks"`
}
