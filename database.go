package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/postgres"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// The database drivers of database.driver.
const (
	driverSQLite   = "sqlite"
	driverPostgres = "postgres"
)

// databaseConfig is the database section of the configuration: SQLite in
// one file (the default) or a PostgreSQL server that several replicas
// share.
type databaseConfig struct {
	Driver string `yaml:"driver"` // "sqlite" (default) or "postgres"
	Path   string `yaml:"path"`   // sqlite: the file
	URL    string `yaml:"url"`    // postgres: a postgres:// URL; default DATABASE_URL
	// Sample says whether a knowledge base without any article is first
	// filled with the built-in sample corpus. Unset, it is filled only
	// for the quick start: when no platform token is configured.
	Sample *bool `yaml:"sample"`
}

// fillSample reports whether an empty knowledge base gets the sample
// corpus: database.sample when set, else only when no platform token is
// configured (a bot run for real starts empty).
func (c *config) fillSample() bool {
	if c.Database.Sample != nil {
		return *c.Database.Sample
	}
	return c.Telegram.Token == "" && c.Discord.Token == ""
}

// driver returns the configured driver, checked: "sqlite" when empty.
func (d databaseConfig) driver() (string, error) {
	switch strings.ToLower(strings.TrimSpace(d.Driver)) {
	case "", driverSQLite:
		return driverSQLite, nil
	case driverPostgres, "postgresql":
		return driverPostgres, nil
	}
	return "", fmt.Errorf("database.driver: %q: sqlite or postgres", d.Driver)
}

// isPostgresURL reports whether s names a PostgreSQL database rather than
// a file.
func isPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// postgresURL returns the URL of the PostgreSQL database: raw (database.url
// or a -db flag), else the DATABASE_URL environment variable. A URL
// without a password takes PGPASSWORD's, so that the configuration file
// need not hold it.
func postgresURL(raw string, getenv func(string) string) (string, error) {
	if raw == "" {
		raw = strings.TrimSpace(getenv("DATABASE_URL"))
	}
	if raw == "" {
		return "", errors.New("database.url: empty: give a postgres:// URL or set DATABASE_URL")
	}
	if !isPostgresURL(raw) {
		return "", errors.New("database.url: not a postgres:// URL")
	}
	u, err := url.Parse(raw)
	if err != nil {
		// The error would quote the URL, and so its password.
		return "", errors.New("database.url: not a valid URL")
	}
	if _, has := u.User.Password(); !has && u.User != nil {
		if pw := getenv("PGPASSWORD"); pw != "" {
			u.User = url.UserPassword(u.User.Username(), pw)
			return u.String(), nil
		}
	}
	return raw, nil
}

// database is where the knowledge base lives: a SQLite file or a
// PostgreSQL database.
type database struct {
	driver string // driverSQLite or driverPostgres
	target string // the file's path or the database's URL
}

// databaseOf returns the database of cfg and the -db flag: a -db of
// postgres://... is a PostgreSQL database, any other -db a SQLite file;
// without one, database.driver says which, and database.path or
// database.url (DATABASE_URL) where.
func databaseOf(cfg *config, flag string, getenv func(string) string) (database, error) {
	driver, err := cfg.Database.driver()
	if err != nil {
		return database{}, err
	}
	switch {
	case isPostgresURL(flag):
		driver = driverPostgres
	case flag != "":
		driver = driverSQLite
	}
	if driver == driverPostgres {
		raw := flag
		if raw == "" {
			raw = strings.TrimSpace(cfg.Database.URL)
		}
		u, err := postgresURL(raw, getenv)
		return database{driver: driverPostgres, target: u}, err
	}
	path, err := databasePath(cfg, flag, getenv)
	return database{driver: driverSQLite, target: path}, err
}

// openDatabase opens the store of cfg and the -db flag (databaseOf),
// creating the SQLite file's directory if needed.
func openDatabase(ctx context.Context, cfg *config, flag string, getenv func(string) string) (knowledge.Store, error) {
	db, err := databaseOf(cfg, flag, getenv)
	if err != nil {
		return nil, err
	}
	if db.driver == driverPostgres {
		return postgres.Open(ctx, db.target)
	}
	if err := databaseDir(cfg, flag, db.target); err != nil {
		return nil, err
	}
	return sqlite.Open(ctx, db.target)
}

// databaseDir makes sure the folder of the knowledge base at path exists:
// the default folder in the user's data directory is created; a path given
// with -db or database.path must be in a folder that exists already, so
// that a typo makes no new folder.
func databaseDir(cfg *config, flagPath, path string) error {
	dir := filepath.Dir(path)
	if flagPath == "" && cfg.Database.Path == "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("database: %w", err)
		}
		return nil
	}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("database: folder %s does not exist", dir)
	case err != nil:
		return fmt.Errorf("database: %w", err)
	case !st.IsDir():
		return fmt.Errorf("database: %s is not a folder", dir)
	}
	return nil
}

// jobsCoordination says how the replicas of one database share the jobs:
// on SQLite, a lock file beside the database per job run (one machine);
// on PostgreSQL, a leader elected through the database, the only replica
// running the schedules.
func jobsCoordination(cfg *config, flag string, getenv func(string) string, log *slog.Logger) (lockFile string, leader jobs.Leader, err error) {
	db, err := databaseOf(cfg, flag, getenv)
	if err != nil {
		return "", nil, err
	}
	if db.driver == driverSQLite {
		return db.target, nil, nil
	}
	l, err := postgres.NewLeader(db.target, postgres.LeaderOptions{Log: log.With("component", "leader")})
	if err != nil {
		return "", nil, err
	}
	return "", l, nil
}
