package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every subcommand answers -h the same way: its usage on standard output,
// nothing on standard error, exit status 0.
func TestHelpOfEverySubcommand(t *testing.T) {
	for _, args := range [][]string{
		{"run", "-h"}, {"ask", "-h"}, {"ingest", "-h"}, {"extract", "-h"},
		{"jobs", "-h"}, {"jobs", "run", "-h"}, {"reextract", "-h"}, {"help"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := run(t, "", args...)
			if code != 0 || !strings.Contains(out, "usage") || errOut != "" {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
			}
		})
	}
}

// A -db path in a folder that does not exist is an error, and no folder
// is made.
func TestDBInMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "typo")
	code, _, errOut := run(t, "", "ask", "-db", filepath.Join(dir, "m.db"), "/suitors Kamara")
	if code == 0 || !strings.Contains(errOut, "does not exist") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("folder %s was made (%v)", dir, err)
	}
}

// mercato run takes -db like the other subcommands.
func TestRunTakesDB(t *testing.T) {
	db := filepath.Join(t.TempDir(), "run.db")
	code, out, errOut := run(t, "/suitors Kamara\n", "run", "-config", consoleConfig(t), "-db", db)
	if code != 0 || !strings.Contains(out, "Atlético Madrid") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("no knowledge base at -db: %v", err)
	}
}

// The sample corpus fills a new knowledge base for the quick start only:
// database.sample: false, or a configured token, starts it empty.
func TestSampleOnlyForTheQuickStart(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name   string
		config string
		want   bool // sample filled
	}{
		{"no config", "", true},
		{"sample false", write("nosample.yaml", "database:\n  sample: false\n"), false},
		{"token set", write("token.yaml", "telegram:\n  token: \"123:abc\"\n"), false},
		{"token and sample true", write("both.yaml", "telegram:\n  token: \"123:abc\"\ndatabase:\n  sample: true\n"), true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadConfig(tt.config, func(string) string { return "" })
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.fillSample(); got != tt.want {
				t.Errorf("fillSample() = %v, want %v", got, tt.want)
			}
			if tt.config == "" {
				return
			}
			db := filepath.Join(dir, "kb"+string(rune('a'+i))+".db")
			args := []string{"ask", "-config", tt.config, "-db", db, "/latest"}
			run(t, "", args...)
			if got := counts(t, db).Articles > 0; got != tt.want {
				t.Errorf("sample filled: %v, want %v", got, tt.want)
			}
		})
	}
}
