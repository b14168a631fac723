package text

import (
	"strings"
	"unicode"
)

// Word is one word of a text: a run of letters, digits and combining
// accents.
type Word struct {
	Key        string // folded (see FoldRune)
	Start, End int    // byte offsets in the text
	Handle     bool   // part of a mention or handle: @mercato_bot is "mercato" and "bot", both Handle
}

// Words splits s into its words. Everything else separates them, an
// apostrophe too: "l'OM" is "l" and "om", "N'Golo" is "n" and "golo".
func Words(s string) []Word {
	var words []Word
	start := -1
	for i, r := range s + " " {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			w := Word{Key: foldWord(s[start:i]), Start: start, End: i}
			if start > 0 {
				switch s[start-1] {
				case '@':
					w.Handle = true
				case '_':
					w.Handle = len(words) > 0 && words[len(words)-1].Handle && words[len(words)-1].End == start-1
				}
			}
			words = append(words, w)
			start = -1
		}
	}
	return words
}

// foldWord folds the letters and digits of a word, dropping the rest.
func foldWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		f, _ := FoldRune(r)
		b.WriteString(f)
	}
	return b.String()
}

// Key returns the folded words of s, as Words splits it, joined by single
// spaces: the form a phrase is matched in against an article's words
// ("L'Équipe" -> "l equipe", "Atlético-de-Madrid" -> "atletico de madrid").
// It is Fold, except that an apostrophe separates words.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if f, ok := FoldRune(r); ok {
			if f != "" { // not a combining accent
				b.WriteString(f)
				space = false
			}
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}
