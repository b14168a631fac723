package knowledge

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFold: folding never panics, gives valid UTF-8 in lower case without
// leading, trailing or double spaces, and is idempotent.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"KAMARÁ", "N'Golo Kanté", "Ødegaard", "  a--b  ", "\xff\x00", "ǅ", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q: stray spaces", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}
