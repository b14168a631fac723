// Package pgtest gives tests a fresh PostgreSQL schema of their own on
// the local server, so that tests and test packages running in parallel
// never share tables. (A schema rather than a database: creating a
// database takes a second or more, a schema milliseconds. Advisory locks
// are per database: a test taking one uses a key of its own.)
//
// The server is the one at MERCATO_TEST_POSTGRES (a postgres:// URL on
// 127.0.0.1 or ::1), else postgres://postgres@127.0.0.1:5432/test. When it
// cannot be reached, a test is skipped with a message, except under CI=true
// (as .ci/run sets it), where it fails: the PostgreSQL tests run in CI.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the environment variable giving the server's URL.
const Env = "MERCATO_TEST_POSTGRES"

// DefaultURL is the local server's URL when Env is unset.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// New creates an empty schema for t, dropped when t ends, and returns the
// URL of the database with that schema as its search_path: what a store
// opened on the URL creates goes there.
func New(t testing.TB) string {
	t.Helper()
	admin := adminURL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		unreachable(t, admin, err)
	}
	defer conn.Close(ctx)
	name := "mercato_test_" + randomHex(8)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() { drop(t, admin, name) })
	u, _ := url.Parse(admin)
	q := u.Query()
	q.Set("search_path", name)
	// Tests need no durability: a commit need not wait for the disk.
	q.Set("synchronous_commit", "off")
	u.RawQuery = q.Encode()
	return u.String()
}

// Schema is the schema of a URL New returned (its search_path).
func Schema(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Query().Get("search_path")
}

// adminURL returns the server's URL, refusing any host outside the
// loopback range: tests send nothing elsewhere.
func adminURL(t testing.TB) string {
	t.Helper()
	raw := os.Getenv(Env)
	if raw == "" {
		raw = DefaultURL
	}
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("pgtest: %s: %v", Env, err)
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		t.Fatalf("pgtest: %s: host %q is not a loopback address", Env, u.Hostname())
	}
	return raw
}

// unreachable fails under CI=true and skips otherwise.
func unreachable(t testing.TB, url string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("pgtest: PostgreSQL unreachable under CI=true (%s): %v", redact(url), err)
	}
	t.Skipf("pgtest: PostgreSQL unreachable (%s): %v; start it or set %s", redact(url), err, Env)
}

// drop removes the test's schema and what it holds.
func drop(t testing.TB, admin, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Errorf("pgtest: drop %s: %v", name, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+name+" CASCADE"); err != nil {
		t.Errorf("pgtest: drop %s: %v", name, err)
	}
}

// redact hides a password in a URL for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "an unparsable URL"
	}
	return u.Redacted()
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("pgtest: random: %v", err))
	}
	return hex.EncodeToString(b)
}

// LockKey returns an advisory lock key no other test uses, for a test
// taking advisory locks in the shared database.
func LockKey() int64 {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("pgtest: random: %v", err))
	}
	var k int64
	for _, c := range b[:7] {
		k = k<<8 | int64(c)
	}
	return k + 1
}

// KillLockHolder ends the server session holding the advisory lock key
// (as taken: a store derives it from its schema, postgres.LockKey)
// in the database at url, as an operator's pg_terminate_backend or a
// dead connection would; it fails the test when no session held it.
func KillLockHolder(t testing.TB, url string, key int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var killed bool
	if err := conn.QueryRow(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND granted
		AND ((classid::bigint << 32) | objid::bigint) = $1`, key).Scan(&killed); err != nil || !killed {
		t.Fatalf("pgtest: no holder of lock %d killed: %v", key, err)
	}
}
