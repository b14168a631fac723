package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge/copydb"
)

// ReadTable calls fn with each row of t (copydb.Source), in its key's
// order; times stay as stored, RFC 3339 text.
func (s *Store) ReadTable(ctx context.Context, t copydb.Table, fn func(row []any) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+strings.Join(t.Columns, ", ")+` FROM `+t.Name+` ORDER BY 1`)
	if err != nil {
		return fmt.Errorf("sqlite: read %s: %w", t.Name, err)
	}
	defer rows.Close()
	for rows.Next() {
		vals := make([]any, len(t.Columns))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("sqlite: read %s: %w", t.Name, err)
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		if err := fn(vals); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CountRows counts the rows of table (copydb.Source).
func (s *Store) CountRows(ctx context.Context, table string) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count %s: %w", table, err)
	}
	return n, nil
}

// WriteRows appends rows to t in one transaction (copydb.Target); times
// are written as the store writes them, RFC 3339 text in UTC.
func (s *Store) WriteRows(ctx context.Context, t copydb.Table, rows [][]any) error {
	query := `INSERT INTO ` + t.Name + ` (` + strings.Join(t.Columns, ", ") + `) VALUES (` +
		strings.TrimSuffix(strings.Repeat("?, ", len(t.Columns)), ", ") + `)`
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, query)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, row := range rows {
			for i, v := range row {
				if tm, ok := v.(time.Time); ok {
					row[i] = tm.UTC().Format(time.RFC3339Nano)
				}
				if v == nil && t.Columns[i] == "undone" {
					row[i] = "" // PostgreSQL's NULL: in force
				}
			}
			if _, err := st.ExecContext(ctx, row...); err != nil {
				return err
			}
		}
		return nil
	})
	s.clubIDs.reset() // clubs may come under other ids
	if err != nil {
		return fmt.Errorf("sqlite: write %s: %w", t.Name, err)
	}
	return nil
}

// CopyDone has nothing to do: SQLite's ids follow the largest stored, and
// the name index sees the change (copydb.Target).
func (s *Store) CopyDone(context.Context) error { return nil }
