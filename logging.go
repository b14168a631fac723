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
	level := def
	if lc.Level != "" {
		var l slog.Level
		if err := l.UnmarshalText([]byte(lc.Level)); err != nil {
			return nil, fmt.Errorf("log.level: %q is not debug, info, warn or error", lc.Level)
		}
		level = l
	}
	opts := &slog.HandlerOptions{Level: level}
	switch lc.Format {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log.format: %q is not text or json", lc.Format)
}
