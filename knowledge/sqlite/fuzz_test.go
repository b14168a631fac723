package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// FuzzFold: folding never panics, gives valid UTF-8 in lower case without
// leading, trailing or double spaces, and is idempotent.
// FuzzIngest feeds arbitrary text to Ingest and the name lookups: they
// either store an article or refuse it with a reason, and never fail
// otherwise.
func FuzzIngest(f *testing.F) {
	for _, s := range []string{"", " date 2022-03-24 Kamara", "Kamara\x00", "\xff", "%_'\"; DROP TABLE articles"} {
		f.Add(s)
	}
	ctx := context.Background()
	s, err := openWith(ctx, filepath.Join(f.TempDir(), "f.db"), nil, Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, text string) {
		_, err := s.Ingest(ctx, knowledge.Input{Text: text})
		var rej *knowledge.RejectError
		if err != nil && !errors.As(err, &rej) {
			t.Fatalf("Ingest(%q): %v", text, err)
		}
		if rej != nil && (rej.Reason == "" || strings.Contains(rej.Reason, "\n")) {
			t.Fatalf("Ingest(%q): reason %q", text, rej.Reason)
		}
		for _, lookup := range []func() error{
			func() error { _, err := s.FindPlayers(ctx, text); return err },
			func() error { _, err := s.FindClubs(ctx, text); return err },
			func() error { _, err := s.ClosestPlayers(ctx, text, 3); return err },
			func() error { _, err := s.Complete(ctx, "player", text, 5); return err },
		} {
			if err := lookup(); err != nil {
				t.Fatalf("lookup of %q: %v", text, err)
			}
		}
	})
}
