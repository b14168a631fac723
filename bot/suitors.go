package bot

import (
	"context"
	"errors"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// suitors answers /suitors <player>.
func (rt *Router) suitors(ctx context.Context, c *call) Reply {
	p, alt := rt.resolvePlayer(ctx, c, c.arg, commandFor("suitors"))
	if alt != nil {
		return *alt
	}
	return rt.suitorsOf(ctx, c, p)
}

// profile returns what is known of p; a player found but without a profile
// is answered with what the reference says.
func (rt *Router) profile(ctx context.Context, p knowledge.PlayerRef) (knowledge.Profile, error) {
	pr, err := rt.k.Profile(ctx, p.ID)
	if errors.Is(err, knowledge.ErrNotFound) {
		return knowledge.Profile{PlayerRef: p}, nil
	}
	return pr, err
}

// suitorsOf lists the clubs linked with p.
func (rt *Router) suitorsOf(ctx context.Context, c *call, p knowledge.PlayerRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	ss, err := rt.k.Suitors(ctx, p.ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: playerHeading(c.lang, pr), Lang: c.lang}
	if len(ss) == 0 {
		r.Lines = []string{i18n.T(c.lang, "suitors.none", pr.Name)}
	} else {
		r.Lines = []string{i18n.T(c.lang, "suitors.n", len(ss))}
		r.Footer = i18n.T(c.lang, "suitors.hint", pr.Name)
	}
	for _, s := range ss {
		r.Items = append(r.Items, Item{Label: s.Club, Detail: suitorDetail(c.lang, s)})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"player": playerData(pr), "suitors": nonNil(ss)}
	return r
}
