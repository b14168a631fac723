package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestDenials checks that a club denying interest is a suitor whose
// pursuit is over (stage ended, as the eval key has it), and that the
// player's own club named in the denial stays his club.
func TestDenials(t *testing.T) {
	x := New()
	tests := []struct {
		text, player, club string
		want               facts.Stage
		current            string // "" when not checked
	}{
		{"Chelsea deny any interest in Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageEnded, ""},
		{"Chelsea have played down interest in Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageEnded, ""},
		{"Chelsea are not interested in Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageEnded, ""},
		{"Chelsea have no interest in Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageEnded, ""},
		{"Le Paris Saint-Germain dément tout intérêt pour Boubacar Kamara.", "Boubacar Kamara", "Paris Saint-Germain", facts.StageEnded, ""},
		{"Le Paris Saint-Germain n'est pas intéressé par Boubacar Kamara.", "Boubacar Kamara", "Paris Saint-Germain", facts.StageEnded, ""},
		{"El Barcelona desmiente el interés por Frenkie de Jong.", "Frenkie de Jong", "Barcelona", facts.StageEnded, ""},
		{"El Real Madrid niega el interés por Frenkie de Jong.", "Frenkie de Jong", "Real Madrid", facts.StageEnded, ""},
		{"El Real Madrid no está interesado en Frenkie de Jong.", "Frenkie de Jong", "Real Madrid", facts.StageEnded, ""},
		{"La Juventus smentisce l'interesse per Piotr Zielinski del Napoli.", "Piotr Zielinski", "Juventus", facts.StageEnded, "Napoli"},
		{"La Juventus nega l'interesse per Piotr Zielinski.", "Piotr Zielinski", "Juventus", facts.StageEnded, ""},
		{"La Juventus non è interessata a Piotr Zielinski.", "Piotr Zielinski", "Juventus", facts.StageEnded, ""},
		{"Der FC Bayern dementiert das Interesse an Harry Kane.", "Harry Kane", "Bayern Munich", facts.StageEnded, ""},
		{"Der FC Bayern hat kein Interesse an Harry Kane.", "Harry Kane", "Bayern Munich", facts.StageEnded, ""},
		{"Der FC Bayern ist an Harry Kane nicht interessiert.", "Harry Kane", "Bayern Munich", facts.StageEnded, ""},
		// controls: interest that is there
		{"Chelsea are interested in Moisés Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageInterest, ""},
		{"La Juventus è interessata a Piotr Zielinski del Napoli.", "Piotr Zielinski", "Juventus", facts.StageInterest, "Napoli"},
	}
	for _, tt := range tests {
		got, p := stageOfPair(x, " date 2023-06-23 "+tt.text, tt.player, tt.club)
		if got != tt.want {
			t.Errorf("%q: %s/%s = %q, want %q", tt.text, tt.player, tt.club, got, tt.want)
		}
		if tt.current == "" {
			continue
		}
		if p.CurrentClub != tt.current {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.current)
		}
		for _, s := range p.Suitors {
			if s.Club == tt.current {
				t.Errorf("%q: his club %s listed as a suitor", tt.text, s.Club)
			}
		}
	}
}
