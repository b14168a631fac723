package bot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

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

// suitorJSON is a suitor in -json answers: the stored aggregate and what
// its reports add up to.
type suitorJSON struct {
	knowledge.Suitor
	Heat               int  `json:"heat"`
	IndependentSources int  `json:"independent_sources"`
	Older              bool `json:"older,omitempty"` // newest report over six months old
}

// suitorsOf lists the clubs linked with p, the hottest first; the links
// whose newest report is over six months old come last, in one item.
func (rt *Router) suitorsOf(ctx context.Context, c *call, p knowledge.PlayerRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	ss, err := rt.k.Suitors(ctx, p.ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	asOf, err := rt.asOf(ctx)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	links, err := rt.playerLinks(ctx, p.ID, asOf)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: playerHeading(c.lang, pr), Lang: c.lang}
	if len(ss) == 0 {
		r.Lines = []string{i18n.T(c.lang, "suitors.none", pr.Name)}
	} else {
		r.Lines = []string{i18n.T(c.lang, "suitors.n", len(ss))}
		r.Footer = i18n.T(c.lang, "suitors.hint", pr.Name)
	}
	recent, older := rt.rankSuitors(ss, links, asOf)
	for _, s := range recent {
		r.Items = append(r.Items, Item{Label: s.Club, Detail: hotSuitorDetail(c.lang, s)})
	}
	capItems(&r, max(rt.opts.MaxItems-1, 1))
	if len(older) > 0 {
		var parts []string
		for _, s := range older {
			parts = append(parts, s.Club+" ("+stageName(c.lang, s.Stage)+", "+dateText(c.lang, s.LastReported)+")")
		}
		r.Items = append(r.Items, Item{Label: i18n.T(c.lang, "suitors.older"), Detail: strings.Join(parts, sep)})
	}
	r.Data = map[string]any{"player": playerData(pr), "suitors": nonNil(append(recent, older...))}
	return r
}

// rankSuitors adds to each suitor the heat of its link in links (by
// club) as of asOf and the stage of its newest report (an undated one counting from
// its ingestion), and splits them into the recent ones, hottest first,
// and the older ones (newest report over six months old), newest first.
func (rt *Router) rankSuitors(ss []knowledge.Suitor, links map[string]hotLink, asOf time.Time) (recent, older []suitorJSON) {
	var hs []hotLink
	byClub := map[string]knowledge.Suitor{}
	for _, s := range ss {
		l, ok := links[s.Club]
		if !ok { // no report in the last year: the stored aggregate alone
			last := knowledge.Report{Club: s.Club, Stage: s.Stage, Published: s.LastReported, Source: s.Source}
			l = hotLink{club: s.Club, Link: rt.opts.Heat.Link([]knowledge.Report{last}, asOf)}
		}
		hs = append(hs, l)
		byClub[s.Club] = s
	}
	slices.SortFunc(hs, compareHot)
	for _, l := range hs {
		s := byClub[l.club]
		s.Stage = l.Stage
		sj := suitorJSON{Suitor: s, Heat: l.Heat, IndependentSources: l.Independent(), Older: l.Old(asOf)}
		if sj.Older {
			older = append(older, sj)
		} else {
			recent = append(recent, sj)
		}
	}
	slices.SortStableFunc(older, func(a, b suitorJSON) int {
		return b.LastReported.Compare(a.LastReported)
	})
	return recent, older
}

// hotSuitorDetail is "67° · advanced · 2 reports · 2 sources · latest
// 2022-03-24 · GOAL".
func hotSuitorDetail(lang string, s suitorJSON) string {
	parts := []string{heatText(s.Heat), stageName(lang, s.Stage), reportsText(lang, s.Reports),
		sourcesText(lang, s.IndependentSources), i18n.T(lang, "latest_on", dateText(lang, s.LastReported))}
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	return strings.Join(parts, sep)
}
