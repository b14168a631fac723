package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupAndStatsCommands: backup writes a checked copy once and
// refuses to overwrite it; stats counts the copy as the original.
func TestBackupAndStatsCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, copyPath := filepath.Join(dir, "m.db"), filepath.Join(dir, "copy.db")
	code, out, errOut := run(t, "", "backup", "-db", db, copyPath)
	if code != 0 || !strings.Contains(out, "integrity check ok") {
		t.Fatalf("backup: exit %d, %q, %q", code, out, errOut)
	}
	if code, _, errOut := run(t, "", "backup", "-db", db, copyPath); code != 1 || !strings.Contains(errOut, "exists already") {
		t.Errorf("backup over the copy: exit %d, %q; want a refusal", code, errOut)
	}
	if code, _, errOut := run(t, "", "backup", "-db", db); code != 2 || errOut == "" {
		t.Errorf("backup without a file: exit %d, %q", code, errOut)
	}
	_, orig, _ := run(t, "", "stats", "-db", db)
	code, copied, errOut := run(t, "", "stats", "-db", copyPath)
	if code != 0 || copied != orig || !strings.Contains(copied, "articles                5\n") ||
		!strings.Contains(copied, "awaiting re-extraction  0\n") {
		t.Errorf("stats of the copy: exit %d\n%s\nof the original:\n%s%s", code, copied, orig, errOut)
	}
}

// TestForgetCommand: an article forgotten by id is gone from the counts;
// an unknown one is refused and changes nothing.
func TestForgetCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, extra := filepath.Join(dir, "m.db"), filepath.Join(dir, "kounde.txt")
	// An article besides the sample corpus: a base of only the corpus,
	// short of one, would be filled again as one cut short.
	if err := os.WriteFile(extra, []byte("Chelsea are in talks with Sevilla over Jules Koundé."), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "", "ingest", "-db", db, extra); code != 0 {
		t.Fatal(out, errOut)
	}
	before := counts(t, db)
	code, out, errOut := run(t, "", "forget", "-db", db, "3")
	if code != 0 || !strings.HasPrefix(out, "forgot article 3: ") {
		t.Fatalf("forget 3: exit %d, %q, %q", code, out, errOut)
	}
	after := counts(t, db)
	if after.Articles != before.Articles-1 || after.Links >= before.Links {
		t.Errorf("counts %+v after forgetting, before %+v", after, before)
	}
	if code, _, errOut := run(t, "", "forget", "-db", db, "3"); code != 1 || !strings.Contains(errOut, "no article") {
		t.Errorf("forget 3 again: exit %d, %q", code, errOut)
	}
	if counts(t, db) != after {
		t.Errorf("a refused forget changed the counts: %+v, then %+v", after, counts(t, db))
	}
}
