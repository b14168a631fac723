package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// expiringMonths is the window of /expiring without a month.
const expiringMonths = 6

// expiring answers /expiring [month]: YYYY-MM, or a month's name in one
// of the five languages with an optional year ("June", "juin 2025").
func (rt *Router) expiring(ctx context.Context, c *call) Reply {
	from, to := rt.defaultWindow()
	if c.arg != "" {
		m, ok := parseMonth(c.arg, rt.opts.Now())
		if !ok {
			return errReply(c.lang, "err.month", clip(c.arg, 20))
		}
		from, to = m, m
	}
	return rt.expiringOf(ctx, c, from, to)
}

// monthParticles are the words a month and its year may have between
// them ("junio de 2025", "June of 2025").
var monthParticles = set("de del di of")

// parseMonth reads YYYY-MM, or a month name with an optional year before
// or after it; without a year it is the next such month from now (this
// month included).
func parseMonth(s string, now time.Time) (facts.Date, bool) {
	if d, err := facts.ParseDate(strings.TrimSpace(s)); err == nil {
		return d, d.Month != 0 && d.Day == 0
	}
	month, year := 0, 0
	for _, t := range tokenize(s) {
		if m := text.Month(t.f); m != 0 && month == 0 {
			month = m
			continue
		}
		if n, err := strconv.Atoi(t.f); err == nil && year == 0 && len(t.f) == 4 && n >= 1900 && n <= 2200 {
			year = n
			continue
		}
		if !monthParticles[t.f] {
			return facts.Date{}, false
		}
	}
	if month == 0 {
		return facts.Date{}, false
	}
	if year == 0 {
		return nextMonth(now, month), true
	}
	return facts.Date{Year: year, Month: month}, true
}

// nextMonth is the next month numbered month from now, this month included.
func nextMonth(now time.Time, month int) facts.Date {
	year := now.Year()
	if time.Month(month) < now.Month() {
		year++
	}
	return facts.Date{Year: year, Month: month}
}

// defaultWindow is today to six months from now.
func (rt *Router) defaultWindow() (from, to facts.Date) {
	now := rt.opts.Now()
	return facts.DateOf(now), facts.DateOf(now.AddDate(0, expiringMonths, 0))
}

// expiringOf lists the players whose contracts end between from and to.
func (rt *Router) expiringOf(ctx context.Context, c *call, from, to facts.Date) Reply {
	es, err := rt.k.Expiring(ctx, from, to)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "expiring.title", dateText(c.lang, from), dateText(c.lang, to)), Lang: c.lang}
	if len(es) == 0 {
		r.Lines = []string{i18n.T(c.lang, "expiring.none")}
	}
	for _, e := range es {
		club := e.Club
		if club == "" {
			club = i18n.T(c.lang, "club_unknown")
		}
		r.Items = append(r.Items, Item{Label: e.Player, Detail: club + sep + contractWords(c.lang, e.Expires, rt.opts.Now())})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"from": from, "to": to, "players": nonNil(es)}
	return r
}
