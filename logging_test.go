package main

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

func TestNewLogger(t *testing.T) {
	tests := []struct {
		lc      logConfig
		def     slog.Level
		debug   bool   // debug lines written
		prefix  string // of a line
		wantErr string
	}{
		{logConfig{}, slog.LevelInfo, false, "time=", ""},
		{logConfig{Format: "json", Level: "debug"}, slog.LevelWarn, true, "{", ""},
		{logConfig{Format: "text", Level: "DEBUG"}, slog.LevelWarn, true, "time=", ""},
		{logConfig{Level: "error"}, slog.LevelDebug, false, "", ""},
		{logConfig{Format: "xml"}, slog.LevelInfo, false, "", "log.format"},
		{logConfig{Level: "loud"}, slog.LevelInfo, false, "", "log.level"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		log, err := newLogger(&b, tt.lc, tt.def)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%+v: err %v, want %q", tt.lc, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", tt.lc, err)
		}
		log.Debug("d", "component", "test")
		if got := log.Enabled(context.Background(), slog.LevelDebug); got != tt.debug {
			t.Errorf("%+v: debug enabled %v, want %v", tt.lc, got, tt.debug)
		}
		if tt.debug && !strings.HasPrefix(b.String(), tt.prefix) {
			t.Errorf("%+v: wrote %q", tt.lc, b.String())
		}
	}
}

// A bad log section stops a subcommand with a line naming the key.
func TestBadLogConfig(t *testing.T) {
	path := writeFile(t, t.TempDir(), "cfg.yaml", []byte("log:\n  level: loud\n"))
	var stdout, stderr bytes.Buffer
	code := askCmd(context.Background(), []string{"-config", path, "/suitors Kamara"}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "log.level") {
		t.Errorf("code %d, stderr %q", code, stderr.String())
	}
}
