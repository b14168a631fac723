package main

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

func TestDatabaseDriver(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      bool
	}{
		{"", driverSQLite, false},
		{"sqlite", driverSQLite, false},
		{"postgres", driverPostgres, false},
		{" PostgreSQL ", driverPostgres, false},
		{"mysql", "", true},
	} {
		got, err := databaseConfig{Driver: tc.in}.driver()
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("driver(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestPostgresURL(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	for _, tc := range []struct {
		name     string
		raw      string
		env      map[string]string
		want     string
		errorHas string
	}{
		{"configured", "postgres://m@db:5432/mercato", nil, "postgres://m@db:5432/mercato", ""},
		{"from DATABASE_URL", "", map[string]string{"DATABASE_URL": "postgres://m@db/x"}, "postgres://m@db/x", ""},
		{"password from PGPASSWORD", "postgres://m@db/x", map[string]string{"PGPASSWORD": "s3cret"}, "postgres://m:s3cret@db/x", ""},
		{"own password kept", "postgres://m:own@db/x", map[string]string{"PGPASSWORD": "other"}, "postgres://m:own@db/x", ""},
		{"none", "", nil, "", "DATABASE_URL"},
		{"not postgres", "mysql://m@db/x", nil, "", "not a postgres"},
		{"bad URL hides password", "postgres://m:pw@db:port/x", nil, "", "not a valid URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clear(env)
			for k, v := range tc.env {
				env[k] = v
			}
			got, err := postgresURL(tc.raw, getenv)
			if tc.errorHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errorHas) || strings.Contains(err.Error(), "pw") {
					t.Fatalf("error %v, want one saying %q without the password", err, tc.errorHas)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestDatabaseOf(t *testing.T) {
	env := map[string]string{"DATABASE_URL": "postgres://m@db/env", "HOME": "/home/m"}
	getenv := func(k string) string { return env[k] }
	for _, tc := range []struct {
		name, driver, path, url, flag string
		want                          database
	}{
		{"default", "", "", "", "", database{driverSQLite, "/home/m/.local/share/mercato/mercato.db"}},
		{"sqlite path", "sqlite", "/x/m.db", "", "", database{driverSQLite, "/x/m.db"}},
		{"postgres url", "postgres", "", "postgres://m@db/cfg", "", database{driverPostgres, "postgres://m@db/cfg"}},
		{"postgres from env", "postgres", "", "", "", database{driverPostgres, "postgres://m@db/env"}},
		{"flag url wins", "", "/x/m.db", "", "postgres://m@db/flag", database{driverPostgres, "postgres://m@db/flag"}},
		{"flag path wins", "postgres", "", "postgres://m@db/cfg", "/y/m.db", database{driverSQLite, "/y/m.db"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := &config{Database: databaseConfig{Driver: tc.driver, Path: tc.path, URL: tc.url}}
			got, err := databaseOf(cfg, tc.flag, getenv)
			if err != nil || got != tc.want {
				t.Errorf("databaseOf = %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}

// mercato ask on a PostgreSQL database: the sample corpus is filled in
// and answered from, as on SQLite.
func TestAskPostgres(t *testing.T) {
	t.Parallel()
	url := pgtest.New(t)
	code, out, errOut := run(t, "", "ask", "-db", url, "/suitors Kamara")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Atlético") {
		t.Errorf("no Atlético in the answer:\n%s", out)
	}
}

// mercato jobs run by hand on a shared base is refused while a replica
// leads the jobs, and runs once none does.
func TestJobsRunWhileLeading(t *testing.T) {
	url := pgtest.New(t)
	l, err := postgres.NewLeader(url, postgres.LeaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, release, err := l.Lead(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "jobs", "run", "digest", "-db", url)
	if code == 0 || !strings.Contains(errOut, "leads the jobs") {
		t.Errorf("while a replica leads: exit %d, %q; want a refusal", code, errOut)
	}
	release()
	if code, out, errOut := run(t, "", "jobs", "run", "digest", "-db", url); code != 0 {
		t.Errorf("with no leader: exit %d %s %s", code, out, errOut)
	}
}
