package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge"
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
