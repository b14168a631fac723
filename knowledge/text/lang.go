package text

import (
	"slices"
	"strings"
)

// languages are the languages text tells apart, English first: ties go to
// the earliest.
var languages = [...]string{"en", "fr", "es", "it", "de"}

// Languages returns the languages text tells apart ("en", "fr", "es",
// "it", "de"), in a slice the caller may change.
func Languages() []string {
	return slices.Clone(languages[:])
}

// langIndex returns the index of lang in languages, or -1.
func langIndex(lang string) int {
	return slices.Index(languages[:], lang)
}

// Tally counts what tells each language in a text, to guess its language.
// The zero Tally is empty.
type Tally struct {
	n [len(languages)]int
}

// Add counts n for lang; a language text does not tell apart is ignored.
func (t *Tally) Add(lang string, n int) {
	if i := langIndex(lang); i >= 0 {
		t.n[i] += n
	}
}

// Stopword counts 1 for each language the folded word is a stopword of
// (see Stopwords).
func (t *Tally) Stopword(key string) {
	m := stopLang[key]
	for i := range t.n {
		if m&(1<<i) != 0 {
			t.n[i]++
		}
	}
}

// Marks counts the characters only one language writes: ¿ and ¡ for
// Spanish, ß for German, 4 each time any is present.
func (t *Tally) Marks(s string) {
	if strings.ContainsAny(s, "¿¡") {
		t.Add("es", 4)
	}
	if strings.ContainsRune(s, 'ß') {
		t.Add("de", 4)
	}
}

// Best returns the language with the highest count, def when none counts
// more than def (def may be "", counting 0); ties go to def, then to the
// language first in Languages.
func (t *Tally) Best(def string) string {
	best, score := def, 0
	if i := langIndex(def); i >= 0 {
		score = t.n[i]
	}
	for i, l := range languages {
		if t.n[i] > score {
			best, score = l, t.n[i]
		}
	}
	return best
}

// Detect guesses the language of a text from its folded words (Word.Key)
// by counting the stopwords of each language among the first
// detectWords; "" when it finds none.
func Detect(keys []string) string {
	var t Tally
	for _, k := range keys[:min(len(keys), detectWords)] {
		t.Stopword(k)
	}
	return t.Best("")
}

// detectWords is how many words of a text Detect reads.
const detectWords = 3001

// Stopwords returns the frequent function words of lang, folded: the
// words Detect counts, and that tell a capitalised sentence opener from a
// name. It returns nil for a language text does not tell apart.
func Stopwords(lang string) []string {
	i := langIndex(lang)
	if i < 0 {
		return nil
	}
	return strings.Fields(Key(stopwords[i]))
}

// stopwords are the frequent function words of each language, in the
// order of languages.
var stopwords = [len(languages)]string{
	"the and of to is are was were has have had with for that this from by on at as it its his he their they who will would could be been but not an or which after into than also about over more when",
	"le la les des du est une un pour avec qui que dans sur par au aux ses son sa ont été mais pas plus il elle ils cette ce se ne lui leur aussi comme entre selon depuis alors quand lorsque",
	"el la los las del por con una un que para es ha han su sus se lo al como pero más este esta también sobre sin hasta tras según desde ya le muy entre cuando",
	"il la le del al della dell di che per con una un gli è nel nella dei delle sul sulla alla al dal lo ha hanno sono anche come ma più questo questa suo sua si ancora tra dopo quando",
	"der die das und mit ist war hatte hatten wurde an am von den dem des nicht auf ein eine einer zu im für sich hat haben auch als noch bei nach wie aus wird soll sein seine seinen ihre zum zur zwischen uber unter gegen ohne durch um seit wahrend trotz wegen vor hinter neben dabei zudem allerdings",
}

// stopLang maps each folded stopword to a bitmask of its languages.
var stopLang = func() map[string]uint8 {
	m := map[string]uint8{}
	for i := range languages {
		for _, w := range strings.Fields(Key(stopwords[i])) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// LangCode reduces a language tag ("fr-FR", "en_GB", " DE ") to its ISO
// 639-1 code ("fr", "en", "de"); "" when it has none.
func LangCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	tag, _, _ = strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}
