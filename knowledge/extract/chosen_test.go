package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestChosenInstead: a club that pursued the passage's player, told by a
// pronoun or a description, then chose another ("opted for X", "a opté
// pour X", "se decantó por X", "ha scelto X", "sich für X entschieden")
// pursued the passage's player, not the one it chose, in the five
// languages.
func TestChosenInstead(t *testing.T) {
	x := New()
	cases := []stageCase{
		{"en", " date 2024-07-10 Marco Verdi has stayed at Fulham. Everton, who had also asked about the 24-year-old in the spring, opted for Luca Bianchi instead.", "Marco Verdi", "Everton", facts.StageEnded},
		{"fr", " date 2024-07-10 Marco Verdi reste au FC Nantes. Le Stade Rennais l'avait suivi au printemps, mais a finalement opté pour Luca Bianchi.", "Marco Verdi", "Rennes", facts.StageEnded},
		{"es", " date 2024-07-10 Marco Verdi sigue en el Getafe. El Sevilla lo había sondeado en primavera, pero se decantó por Luca Bianchi.", "Marco Verdi", "Sevilla", facts.StageEnded},
		{"it", " date 2024-07-10 Marco Verdi resta al Genoa. Il Torino lo aveva corteggiato in primavera, poi ha scelto Luca Bianchi.", "Marco Verdi", "Torino", facts.StageEnded},
		{"de", " date 2024-07-10 Marco Verdi bleibt beim FC Augsburg. Der SC Freiburg hatte sich im Frühjahr nach ihm erkundigt, sich dann aber für Luca Bianchi entschieden.", "Marco Verdi", "SC Freiburg", facts.StageEnded},
	}
	checkStages(t, x, cases)
	checkNoLink(t, x, cases, "Luca Bianchi", ": the club chose him instead")
}
