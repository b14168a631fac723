package extract

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"
)

// lexiconFiles are the phrase lists, one file per language (named by its
// ISO 639-1 code) and any.txt for the phrases every language's press uses.
//
//go:embed lexicons/*.txt
var lexiconFiles embed.FS

// anyLang names the file of international phrases.
const anyLang = "any"

// lexicons holds the phrases of each language. A phrase is active only in
// an article of its language (plus the international ones); an article
// whose language is not known is read with every phrase.
type lexicons struct {
	byLang map[string]*lex
	all    *lex
	words  map[string]wordSets // the word sets of each language (see wordsets.go)
	every  wordSets            // the word sets of all languages together
	langs  []string            // the languages with a file, sorted
	// cues maps a one-word phrase of a stage, role or description to the
	// one language (a bit in the order of langs) whose lexicon has it:
	// words that tell the language of a short text its stopwords leave open.
	cues map[string]uint8
	// classes maps, per language, a description phrase (its folded words)
	// to its class: "pos.mid" for "le milieu", "nat.be" for "il belga"
	// (see descriptionClasses).
	classes map[string]map[string]string
	// numbers maps, per language, a number written as a word to its
	// value: "cinco", "quinzaine", "zwei" (see numbers.go).
	numbers     map[string]map[string]float64
	everyNumber map[string]float64
}

// loadLexicons reads the embedded lexicon files.
func loadLexicons() (*lexicons, error) {
	texts, err := lexiconTexts()
	if err != nil {
		return nil, err
	}
	ls := &lexicons{byLang: map[string]*lex{}, classes: map[string]map[string]string{}, words: map[string]wordSets{}, numbers: map[string]map[string]float64{}}
	var every []string
	for lang, t := range texts {
		every = append(every, t)
		if lang != anyLang {
			ls.byLang[lang] = buildLex(t, texts[anyLang])
			ls.classes[lang] = descriptionClasses(t)
			ls.words[lang] = buildWordSets(t, texts[anyLang])
			ls.numbers[lang] = buildNumbers(t)
			ls.langs = append(ls.langs, lang)
		}
	}
	sort.Strings(ls.langs)
	ls.cues = languageCues(ls.byLang)
	sort.Strings(every) // a stable order of phrases for every build
	ls.all = buildLex(every...)
	ls.every = buildWordSets(every...)
	ls.everyNumber = buildNumbers(every...)
	return ls, nil
}

// descriptionClasses maps the phrases of a lexicon text's classed
// description concepts ("pos.mid: midfielder", "nat.br: Brazilian") to
// their class.
func descriptionClasses(src string) map[string]string {
	out := map[string]string{}
	eachPhrase(src, func(name, p string) {
		if _, _, ok := strings.Cut(name, "."); !ok || conceptKind(name) != kPos {
			return
		}
		if ph, ok := parsePhrase(p, kPos); ok {
			out[strings.Join(ph.words, " ")] = name
		}
	})
	return out
}

// lexiconTexts returns the text of each embedded lexicon file by language.
func lexiconTexts() (map[string]string, error) {
	entries, err := lexiconFiles.ReadDir("lexicons")
	if err != nil {
		return nil, fmt.Errorf("extract: lexicons: %w", err)
	}
	texts := map[string]string{}
	for _, e := range entries {
		b, err := lexiconFiles.ReadFile(path.Join("lexicons", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("extract: lexicons: %w", err)
		}
		texts[strings.TrimSuffix(e.Name(), ".txt")] = string(b)
	}
	return texts, nil
}

// of returns the phrases active in an article of language lang.
func (ls *lexicons) of(lang string) *lex {
	if l, ok := ls.byLang[lang]; ok {
		return l
	}
	return ls.all
}

// wordsOf returns the word sets active in an article of language lang.
func (ls *lexicons) wordsOf(lang string) wordSets {
	if ws, ok := ls.words[lang]; ok {
		return ws
	}
	return ls.every
}

// languageCues maps each one-word phrase of a concept other than the
// function words (of, in, from, not...) to the one language whose lexicon
// has it; a word of several languages tells nothing.
func languageCues(byLang map[string]*lex) map[string]uint8 {
	cues := map[string]uint8{}
	for i, lang := range langs {
		l, ok := byLang[lang]
		if !ok {
			continue
		}
		for k, ps := range l.exact {
			for _, p := range ps {
				if len(p.words) == 1 && p.exact[0] == "" && !functionKind(p.kind) {
					cues[k] |= 1 << i
					break
				}
			}
		}
	}
	for k, m := range cues {
		if m&(m-1) != 0 {
			delete(cues, k) // "interesse": French intéressé folded, Italian and German too
		}
	}
	return cues
}

// functionKind reports whether phrases of kind k are small function words
// that any language may share: of, in, from, negations, the past.
func functionKind(k kind) bool {
	switch k {
	case kNeg, kOf, kLoc, kFrom, kPast, kExcl, kBirthplace, kSource, kFormer, kAgent, kQuestion, kAnswer, kTo, kOver, kPassive:
		return true
	}
	return false
}
