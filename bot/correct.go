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
)

// keeper is what a knowledge base may offer besides Knowledge (as a
// knowledge.Base does) for its admins to keep it right: corrections,
// forgetting articles, statistics.
type keeper interface {
	Correct(ctx context.Context, c knowledge.Correction) (knowledge.Correction, error)
	Undo(ctx context.Context, id int64, author, platform string) (knowledge.Correction, error)
	Corrections(ctx context.Context, playerID int64, active bool) ([]knowledge.Correction, error)
	FindArticle(ctx context.Context, idOrURL string) (int64, error)
	Forget(ctx context.Context, articleID int64) (knowledge.Forgotten, error)
	Stats(ctx context.Context) (knowledge.Stats, error)
}

// keeper returns the knowledge base as a keeper, or the reply saying it
// cannot be kept from chat.
func (rt *Router) keeper(c *call) (keeper, *Reply) {
	k, ok := rt.k.(keeper)
	if !ok {
		r := errReply(c.lang, "correct.unavailable")
		return nil, &r
	}
	return k, nil
}

// adminOnly refuses a request without Admin set; AdminOnly refuses it
// first, this guards a router built without it.
func adminOnly(c *call) *Reply {
	if c.req.Admin {
		return nil
	}
	r := errReply(c.lang, "err.admin", c.name)
	r.Private = true
	return &r
}

// retract answers /retract <player> <club>: the club is not after him.
func (rt *Router) retract(ctx context.Context, c *call) Reply {
	return rt.correctClub(ctx, c, knowledge.Retract, false)
}

// setClub answers /setclub <player> <club>: his current club.
func (rt *Router) setClub(ctx context.Context, c *call) Reply {
	return rt.correctClub(ctx, c, knowledge.SetClub, true)
}

// correctClub stores a correction of kind naming a player and a club; a
// club the knowledge base has no report of is taken from the club table
// when anyClub is set.
func (rt *Router) correctClub(ctx context.Context, c *call, kind knowledge.CorrectionKind, anyClub bool) Reply {
	if r := adminOnly(c); r != nil {
		return *r
	}
	playerArg, clubArg := rt.splitPlayerClub(ctx, c.arg)
	if clubArg == "" && anyClub {
		playerArg, clubArg = rt.splitKnownClub(ctx, c.arg)
	}
	if clubArg == "" {
		return errReply(c.lang, "correct.needclub", "/"+c.name+" <player> | <club>")
	}
	p, alt := rt.resolvePlayer(ctx, c, playerArg, commandFor(c.name, "|", clubArg))
	if alt != nil {
		return *alt
	}
	club, alt := rt.correctionClub(ctx, c, p, clubArg, anyClub)
	if alt != nil {
		return *alt
	}
	return rt.correct(ctx, c, knowledge.Correction{Kind: kind, Player: p.Name, Club: club})
}

// splitKnownClub splits "Kamara Aston Villa" where the club is one the
// club table knows, the knowledge base having no report of it.
func (rt *Router) splitKnownClub(ctx context.Context, arg string) (player, club string) {
	words := strings.Fields(arg)
	for i := len(words) - 1; i >= 1 && i >= len(words)-4; i-- {
		p, cl := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		if _, err := rt.findPlayers(ctx, p); err != nil {
			continue
		}
		if _, ok := rt.opts.KnownClub(cl); ok {
			return p, cl
		}
	}
	return arg, ""
}

// correctionClub resolves the club of a correction of p: one the
// knowledge base knows, else (anyClub) one the club table knows.
func (rt *Router) correctionClub(ctx context.Context, c *call, p knowledge.PlayerRef, q string, anyClub bool) (string, *Reply) {
	if anyClub {
		if _, err := rt.findClubs(ctx, q); errors.Is(err, knowledge.ErrNotFound) {
			if name, ok := rt.opts.KnownClub(q); ok {
				return name, nil
			}
			r := errReply(c.lang, "correct.noclub", clip(q, maxName))
			return "", &r
		}
	}
	cl, alt := rt.resolveClub(ctx, c, q, func(club string) string { return "/" + c.name + " " + p.Name + " | " + club })
	return cl.Name, alt
}

// setContract answers /setcontract <player> <YYYY-MM|YYYY|none>.
func (rt *Router) setContract(ctx context.Context, c *call) Reply {
	if r := adminOnly(c); r != nil {
		return *r
	}
	i := strings.LastIndexAny(c.arg, " |")
	if i < 0 {
		return errReply(c.lang, "err.needarg", "/setcontract <player> <YYYY-MM|YYYY|none>")
	}
	playerArg, when := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c.arg[:i]), "|")), strings.TrimSpace(c.arg[i+1:])
	var end facts.Date
	if !strings.EqualFold(when, "none") {
		d, err := facts.ParseDate(when)
		if err != nil || d.IsZero() || d.Day != 0 {
			return errReply(c.lang, "correct.badcontract", clip(when, 20))
		}
		end = d
	}
	p, alt := rt.resolvePlayer(ctx, c, playerArg, commandFor("setcontract", when))
	if alt != nil {
		return *alt
	}
	return rt.correct(ctx, c, knowledge.Correction{Kind: knowledge.SetContract, Player: p.Name, Contract: end})
}

// correct stores a correction by the requester and says what it does.
func (rt *Router) correct(ctx context.Context, c *call, k knowledge.Correction) Reply {
	kp, alt := rt.keeper(c)
	if alt != nil {
		return *alt
	}
	k.Author, k.Platform = c.req.User, c.req.Platform
	got, err := kp.Correct(ctx, k)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	rt.log.InfoContext(ctx, "bot: correction", "id", got.ID, "kind", got.Kind, "player", got.Player,
		"club", got.Club, "contract", got.Contract.String(), "user", c.req.User, "platform", c.req.Platform)
	r := Reply{Lines: []string{correctionText(c.lang, got) + " " + i18n.T(c.lang, "correct.undohint", got.ID)},
		Lang: c.lang, Private: true, Data: map[string]any{"correction": got}}
	return r
}

// correctionText says what a correction says: "Correction #3: AC Milan
// is not after Boubacar Kamara."
func correctionText(lang string, k knowledge.Correction) string {
	switch {
	case k.Kind == knowledge.Retract:
		return i18n.T(lang, "correct.retract", k.ID, k.Club, k.Player)
	case k.Kind == knowledge.SetClub:
		return i18n.T(lang, "correct.setclub", k.ID, k.Player, k.Club)
	case k.Contract.IsZero():
		return i18n.T(lang, "correct.nocontract", k.ID, k.Player)
	}
	return i18n.T(lang, "correct.setcontract", k.ID, k.Player, k.Contract.String())
}

// corrections answers /corrections [player]: every correction, newest
// first, with who made it, when and where, and who undid it.
func (rt *Router) corrections(ctx context.Context, c *call) Reply {
	if r := adminOnly(c); r != nil {
		return *r
	}
	kp, alt := rt.keeper(c)
	if alt != nil {
		return *alt
	}
	var p knowledge.PlayerRef
	title := i18n.T(c.lang, "correct.title")
	if c.arg != "" {
		if p, alt = rt.resolvePlayer(ctx, c, c.arg, commandFor("corrections")); alt != nil {
			return *alt
		}
		title = i18n.T(c.lang, "correct.titleof", p.Name)
	}
	list, err := kp.Corrections(ctx, p.ID, false)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: title, Lang: c.lang, Private: true, Data: map[string]any{"corrections": list}}
	if len(list) == 0 {
		r.Lines = []string{i18n.T(c.lang, "correct.none")}
	}
	for _, k := range list {
		detail := i18n.T(c.lang, "correct.by", k.Author, k.Platform, when(k.Created))
		if !k.Active() {
			detail += sep + i18n.T(c.lang, "correct.undoneby", k.UndoneBy, k.UndonePlatform, when(k.Undone))
		}
		r.Items = append(r.Items, Item{Label: correctionText(c.lang, k), Detail: detail})
	}
	capItems(&r, rt.opts.MaxItems)
	return r
}

// when is a time in answers: "2026-12-03 07:10 UTC".
func when(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 MST") }

// undo answers /undo <correction id>.
func (rt *Router) undo(ctx context.Context, c *call) Reply {
	if r := adminOnly(c); r != nil {
		return *r
	}
	kp, alt := rt.keeper(c)
	if alt != nil {
		return *alt
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(c.arg, "#"), 10, 64)
	if err != nil || id <= 0 {
		return errReply(c.lang, "correct.notfound", clip(c.arg, 20))
	}
	got, err := kp.Undo(ctx, id, c.req.User, c.req.Platform)
	switch {
	case errors.Is(err, knowledge.ErrNotFound):
		return errReply(c.lang, "correct.notfound", strconv.FormatInt(id, 10))
	case errors.Is(err, knowledge.ErrUndone):
		return errReply(c.lang, "correct.already", id)
	case err != nil:
		return rt.internalError(ctx, c, err)
	}
	rt.log.InfoContext(ctx, "bot: correction undone", "id", id, "user", c.req.User, "platform", c.req.Platform)
	return Reply{Lines: []string{i18n.T(c.lang, "correct.undone", id, correctionText(c.lang, got))},
		Lang: c.lang, Private: true, Data: map[string]any{"correction": got}}
}
