package telegram

import (
	"log/slog"
	"testing"
)

// testLogger logs to the test's output.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p))
	return len(p), nil
}

// testLoggerQuiet discards everything.
func testLoggerQuiet() *slog.Logger {
	return slog.New(slog.DiscardHandler)
}
