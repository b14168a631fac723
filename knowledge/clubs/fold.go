package clubs

import "github.com/mercato-bot/mercato/knowledge/text"

// Fold returns the key a club name is looked up by: text.Key, the words of
// the name as text.Words splits an article, so that the extractor finds
// the table's names among an article's words.
//
// Deprecated: use text.Key; Fold remains until knowledge/extract uses
// package text.
func Fold(s string) string { return text.Key(s) }

// FoldRune is text.FoldRune.
//
// Deprecated: use text.FoldRune; FoldRune remains until knowledge/extract
// uses package text.
func FoldRune(r rune) (string, bool) { return text.FoldRune(r) }
