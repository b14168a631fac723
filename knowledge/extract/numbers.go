package extract

import (
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// numberConcept names the lexicon lines of numbers written as words, each
// "word=value": "number: cinco=5 | quinzaine=15".
const numberConcept = "number"

// buildNumbers reads the number words of lexicon texts.
func buildNumbers(srcs ...string) map[string]float64 {
	out := map[string]float64{}
	for _, src := range srcs {
		eachPhrase(src, func(name, p string) {
			if name != numberConcept {
				return
			}
			w, v, ok := strings.Cut(p, "=")
			if n, err := strconv.ParseFloat(strings.TrimSpace(v), 64); ok && err == nil && n > 0 {
				out[text.Key(strings.TrimSpace(w))] = n
			}
		})
	}
	return out
}

// numberWordValue returns the value of word i written as a number word of
// the article's language ("cinco millones", "une quinzaine de millions",
// "un milione"), or 0. A word after another number word and a hyphen
// ("vingt-cinq") is part of a number this does not read.
func (d *doc) numberWordValue(i int) float64 {
	w := d.words[i]
	if w.num || w.prev&sepHyph != 0 && i > 0 && d.numberOf(d.words[i-1].key) > 0 {
		return 0
	}
	return d.numberOf(w.key)
}

// numberOf returns the value of a folded number word, or 0.
func (d *doc) numberOf(key string) float64 {
	nums, ok := d.x.lex.numbers[d.lang]
	if !ok {
		nums = d.x.lex.everyNumber
	}
	return nums[key]
}
