package pgtest

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestNewIsEmptyAndOwn(t *testing.T) {
	a, b := New(t), New(t)
	if a == b {
		t.Fatalf("two tests share %s", a)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("a new schema has %d tables", n)
	}
	if _, err := conn.Exec(ctx, "CREATE TABLE t (x int)"); err != nil {
		t.Fatal(err)
	}
	var schema string
	if err := conn.QueryRow(ctx, "SELECT schemaname FROM pg_tables WHERE tablename = 't'").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a, "search_path="+schema) {
		t.Errorf("table created in %s, not the test's schema (%s)", schema, a)
	}
}

func TestRefusesRemoteHost(t *testing.T) {
	for _, raw := range []string{"postgres://u@10.1.2.3/x", "postgres://u@db.example.org/x"} {
		ft := &fatalT{TB: t}
		t.Setenv(Env, raw)
		func() {
			defer func() { recover() }()
			adminURL(ft)
		}()
		if !ft.failed {
			t.Errorf("%s: accepted", raw)
		}
	}
}

// fatalT records a Fatalf instead of ending the test.
type fatalT struct {
	testing.TB
	failed bool
}

func (f *fatalT) Helper() {}
func (f *fatalT) Fatalf(string, ...any) {
	f.failed = true
	panic("fatal")
}
