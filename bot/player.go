package bot

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// playerLinks is how many of a player's latest links /player shows.
const playerLinks = 5

// player answers /player <player> and /contract <player>.
func (rt *Router) player(ctx context.Context, c *call) Reply {
	p, alt := rt.resolvePlayer(ctx, c, c.arg, commandFor(c.name))
	if alt != nil {
		return *alt
	}
	return rt.playerOf(ctx, c, p, knowledge.ClubRef{})
}

// playerOf describes p: club, contract, fees and latest links. The fees
// of focus, when set, come first (questions about a club's offer).
func (rt *Router) playerOf(ctx context.Context, c *call, p knowledge.PlayerRef, focus knowledge.ClubRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	latest, err := rt.k.Latest(ctx, playerLinks, p.ID, 0)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	signed, err := rt.signedMove(ctx, pr)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: playerHeading(c.lang, pr, c.asOf), Lang: c.lang}
	if signed != nil {
		r.Lines = append(r.Lines, joinedLine(c, *signed))
	}
	if len(pr.Fees) == 0 {
		r.Lines = append(r.Lines, i18n.T(c.lang, "player.nofees"))
	} else {
		r.Lines = append(r.Lines, i18n.T(c.lang, "player.fees"))
		if focus.ID != 0 {
			pr.Fees = slices.Clone(pr.Fees)
			sort.SliceStable(pr.Fees, func(i, j int) bool {
				return text.Fold(pr.Fees[i].Club) == text.Fold(focus.Name) && text.Fold(pr.Fees[j].Club) != text.Fold(focus.Name)
			})
		}
		for i, f := range pr.Fees {
			if i == rt.opts.MaxItems {
				r.Lines = append(r.Lines, i18n.T(c.lang, "more", len(pr.Fees)-i))
				break
			}
			r.Lines = append(r.Lines, "  "+feeLine(c, f))
		}
	}
	if len(latest) == 0 {
		r.Lines = append(r.Lines, i18n.T(c.lang, "player.nolinks"))
	} else {
		r.Lines = append(r.Lines, i18n.T(c.lang, "player.links"))
	}
	for _, l := range latest {
		r.Items = append(r.Items, Item{Label: l.Club, Detail: reportDetail(c, l, linkFee(pr.Fees, l.Club))})
	}
	r.Footer = i18n.T(c.lang, "suitors.hint", pr.Name)
	data := map[string]any{"player": playerData(pr), "fees": nonNil(pr.Fees), "latest": nonNil(latest)}
	if signed != nil {
		data["signed"] = signed
	}
	r.Data = data
	return r
}

// joinedLine is "Joined Arsenal from West Ham United (15 July 2023,
// £105M, The Athletic)".
func joinedLine(c *call, m knowledge.Move) string {
	when := strings.Join(moveParts(c, m), ", ")
	if m.FromClub == "" {
		return i18n.T(c.lang, "player.joined", m.Club, when)
	}
	return i18n.T(c.lang, "player.joinedfrom", m.Club, m.FromClub, when)
}
