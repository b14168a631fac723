package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// holdWriteLock takes the write lock of the database at path on a
// connection of its own, as another process ingesting would, until the
// test ends.
func holdWriteLock(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.ExecContext(ctx, "ROLLBACK")
		conn.Close()
		db.Close()
	})
}

// TestAskBehindAWriter: a read-only command answers while another
// connection holds the write lock; opening a current database writes
// nothing.
func TestAskBehindAWriter(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "mercato.db")
	if code, out, errOut := run(t, "", "ask", "-db", path, "/suitors Kamara"); code != 0 {
		t.Fatalf("first ask: exit %d\n%s%s", code, out, errOut)
	}
	holdWriteLock(t, path)
	for _, q := range []string{"/suitors Kamara", "/latest"} {
		code, out, errOut := run(t, "", "ask", "-db", path, q)
		if code != 0 || strings.Contains(errOut, "locked") {
			t.Errorf("ask %q behind a writer: exit %d\nstdout:\n%s\nstderr:\n%s", q, code, out, errOut)
		}
	}
}
