package knowledge

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial maps the letters that do not decompose into a base letter
// and an accent.
var foldSpecial = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'ı': "i", 'ß': "ss",
	'æ': "ae", 'œ': "oe", 'þ': "th", 'ħ': "h",
}

// Fold returns the form names are matched in: lower case, no accents,
// apostrophes dropped, any other punctuation a space, spaces collapsed.
// "KAMARÁ" and "Kamara" fold alike, so do "N'Golo Kanté" and "ngolo kante".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '‘':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			r = unicode.ToLower(r)
			if f, ok := foldSpecial[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return b.String()
}

// NameSuffixes returns the word suffixes of a folded name, longest first
// without the name itself: "frenkie de jong" -> "de jong", "jong".
func NameSuffixes(folded string) []string {
	var out []string
	for i := 0; i < len(folded); i++ {
		if folded[i] == ' ' {
			out = append(out, folded[i+1:])
		}
	}
	return out
}
