package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestMentionedForms: a club named as a possible destination of the
// passage's player ("Newcastle have also been mentioned", "Liverpool
// wurden genannt", "accostato alla Juventus") is a suitor at interest, in
// the five languages.
func TestMentionedForms(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-10 Marco Verdi wants to leave Fulham this summer. Brentford have also been mentioned as a possible destination.", "Marco Verdi", "Brentford", in},
		{"fr", " date 2024-07-10 Marco Verdi veut quitter le FC Nantes cet été. Le Stade Rennais a été cité parmi les destinations possibles.", "Marco Verdi", "Rennes", in},
		{"es", " date 2024-07-10 Marco Verdi quiere salir del Getafe este verano. El Sevilla ha sido mencionado como posible destino.", "Marco Verdi", "Sevilla", in},
		{"it", " date 2024-07-10 Marco Verdi vuole lasciare il Genoa quest'estate. Il centrocampista è stato accostato al Torino.", "Marco Verdi", "Torino", in},
		{"de", " date 2024-07-10 Marco Verdi will den FC Augsburg im Sommer verlassen. Der SC Freiburg und Mainz 05 wurden genannt.", "Marco Verdi", "SC Freiburg", in},
	})
}
