package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Backup writes a consistent copy of the live database to path (VACUUM
// INTO: one read transaction, so writers go on meanwhile) and checks the
// copy with PRAGMA integrity_check before putting it in place. An
// existing file at path is never overwritten; on any failure no file is
// left at path.
func (s *Store) Backup(ctx context.Context, path string) error {
	if path == "" || strings.ContainsAny(path, "?\x00") {
		return fmt.Errorf("sqlite: backup: bad path %q", path)
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("sqlite: backup: %s exists already", path)
	}
	tmp := path + ".partial"
	os.Remove(tmp)
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sqlite: backup: %w", err)
	}
	if err := checkIntegrity(ctx, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sqlite: backup: %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sqlite: backup: %w", err)
	}
	return nil
}

// checkIntegrity runs PRAGMA integrity_check on the database file at
// path, opened read-only.
func checkIntegrity(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return errors.New("integrity check failed: " + strings.Join(problems, "; "))
	}
	return nil
}
