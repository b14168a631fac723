package bot

import (
	"context"
	"errors"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// expiringMonths is the window of /expiring without a month.
const expiringMonths = 6

// expiring answers /expiring [YYYY-MM].
func (rt *Router) expiring(ctx context.Context, c *call) Reply {
	from, to := rt.defaultWindow()
	if c.arg != "" {
		m, err := facts.ParseDate(c.arg)
		if err != nil || m.Month == 0 || m.Day != 0 {
			return errReply(c.lang, "err.month", clip(c.arg, 20))
		}
		from, to = m, m
	}
	return rt.expiringOf(ctx, c, from, to)
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
	r := Reply{Title: T(c.lang, "expiring.title", from, to), Lang: c.lang}
	if len(es) == 0 {
		r.Lines = []string{T(c.lang, "expiring.none")}
	}
	for _, e := range es {
		club := e.Club
		if club == "" {
			club = T(c.lang, "club_unknown")
		}
		r.Items = append(r.Items, Item{Label: e.Player, Detail: club + sep + T(c.lang, "contract_until", e.Expires)})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"from": from, "to": to, "players": nonNil(es)}
	return r
}
