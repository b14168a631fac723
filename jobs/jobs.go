// Package jobs runs mercato's scheduled work with robfig/cron: rumour
// digests, contract-expiry reminders, feed polling and backups.
//
// A job composes one message per subscription and delivers it through the
// bot.Sender of the subscription's platform, whose adapter paces it under
// the platform's limits (Telegram's pacer; discordgo's for Discord). What a subscription has had (a digest's watermark, a reminder's
// sent-key) is claimed, written before the message is sent, so that no
// failure after the send can make a later run post it again. A send the
// platform cannot have shown gives the claim back, and the next run
// retries it; a message in flight when the process dies, or one whose
// send went out without an answer (bot.ErrUncertain), keeps its claim:
// at most once, never twice.
package jobs

// Feed is one news feed to poll.
type Feed struct {
	URL  string `yaml:"url"`
	Lang string `yaml:"lang"` // optional
}
