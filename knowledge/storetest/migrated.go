package storetest

import (
	"context"
	"maps"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// UncountedSourcesSeed is the rows of a base whose link_sources counts no
// reports yet (before knowledge.LinkSourceReportsMigrationSQL), in SQL
// both stores run: player 1 linked to club 1 by two dated reports and an
// undated one of GOAL, and to club 2 by an ended one of Sky. The store's
// test fills link_sources as the migration that created it did
// (knowledge.InsertLinkSourcesUncountedSQL), then opens the base.
var UncountedSourcesSeed = []string{
	`INSERT INTO clubs (id, name, fold) VALUES (1, 'Chelsea', 'chelsea'), (2, 'Arsenal', 'arsenal')`,
	`INSERT INTO players (id, name, fold) VALUES (1, 'Boubacar Kamara', 'boubacar kamara')`,
	`INSERT INTO articles (id, hash, ingested_at, text, pub_key, published) VALUES
		(1, 'a', '2024-01-01T00:00:00Z', 'a', 20240301, '2024-03-01'),
		(2, 'b', '2024-01-01T00:00:00Z', 'b', 20240302, '2024-03-02'),
		(3, 'c', '2024-01-01T00:00:00Z', 'c', 0, '')`,
	`INSERT INTO links (id, article_id, player_id, club_id, stage, strength, pub_key, published, source) VALUES
		(1, 1, 1, 1, 'talks', 3, 20240301, '2024-03-01', 'GOAL'),
		(2, 2, 1, 1, 'bid', 4, 20240302, '2024-03-02', 'GOAL'),
		(3, 3, 1, 1, 'interest', 2, 0, '', 'GOAL'),
		(4, 2, 1, 2, 'ended', 0, 20240302, '2024-03-02', 'Sky')`,
}

// CheckSeedSourceCounts checks that s, opened (hence migrated) on a base
// of UncountedSourcesSeed, counts the seed's reports by source.
func CheckSeedSourceCounts(t *testing.T, s knowledge.Store) {
	t.Helper()
	for _, tc := range []struct {
		club int64
		want map[string]int
	}{
		{0, map[string]int{"GOAL": 3, "Sky": 1}},
		{1, map[string]int{"GOAL": 3}},
		{2, map[string]int{"Sky": 1}},
	} {
		counts, err := s.SourceCounts(context.Background(), 1, tc.club)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range counts {
			got[c.Source] += c.Reports
		}
		if !maps.Equal(got, tc.want) || len(counts) != len(tc.want) {
			t.Errorf("club %d: SourceCounts after migration = %v, want %v", tc.club, counts, tc.want)
		}
	}
}
