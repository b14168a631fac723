package bot

import (
	"context"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// recentDays is how many days back a date reads as "today", "yesterday"
// or "3 days ago" rather than as a date.
const recentDays = 7

// dateWords writes d as a reader of lang reads it: "24 March 2022",
// "March 2022" or "2022"; "undated" when unknown. A day less than a week
// before now (the knowledge base's now, zero when not known) reads "today",
// "yesterday", "3 days ago".
func dateWords(lang string, d facts.Date, now time.Time) string {
	if !now.IsZero() && d.Day != 0 {
		switch days := int(facts.DateOf(now).Start().Sub(d.Start()).Hours() / 24); {
		case days == 0:
			return i18n.T(lang, "date.today")
		case days == 1:
			return i18n.T(lang, "date.yesterday")
		case days > 1 && days < recentDays:
			return i18n.T(lang, "date.daysago", days)
		}
	}
	return i18n.Date(lang, d)
}

// contractWords is "contract until June 2022", or "contract ended June
// 2022" when it ended before now; "contract end unknown" when unknown.
func contractWords(lang string, d facts.Date, now time.Time) string {
	switch {
	case d.IsZero():
		return i18n.T(lang, "contract_unknown")
	case !now.IsZero() && d.End().Before(facts.DateOf(now).Start()):
		return i18n.T(lang, "contract_ended", dateWords(lang, d, time.Time{}))
	}
	return i18n.T(lang, "contract_until", dateWords(lang, d, time.Time{}))
}

// clock sets c.now, the knowledge base's now that answers count recent
// days from: the newest dated report, when it is within a week of the
// real now (an archive such as the sample corpus reads in dates only).
func (rt *Router) clock(ctx context.Context, c *call) error {
	asOf, err := rt.asOf(ctx)
	if err != nil {
		return err
	}
	c.asOf = asOf
	if real := rt.opts.Now(); asOf.After(real.AddDate(0, 0, -recentDays)) && !asOf.After(real) {
		c.now = asOf
	}
	return nil
}

// date writes d for c's reader (dateWords).
func (c *call) date(d facts.Date) string { return dateWords(c.lang, d, c.now) }
