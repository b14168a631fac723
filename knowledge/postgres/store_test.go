package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// openTest opens a store on a fresh schema, configured by c.
func openTest(t *testing.T, c storetest.Config) *Store {
	t.Helper()
	s, err := OpenWith(context.Background(), pgtest.New(t), Options{Now: c.Now, Clubs: c.Clubs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStore runs the shared behaviour suite against PostgreSQL stores,
// each test on a schema of its own, in parallel.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T, c storetest.Config) knowledge.Store {
		return openTest(t, c)
	})
}

// Opening a migrated database again migrates nothing and keeps its data.
func TestReopen(t *testing.T) {
	url := pgtest.New(t)
	ctx := context.Background()
	for range 2 {
		s, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(migrations) {
			t.Errorf("%d migrations recorded, want %d", n, len(migrations))
		}
		s.Close()
	}
}

func TestOpenBadURL(t *testing.T) {
	_, err := Open(context.Background(), "postgres://u:secret@127.0.0.1:port/x")
	if err == nil {
		t.Fatal("opened a bad URL")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
}

// Each article keeps the hash of the facts written for it, as SQLite
// does (copy-db carries it both ways), and re-extraction that reads other
// facts writes their hash.
func TestFactsHash(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, storetest.DefaultConfig())
	fx := storetest.Extractor{"kamara": storetest.KamaraArticle("2022-03-24", "AC Milan", facts.StageTalks)}
	storetest.MustIngest(t, ingest.New(s, fx.Extract), knowledge.Input{Text: "kamara"})
	stored := func() (int64, string) {
		var id int64
		var hash string
		if err := s.pool.QueryRow(ctx, `SELECT id, facts_hash FROM articles`).Scan(&id, &hash); err != nil {
			t.Fatal(err)
		}
		return id, hash
	}
	id, hash := stored()
	a := knowledge.Article{ID: id, Text: "kamara", Facts: fx["kamara"], Source: "GOAL"}
	if hash == "" || hash != a.FactsHash() {
		t.Errorf("facts_hash %q, want %q", hash, a.FactsHash())
	}
	fx["kamara"] = storetest.KamaraArticle("2022-03-24", "AC Milan", facts.StageAdvanced)
	if _, err := ingest.NewVersioned(s, fx.Extract, "v2").Reextract(ctx, s, ingest.ReextractOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	a.Facts = fx["kamara"]
	if _, got := stored(); got != a.FactsHash() || got == hash {
		t.Errorf("facts_hash after re-extraction %q, want %q", got, a.FactsHash())
	}
}

// TestMigrateLinkSourceReports opens a base at schema 16, whose
// link_sources counts no reports, and checks that migration 17 counts
// every link's reports by source.
func TestMigrateLinkSourceReports(t *testing.T) {
	ctx := context.Background()
	url := pgtest.New(t)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	const v = 16
	seed := append(slices.Clone(migrations[:v]), `CREATE TABLE schema_migrations (
			version    integer PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now())`,
		fmt.Sprintf(`INSERT INTO schema_migrations (version) SELECT generate_series(1, %d)`, v))
	seed = append(seed, storetest.UncountedSourcesSeed...)
	for _, q := range append(seed, knowledge.InsertLinkSourcesUncountedSQL("true", countsKeySQL)) {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckSeedSourceCounts(t, s)
}
