package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/correct"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sample"
)

// databasePath is where the knowledge base lives: the -db flag, else
// database.path in the config (~/ is the home directory), else mercato.db in the user's data
// directory ($XDG_DATA_HOME/mercato or ~/.local/share/mercato).
func databasePath(cfg *config, flagPath string, getenv func(string) string) (string, error) {
	switch {
	case flagPath != "":
		return flagPath, nil
	case strings.HasPrefix(cfg.Database.Path, "~/"):
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("database.path: ~ without HOME")
		}
		return filepath.Join(home, cfg.Database.Path[2:]), nil
	case cfg.Database.Path != "":
		return cfg.Database.Path, nil
	}
	dir := getenv("XDG_DATA_HOME")
	if dir == "" {
		home := getenv("HOME")
		if home == "" {
			var err error
			if home, err = os.UserHomeDir(); err != nil {
				return "", errors.New("no database path: give -db or database.path, or set HOME")
			}
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "mercato", "mercato.db"), nil
}

// newExtractor returns the extractor of the process (built once per
// command: it compiles the lexicons and the club gazetteer), logging the
// panics it recovers from to log.
func newExtractor(log *slog.Logger) *extract.Extractor {
	return extract.NewWith(extract.Options{Log: log.With("component", "extract")})
}

// openStore opens the knowledge base for cfg and the -db flag, creating
// its directory if needed, learning articles read with x (mercato's
// extractor, of version extract.Version), and fills a knowledge base
// without any article with the built-in sample corpus.
func openStore(ctx context.Context, cfg *config, flagPath string, getenv func(string) string, x ingest.ExtractFunc) (knowledge.Base, error) {
	kb, err := openBase(ctx, cfg, flagPath, getenv, x)
	if err != nil {
		return knowledge.Base{}, err
	}
	return kb.Base, nil
}

// base is a knowledge base with its ingest pipeline, for the commands
// that re-read stored articles.
type base struct {
	knowledge.Base
	pipeline *ingest.Pipeline
	version  string // of the extractor
}

// openBase is openStore keeping the pipeline.
func openBase(ctx context.Context, cfg *config, flagPath string, getenv func(string) string, x ingest.ExtractFunc) (base, error) {
	store, err := openDatabase(ctx, cfg, flagPath, getenv)
	if err != nil {
		return base{}, err
	}
	version := extract.Version()
	p := ingest.NewVersioned(store, x, version)
	// Answers apply the admins' corrections; articles are written as read.
	kb := base{Base: knowledge.Base{Store: correct.New(store), Ingester: p}, pipeline: p, version: version}
	if cfg.fillSample() {
		if _, err := sample.Fill(ctx, store, p); err != nil {
			store.Close()
			return base{}, err
		}
	}
	return kb, nil
}

// unwrap returns the store under the corrections of s (package correct),
// for the optional methods only it has: backups, locks, pings.
func unwrap(s knowledge.Store) knowledge.Store {
	if u, ok := s.(interface{ Unwrap() knowledge.Store }); ok {
		return u.Unwrap()
	}
	return s
}
