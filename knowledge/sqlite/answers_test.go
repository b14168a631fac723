package sqlite

import (
	"fmt"
	"slices"
	"strings"
	"testing"

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
