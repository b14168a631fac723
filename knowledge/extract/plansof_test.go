package extract

import (
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPlansOfCoach: the man whose plans a player is in or out of ("not in
// the plans of X", "fuera de los planes de X", "fuori dai piani di X",
// "hors des plans de X", "in den Plänen von X keine Rolle") picks the
// squad: a coach, no player, in the five languages; the player keeps the
// suitor of the sentence.
func TestPlansOfCoach(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en", " date 2024-07-01 The window is heating up. Tom Ashworth is not in the plans of Marco Rinaldi at Burnley, and Fulham are monitoring him.", "Marco Rinaldi"},
		{"en possessive", " date 2024-07-01 The window is heating up. Tom Ashworth does not feature in Marco Rinaldi's plans at Burnley, and Fulham are monitoring him.", "Marco Rinaldi"},
		{"fr", " date 2024-07-01 Le mercato s'accélère. Hugo Marchetti ne fait plus partie des plans de Marco Rinaldi au FC Nantes et le FC Lorient le suit.", "Marco Rinaldi"},
		{"es", " date 2024-07-01 El mercado se acelera. Tomás Herrera no entra en los planes de Marco Rinaldi en el Betis y el Getafe lo sigue.", "Marco Rinaldi"},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Tommaso Ferlini è fuori dai piani di Marco Rinaldi al Genoa e il Torino lo segue.", "Marco Rinaldi"},
		{"it gerarchie", " date 2024-07-01 Il mercato entra nel vivo. Tommaso Ferlini è scivolato nelle gerarchie di Marco Rinaldi al Genoa e il Torino lo segue.", "Marco Rinaldi"},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Jonas Albrecht spielt in den Plänen von Marco Rinaldi beim SC Freiburg keine Rolle, der FC Augsburg beobachtet ihn.", "Marco Rinaldi"},
	})
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-01 The window is heating up. Tom Ashworth is not in the plans of Marco Rinaldi at Burnley, and Fulham are monitoring him.", "Tom Ashworth", "Fulham", facts.StageInterest},
		{"es", " date 2024-07-01 El mercado se acelera. Tomás Herrera no entra en los planes de Marco Rinaldi en el Betis y el Getafe lo sigue.", "Tomás Herrera", "Getafe", facts.StageInterest},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Tommaso Ferlini è fuori dai piani di Marco Rinaldi al Genoa e il Torino lo segue.", "Tommaso Ferlini", "Torino", facts.StageInterest},
	})
	// a player's own plans are his: "Mbappé's plans", "los planes de X"
	// with no in-word before them
	checkStages(t, x, []stageCase{
		{"es own plans", " date 2024-07-01 El mercado se acelera. El Getafe espera conocer los planes de Tomás Herrera antes de presentar una oferta por el extremo.", "Tomás Herrera", "Getafe", facts.StageBid},
	})
	for _, text := range []string{
		" date 2024-07-01 The window is heating up. Fulham have made an offer for the winger, and the plans of Tom Ashworth are clear: he wants to leave Burnley.",
		" date 2024-07-01 The window is heating up. Tom Ashworth's plans are clear: he wants to leave Burnley, and Fulham are monitoring the winger.",
	} {
		if !slices.ContainsFunc(x.Extract(text, Hints{}).Players, func(p facts.Player) bool { return p.Name == "Tom Ashworth" }) {
			t.Errorf("%q: Tom Ashworth, whose own plans it tells, read as no player", text)
		}
	}
}
