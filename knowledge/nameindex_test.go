package knowledge

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// The bag distance is a lower bound of the edit distance.
func TestBagDistance(t *testing.T) {
	for _, a := range distanceWords {
		for _, b := range distanceWords {
			d := text.Distance(a, b)
			ca, cb := countRunes([]rune(a)), countRunes([]rune(b))
			if lb := bagDistance(&ca, &cb); lb > d {
				t.Errorf("bagDistance(%q, %q) = %d, more than the distance %d", a, b, lb, d)
			}
		}
	}
}

var distanceWords = []string{"", "a", "ab", "ba", "kamara", "kamra", "kamaar", "camara", "atletico", "atleti",
	"vlahovic", "vlahovich", "tchouameni", "tchuoameni", "abcdef", "fedcba", "aaaa", "müller"}
