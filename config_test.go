package main

import (
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
