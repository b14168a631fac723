package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestGermanOrdinalClub: a German ordinal after an article or a
// contraction ("vom 1. FC Köln", "gegen den 1. FC Union Berlin") ends no
// sentence: the club it opens stays in the clause that tells where he came
// from, and is no suitor.
func TestGermanOrdinalClub(t *testing.T) {
	x := New()
	cases := []stageCase{
		{"came from", " date 2025-07-01 Jan Kruse kam ablösefrei vom 1. FC Nürnberg zum VfB Stuttgart.", "Jan Kruse", "Nürnberg", ""},
		{"moved from", " date 2023-06-01 Florian Wirtz ist 2020 vom 1. FC Köln nach Leverkusen gewechselt.", "Florian Wirtz", "Köln", ""},
		{"opponent", " date 2024-11-09 Deniz Undav traf beim 3:0 gegen den 1. FC Köln, der ihn beobachtet.", "Deniz Undav", "Köln", ""},
		{"signing", " date 2024-08-16 Borussia Mönchengladbach hat Tim Kleindienst vom 1. FC Heidenheim verpflichtet.", "Tim Kleindienst", "Borussia Mönchengladbach", facts.StageDone},
	}
	checkStages(t, x, cases)
	// the ordinal is no sentence end; a number closing a sentence still is
	for _, tt := range []struct {
		text string
		at   string
		sent bool
	}{
		{"Er kam vom 1. FC Köln.", "fc", false},
		{"Das Spiel endete 2:1. Danach sprach er.", "danach", true},
	} {
		words := tokenize(tt.text, nil)
		for _, w := range words {
			if w.key == tt.at && w.sent != tt.sent {
				t.Errorf("%q: %q opens a sentence: %v, want %v", tt.text, tt.at, w.sent, tt.sent)
			}
		}
	}
}
