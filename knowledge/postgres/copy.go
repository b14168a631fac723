package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge/copydb"
)

// ReadTable calls fn with each row of t (copydb.Source), in its key's
// order; times come as time.Time in UTC.
func (s *Store) ReadTable(ctx context.Context, t copydb.Table, fn func(row []any) error) error {
	rows, err := s.pool.Query(ctx, `SELECT `+strings.Join(t.Columns, ", ")+` FROM `+t.Name+` ORDER BY 1`)
	if err != nil {
		return fmt.Errorf("postgres: read %s: %w", t.Name, err)
	}
	defer rows.Close()
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			return fmt.Errorf("postgres: read %s: %w", t.Name, err)
		}
		for i, v := range vals {
			switch v := v.(type) {
			case int16:
				vals[i] = int64(v)
			case int32:
				vals[i] = int64(v)
			case time.Time:
				vals[i] = v.UTC()
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
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM `+pgx.Identifier{table}.Sanitize()).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: count %s: %w", table, err)
	}
	return n, nil
}

// WriteRows appends rows to t with COPY (copydb.Target); a time written
// as text (by SQLite) is parsed.
func (s *Store) WriteRows(ctx context.Context, t copydb.Table, rows [][]any) error {
	for _, row := range rows {
		for i, v := range row {
			if str, ok := v.(string); ok && str == "" && t.Columns[i] == "undone" {
				row[i] = nil // SQLite's "in force"
				continue
			}
			if str, ok := v.(string); ok && isTimeColumn(t.Columns[i]) {
				tm, err := time.Parse(time.RFC3339Nano, str)
				if err != nil {
					return fmt.Errorf("postgres: write %s.%s: %w", t.Name, t.Columns[i], err)
				}
				row[i] = tm
			}
		}
	}
	_, err := s.pool.CopyFrom(ctx, pgx.Identifier{t.Name}, t.Columns, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("postgres: write %s: %w", t.Name, err)
	}
	return nil
}

// isTimeColumn reports whether a copied column is a timestamptz here.
func isTimeColumn(name string) bool {
	switch name {
	case "ingested_at", "created", "sent_at", "checked_at", "undone", "forgotten_at":
		return true
	}
	return false
}

// CopyDone moves every id sequence past the copied ids and marks the
// names changed (copydb.Target).
func (s *Store) CopyDone(ctx context.Context) error {
	for _, table := range []string{"articles", "clubs", "players", "links", "fees", "subscriptions", "corrections", "forgotten"} {
		if _, err := s.pool.Exec(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'),
			coalesce((SELECT max(id) FROM `+table+`), 0) + 1, false)`, table); err != nil {
			return fmt.Errorf("postgres: copy done: %s: %w", table, err)
		}
	}
	if _, err := s.pool.Exec(ctx, `UPDATE names_version SET version = version + 1`); err != nil {
		return fmt.Errorf("postgres: copy done: %w", err)
	}
	return nil
}
