package extract

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

// A panic inside a rule is recovered, logged and counted: the article
// gives no facts and the next one is read as usual.
func TestPanicLoggedAndCounted(t *testing.T) {
	var logs bytes.Buffer
	x := NewWith(Options{Log: slog.New(slog.NewTextHandler(&logs, nil))})
	text := "Arsenal are keen on Declan Rice."
	if got := x.Extract(text, Hints{}); len(got.Players) == 0 || x.Panics() != 0 {
		t.Fatalf("before: %d players, %d panics", len(got.Players), x.Panics())
	}
	lex := x.lex
	x.lex = nil // a broken extractor: every rule that reads a lexicon panics
	a := x.Extract(text, Hints{Lang: "en", Title: "Rice"})
	x.lex = lex
	if len(a.Players) != 0 || a.Lang != "en" || a.Title != "Rice" {
		t.Errorf("after a panic: %+v, want no players and the hints", a)
	}
	if x.Panics() != 1 {
		t.Errorf("Panics() = %d, want 1", x.Panics())
	}
	for _, want := range []string{"level=ERROR", "recovered from a panic", "bytes=32", "lang=en", "stack="} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if got := x.Extract(text, Hints{}); len(got.Players) == 0 || x.Panics() != 1 {
		t.Errorf("after: %d players, %d panics", len(got.Players), x.Panics())
	}
}

// Without a logger a panic is still counted.
func TestPanicCountedWithoutLog(t *testing.T) {
	x := New()
	x.lex = nil
	x.Extract("Arsenal are keen on Declan Rice.", Hints{})
	if x.Panics() != 1 {
		t.Errorf("Panics() = %d, want 1", x.Panics())
	}
}
