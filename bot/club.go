package bot

import (
	"context"
	"errors"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
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

// clubOf lists cl's ins and outs, each group under its own heading: the
// players it signed and sold in the window (completed moves of the last
// heat.OlderThan months; the footer points to /done for earlier ones),
// the players it is linked with, and its players linked elsewhere.
func (rt *Router) clubOf(ctx context.Context, c *call, cl knowledge.ClubRef) Reply {
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	opened := windowOpened(c.asOf)
	links, err := rt.k.Club(ctx, cl.ID, rt.opts.MaxItems, opened) // a section shows at most MaxItems
	if errors.Is(err, knowledge.ErrNotFound) {
		links, err = knowledge.ClubLinks{Club: cl}, nil
	}
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	var moves []knowledge.Move
	if cl.ID != 0 {
		if moves, err = rt.k.Moves(ctx, rt.opts.MaxItems, 0, cl.ID); ignoreNotFound(err) != nil {
			return rt.internalError(ctx, c, err)
		}
	}
	name := links.Club.Name
	if name == "" {
		name = cl.Name
	}
	var signed, sold []knowledge.Move
	window, earlier := windowMoves(moves, opened, c.asOf)
	for _, m := range window {
		if m.Club == name {
			signed = append(signed, m)
		} else {
			sold = append(sold, m)
		}
	}
	r := Reply{Title: name, Lang: c.lang}
	if links.TargetCount+links.OutgoingCount+len(window) == 0 {
		r.Lines = []string{i18n.T(c.lang, "club.none", name)}
	}
	if earlier {
		r.Footer = i18n.T(c.lang, "club.earlier", "/done "+name)
	}
	section := func(heading string, n int, item func(i int) Item) {
		if n == 0 {
			return
		}
		r.Items = append(r.Items, Item{Label: heading, Heading: true})
		for i := range n {
			r.Items = append(r.Items, item(i))
		}
	}
	section(i18n.T(c.lang, "club.signed", name, len(signed)), len(signed), func(i int) Item { return moveItem(c, signed[i]) })
	section(i18n.T(c.lang, "club.sold", name, len(sold)), len(sold), func(i int) Item { return moveItem(c, sold[i]) })
	section(i18n.T(c.lang, "club.targets", name, links.TargetCount), len(links.Targets), func(i int) Item {
		t := links.Targets[i]
		return Item{Label: t.Player, Detail: suitorDetail(c, t.Suitor)}
	})
	section(i18n.T(c.lang, "club.outgoing", name, links.OutgoingCount), len(links.Outgoing), func(i int) Item {
		o := links.Outgoing[i]
		return Item{Label: o.Player + " → " + o.Club, Detail: suitorDetail(c, o.Suitor)}
	})
	// The items the store left out of each list count as more.
	r.More += links.TargetCount - len(links.Targets) + links.OutgoingCount - len(links.Outgoing)
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"club": name, "targets": nonNil(links.Targets), "outgoing": nonNil(links.Outgoing),
		"targets_total": links.TargetCount, "outgoing_total": links.OutgoingCount,
		"signed": nonNil(signed), "sold": nonNil(sold)}
	return r
}

// windowOpened is when the window of asOf, the knowledge base's now,
// opened: heat.OlderThan months before, the horizon past which /suitors
// calls a link older and /hot leaves it out; zero (no bound) when asOf is.
func windowOpened(asOf time.Time) time.Time {
	if asOf.IsZero() {
		return time.Time{}
	}
	return asOf.AddDate(0, -heat.OlderThan, 0)
}

// windowMoves returns the moves (newest first) that count from
// (knowledge.CountsFrom, an undated one capped at asOf) opened or later;
// earlier is true when some are older.
func windowMoves(moves []knowledge.Move, opened, asOf time.Time) (window []knowledge.Move, earlier bool) {
	if opened.IsZero() {
		return moves, false
	}
	for _, m := range moves {
		if knowledge.CountsFrom(knowledge.Report{Published: m.Published, Ingested: m.Ingested}, facts.DateOf(asOf)).Before(opened) {
			earlier = true
			continue
		}
		window = append(window, m)
	}
	return window, earlier
}
