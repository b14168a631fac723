package main

import (
	"fmt"
	"io"
	"log/slog"
)

// logConfig is the log section of the configuration.
type logConfig struct {
	Format string `yaml:"format"` // text (default) or json
	Level  string `yaml:"level"`  // debug, info, warn, error; default: the subcommand's
}

// newLogger returns the logger lc asks for, writing to w; def is the
// level when lc names none (a *slog.LevelVar may change it later). Every
// line says its component (the "component" attribute the callers add).
func newLogger(w io.Writer, lc logConfig, def slog.Leveler) (*slog.Logger, error) {
	if err := lc.check(); err != nil {
		return nil, err
	}
	level := def
	if lc.Level != "" {
		var l slog.Level
		_ = l.UnmarshalText([]byte(lc.Level)) // checked
		level = l
	}
	opts := &slog.HandlerOptions{Level: level}
	if lc.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}

// check returns the first mistake of the log section, naming its key.
func (lc logConfig) check() error {
	var l slog.Level
	if lc.Level != "" && l.UnmarshalText([]byte(lc.Level)) != nil {
		return fmt.Errorf("log.level: want debug, info, warn or error, got %q", lc.Level)
	}
	if lc.Format != "" && lc.Format != "text" && lc.Format != "json" {
		return fmt.Errorf("log.format: want text or json, got %q", lc.Format)
	}
	return nil
}
