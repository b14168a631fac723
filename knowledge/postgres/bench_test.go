package postgres

import (
	"context"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/copydb"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// BenchmarkSuitors answers /suitors (FindPlayers + Profile + Suitors) on
// SQLite and on PostgreSQL over the same knowledge base, in one run: the
// generated base of knowledge/sqlite's BenchmarkSuitors (100,000
// articles; build it by running that benchmark once), named by
// MERCATO_BENCH_SQLITE, copied once into the schema mercato_bench of the
// local server (kept for later runs; a few minutes). Players are drawn as
// often as articles name them. Run it on one core:
//
//	MERCATO_BENCH_SQLITE=/tmp/mercato-bench-v3-s20-100000.db go test -run '^$' -bench Suitors -cpu 1 ./knowledge/postgres/
func BenchmarkSuitors(b *testing.B) {
	path := os.Getenv("MERCATO_BENCH_SQLITE")
	if path == "" {
		b.Skip("set MERCATO_BENCH_SQLITE to the generated SQLite base (knowledge/sqlite's BenchmarkSuitors builds it)")
	}
	ctx := context.Background()
	lite, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer lite.Close()
	pg := benchPostgres(b, lite)
	names := benchNames(b, pg)
	for _, tc := range []struct {
		name  string
		store knowledge.Store
	}{{"sqlite", lite}, {"postgres", pg}} {
		b.Run(tc.name, func(b *testing.B) { storetest.BenchSuitors(b, tc.store, names) })
	}
}

// benchPostgres opens the schema mercato_bench, copying lite into it
// when it does not hold the same number of links.
func benchPostgres(b *testing.B, lite *sqlite.Store) *Store {
	b.Helper()
	ctx := context.Background()
	admin := os.Getenv(pgtest.Env)
	if admin == "" {
		admin = pgtest.DefaultURL
	}
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		b.Skipf("no PostgreSQL: %v", err)
	}
	_, err = conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS mercato_bench`)
	conn.Close(ctx)
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse(admin)
	q := u.Query()
	q.Set("search_path", "mercato_bench")
	u.RawQuery = q.Encode()
	pg, err := Open(ctx, u.String())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { pg.Close() })
	want, _ := lite.CountRows(ctx, "links")
	if got, _ := pg.CountRows(ctx, "links"); got != want {
		start := time.Now()
		if _, err := pg.pool.Exec(ctx, `TRUNCATE articles, clubs, club_names, players, player_names, mentions,
			links, suitors, fees, outlets, subscriptions, reminders_sent, feeds RESTART IDENTITY CASCADE`); err != nil {
			b.Fatal(err)
		}
		if _, err := copydb.Copy(ctx, lite, pg); err != nil {
			b.Fatal(err)
		}
		if _, err := pg.pool.Exec(ctx, `ANALYZE`); err != nil {
			b.Fatal(err)
		}
		b.Logf("copied the base into PostgreSQL in %v", time.Since(start).Round(time.Second))
	}
	return pg
}

// benchNames draws 4,096 player names, each as often as articles name him.
func benchNames(b *testing.B, s *Store) []string {
	b.Helper()
	names, err := s.strings(context.Background(), `SELECT p.name FROM mentions m TABLESAMPLE BERNOULLI (5) REPEATABLE (7)
		JOIN players p ON p.id = m.player_id LIMIT 4096`)
	if err != nil || len(names) == 0 {
		b.Fatalf("names: %v", err)
	}
	return names
}
