package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/internal/pgtest"
)

func TestLockKey(t *testing.T) {
	for _, schema := range []string{"", "public"} {
		if got := LockKey(JobsLockKey, schema); got != JobsLockKey {
			t.Errorf("LockKey(%q) = %#x, want the key itself", schema, got)
		}
	}
	seen := map[int64]string{JobsLockKey: "public"}
	for _, schema := range []string{"mercato", "mercato_staging", "bot2", "Mercato"} {
		k := LockKey(JobsLockKey, schema)
		if other, ok := seen[k]; ok || k <= 0 {
			t.Errorf("LockKey(%q) = %#x: not positive, or %q's too", schema, k, other)
		}
		seen[k] = schema
		if LockKey(TelegramPollingKey, schema) == k {
			t.Errorf("schema %q: two locks share key %#x", schema, k)
		}
	}
}

// Two deployments in two schemas of one database hold their advisory
// locks apart: each has its own jobs' leader, its own exclusive work and
// its own writer, while two replicas of one schema still exclude each
// other.
func TestLocksPerSchema(t *testing.T) {
	urlA, urlB := pgtest.New(t), pgtest.New(t)
	a, a2, b := openTestURL(t, urlA), openTestURL(t, urlA), openTestURL(t, urlB)
	ctx := t.Context()

	// Work one replica does: Telegram's polling.
	release, ok, err := a.Exclusive(ctx, TelegramPollingKey)
	if err != nil || !ok {
		t.Fatalf("schema A: %v, %v", ok, err)
	}
	defer release()
	if _, ok, err := a2.Exclusive(ctx, TelegramPollingKey); err != nil || ok {
		t.Errorf("a second replica of schema A: %v, %v; want refused", ok, err)
	}
	if release, ok, err := b.Exclusive(ctx, TelegramPollingKey); err != nil || !ok {
		t.Errorf("schema B while A polls: %v, %v; want taken", ok, err)
	} else {
		release()
	}

	// The jobs' leader (the real key: each test schema has its own).
	lead := func(url string, wait time.Duration) func() {
		t.Helper()
		l, err := NewLeader(url, LeaderOptions{Retry: 50 * time.Millisecond, Check: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		lctx, cancel := context.WithTimeout(ctx, wait)
		defer cancel()
		_, release, err := l.Lead(lctx)
		if err != nil {
			return nil
		}
		return release
	}
	for _, tc := range []struct {
		name string
		url  string
		wait time.Duration
		want bool
	}{
		{"schema A", urlA, 10 * time.Second, true},
		{"schema B while A leads", urlB, 5 * time.Second, true},
		{"schema A again", urlA, 500 * time.Millisecond, false},
	} {
		release := lead(tc.url, tc.wait)
		if got := release != nil; got != tc.want {
			t.Errorf("%s: leads %v, want %v", tc.name, got, tc.want)
		}
		if release != nil {
			defer release()
		}
	}

	// The writer: schema A's write lock held elsewhere stops A's writes only.
	conn, err := pgx.Connect(ctx, urlA)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, LockKey(writeLockKey, pgtest.Schema(urlA))); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := b.Write(wctx, nil); err != nil {
		t.Errorf("schema B's write while A's writer holds its lock: %v", err)
	}
	wctx, cancel = context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := a2.Write(wctx, nil); err == nil {
		t.Error("schema A's write did not wait for A's writer")
	}
}
