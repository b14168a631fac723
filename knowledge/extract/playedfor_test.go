package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPlayedForIsFormer: the clubs a player is told to have played for
// ("where he once played for Burnley and Tottenham", "qui a joué à Lorient
// et à Rennes", "que jugó en el Getafe y el Celta", "che ha militato nel
// Monza e nel Genoa", "der früher für Mainz und Bochum spielte") are
// former clubs: no suitor, even the second of a list. The club pursuing
// him now keeps its link.
func TestPlayedForIsFormer(t *testing.T) {
	x := New()
	cases := []struct {
		name, text string
		former     []string
	}{
		{"en where", "Everton want Mario Rossi, who is keen on a return to England, where he once played for Burnley and Tottenham.", []string{"Burnley", "Tottenham Hotspur"}},
		{"en who", "Mario Rossi, who played for Burnley and Tottenham, is wanted by Everton.", []string{"Burnley", "Tottenham Hotspur"}},
		{"en previously", "Everton are keen on Mario Rossi, who previously played for Fulham.", []string{"Fulham"}},
		{"fr", "Mario Rossi, qui a joué à Lorient et à Rennes, intéresse Everton.", []string{"Lorient", "Rennes"}},
		{"fr évolué", "Everton suit Mario Rossi, qui a évolué au FC Nantes.", []string{"Nantes"}},
		{"es", "Mario Rossi, que jugó en el Getafe y el Celta, interesa al Everton.", []string{"Getafe", "Celta Vigo"}},
		{"es militó", "El Everton sigue a Mario Rossi, que militó en el Osasuna.", []string{"Osasuna"}},
		{"it", "Mario Rossi, che ha militato nel Monza e nel Genoa, piace all'Everton.", []string{"Monza", "Genoa"}},
		{"it giocato", "L'Everton segue Mario Rossi, che ha giocato nel Sassuolo.", []string{"Sassuolo"}},
		{"de", "Mario Rossi, der früher für Mainz und Bochum spielte, ist ein Kandidat beim FC Everton.", []string{"FSV Mainz 05", "Bochum"}},
		{"de spielte", "Der FC Everton beobachtet Mario Rossi, er spielte für den SC Freiburg.", []string{"SC Freiburg"}},
	}
	var tests []stageCase
	for _, c := range cases {
		text := " date 2024-07 " + c.text
		for _, f := range c.former {
			tests = append(tests, stageCase{c.name + " " + f, text, "Mario Rossi", f, ""})
		}
		tests = append(tests, stageCase{c.name + " Everton", text, "Mario Rossi", "Everton", facts.StageInterest})
	}
	checkStages(t, x, tests)
}
