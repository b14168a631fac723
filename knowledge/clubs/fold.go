package clubs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lowercases s, strips accents and turns every run of characters that
// are not letters or digits into one space: "Atlético de Madrid" and
// "ATLETICO-DE-MADRID" both fold to "atletico de madrid".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if f, ok := FoldRune(r); ok {
			b.WriteString(f)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// FoldRune returns the lowercase, unaccented form of a letter or digit and
// true, or "" and false for anything else. Letters outside the Latin
// alphabets are kept lowercased.
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
	if f, ok := latin[r]; ok {
		return f, true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToLower(r)), true
	}
	if unicode.Is(unicode.Mn, r) { // combining accent: drop, keep the word whole
		return "", true
	}
	return "", false
}

const asciiStr = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// latin maps accented Latin letters to their plain lowercase form.
var latin = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i", 'İ': "i",
		'ĳ': "ij", 'ŋ': "n", 'ħ': "h", 'ŧ': "t"}
	groups := map[string]string{
		"a": "àáâãäåāăąǎạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ",
		"c": "çćĉċčÇĆĈĊČ",
		"d": "ďĎ",
		"e": "èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ",
		"g": "ĝğġģǧĜĞĠĢǦ",
		"h": "ĥĤ",
		"i": "ìíîïĩīĭįǐỉịÌÍÎÏĨĪĬĮǏỈỊ",
		"j": "ĵĴ",
		"k": "ķǩĶǨ",
		"l": "ĺļľŀĹĻĽĿ",
		"n": "ñńņňÑŃŅŇ",
		"o": "òóôõöōŏőǒọỏốồổỗộớờởỡợơÒÓÔÕÖŌŎŐǑỌỎỐỒỔỖỘỚỜỞỠỢƠ",
		"r": "ŕŗřŔŖŘ",
		"s": "śŝşšșŚŜŞŠȘ",
		"t": "ţťțŢŤȚ",
		"u": "ùúûüũūŭůűųǔưụủứừửữựÙÚÛÜŨŪŬŮŰŲǓƯỤỦỨỪỬỮỰ",
		"w": "ŵŴ",
		"y": "ýÿŷỳỹÝŸŶỲỸ",
		"z": "źżžŹŻŽ",
	}
	for plain, rs := range groups {
		for _, r := range rs {
			m[r] = plain
		}
	}
	return m
}()
