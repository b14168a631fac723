package knowledge

import (
	"context"
	"slices"
)

// HeatLink is what heat computes a link from without reading its
// reports one by one (a store's HeatLinks): its newest report and the
// sources its reports name. Sources count only after the last report
// that ended a pursuit: of a link with one, every report instead.
type HeatLink struct {
	LinkKey
	// Newest is the link's newest report in heat's order (CountsKey,
	// an undated report before a dated one, then LinkID), without
	// sentence, URL or fee; unset when Reports is not nil.
	Newest Report
	// Sources are those its reports name, as stored, each once ("" for
	// the reports naming none), in no order; nil when Reports is not nil.
	Sources []string
	// Reports are every report of a link one of which ended a pursuit,
	// as Timeline has them; nil for the others.
	Reports []Report
}

// Names are the names of h's player and club.
func (h HeatLink) Names() (player, club string) {
	if len(h.Reports) > 0 {
		return h.Reports[0].Player, h.Reports[0].Club
	}
	return h.Newest.Player, h.Newest.Club
}

// HeatLinksSQL is the CTE of the links of asked (a query of player and
// club ids) that HeatLinks reads, heads (player_id, club_id, player,
// club, id, sources, ended): of those Timeline has the reports of (as
// HeatReportIDsSQL checks them), the names of the player and the club,
// the id of the newest report from day $1 (a date key; the undated ones
// too) and the sources its reports name, both from link_sources (the
// newest report of each source, dated or not, is the newest of them;
// sources (the store's aggregate of the distinct ls.source as JSON
// text) makes the list), and whether one of them ended the pursuit (1
// or 0). A link with no report from $1 is left out.
func HeatLinksSQL(asked, sources string) string {
	const of = `FROM link_sources ls WHERE ls.player_id = w.player_id AND ls.club_id = w.club_id
				AND (ls.dated = 0 OR ls.counts_key >= $1)`
	return heatWantSQL(asked) + `,
	heads (player_id, club_id, player, club, id, sources, ended) AS (
		SELECT w.player_id, w.club_id, w.player, w.club,
			(SELECT ls.link_id ` + of + ` ORDER BY ls.counts_key DESC, ls.dated DESC, ls.link_id DESC LIMIT 1),
			(SELECT ` + sources + ` ` + of + `),
			CASE WHEN EXISTS (SELECT 1 ` + of + ` AND ls.ended = 1) THEN 1 ELSE 0 END
		FROM want w)
	`
}

// heatWantSQL is the CTE of the links of asked (a query of player and
// club ids) Timeline has the reports of, want (player_id, club_id,
// player, club): not a player's link with his current club but the move
// that made it his, checked once each, not report by report.
func heatWantSQL(asked string) string {
	return `WITH asked (player_id, club_id) AS (` + asked + `),
	want (player_id, club_id, player, club) AS (
		SELECT k.player_id, k.club_id, p.name, c.name FROM asked k CROSS JOIN players p CROSS JOIN clubs c
		WHERE p.id = k.player_id AND c.id = k.club_id AND (` + NotOwnClubSQL("k.club_id") + `
			OR EXISTS (SELECT 1 FROM links d WHERE d.player_id = k.player_id AND d.club_id = k.club_id AND d.stage = 'done')))`
}

// WithEndedReports gives each link of hs that ended marks (as
// HeatLinksSQL has it) every report reports returns of those links in
// place of its newest and its sources: a store's HeatLinks once it has
// read the heads.
func WithEndedReports(ctx context.Context, hs []HeatLink, ended []bool,
	reports func(ctx context.Context, links []LinkKey) ([]Report, error)) ([]HeatLink, error) {
	var keys []LinkKey
	at := map[string]int{}
	for i, h := range hs {
		if ended[i] {
			keys = append(keys, h.LinkKey)
			at[h.Newest.Player+"\x00"+h.Newest.Club] = i
		}
	}
	if len(keys) == 0 {
		return hs, nil
	}
	rs, err := reports(ctx, keys)
	if err != nil {
		return nil, err
	}
	for _, i := range at {
		hs[i].Newest, hs[i].Sources, hs[i].Reports = Report{}, nil, []Report{}
	}
	for _, r := range rs {
		if i, ok := at[r.Player+"\x00"+r.Club]; ok {
			hs[i].Reports = append(hs[i].Reports, r)
		}
	}
	return slices.DeleteFunc(hs, func(h HeatLink) bool { return h.Reports != nil && len(h.Reports) == 0 }), nil
}

// HeatLinksOf is rs (reports of one player, as Timeline has them) as heat
// links, each with every report of its link; their LinkKey is not known.
func HeatLinksOf(rs []Report) []HeatLink {
	var out []HeatLink
	at := map[string]int{}
	for _, r := range rs {
		i, ok := at[r.Club]
		if !ok {
			i = len(out)
			at[r.Club] = i
			out = append(out, HeatLink{Reports: []Report{}})
		}
		out[i].Reports = append(out[i].Reports, r)
	}
	return out
}
