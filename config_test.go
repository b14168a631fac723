package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every key the configuration has no field for is refused, named with its
// section and line, whatever its depth; type errors are told beside them.
func TestConfigUnknownKeys(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		want []string
	}{
		{"timezone: UTC\nlog:\n  levle: debug\n", []string{`unknown key "log.levle" (line 3)`}},
		{"databse: x\ntelegram:\n  tokn: y\n", []string{`unknown key "databse" (line 1)`, `unknown key "telegram.tokn" (line 3)`}},
		{"feeds:\n  - url: http://a\n  - url: http://b\n    every: 1h\n", []string{`unknown key "feeds.1.every" (line 4)`}},
		{"jobs:\n  digest:\n    schedul: x\n", []string{`unknown key "jobs.digest.schedul" (line 3)`}},
		{"telegram:\n  admins: [alice]\n  tokn: y\n", []string{"alice", `unknown key "telegram.tokn" (line 3)`}},
	} {
		var cfg config
		err := parseConfig([]byte(tc.yaml), &cfg)
		for _, w := range tc.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("parseConfig(%q) = %v, want %s", tc.yaml, err, w)
			}
		}
	}
	for _, ok := range []string{"", "# nothing yet\n", "timezone: Europe/Paris\n"} {
		var cfg config
		if err := parseConfig([]byte(ok), &cfg); err != nil {
			t.Errorf("parseConfig(%q) = %v", ok, err)
		}
	}
}

// Every mistake of a configuration is reported at once, in plain words,
// each naming its key: values of the wrong kind, unknown keys, bad
// schedules, time zone, log settings, feeds.
func TestConfigAllMistakesAtOnce(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cfg.yaml")
	yaml := `timezone: Mars/Olympus
jobs:
  reminders:
    before_days: 30
  digest:
    schedule: "every day"
    max_items: many
log:
  level: loud
telegram:
  admins: [alice]
  tokn: x
feeds:
  - url: "ftp://example.org/rss"
  - url: "https://example.org/rss"
    lang: pt
`
	if err := os.WriteFile(p, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := loadConfig(p, func(string) string { return "" })
	if err == nil {
		t.Fatal("a configuration full of mistakes was accepted")
	}
	for _, want := range []string{
		"9 mistakes:",
		"jobs.reminders.before_days: want a list of numbers like [30, 7, 0], got 30 (line 4)",
		"jobs.digest.max_items: want a whole number, got many (line 7)",
		"telegram.admins.0: want a whole number, got alice (line 11)",
		`unknown key "telegram.tokn" (line 12)`,
		`timezone: unknown time zone "Mars/Olympus"`,
		`jobs.digest.schedule: "every day"`,
		`log.level: want debug, info, warn or error, got "loud"`,
		`feeds.0.url: want a web address like https://www.example.org/rss.xml, got "ftp://example.org/rss"`,
		`feeds.1.lang: want one of en, fr, es, it, de, got "pt"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q:\n%v", want, err)
		}
	}
}
