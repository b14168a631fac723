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

// TestOfferDenied: an offer reported and then denied to exist ("there is
// no offer", "il n'y a pas d'offre", "kein Angebot") is no bid: the club
// said to have made it has an ended pursuit, interest stays interest, and
// the club that denies receiving it is no suitor; in the five languages.
func TestOfferDenied(t *testing.T) {
	x := New()
	const (
		p = "Tomás Lindqvist"
		a = "Aston Villa"
		b = "Brentford"
	)
	checkStages(t, x, []stageCase{
		{"en there is no offer", " date 2024-01 Aston Villa have made an offer for Tomás Lindqvist, according to reports, but Brentford say there is no offer.", p, a, facts.StageEnded},
		{"en received no bid", " date 2024-01 Aston Villa have made an offer for Tomás Lindqvist, but Brentford say they have received no bid.", p, b, ""},
		{"en interest stays", " date 2024-01 Aston Villa are keen on Tomás Lindqvist, but Brentford insist there has been no offer.", p, a, facts.StageInterest},
		{"fr il n'y a pas d'offre", " date 2024-01 Selon la presse, Lens a fait une offre pour Tomás Lindqvist, mais Brest assure qu'il n'y a pas d'offre.", p, "Lens", facts.StageEnded},
		{"fr aucune offre", " date 2024-01 Lens s'intéresse à Tomás Lindqvist, mais Brest n'a reçu aucune offre.", p, "Stade Brestois", ""},
		{"es no hay ninguna oferta", " date 2024-01 Según la prensa, el Betis ha hecho una oferta por Tomás Lindqvist, pero el Girona asegura que no hay ninguna oferta.", p, "Real Betis", facts.StageEnded},
		{"it non c'è nessuna offerta", " date 2024-01 Secondo la stampa, il Bologna ha fatto un'offerta per Tomás Lindqvist, ma il Genoa assicura che non c'è nessuna offerta.", p, "Bologna", facts.StageEnded},
		{"it the denier", " date 2024-01 Secondo la stampa, il Bologna ha fatto un'offerta per Tomás Lindqvist, ma il Genoa assicura che non c'è nessuna offerta.", p, "Genoa", ""},
		{"de es gibt kein Angebot", " date 2024-01 Laut Medien hat der SC Freiburg ein Angebot für Tomás Lindqvist abgegeben, doch Mainz sagt, es gibt kein Angebot.", p, "SC Freiburg", facts.StageEnded},
		// an offer refused is an offer that was made: no denial
		{"en rejected offer", " date 2024-01 Brentford have rejected an offer from Aston Villa for Tomás Lindqvist, but talks continue.", p, a, facts.StageTalks},
	})
}
