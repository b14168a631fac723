package knowledge

import (
	"strings"
	"unicode/utf8"
)

// Clip cuts s to at most n runes, trimming the space the cut leaves.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}
