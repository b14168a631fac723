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

// TestStore runs the shared behaviour suite against PostgreSQL stores:
// one schema, emptied for each test (creating and migrating a schema for
// each would take seconds).
func TestStore(t *testing.T) {
	url := pgtest.New(t)
	storetest.Run(t, func(t *testing.T, c storetest.Config) knowledge.Store {
		s, err := OpenWith(context.Background(), url, Options{Now: c.Now, Clubs: c.Clubs})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		empty(t, s)
		return s
	})
}

// empty removes every row of every table but the migrations', and
// restarts the ids.
func empty(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	tables, err := s.strings(ctx, `SELECT tablename FROM pg_tables
		WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'names_version')`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `TRUNCATE `+strings.Join(tables, ", ")+` RESTART IDENTITY CASCADE`); err != nil {
		t.Fatal(err)
	}
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
