package main

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge/copydb"
)

// schemaTables lists every table copydb copies with all the columns the
// SQLite schema of the base at path gives it (not copydb's own list, so
// that a column added later and left out of the copy is compared too).
// A column other does not keep fails the test: a copy there and back
// would lose it.
func schemaTables(t *testing.T, path string, other copydb.Source) []copydb.Table {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []copydb.Table
	for _, tb := range copydb.Tables {
		rows, err := db.Query(`SELECT name FROM pragma_table_info(?)`, tb.Name)
		if err != nil {
			t.Fatal(err)
		}
		all := copydb.Table{Name: tb.Name}
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				t.Fatal(err)
			}
			col := copydb.Table{Name: tb.Name, Columns: []string{c}}
			if err := other.ReadTable(context.Background(), col, func([]any) error { return nil }); err != nil {
				t.Errorf("%s.%s: not kept on the other store: %v", tb.Name, c, err)
				continue
			}
			all.Columns = append(all.Columns, c)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		out = append(out, all)
	}
	return out
}

// sameRows reports every table whose rows, all columns compared, differ
// between from and to.
func sameRows(t *testing.T, tables []copydb.Table, from, to copydb.Source) {
	t.Helper()
	for _, tb := range tables {
		want, got := tableRows(t, from, tb), tableRows(t, to, tb)
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Errorf("%s %v: row\n%s\nwant\n%s", tb.Name, tb.Columns, got[i], want[i])
					break
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s: %d rows, want %d", tb.Name, len(got), len(want))
			}
		}
	}
}

// tableRows renders the rows of tb in s, sorted; times (text in SQLite,
// time.Time in PostgreSQL) as RFC 3339 in UTC to the microsecond, which
// is what PostgreSQL keeps, and no time (SQLite's ”, PostgreSQL's NULL)
// as nothing.
func tableRows(t *testing.T, s copydb.Source, tb copydb.Table) []string {
	t.Helper()
	var out []string
	err := s.ReadTable(context.Background(), tb, func(row []any) error {
		line := ""
		for _, v := range row {
			if str, ok := v.(string); ok {
				if tm, err := time.Parse(time.RFC3339Nano, str); err == nil {
					v = tm
				}
			}
			if v == nil {
				v = ""
			}
			if tm, ok := v.(time.Time); ok {
				v = tm.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano)
			}
			line += fmt.Sprintf("%v|", v)
		}
		out = append(out, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
