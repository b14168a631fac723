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
// whose newest report is over six months old come last, in one item. A
// completed move to his club comes first, in a line of its own.
func (rt *Router) suitorsOf(ctx context.Context, c *call, p knowledge.PlayerRef) Reply {
	pr, err := rt.profile(ctx, p)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	ss, err := rt.k.Suitors(ctx, p.ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	signed, err := rt.signedMove(ctx, pr)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	if signed != nil {
		ss = slices.DeleteFunc(slices.Clone(ss), func(s knowledge.Suitor) bool { return s.Club == signed.Club })
	}
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	links, err := rt.playerLinks(ctx, p.ID, c.asOf)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: playerHeading(c.lang, pr, c.asOf), Lang: c.lang}
	if signed != nil {
		r.Lines = []string{i18n.T(c.lang, "done.signed", signed.Club, strings.Join(moveParts(c, *signed), ", "))}
	}
	if len(ss) == 0 {
		r.Lines = append(r.Lines, i18n.T(c.lang, "suitors.none", pr.Name))
	} else {
		r.Lines = append(r.Lines, i18n.T(c.lang, "suitors.n", len(ss)))
		r.Footer = i18n.T(c.lang, "suitors.hint", pr.Name)
	}
	recent, older := rt.rankSuitors(ss, links, c.asOf)
	for _, s := range recent {
		r.Items = append(r.Items, Item{Label: s.Club, Detail: hotSuitorDetail(c, s, linkFee(pr.Fees, s.Club))})
	}
	capItems(&r, max(rt.opts.MaxItems-1, 1))
	if len(older) > 0 {
		var parts []string
		for _, s := range older {
			parts = append(parts, s.Club+" ("+stageName(c.lang, s.Stage)+", "+c.date(s.LastReported)+")")
		}
		r.Items = append(r.Items, Item{Label: i18n.T(c.lang, "suitors.older"), Detail: strings.Join(parts, sep)})
	}
	data := map[string]any{"player": playerData(pr), "suitors": nonNil(append(recent, older...))}
	if signed != nil {
		data["signed"] = signed
	}
	r.Data = data
	return r
}

// rankSuitors adds to each suitor the heat of its link in links (by
// club) as of asOf and the stage of its newest report (an undated one counting from
// its ingestion), and splits them into the recent ones, hottest first,
// and the older ones (newest report over six months old), newest first.
func (rt *Router) rankSuitors(ss []knowledge.Suitor, links map[string]hotLink, asOf time.Time) (recent, older []suitorJSON) {
	hs := make([]hotLink, 0, len(ss))
	byClub := make(map[string]knowledge.Suitor, len(ss))
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

// hotSuitorDetail is "67° · advanced · 2 reports · 2 sources · latest 24
// March 2022 · GOAL", with the link's fee when fee is not nil.
func hotSuitorDetail(c *call, s suitorJSON, fee *knowledge.FeeReport) string {
	parts := append(stageFee(c.lang, s.Stage, fee), reportsText(c.lang, s.Reports),
		sourcesText(c.lang, s.IndependentSources), i18n.T(c.lang, "latest_on", c.date(s.LastReported)))
	if s.Source != "" {
		parts = append(parts, s.Source)
	}
	return heatText(s.Heat) + sep + strings.Join(parts, sep)
}
