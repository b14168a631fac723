// Package copydb copies a knowledge base from one store to another
// (SQLite to PostgreSQL and back) with its subscriptions and delivery
// state, keeping every id, and checks the copy by counting the rows of
// each table on both sides.
//
// Both stores keep the same tables under the same names (each in its own
// types); Tables lists them, parents first, with the columns copied.
// Derived state (the aggregated suitors, link_sources, link_months) is
// copied as it is.
package copydb

import (
	"context"
	"fmt"
)

// Table is a table copied, with its columns.
type Table struct {
	Name    string
	Columns []string
}

// Tables are the tables of a knowledge base, in an order where a row's
// parents are copied before it.
var Tables = []Table{
	{"articles", []string{"id", "hash", "url", "title", "site", "author", "lang", "published", "pub_key", "ingested_at", "text", "extractor", "bound_key", "facts_hash"}},
	{"clubs", []string{"id", "name", "fold", "country", "links"}},
	{"club_names", []string{"fold", "club_id"}},
	{"players", []string{"id", "name", "fold", "current_club_id", "contract", "contract_end", "articles"}},
	{"player_names", []string{"fold", "player_id", "kind"}},
	{"mentions", []string{"player_id", "article_id", "pub_key", "current_club_id", "contract", "from_club_id"}},
	{"links", []string{"id", "article_id", "player_id", "club_id", "stage", "strength", "pub_key", "published", "source", "sentence"}},
	{"suitors", []string{"player_id", "club_id", "reports", "link_id", "pub_key", "article_id", "counts_key", "strength", "sources"}},
	{"link_sources", []string{"player_id", "club_id", "source", "dated", "ended", "counts_key", "link_id", "reports"}},
	{"link_months", []string{"player_id", "club_id", "month", "first_key", "first_id", "last_key", "last_id", "stage", "source", "changed"}},
	{"fees", []string{"id", "article_id", "player_id", "club_id", "amount", "currency", "kind", "status", "sentence", "source", "pub_key", "published"}},
	{"outlets", []string{"article_id", "name"}},
	{"subscriptions", []string{"id", "platform", "chat", "kind", "filter", "filter_id", "filter_name", "lang", "deliver_at", "watermark", "created"}},
	{"reminders_sent", []string{"sub_id", "player", "days", "sent_at"}},
	{"feeds", []string{"url", "etag", "last_modified", "checked_at"}},
	{"corrections", []string{"id", "kind", "player_fold", "player", "club", "contract", "author", "platform", "created",
		"undone_by", "undone_platform", "undone"}},
	{"forgotten", []string{"id", "article_id", "url", "hash", "forgotten_at"}},
}

// Source is a store whose tables can be read.
type Source interface {
	// ReadTable calls fn with each row of t, its values in t.Columns'
	// order: nil, int64, string or time.Time. fn may keep the row.
	ReadTable(ctx context.Context, t Table, fn func(row []any) error) error
	// CountRows counts the rows of table.
	CountRows(ctx context.Context, table string) (int64, error)
}

// Target is a store a knowledge base can be copied into.
type Target interface {
	Source
	// WriteRows appends rows (as ReadTable gives them) to t.
	WriteRows(ctx context.Context, t Table, rows [][]any) error
	// CopyDone is called once every table is written: ids handed out
	// later follow the copied ones, caches are refreshed.
	CopyDone(ctx context.Context) error
}

// batch is how many rows are written at once.
const batch = 2000

// Count is one table's rows on each side after a copy.
type Count struct {
	Table    string
	From, To int64
}

// Copy copies every table of from into to, which must hold no article
// (a new database: the copy keeps the ids), and returns each table's
// count on both sides; an error when a count differs.
func Copy(ctx context.Context, from Source, to Target) ([]Count, error) {
	for _, t := range Tables {
		n, err := to.CountRows(ctx, t.Name)
		if err != nil {
			return nil, fmt.Errorf("copydb: %w", err)
		}
		if n > 0 {
			return nil, fmt.Errorf("copydb: the target is not empty (%s has %d rows): copy into a new database", t.Name, n)
		}
	}
	for _, t := range Tables {
		var rows [][]any
		flush := func() error {
			if len(rows) == 0 {
				return nil
			}
			err := to.WriteRows(ctx, t, rows)
			rows = rows[:0]
			return err
		}
		err := from.ReadTable(ctx, t, func(row []any) error {
			rows = append(rows, row)
			if len(rows) == batch {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if err != nil {
			return nil, fmt.Errorf("copydb: %s: %w", t.Name, err)
		}
	}
	if err := to.CopyDone(ctx); err != nil {
		return nil, fmt.Errorf("copydb: %w", err)
	}
	return Verify(ctx, from, to)
}

// Verify counts the rows of every table on both sides; an error names the
// tables whose counts differ.
func Verify(ctx context.Context, from, to Source) ([]Count, error) {
	var out []Count
	var bad []string
	for _, t := range Tables {
		c := Count{Table: t.Name}
		var err error
		if c.From, err = from.CountRows(ctx, t.Name); err != nil {
			return nil, fmt.Errorf("copydb: %w", err)
		}
		if c.To, err = to.CountRows(ctx, t.Name); err != nil {
			return nil, fmt.Errorf("copydb: %w", err)
		}
		if c.From != c.To {
			bad = append(bad, fmt.Sprintf("%s %d != %d", t.Name, c.From, c.To))
		}
		out = append(out, c)
	}
	if len(bad) > 0 {
		return out, fmt.Errorf("copydb: counts differ: %v", bad)
	}
	return out, nil
}
