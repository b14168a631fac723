package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
)

// backuper is a store that can copy itself while in use (the SQLite one).
type backuper interface {
	Backup(ctx context.Context, path string) error
}

// backupCmd runs `mercato backup [-config FILE] [-db PATH] FILE`: a
// consistent copy of the live knowledge base (the bot may be running),
// checked with PRAGMA integrity_check before it is reported written.
func backupCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("backup", stderr, true)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, "mercato backup: give the one file to write the copy to, e.g. mercato backup mercato-2024-05-06.db")
		return 2
	}
	cfg, log, err := c.setup(stderr, slog.LevelWarn)
	if err != nil {
		return fail(stderr, "backup", err)
	}
	if _, err := os.Stat(rest[0]); err == nil {
		return fail(stderr, "backup", fmt.Errorf("%s exists already: give a new file", rest[0]))
	}
	kb, err := openBase(ctx, cfg, c.db, os.Getenv, newExtractor(log).Extract)
	if err != nil {
		return fail(stderr, "backup", err)
	}
	defer kb.Close()
	b, ok := unwrap(kb.Store).(backuper)
	if !ok {
		return fail(stderr, "backup", errors.New("this database cannot be copied by mercato: use the server's own backup"))
	}
	if err := b.Backup(ctx, rest[0]); err != nil {
		return fail(stderr, "backup", err)
	}
	info, err := os.Stat(rest[0])
	if err != nil {
		return fail(stderr, "backup", err)
	}
	fmt.Fprintf(stdout, "backup: %s written (%d bytes), integrity check ok\n", rest[0], info.Size())
	return 0
}
