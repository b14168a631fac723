package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// sep flags describe what lies between a word and the word before it.
type sep uint16

const (
	sepComma  sep = 1 << iota // ,
	sepStop                   // . ! ?
	sepColon                  // : ;
	sepQuote                  // quotes and guillemets
	sepParen                  // ( ) [ ]
	sepDash                   // – — and a spaced hyphen
	sepHyph                   // a hyphen inside a word: Saint-Germain
	sepApos                   // an apostrophe inside a word: l'OM
	sepNL                     // a line break
	sepPara                   // a blank line
	sepMoney                  // € £ $
	sepOther                  // anything else (/, &, +, ...)
	sepHandle                 // a word of a social media handle: @FabrizioRomano, @bouba_darkoss
)

// clauseBreak are the separators that end a clause.
const clauseBreak = sepStop | sepColon | sepNL | sepPara | sepDash | sepParen

// word is one run of letters and digits in the text.
type word struct {
	start, end int    // byte offsets
	key        string // folded
	prev       sep    // what separates it from the previous word
	cur        rune   // currency symbol right before it, if any
	cap        bool   // starts with an uppercase letter
	upper      bool   // all uppercase (two letters or more)
	num        bool   // starts with a digit
	sent       bool   // first word of a sentence
}

// maxWords bounds the work on huge inputs: the words after it are ignored.
const maxWords = 60000

// tokenize splits src into words, folding each once.
func tokenize(src string, buf []byte) []word {
	words := make([]word, 0, len(src)/6+1)
	var pending sep
	var cur rune
	nl := 0
	i := 0
	for i < len(src) && len(words) < maxWords {
		r, size := utf8.DecodeRuneInString(src[i:])
		if _, ok := text.FoldRune(r); ok {
			start := i
			buf = buf[:0]
			isCap := unicode.IsUpper(r)
			upper := isCap
			letters := 0
			num := unicode.IsDigit(r)
			for i < len(src) {
				r, size = utf8.DecodeRuneInString(src[i:])
				f, ok := text.FoldRune(r)
				if !ok {
					// keep decimal separators inside numbers: 27,5 and 2.5
					if (r == ',' || r == '.') && num && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' && len(buf) > 0 && buf[len(buf)-1] >= '0' && buf[len(buf)-1] <= '9' {
						buf = append(buf, byte(r))
						i += size
						continue
					}
					break
				}
				if unicode.IsLetter(r) {
					letters++
					if !unicode.IsUpper(r) {
						upper = false
					}
				}
				buf = append(buf, f...)
				i += size
			}
			w := word{start: start, end: i, key: string(buf), prev: pending, cur: cur, cap: isCap, upper: upper && letters >= 2, num: num}
			if nl >= 2 {
				w.prev |= sepPara
			}
			words = append(words, w)
			pending, cur, nl = 0, 0, 0
			continue
		}
		i += size
		switch r {
		case ',':
			pending |= sepComma
		case '.', '!', '?', '…':
			pending |= sepStop
		case ':', ';':
			pending |= sepColon
		case '"', '«', '»', '“', '”', '„', '‹', '›':
			pending |= sepQuote
		case '(', ')', '[', ']':
			pending |= sepParen
		case '–', '—', '|':
			pending |= sepDash
		case '-', '‐', '‑':
			if i-size > 0 && i < len(src) && src[i-size-1] != ' ' && src[i] != ' ' {
				pending |= sepHyph
			} else {
				pending |= sepDash
			}
		case '\'', '’', '`', '´':
			if i-size > 0 && i < len(src) && src[i-size-1] != ' ' && src[i] != ' ' {
				pending |= sepApos
			} else {
				pending |= sepQuote
			}
		case '\n':
			pending |= sepNL
			nl++
		case '@', '_':
			pending |= sepOther
			// "@Name" opens a handle; "_" goes on with one: @David_Ornstein
			if i < len(src) && (r == '@' && (i-size == 0 || !handleRune(src[i-size-1])) ||
				r == '_' && len(words) > 0 && words[len(words)-1].end == i-size && words[len(words)-1].prev&sepHandle != 0) && handleRune(src[i]) {
				pending |= sepHandle
			}
		case '€', '£', '$':
			pending |= sepMoney
			cur = r
		case ' ', '\t', '\r', '\u00a0', '\u202f':
		default:
			pending |= sepOther
		}
	}
	markSentences(src, words)
	return words
}

// handleRune reports whether b can be part of a social media handle.
func handleRune(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// markSentences sets sent on the first word of each sentence.
func markSentences(src string, words []word) {
	for i := range words {
		w := &words[i]
		switch {
		case i == 0, w.prev&(sepNL|sepPara) != 0:
			w.sent = true
		case w.prev&sepStop != 0:
			p := words[i-1]
			// "11. Januar", "St. Pauli", "J. Smith": not a sentence end
			if p.num && len(p.key) <= 2 && monthOf(w.key) > 0 {
				continue
			}
			// "vom 1. FC Köln", "in der 2. Bundesliga", "1. FSV Mainz 05": a
			// German ordinal after an article or a contraction, or a
			// club's own (see ordinalBefore)
			if germanOrdinal(words, i) {
				continue
			}
			if p.end-p.start == 1 && p.cap {
				continue
			}
			if abbreviations[p.key] {
				continue
			}
			w.sent = w.cap || w.num || w.prev&sepQuote != 0
		}
	}
}

// germanOrdinal reports a number of one or two digits and its full stop
// before the capitalised word i: after a German article or contraction,
// or the "1." of a club ("1. FC", "1. FSV").
func germanOrdinal(words []word, i int) bool {
	p, w := words[i-1], words[i]
	if !p.num || len(p.key) > 2 || !w.cap {
		return false
	}
	return i >= 2 && deArticles[words[i-2].key] && p.prev&^sepSpaceLike == 0 || p.key == "1" && (w.key == "fc" || w.key == "fsv")
}

var abbreviations = map[string]bool{"st": true, "mr": true, "dr": true, "vs": true, "nr": true, "no": true, "sr": true, "jr": true, "mt": true, "ca": true, "bzw": true, "z": true}
