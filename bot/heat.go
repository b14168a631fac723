package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// hotLink is one (player, club) link with its reports and its heat.
type hotLink struct {
	player, club string
	reports      []knowledge.Report
	heat.Link
	fee *knowledge.FeeReport // the link's newest fee, as /suitors has it; /hot's links only (linkFees)
}

// asOf is the time answers compute heat as of: the newest dated report
// in the knowledge base, else now.
func (rt *Router) asOf(ctx context.Context) (time.Time, error) {
	d, err := rt.k.NewestDate(ctx)
	if err != nil {
		return time.Time{}, err
	}
	return heat.AsOf(d, rt.opts.Now()), nil
}

// hotLinks groups reports by (player, club) and computes each link's heat
// as of asOf, in the order of compareHot. It sorts reports by link in
// place: each link's reports are a window of them, not a copy.
func (rt *Router) hotLinks(reports []knowledge.Report, asOf time.Time) []hotLink {
	byLink(reports)
	var out []hotLink
	for i := 0; i < len(reports); {
		j := i + 1
		for j < len(reports) && reports[j].Player == reports[i].Player && reports[j].Club == reports[i].Club {
			j++
		}
		l := hotLink{player: reports[i].Player, club: reports[i].Club, reports: reports[i:j:j]}
		l.Link = rt.opts.Heat.Link(l.reports, asOf)
		out = append(out, l)
		i = j
	}
	slices.SortFunc(out, compareHot)
	return out
}

// byLink sorts reports by player and club, keeping the order of each
// link's reports: it sorts their indexes and then moves each report
// once, in place, rather than swapping reports while sorting.
func byLink(reports []knowledge.Report) {
	idx := make([]int, len(reports))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := &reports[i], &reports[j]
		return cmp.Or(strings.Compare(a.Player, b.Player), strings.Compare(a.Club, b.Club))
	})
	for i := range idx { // place reports[idx[j]] at j, one cycle at a time
		if idx[i] == i {
			continue
		}
		first, j := reports[i], i
		for idx[j] != i {
			k := idx[j]
			reports[j], idx[j] = reports[k], j
			j = k
		}
		reports[j], idx[j] = first, j
	}
}

// compareHot puts the hottest first, then the strongest stage, the newest,
// and then by name.
func compareHot(a, b hotLink) int {
	return cmp.Or(cmp.Compare(b.Heat, a.Heat),
		cmp.Compare(b.Stage.Strength(), a.Stage.Strength()),
		b.Newest.Compare(a.Newest),
		strings.Compare(a.player, b.player),
		strings.Compare(a.club, b.club))
}

// heatText is a link's heat as answers show it: "67°", the same on every
// platform and in every language.
func heatText(h int) string {
	return fmt.Sprintf("%d°", h)
}

// sourcesText is "2 sources" in lang: a link's independent sources.
func sourcesText(lang string, n int) string {
	return i18n.Count(lang, "source", n)
}

// tierText is "tier 1" in lang.
func tierText(lang string, tier int) string {
	return i18n.T(lang, "tier", tier)
}
