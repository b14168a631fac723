package jobs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Backuper writes a consistent copy of the live knowledge base to a new
// file, checked before it reports success (the SQLite store).
type Backuper interface {
	Backup(ctx context.Context, path string) error
}

// Backup copies are named mercato-<UTC time>.db: their names sort as
// their times, oldest first.
const (
	backupPrefix = "mercato-"
	backupSuffix = ".db"
	backupStamp  = "20060102-150405"
)

// BackupStats says what one run of the backup job did.
type BackupStats struct {
	Path    string   // the copy written
	Removed []string // the oldest copies removed beyond keep
}

// backup writes a copy of the knowledge base into dir, named by the time
// now, and removes the oldest copies beyond keep. Only the files it
// names as its own are counted and removed.
func backup(ctx context.Context, b Backuper, dir string, keep int, now time.Time) (BackupStats, error) {
	var st BackupStats
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("jobs: backup: %w", err)
	}
	st.Path = filepath.Join(dir, backupPrefix+now.UTC().Format(backupStamp)+backupSuffix)
	if err := b.Backup(ctx, st.Path); err != nil {
		return BackupStats{}, fmt.Errorf("jobs: backup: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return st, fmt.Errorf("jobs: backup: %w", err)
	}
	var copies []string
	for _, e := range entries {
		if name := e.Name(); e.Type().IsRegular() && isBackupName(name) {
			copies = append(copies, name)
		}
	}
	slices.Sort(copies)
	for len(copies) > keep {
		path := filepath.Join(dir, copies[0])
		if err := os.Remove(path); err != nil {
			return st, fmt.Errorf("jobs: backup: %w", err)
		}
		st.Removed, copies = append(st.Removed, path), copies[1:]
	}
	return st, nil
}

// isBackupName reports whether name is one the backup job writes.
func isBackupName(name string) bool {
	stamp, ok := strings.CutPrefix(name, backupPrefix)
	if !ok {
		return false
	}
	if stamp, ok = strings.CutSuffix(stamp, backupSuffix); !ok {
		return false
	}
	_, err := time.Parse(backupStamp, stamp)
	return err == nil
}
