package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/internal/gencorpus"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// TestDerivedTablesMatchLinks ingests generated articles (few players,
// so that a batch names the same links and months again and again) in
// batches of several sizes, and checks the tables a Write derives once a
// batch against the same tables rebuilt from every link and mention.
func TestDerivedTablesMatchLinks(t *testing.T) {
	ctx := context.Background()
	x := extract.New().Extract
	for _, batch := range []int{7, 150} {
		t.Run(fmt.Sprintf("batch=%d", batch), func(t *testing.T) {
			s, err := Open(ctx, filepath.Join(t.TempDir(), "derived.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			w := gencorpus.NewWriter(rand.New(rand.NewPCG(3, 4)), 40, gencorpus.Clubs(30))
			p := ingest.New(s, x)
			var ins []knowledge.Input
			for i := range 300 {
				ins = append(ins, knowledge.Input{Text: w.Text(i)})
				if len(ins) == batch || i == 299 {
					if _, err := p.IngestAll(ctx, ins); err != nil {
						t.Fatal(err)
					}
					ins = ins[:0]
				}
			}
			tables := []struct{ name, dump, rebuild string }{
				{"suitors.sources", `SELECT player_id, club_id, sources FROM suitors ORDER BY 1, 2`,
					knowledge.SuitorSourcesSQL(suitorSourcesSQL, "true")},
				{"suitors", `SELECT player_id, club_id, reports, link_id, pub_key, article_id, counts_key, strength
					FROM suitors ORDER BY 1, 2`, rebuildSuitors},
				{"link_sources", `SELECT * FROM link_sources ORDER BY 1, 2, 3, 4, 5`,
					`DELETE FROM link_sources; ` + insertLinkSources("true")},
				{"link_months", `SELECT * FROM link_months ORDER BY 1, 2, 3`,
					`DELETE FROM link_months; ` + knowledge.InsertLinkMonthsSQL("true")},
				{"players", `SELECT id, articles, current_club_id, contract FROM players ORDER BY id`,
					`UPDATE players SET articles = (SELECT count(*) FROM mentions m WHERE m.player_id = players.id),
						current_club_id = (SELECT current_club_id FROM mentions m WHERE m.player_id = players.id
							AND current_club_id IS NOT NULL ORDER BY pub_key DESC, article_id DESC LIMIT 1),
						contract = coalesce((SELECT contract FROM mentions m WHERE m.player_id = players.id
							AND contract <> '' ORDER BY pub_key DESC, article_id DESC LIMIT 1), '')`},
			}
			for _, tb := range tables {
				kept := dumpRows(t, s, tb.dump)
				if _, err := s.db.Exec(tb.rebuild); err != nil {
					t.Fatalf("%s: %v", tb.name, err)
				}
				rebuilt := dumpRows(t, s, tb.dump)
				if len(rebuilt) < 20 {
					t.Fatalf("%s: %d rows rebuilt, want a test that writes more", tb.name, len(rebuilt))
				}
				if i := firstDiff(kept, rebuilt); i >= 0 {
					t.Errorf("%s: %d rows kept by Write, %d rebuilt; first difference at %d", tb.name, len(kept), len(rebuilt), i)
				}
			}
		})
	}
}

// dumpRows returns the rows of query, each formatted as one string.
func dumpRows(t *testing.T, s *Store, query string) []string {
	t.Helper()
	rows, err := s.db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		v := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(v...))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// firstDiff is the index of the first row where a and b differ, -1 when
// they are equal.
func firstDiff(a, b []string) int {
	if slices.Equal(a, b) {
		return -1
	}
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
