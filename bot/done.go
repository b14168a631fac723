package bot

import (
	"context"
	"errors"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// done answers /done [club]: the completed moves, newest first, of a
// club (signed or sold) when one is named.
func (rt *Router) done(ctx context.Context, c *call) Reply {
	if c.arg == "" {
		return rt.doneOf(ctx, c, knowledge.ClubRef{})
	}
	cl, alt := rt.resolveClub(ctx, c, c.arg, commandFor("done"))
	if alt != nil && alt.Error {
		if name, ok := rt.unmetClub(ctx, c.arg); ok {
			return rt.doneOf(ctx, c, knowledge.ClubRef{Name: name})
		}
	}
	if alt != nil {
		return *alt
	}
	return rt.doneOf(ctx, c, cl)
}

// doneOf lists the completed moves, of cl when it is named.
func (rt *Router) doneOf(ctx context.Context, c *call, cl knowledge.ClubRef) Reply {
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "done.title"), Lang: c.lang}
	data := map[string]any{}
	var moves []knowledge.Move
	if cl.Name != "" {
		r.Title = i18n.T(c.lang, "done.about", cl.Name)
		data["club"] = cl.Name
	}
	if cl.ID != 0 || cl.Name == "" {
		var err error
		if moves, err = rt.k.Moves(ctx, rt.opts.MaxItems+1, 0, cl.ID); err != nil && !errors.Is(err, knowledge.ErrNotFound) {
			return rt.internalError(ctx, c, err)
		}
	}
	switch {
	case len(moves) > 0:
	case cl.Name != "":
		r.Lines = []string{i18n.T(c.lang, "done.noclub", cl.Name)}
	default:
		r.Lines = []string{i18n.T(c.lang, "done.none")}
	}
	for _, m := range moves {
		r.Items = append(r.Items, moveItem(c, m))
	}
	capItems(&r, rt.opts.MaxItems)
	data["moves"] = nonNil(moves)
	r.Data = data
	return r
}

// moveItem is a completed move as an item: "Declan Rice (West Ham United
// → Arsenal) — 15 July 2023 · £105M · The Athletic".
func moveItem(c *call, m knowledge.Move) Item {
	label := m.Player + " (→ " + m.Club + ")"
	if m.FromClub != "" {
		label = m.Player + " (" + m.FromClub + " → " + m.Club + ")"
	}
	return Item{Label: label, Detail: strings.Join(moveParts(c, m), sep)}
}

// moveParts are the date, fee and source of a completed move.
func moveParts(c *call, m knowledge.Move) []string {
	parts := []string{c.date(m.Published)}
	if m.Fee != nil {
		parts = append(parts, i18n.Money(m.Fee.Amount, m.Fee.Currency))
	}
	if m.Source != "" {
		parts = append(parts, m.Source)
	}
	return parts
}

// signedMove returns the completed move that made pr's club his, nil when
// none is known.
func (rt *Router) signedMove(ctx context.Context, pr knowledge.Profile) (*knowledge.Move, error) {
	ms, err := rt.k.Moves(ctx, 1, pr.ID, 0)
	if err != nil || len(ms) == 0 || (pr.CurrentClub != "" && ms[0].Club != pr.CurrentClub) {
		return nil, ignoreNotFound(err)
	}
	return &ms[0], nil
}

// ignoreNotFound is err but nil for ErrNotFound.
func ignoreNotFound(err error) error {
	if errors.Is(err, knowledge.ErrNotFound) {
		return nil
	}
	return err
}
