package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// TestMigrateMentionsByDate opens a base at schema 26, whose mentions
// are keyed by player and article, and checks that migration 27 keeps
// every mention and orders a player's by date: his newest mention of a
// club is read from the table's key, in the order it is kept.
func TestMigrateMentionsByDate(t *testing.T) {
	ctx := context.Background()
	path := baseAt(t, 26,
		`INSERT INTO clubs (id, name, fold) VALUES (1, 'Chelsea', 'chelsea'), (2, 'Arsenal', 'arsenal')`,
		`INSERT INTO players (id, name, fold) VALUES (1, 'Boubacar Kamara', 'boubacar kamara')`,
		`INSERT INTO articles (id, hash, ingested_at, text, pub_key) VALUES
			(1, 'a', '2024-01-01T00:00:00Z', 'a', 20240301), (2, 'b', '2024-01-01T00:00:00Z', 'b', 20230101),
			(3, 'c', '2024-01-01T00:00:00Z', 'c', 0)`,
		`INSERT INTO mentions (player_id, article_id, pub_key, current_club_id, contract) VALUES
			(1, 1, 20240301, 1, '2026'), (1, 2, 20230101, 2, ''), (1, 3, 0, NULL, '2027-06')`,
	)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, pub_key, coalesce(current_club_id, 0), contract FROM mentions`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var article, key, club int64
		var contract string
		if err := rows.Scan(&article, &key, &club, &contract); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %d %d %q", article, key, club, contract))
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	want := []string{`3 0 0 "2027-06"`, `2 20230101 2 ""`, `1 20240301 1 "2026"`} // by date, undated first
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("mentions after migration 27: %q, want %q", got, want)
	}
	var club int64
	if err := s.db.QueryRowContext(ctx, `SELECT current_club_id FROM mentions WHERE player_id = 1
		AND current_club_id IS NOT NULL ORDER BY pub_key DESC, article_id DESC LIMIT 1`).Scan(&club); err != nil || club != 1 {
		t.Errorf("newest club mentioned: %d, %v; want 1", club, err)
	}
}

// TestMigrateLinkSourceReports opens a base at schema 27, whose
// link_sources counts no reports, and checks that migration 28 counts
// every link's reports by source.
func TestMigrateLinkSourceReports(t *testing.T) {
	seed := append(slices.Clone(storetest.UncountedSourcesSeed),
		knowledge.InsertLinkSourcesUncountedSQL("true", countsKeySQL))
	s, err := Open(context.Background(), baseAt(t, 27, seed...))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckSeedSourceCounts(t, s)
}

// baseAt writes a base of the first v migrations, then the statements
// seed, in a file of t's temporary directory, and returns its path.
func baseAt(t *testing.T, v int, seed ...string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, m := range migrations[:v] {
		if _, err := db.ExecContext(ctx, m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	for _, q := range append([]string{fmt.Sprintf(`PRAGMA user_version = %d`, v)}, seed...) {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}
