package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the form a name is matched in: lower case, no accents,
// apostrophes dropped, any other run of characters that are not letters
// or digits one space, no space at either end. "KAMARÁ" and "Kamara" fold
// alike, so do "N'Golo Kanté", "NGOLO KANTE" and "ngolo kante", and
// "Atlético-de-Madrid" and "atletico de madrid".
//
// A name keeps its apostrophes' words together (N'Golo is one name); text
// split into Words is split at them (l'OM is "l" and "om").
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if IsApostrophe(r) {
			continue
		}
		f, ok := FoldRune(r)
		switch {
		case !ok:
			space = true
		case f == "": // a combining accent
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(f)
		}
	}
	return b.String()
}

// IsApostrophe reports whether r is written as an apostrophe: ' ’ ʼ ` ‘.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '‘'
}

// FoldRune returns the folded form of a letter or digit (lower case, no
// accents: "É" -> "e", "ß" -> "ss", "Ø" -> "o") and true; "" and true for
// a combining accent, which belongs to the word it marks; "" and false
// for anything else (spaces, punctuation, symbols, invalid UTF-8).
func FoldRune(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return asciiStr[r : r+1], true
		case 'A' <= r && r <= 'Z':
			return asciiStr[r+32 : r+33], true
		}
		return "", false
	}
	if f, ok := folded[r]; ok {
		return f, true
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return "", true
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return foldLetter(r), true
	}
	return "", false
}

// asciiStr holds the ASCII characters, lower-case letters in place of the
// upper-case ones, for FoldRune to slice.
const asciiStr = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// special maps the lower-case letters that do not decompose into a base
// letter and accents.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ĳ': "ij", 'ŋ': "n", 'ħ': "h", 'ŧ': "t", 'ŀ': "l",
}

// foldLetter folds a letter or digit: its canonical decomposition without
// the accents, in lower case, special letters spelt out. A Hangul syllable
// decomposes into its jamo.
func foldLetter(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		d = unicode.ToLower(d)
		if s, ok := special[d]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(d)
		}
	}
	return b.String()
}

// folded holds FoldRune's answers for the letters of the alphabets the
// press writes names in (Latin, Greek, Cyrillic), worked out once; it is
// never modified afterwards.
var folded = func() map[rune]string {
	m := map[rune]string{}
	for _, block := range [][2]rune{{0x80, 0x24f}, {0x370, 0x4ff}, {0x1e00, 0x1eff}} {
		for r := block[0]; r <= block[1]; r++ {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				m[r] = foldLetter(r)
			}
		}
	}
	m['ẞ'] = "ss"
	return m
}()
