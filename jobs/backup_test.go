package jobs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// fileBackuper writes a small file as the copy, refusing an existing one
// as the store does.
type fileBackuper struct{ fail bool }

func (b fileBackuper) Backup(ctx context.Context, path string) error {
	if b.fail {
		return errors.New("disk full")
	}
	if _, err := os.Stat(path); err == nil {
		return errors.New(path + " exists already")
	}
	return os.WriteFile(path, []byte("copy"), 0o644)
}

// TestBackupKeeps: each run writes a copy named by its time and removes
// the oldest beyond keep, leaving every other file of the directory alone.
func TestBackupKeeps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "backups")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"mercato.db", "notes.txt", "mercato-old.db"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Date(2026, 12, 3, 3, 0, 0, 0, time.FixedZone("CET", 3600))
	for i := range 4 {
		st, err := backup(context.Background(), fileBackuper{}, dir, 2, at.Add(time.Duration(i)*24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join(dir, "mercato-2026120"+string(rune('3'+i))+"-020000.db"); st.Path != want {
			t.Errorf("run %d wrote %s, want %s", i, st.Path, want)
		}
		if wantRemoved := boolInt(i >= 2); len(st.Removed) != wantRemoved { // two kept
			t.Errorf("run %d removed %v", i, st.Removed)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"mercato-20261205-020000.db", "mercato-20261206-020000.db", "mercato-old.db", "mercato.db", "notes.txt"}
	if !slices.Equal(names, want) {
		t.Errorf("directory holds %v, want %v", names, want)
	}
	if _, err := backup(context.Background(), fileBackuper{fail: true}, dir, 2, at.Add(10*24*time.Hour)); err == nil {
		t.Error("a failed copy reported success")
	}
	if after, _ := os.ReadDir(dir); len(after) != len(entries) {
		t.Errorf("a failed copy changed the directory: %d files, %d before", len(after), len(entries))
	}
}

// TestBackupNeedsBackuper: a backup directory over a store that cannot be
// copied is refused when the scheduler is made.
func TestBackupNeedsBackuper(t *testing.T) {
	var c Config
	c.Backup.Dir = t.TempDir()
	if _, err := New(c, "UTC", Options{Store: newFakeStore()}); err == nil {
		t.Error("New accepted a backup directory without a Backuper")
	}
	if _, err := New(c, "UTC", Options{Store: newFakeStore(), Backup: fileBackuper{}}); err != nil {
		t.Errorf("New: %v", err)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
