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

// HeatLinksSQL is the CTE of the links of player $2 that HeatLinks
// reads, heads (player_id, club_id, player, club, id, sources, ended): of
// those Timeline has the reports of (heatWantedSQL), the names of the
// player and the club, the id of the newest report from day $1 (a date
// key; the undated ones too): the suitor's newest unless it is dated
// before $1, else the newest undated of link_sources; and, from the
// link_sources rows from $1 (the newest report of each source, dated or
// not, read in one pass), the sources its reports name (sources, the
// store's aggregate of the distinct ls.source as JSON text, makes the
// list) and whether one of them ended the pursuit (1 or 0). A link with
// no report from $1 is left out.
func HeatLinksSQL(sources string) string {
	return `WITH want (player_id, club_id, player, club, id) AS (
		SELECT k.player_id, k.club_id, p.name, c.name,
			CASE WHEN k.pub_key = 0 OR k.counts_key >= $1 THEN k.link_id ELSE (SELECT ls.link_id FROM link_sources ls
				WHERE ls.player_id = k.player_id AND ls.club_id = k.club_id AND ls.dated = 0
				ORDER BY ls.counts_key DESC, ls.link_id DESC LIMIT 1) END
		FROM suitors k CROSS JOIN players p CROSS JOIN clubs c
		WHERE k.player_id = $2 AND p.id = k.player_id AND c.id = k.club_id AND ` + heatWantedSQL() + `),
	heads (player_id, club_id, player, club, id, sources, ended) AS (
		SELECT w.player_id, w.club_id, w.player, w.club, w.id, ` + sources + `, max(ls.ended)
		FROM want w CROSS JOIN link_sources ls WHERE ls.player_id = w.player_id AND ls.club_id = w.club_id
			AND (ls.dated = 0 OR ls.counts_key >= $1)
		GROUP BY w.player_id, w.club_id, w.player, w.club, w.id)
	`
}

// heatWantSQL is the CTE of the links of asked (a query of player and
// club ids) Timeline has the reports of, want (player_id, club_id,
// player, club), each checked once (heatWantedSQL).
func heatWantSQL(asked string) string {
	return `WITH asked (player_id, club_id) AS (` + asked + `),
	want (player_id, club_id, player, club) AS (
		SELECT k.player_id, k.club_id, p.name, c.name FROM asked k CROSS JOIN players p CROSS JOIN clubs c
		WHERE p.id = k.player_id AND c.id = k.club_id AND ` + heatWantedSQL() + `)`
}

// heatWantedSQL holds for the link k (player_id, club_id; of player p)
// when Timeline has its reports: not a player's link with his current
// club but the move that made it his, checked once a link, not report by
// report.
func heatWantedSQL() string {
	return `(` + NotOwnClubSQL("k.club_id") + `
			OR EXISTS (SELECT 1 FROM links d WHERE d.player_id = k.player_id AND d.club_id = k.club_id AND d.stage = 'done'))`
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
