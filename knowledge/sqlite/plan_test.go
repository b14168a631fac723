package sqlite

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// TestQueryPlans keeps the hot queries on their indexes: no full scan of
// the links and no sort of all of them.
func TestQueryPlans(t *testing.T) {
	s := openTest(t, storetest.Extractor{})
	latest := func(player, club int64) string { q, _ := latestQuery(10, player, club, false); return q }
	undated := func(player, club int64) string { q, _ := latestQuery(10, player, club, true); return q }
	digest := func(sub knowledge.Subscription) string { q, _ := digestQuery(sub, 15); return q }
	for _, tc := range []struct {
		name, query, want string
	}{
		{"latest", latest(0, 0), "SCAN l USING INDEX links_recent"},
		{"latest of a club", latest(0, 3), "SEARCH s USING COVERING INDEX suitors_club (club_id=?); SEARCH x USING COVERING INDEX links_timeline (player_id=? AND club_id=?)"},
		{"latest of a club's own players", latest(0, 3), "SEARCH q USING COVERING INDEX players_current (current_club_id=?); SEARCH x USING COVERING INDEX links_timeline (player_id=?)"},
		{"latest of a player", latest(3, 0), "SEARCH l USING INDEX links_player_recent (player_id=?)"},
		{"latest undated", undated(0, 0), "SEARCH l USING INDEX links_recent (pub_key=?)"},
		{"latest undated of a player", undated(3, 0), "SEARCH l USING INDEX links_player_recent (player_id=? AND pub_key=?)"},
		{"first digest", digest(knowledge.Subscription{}), "SCAN l USING INDEX links_digest"},
		{"digest", digest(knowledge.Subscription{Watermark: 7}), "SEARCH l USING INTEGER PRIMARY KEY (rowid>?)"},
		{"first digest of a club", digest(knowledge.Subscription{Filter: knowledge.FilterClub, FilterID: 3}),
			"SEARCH s USING COVERING INDEX suitors_club (club_id=?)"},
		{"digest of a player", digest(knowledge.Subscription{Watermark: 7, Filter: knowledge.FilterPlayer, FilterID: 3}), "SEARCH l USING"},
		{"suitors", `SELECT 1 FROM suitors s JOIN players p ON p.id = s.player_id JOIN clubs c ON c.id = s.club_id
			JOIN links l ON l.id = s.link_id WHERE s.player_id = 1 AND s.club_id IS NOT 2`, "SEARCH s USING PRIMARY KEY"},
		{"newer club of a player", newerClubSQL, "SEARCH mentions USING PRIMARY KEY (player_id=? AND (pub_key,article_id)>(?,?))"},
		{"newer contract of a player", newerContractSQL, "SEARCH mentions USING PRIMARY KEY (player_id=? AND (pub_key,article_id)>(?,?))"},
		{"latest club of a player", `SELECT current_club_id FROM mentions WHERE player_id = ?1 AND current_club_id IS NOT NULL
			ORDER BY pub_key DESC, article_id DESC LIMIT 1`, "SEARCH mentions USING PRIMARY KEY (player_id=?)"},
		{"contract of a player", `SELECT ` + knowledge.ContractSQL + ` FROM players p WHERE p.id = ?`,
			"SEARCH m USING PRIMARY KEY (player_id=?)"},
		{"source counts of a player", numbered(knowledge.SourceCountsSQL), "SEARCH link_sources USING PRIMARY KEY (player_id=?)"},
		{"a player's mention in an article", `SELECT count(*) FROM mentions WHERE player_id = ? AND article_id = ?`,
			"SEARCH mentions USING COVERING INDEX mentions_article (article_id=? AND player_id=?)"},
	} {
		rows, err := s.db.Query("EXPLAIN QUERY PLAN "+tc.query, 1, 2, 3, 4, 5, 6, 7)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		all := strings.Join(plan, "; ")
		if !strings.Contains(all, tc.want) {
			t.Errorf("%s: plan %q, want %q", tc.name, all, tc.want)
		}
		ordered := strings.HasPrefix(tc.name, "latest of a player") || strings.HasPrefix(tc.name, "latest club") ||
			strings.HasPrefix(tc.name, "contract")
		if ordered && strings.Contains(all, "TEMP B-TREE") {
			t.Errorf("%s: plan %q sorts the rows instead of reading them in order", tc.name, all)
		}
		if strings.HasPrefix(tc.name, "latest of a club") && strings.Count(all, "SEARCH l USING INTEGER PRIMARY KEY") > 1 {
			t.Errorf("%s: plan %q reads the row of every link it sorts, not of the n newest only", tc.name, all)
		}
	}
}
