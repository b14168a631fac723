// Package jobs runs mercato's scheduled work with robfig/cron: rumour
// digests, contract-expiry reminders and feed polling.
//
// A job composes one message per subscription and delivers it through the
// bot.Sender of the subscription's platform, paced under the platform's
// limits. What a subscription has had (a digest's watermark, a reminder's
// sent-key) is stored only once the platform accepted the message, so a
// failed send is retried on the next run and a restart never posts twice.
package jobs

// Feed is one news feed to poll.
type Feed struct {
	URL  string `yaml:"url"`
	Lang string `yaml:"lang"` // optional
}
