package bot

import (
	"context"
	"errors"

	"github.com/mercato-bot/mercato/knowledge"
)

// playerLinks is how many of a player's latest links /player shows.
const playerLinks = 5

// player answers /player <player> and /contract <player>.
func (rt *Router) player(ctx context.Context, c *call) Reply {
	p, alt := rt.resolvePlayer(ctx, c, c.arg, commandFor(c.name))
	if alt != nil {
		return *alt
	}
	return rt.playerOf(ctx, c, p)
}

// playerOf describes p: club, contract, fees and latest links.
func (rt *Router) playerOf(ctx context.Context, c *call, p knowledge.PlayerRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	latest, err := rt.k.Latest(ctx, playerLinks, p.ID, 0)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: playerHeading(c.lang, pr), Lang: c.lang}
	if len(pr.Fees) == 0 {
		r.Lines = append(r.Lines, T(c.lang, "player.nofees"))
	} else {
		r.Lines = append(r.Lines, T(c.lang, "player.fees"))
		for i, f := range pr.Fees {
			if i == rt.opts.MaxItems {
				r.Lines = append(r.Lines, T(c.lang, "more", len(pr.Fees)-i))
				break
			}
			r.Lines = append(r.Lines, "  "+feeLine(c.lang, f))
		}
	}
	if len(latest) == 0 {
		r.Lines = append(r.Lines, T(c.lang, "player.nolinks"))
	} else {
		r.Lines = append(r.Lines, T(c.lang, "player.links"))
	}
	for _, l := range latest {
		r.Items = append(r.Items, Item{Label: l.Club, Detail: reportDetail(c.lang, l)})
	}
	r.Footer = T(c.lang, "suitors.hint", pr.Name)
	r.Data = map[string]any{"player": playerData(pr), "fees": nonNil(pr.Fees), "latest": nonNil(latest)}
	return r
}

// feesOf lists the fees reported for p, those of club first when one is
// named (club.ID 0 = any).
func (rt *Router) feesOf(ctx context.Context, c *call, p knowledge.PlayerRef, club knowledge.ClubRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	fees := pr.Fees
	r := Reply{Title: T(c.lang, "fees.title", pr.Name), Lang: c.lang}
	if club.ID != 0 {
		var mine []knowledge.FeeReport
		for _, f := range fees {
			if fold(f.Club) == fold(club.Name) {
				mine = append(mine, f)
			}
		}
		if len(mine) > 0 {
			fees = mine
		} else if len(fees) > 0 {
			r.Lines = append(r.Lines, T(c.lang, "fees.byclub", club.Name))
		}
	}
	if len(fees) == 0 {
		r.Lines = append(r.Lines, T(c.lang, "player.nofees"))
	}
	for _, f := range fees {
		r.Items = append(r.Items, Item{Detail: feeLine(c.lang, f)})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"player": playerData(pr), "fees": nonNil(fees)}
	return r
}
