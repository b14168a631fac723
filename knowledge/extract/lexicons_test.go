package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// lexiconPhrases parses every embedded lexicon file: language -> concept ->
// phrases as written.
func lexiconPhrases(t *testing.T) map[string]map[string][]string {
	t.Helper()
	texts, err := lexiconTexts()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][]string{}
	for lang, text := range texts {
		out[lang] = map[string][]string{}
		eachPhrase(text, func(name, p string) {
			if conceptKind(name) == 0 && wordSetNames[name] == 0 && name != numberConcept {
				t.Errorf("%s.txt: unknown concept %q", lang, name)
			}
			out[lang][name] = append(out[lang][name], p)
		})
	}
	return out
}

// TestLexiconsCoverEveryConcept: every concept some language has, every
// language has, so an article is read alike whatever its language.
func TestLexiconsCoverEveryConcept(t *testing.T) {
	ph := lexiconPhrases(t)
	concepts := map[string]bool{}
	for lang, m := range ph {
		if lang == anyLang {
			continue
		}
		for c := range m {
			concepts[c] = true
		}
	}
	if len(ph)-1 < 5 {
		t.Fatalf("%d language files, want 5 or more", len(ph)-1)
	}
	for lang, m := range ph {
		if lang == anyLang {
			continue
		}
		for c := range concepts {
			if len(m[c]) == 0 && !optionalWordSets[wordSetNames[c]] {
				t.Errorf("%s.txt has no phrase for %q", lang, c)
			}
		}
	}
}

// commonWords are frequent words of each language that must not be a
// phrase of another language's lexicon: read in an article of their own
// language they would mean nothing of the sort (English "fix" is no German
// "fix", Italian "si" no "sì").
var commonWords = map[string]string{
	"en": "fix want need still do get go make take time year new good well back only just now one two",
	"fr": "si se ne on y en a il le la les un une des est pas plus avec pour par sur dans qui que",
	"es": "si se no ya lo le a en el la los las un una del al por con para que es",
	"it": "si se ne no a in il la lo le un una di da del al per con che non",
	"de": "so an in um da wo es er sie wir fix mal nur noch schon auch aber oder und",
}

// TestLexiconPhrasesAreNotCommonWordsElsewhere: a one-word phrase of a
// stage or a role is no common word of another language.
func TestLexiconPhrasesAreNotCommonWordsElsewhere(t *testing.T) {
	ph := lexiconPhrases(t)
	common := map[string]map[string]bool{}
	for lang := range commonWords {
		common[lang] = map[string]bool{}
		for _, w := range append(strings.Fields(commonWords[lang]), text.Stopwords(lang)...) {
			common[lang][text.Key(w)] = true
		}
	}
	for lang, m := range ph {
		for c, ps := range m {
			if functionKind(conceptKind(c)) || wordSetNames[c] != 0 {
				continue // of, in, from, not, one, until: small words by nature, active only in their language
			}
			for _, p := range ps {
				if strings.ContainsAny(p, " *=") {
					continue // several words, a prefix, or written exactly
				}
				k := text.Key(p)
				for other, words := range common {
					if other != lang && words[k] && !common[lang][k] {
						t.Errorf("%s.txt %s: %q is a common %s word", lang, c, p, other)
					}
				}
			}
		}
	}
}

// TestLexiconWordForms: a prefix word matches the words it begins, and an
// exact word only as written.
func TestLexiconWordForms(t *testing.T) {
	l := buildLex("interest: monitor* | a =sì b")
	tests := []struct {
		text string
		want int
	}{
		{"monitoring", 1},
		{"monitor", 1}, // the prefix itself
		{"moni", 0},
		{"a sì b", 1},
		{"a si b", 0},
		{"A SÌ b", 1},
	}
	for _, tt := range tests {
		words := tokenize(tt.text, nil)
		if got := len(l.match(tt.text, words, 0, nil)); got != tt.want {
			t.Errorf("%q: %d hits, want %d", tt.text, got, tt.want)
		}
	}
}

// TestLexiconLanguage: a phrase fires only in its article's language.
func TestLexiconLanguage(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en fix is no German done", " date 2023-06 Arsenal need a quick fix in midfield and want Declan Rice.", "Declan Rice", "Arsenal", facts.StageInterest},
		{"en want is a pursuit", " date 2023-06 Arsenal want Declan Rice.", "Declan Rice", "Arsenal", facts.StageInterest},
		{"it si is no sì", " date 2023-06 Il Milan si è informato per Marcus Thuram.", "Marcus Thuram", "AC Milan", facts.StageInterest},
		{"de fix is done", " date 2023-06 Der Wechsel von Declan Rice zum FC Arsenal ist fix.", "Declan Rice", "Arsenal", facts.StageDone},
		{"de Pole is a Pole", " date 2022-07 Der Pole Robert Lewandowski möchte zum FC Barcelona wechseln, der FC Bayern sagt nein.", "Robert Lewandowski", "Barcelona", facts.StageInterest},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2023-06 Arsenal need a quick fix in midfield and want Declan Rice.", "Declan Rice", ""},
	})
}

// TestLanguagesAreData: the languages extraction reads are the ones
// knowledge/text tells apart (its stopwords and month names), each with a
// lexicon file, and a short text of each is read as its language.
func TestLanguagesAreData(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Brentford are keen on the winger and have made an offer for him in June.",
		"fr": "Le club suit le milieu et a fait une offre pour lui en juin.",
		"es": "El club sigue al extremo y ha hecho una oferta por él en junio.",
		"it": "Il club segue l'esterno e ha fatto un'offerta per lui a giugno.",
		"de": "Der Klub beobachtet den Flügelspieler und hat ihm im Juni ein Angebot gemacht.",
	}
	ls := x.lex.langs
	if strings.Join(ls, " ") != strings.Join(sortedCopy(text.Languages()), " ") {
		t.Fatalf("lexicon files for %v, knowledge/text knows %v", ls, text.Languages())
	}
	for _, lang := range text.Languages() {
		if len(text.Stopwords(lang)) == 0 {
			t.Errorf("%s: no stopwords in knowledge/text", lang)
		}
		d := newDoc(x, texts[lang])
		if d.lang != lang {
			t.Errorf("%q read as %q, want %q", texts[lang], d.lang, lang)
		}
		if monthOf(text.Fold(text.MonthName(lang, 6))) != 6 {
			t.Errorf("%s: June (%q) is no month", lang, text.MonthName(lang, 6))
		}
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// TestLexiconNoEmptyPhrase: every phrase slot of a lexicon line holds a
// phrase ("a | | b" is a slip of the pen).
func TestLexiconNoEmptyPhrase(t *testing.T) {
	texts, err := lexiconTexts()
	if err != nil {
		t.Fatal(err)
	}
	for lang, src := range texts {
		for _, line := range strings.Split(src, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			if _, body, ok := strings.Cut(line, ":"); ok {
				for _, p := range strings.Split(body, "|") {
					if strings.TrimSpace(p) == "" {
						t.Errorf("%s.txt: empty phrase in %q", lang, line[:min(len(line), 40)])
					}
				}
			}
		}
	}
}
