package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupAndStatsCommands: backup writes a checked copy once and
// refuses to overwrite it; stats counts the copy as the original.
func TestBackupAndStatsCommands(t *testing.T) {
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
