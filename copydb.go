package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/copydb"
	"github.com/mercato-bot/mercato/knowledge/postgres"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// copyStore is a store copy-db reads from or writes into.
type copyStore interface {
	copydb.Target
	Close() error
}

// copyDBCmd runs `mercato copy-db -from DB -to DB`: the knowledge base at
// -from (sqlite:PATH or postgres://...) is copied, with its subscriptions
// and delivery state and every id, into -to, a new database (created if
// missing, empty), then both are counted table by table.
func copyDBCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, c := newFlags("copy-db", stderr, false)
	from := fs.String("from", "", "the knowledge base to copy: sqlite:`PATH` or postgres://...")
	to := fs.String("to", "", "the new database to copy it into: sqlite:`PATH` or postgres://...")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) > 0 || *from == "" || *to == "" {
		fmt.Fprintln(stderr, "mercato copy-db: usage: mercato copy-db -from sqlite:PATH|postgres://... -to sqlite:PATH|postgres://...")
		return 2
	}
	if *from == *to {
		fmt.Fprintln(stderr, "mercato copy-db: -from and -to are the same database")
		return 2
	}
	if _, _, err := c.setup(stderr, slog.LevelWarn); err != nil {
		return fail(stderr, "copy-db", err)
	}
	src, err := openCopyStore(ctx, *from, false)
	if err != nil {
		return fail(stderr, "copy-db", fmt.Errorf("-from: %w", err))
	}
	defer src.Close()
	dst, err := openCopyStore(ctx, *to, true)
	if err != nil {
		return fail(stderr, "copy-db", fmt.Errorf("-to: %w", err))
	}
	defer dst.Close()
	counts, err := copydb.Copy(ctx, src, dst)
	for _, c := range counts {
		fmt.Fprintf(stdout, "%-15s %9d %9d\n", c.Table, c.From, c.To)
	}
	if err != nil {
		return fail(stderr, "copy-db", err)
	}
	fmt.Fprintln(stdout, "copied; every table has the same count on both sides")
	return 0
}

// openCopyStore opens sqlite:PATH or a postgres:// URL; a SQLite file
// must exist unless create.
func openCopyStore(ctx context.Context, spec string, create bool) (copyStore, error) {
	if isPostgresURL(spec) {
		u, err := postgresURL(spec, os.Getenv)
		if err != nil {
			return nil, err
		}
		return postgres.Open(ctx, u)
	}
	path, ok := strings.CutPrefix(spec, "sqlite:")
	if !ok || path == "" {
		return nil, fmt.Errorf("%q: want sqlite:PATH or postgres://...", spec)
	}
	if _, err := os.Stat(path); err != nil && !create {
		return nil, err
	} else if err == nil && create {
		return nil, errors.New(path + ": exists; copy into a new file")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return sqlite.Open(ctx, path)
}
