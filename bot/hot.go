package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// Limits of /hot.
const (
	defHot = 10 // /hot
	maxHot = 25 // /hot N
)

// hotJSON is one link of /hot in -json answers.
type hotJSON struct {
	Player             string      `json:"player"`
	Club               string      `json:"club"`
	Stage              facts.Stage `json:"stage"`
	Heat               int         `json:"heat"`
	IndependentSources int         `json:"independent_sources"`
	LastReported       facts.Date  `json:"last_reported"`
	Source             string      `json:"source"`
	// Fee is the link's newest fee (not a wage), as /suitors has it;
	// nil when none was reported.
	Fee *knowledge.FeeReport `json:"fee,omitempty"`
}

// hot answers /hot [N]: the hottest links across all players, among
// those reported in the last six months.
func (rt *Router) hot(ctx context.Context, c *call) Reply {
	n := defHot
	if c.arg != "" {
		v, err := strconv.Atoi(c.arg)
		if err != nil || v < 1 || v > maxHot {
			return errReply(c.lang, "err.number", clip(c.arg, 20), maxHot)
		}
		n = v
	}
	return rt.hotOf(ctx, c, n)
}

// hotOf lists the n hottest links.
func (rt *Router) hotOf(ctx context.Context, c *call, n int) Reply {
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	asOf := c.asOf
	hot, err := rt.hottest(ctx, asOf)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "hot.title"), Lang: c.lang}
	links := []hotJSON{}
	for _, l := range hot {
		if len(links) == n || l.Heat == 0 {
			break
		}
		newest, source := newestReport(l.reports)
		hj := hotJSON{Player: l.player, Club: l.club, Stage: l.Stage, Heat: l.Heat,
			IndependentSources: l.Independent(), LastReported: newest.Published, Source: source, Fee: l.fee}
		links = append(links, hj)
		parts := append(append([]string{heatText(hj.Heat)}, stageFee(c.lang, hj.Stage, hj.Fee)...), c.date(hj.LastReported))
		if hj.Source != "" {
			parts = append(parts, hj.Source)
		}
		r.Items = append(r.Items, Item{Label: hj.Player + " → " + hj.Club, Detail: strings.Join(parts, sep)})
	}
	if len(links) == 0 {
		r.Lines = []string{i18n.T(c.lang, "hot.none")}
	}
	r.Data = map[string]any{"links": links}
	return r
}

// newestReport is the report of rs that counts from the latest time, and
// the newest source named by rs.
func newestReport(rs []knowledge.Report) (knowledge.Report, string) {
	o := heat.Order(rs)
	for i := len(o) - 1; i >= 0; i-- {
		if o[i].Source != "" {
			return o[len(o)-1], o[i].Source
		}
	}
	return o[len(o)-1], ""
}
