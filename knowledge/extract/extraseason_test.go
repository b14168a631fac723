package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestExtraSeasonWith: a player who commits a further season to his club
// ("signed up for an extra year with", "s'est engagé pour une saison
// supplémentaire avec", "una temporada más con", "una stagione in più
// con") or signs a new contract there ("unterschrieb beim VfL Bochum
// einen neuen Vertrag") renews: that club is his, no suitor, in the five
// languages.
func TestExtraSeasonWith(t *testing.T) {
	x := New()
	none := facts.Stage("")
	cases := []stageCase{
		{"en", " date 2024-07-10 Marco Verdi has signed up for an extra year with Fulham after an outstanding season.", "Marco Verdi", "Fulham", none},
		{"fr", " date 2024-07-10 Marco Verdi s'est engagé pour une saison supplémentaire avec le FC Nantes après un exercice remarquable.", "Marco Verdi", "Nantes", none},
		{"es", " date 2024-07-10 Marco Verdi ha firmado una temporada más con el Getafe tras un gran curso.", "Marco Verdi", "Getafe", none},
		{"it", " date 2024-07-10 Marco Verdi ha firmato per una stagione in più con il Genoa dopo un'annata straordinaria.", "Marco Verdi", "Genoa", none},
		{"de", " date 2024-07-10 Marco Verdi unterschrieb beim VfL Bochum einen neuen Vertrag bis 2027.", "Marco Verdi", "Bochum", none},
	}
	checkStages(t, x, cases)
	var cur []clubCase
	for _, c := range cases {
		cur = append(cur, clubCase{c.text, c.player, c.club})
	}
	checkCurrent(t, x, cur)
}
