package bot

import (
	"context"
	"errors"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// club answers /club <club>.
func (rt *Router) club(ctx context.Context, c *call) Reply {
	cl, alt := rt.resolveClub(ctx, c, c.arg, commandFor("club"))
	if alt != nil && alt.Error {
		if name, ok := rt.unmetClub(ctx, c.arg); ok {
			return rt.clubOf(ctx, c, knowledge.ClubRef{Name: name}) // no link known yet
		}
	}
	if alt != nil {
		return *alt
	}
	return rt.clubOf(ctx, c, cl)
}

// clubOf lists the players cl is linked with, then its players linked elsewhere.
func (rt *Router) clubOf(ctx context.Context, c *call, cl knowledge.ClubRef) Reply {
	links, err := rt.k.Club(ctx, cl.ID)
	if errors.Is(err, knowledge.ErrNotFound) {
		links, err = knowledge.ClubLinks{Club: cl}, nil
	}
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	name := links.Club.Name
	if name == "" {
		name = cl.Name
	}
	r := Reply{Title: name, Lang: c.lang}
	if len(links.Targets)+len(links.Outgoing) == 0 {
		r.Lines = []string{i18n.T(c.lang, "club.none", name)}
	}
	if len(links.Targets) > 0 {
		r.Lines = append(r.Lines, i18n.T(c.lang, "club.targets", name, len(links.Targets)))
	}
	for _, t := range links.Targets {
		r.Items = append(r.Items, Item{Label: t.Player, Detail: suitorDetail(c.lang, t.Suitor)})
	}
	if len(links.Outgoing) > 0 {
		// The items hold one list: the outgoing ones say where the player is wanted.
		r.Lines = append(r.Lines, i18n.T(c.lang, "club.outgoing", name, len(links.Outgoing)))
	}
	for _, o := range links.Outgoing {
		r.Items = append(r.Items, Item{Label: o.Player + " → " + o.Club, Detail: suitorDetail(c.lang, o.Suitor)})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"club": name, "targets": nonNil(links.Targets), "outgoing": nonNil(links.Outgoing)}
	return r
}
