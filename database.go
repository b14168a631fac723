package main

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
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
