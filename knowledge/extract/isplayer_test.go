package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestIsAPlayerOf: a player told to be a club's player in the present
// ("Mario Rossi est un joueur de l'OM, sous contrat jusqu'en 2026") plays
// there: it is his club, no completed signing, and the clubs that contact
// him pursue him still. Told with "désormais" or "now", it is a signing.
func TestIsAPlayerOf(t *testing.T) {
	x := New()
	cases := []struct{ lang, text, club string }{
		{"en", "Mario Rossi is an Everton player, under contract until 2026. Lazio have asked about him.", "Everton"},
		{"fr", "Mario Rossi est un joueur de l'OM, sous contrat jusqu'en 2026. La Lazio s'est renseignée sur lui.", "Marseille"},
		{"fr club", "Mario Rossi est un joueur du FC Nantes et il n'est pas à vendre. La Lazio s'est renseignée.", "Nantes"},
		{"es", "Mario Rossi es jugador del Betis, con contrato hasta 2026. La Lazio ha preguntado por él.", "Real Betis"},
		{"it", "Mario Rossi è un giocatore del Torino, sotto contratto fino al 2026. La Lazio ha chiesto informazioni.", "Torino"},
		{"de", "Mario Rossi ist ein Spieler des SC Freiburg, Vertrag bis 2026. Lazio hat sich nach ihm erkundigt.", "SC Freiburg"},
	}
	var own []clubCase
	var keen []stageCase
	for _, c := range cases {
		text := " date 2024-07 " + c.text
		own = append(own, clubCase{text, "Mario Rossi", c.club})
		keen = append(keen, stageCase{c.lang + " no signing", text, "Mario Rossi", c.club, ""},
			stageCase{c.lang + " still keen", text, "Mario Rossi", "Lazio", facts.StageInterest})
	}
	checkCurrent(t, x, own)
	checkStages(t, x, keen)
	checkStages(t, x, []stageCase{
		{"fr désormais", " date 2024-07 Mario Rossi est désormais un joueur de l'OM.", "Mario Rossi", "Marseille", facts.StageDone},
	})
}
