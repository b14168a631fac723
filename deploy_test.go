package main

import (
	"os"
	"strings"
	"testing"
)

// The systemd unit keeps running `mercato run` hardened (README: Running
// it for real; `systemd-analyze verify` checks its syntax where systemd is).
func TestSystemdUnit(t *testing.T) {
	b, err := os.ReadFile("deploy/mercato.service")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			keys[k] = v
		}
	}
	for k, want := range map[string]string{
		"ExecStart":       "/usr/local/bin/mercato run -config /etc/mercato/config.yaml",
		"DynamicUser":     "yes",
		"StateDirectory":  "mercato",
		"Environment":     "XDG_DATA_HOME=%S",
		"ProtectSystem":   "strict",
		"NoNewPrivileges": "yes",
		"Restart":         "on-failure",
		"WantedBy":        "multi-user.target",
	} {
		if keys[k] != want {
			t.Errorf("%s=%q, want %q", k, keys[k], want)
		}
	}
}
