package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWords: folding and splitting never panic; Fold and Key give valid
// UTF-8 without leading, trailing or double spaces and are idempotent;
// Words gives ordered words within the text whose keys are Key's, and
// every key holds no space.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"KAMARÁ", "N'Golo Kanté", "Ødegaard", "  a--b  ", "\xff\x00", "ǅ", "İstanbul",
		"@mercato_bot l'OM", "a\u0301 \u0301 b", "손흥민", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, fold := range map[string]func(string) string{"Fold": Fold, "Key": Key} {
			got := fold(s)
			if !utf8.ValidString(got) {
				t.Fatalf("%s(%q) = %q: invalid UTF-8", name, s, got)
			}
			if name == "Fold" && (strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ")) {
				t.Fatalf("%s(%q) = %q: stray spaces", name, s, got)
			}
			if again := fold(got); again != got {
				t.Fatalf("%s not idempotent: %q -> %q -> %q", name, s, got, again)
			}
		}
		end := 0
		for _, w := range Words(s) {
			if w.Start < end || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("Words(%q): word at %d-%d after %d", s, w.Start, w.End, end)
			}
			if strings.Contains(w.Key, " ") || w.Key != Key(s[w.Start:w.End]) && w.Key != "" {
				t.Fatalf("Words(%q): key %q of %q", s, w.Key, s[w.Start:w.End])
			}
			end = w.End
		}
	})
}
