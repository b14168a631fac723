package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// TestReextractCommand: articles stored by another extractor are read
// again once; a second run finds nothing stale; -all reads them all.
func TestReextractCommand(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "m.db")
	if code, _, errOut := run(t, "", "ask", "-db", db, "/suitors Kamara"); code != 0 {
		t.Fatalf("ask: %d %s", code, errOut)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkAllStale(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "re-extracted 5 articles"},
		{nil, "re-extracted 0 articles"},
		{[]string{"-all"}, "re-extracted 5 articles"},
	} {
		code, out, errOut := run(t, "", append([]string{"reextract", "-db", db}, tc.args...)...)
		if code != 0 || !strings.HasPrefix(out, tc.want) || !strings.Contains(out, "links 0 added, 0 removed") {
			t.Errorf("reextract %v: exit %d, stdout %q, stderr %q; want %q and no change", tc.args, code, out, errOut, tc.want)
		}
	}
	if code, _, errOut := run(t, "", "reextract", "-db", db, "extra"); code != 2 || !strings.Contains(errOut, "unexpected argument") {
		t.Errorf("reextract extra: exit %d, %q", code, errOut)
	}
	if st := counts(t, db); st.Articles != 5 {
		t.Errorf("articles %d after re-extraction, want 5", st.Articles)
	}
}

// TestProgress: in a pipe a line per thousand articles; on a terminal the
// line is rewritten with the rate and the time left.
func TestProgress(t *testing.T) {
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	for _, tc := range []struct {
		terminal bool
		want     string
	}{
		{false, "reextract: 1000 of 3000 articles\nreextract: 2000 of 3000 articles\nreextract: 3000 of 3000 articles\n"},
		{true, "\r600/3000 articles, 600/s, 4s left\x1b[K\r2200/3000 articles, 1100/s, 1s left\x1b[K" +
			"\r3000/3000 articles, 1000/s, 0s left\x1b[K\n"},
	} {
		var b bytes.Buffer
		clock = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		pr := newProgress(&b, tc.terminal, now)
		for _, done := range []int{600, 2200, 3000} {
			clock = clock.Add(time.Second)
			pr.show(ingest.Progress{Done: done, Total: 3000})
		}
		pr.end()
		if b.String() != tc.want {
			t.Errorf("terminal %v: %q\nwant %q", tc.terminal, b.String(), tc.want)
		}
	}
	if got := summary("abc", knowledge.Changes{Articles: 2, LinksAdded: 1}, 0); !strings.HasPrefix(got, "re-extracted 2 articles with extractor abc: links 1 added") {
		t.Errorf("summary %q", got)
	}
}
