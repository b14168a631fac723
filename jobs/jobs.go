// Package jobs runs mercato's scheduled work with robfig/cron: rumour
// digests, contract-expiry reminders and feed polling.
package jobs

// Config is the jobs section of the configuration.
type Config struct {
	Digest struct {
		Schedule string `yaml:"schedule"`
		MaxItems int    `yaml:"max_items"`
	} `yaml:"digest"`
	Reminders struct {
		Schedule   string `yaml:"schedule"`
		BeforeDays []int  `yaml:"before_days"`
	} `yaml:"reminders"`
	Feeds struct {
		Schedule string `yaml:"schedule"`
	} `yaml:"feeds"`
}

// Feed is one news feed to poll.
type Feed struct {
	URL  string `yaml:"url"`
	Lang string `yaml:"lang"` // optional
}
