package sqlite

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// openSeedLike opens a store holding the suite's seed-like corpus.
func openSeedLike(t *testing.T) *testStore {
	t.Helper()
	fx, inputs := storetest.SeedLike()
	s := openTest(t, fx)
	for _, in := range inputs {
		storetest.MustIngest(t, s, in)
	}
	return s
}

// TestSuitorsTableMatchesLinks checks the suitors kept up to date link by
// link against the same table rebuilt from every link at once.
func TestSuitorsTableMatchesLinks(t *testing.T) {
	s := openSeedLike(t)
	dump := func() []string {
		rows, err := s.db.Query(`SELECT player_id, club_id, reports, link_id, pub_key, article_id
			FROM suitors ORDER BY player_id, club_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v [6]int64
			if err := rows.Scan(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(v))
		}
		return out
	}
	incremental := dump()
	if _, err := s.db.Exec(rebuildSuitors); err != nil {
		t.Fatal(err)
	}
	if rebuilt := dump(); !slices.Equal(incremental, rebuilt) || len(rebuilt) == 0 {
		t.Errorf("suitors kept by ingest:\n%s\nrebuilt from the links:\n%s", strings.Join(incremental, "\n"), strings.Join(rebuilt, "\n"))
	}
}

// TestClubLinksOnce checks that clubLinksSQL, which Latest of a club
// sorts and cuts at n, reads every link of each club once (a player of
// the club linked with it is one of its targets, not also one of its own
// players linked elsewhere) and every link the old reading by link rows
// did.
func TestClubLinksOnce(t *testing.T) {
	fx, inputs := storetest.SeedLike()
	fx["signed"] = facts.Article{Lang: "en", Published: storetest.MustDate("2023-07-15"), Players: []facts.Player{{
		Name: "Declan Rice", CurrentClub: "Arsenal", Suitors: []facts.Suitor{
			{Club: "Arsenal", Stage: facts.StageDone}, {Club: "Manchester City", Stage: facts.StageEnded}},
	}}}
	s := openTest(t, fx)
	for _, in := range append(inputs, knowledge.Input{Text: "signed"}) {
		storetest.MustIngest(t, s, in)
	}
	rows, err := s.db.Query(`SELECT c.id, (SELECT count(*) FROM (` + strings.ReplaceAll(clubLinksSQL, "?", "c.id") + `)),
		(SELECT count(DISTINCT id) FROM (` + strings.ReplaceAll(clubLinksSQL, "?", "c.id") + `)),
		(SELECT count(*) FROM links l JOIN players p ON p.id = l.player_id
			WHERE l.club_id = c.id OR p.current_club_id = c.id)
		FROM clubs c`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var club, n, distinct, want int
		if err := rows.Scan(&club, &n, &distinct, &want); err != nil {
			t.Fatal(err)
		}
		if n != distinct || n != want {
			t.Errorf("club %d: %d links read, %d distinct, want %d", club, n, distinct, want)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var both int
	if err := s.db.QueryRow(`SELECT count(*) FROM links l JOIN players p ON p.id = l.player_id
		WHERE l.club_id = p.current_club_id`).Scan(&both); err != nil || both == 0 {
		t.Fatalf("%d links of a player with his own club in the seed, %v: the test needs one", both, err)
	}
}
