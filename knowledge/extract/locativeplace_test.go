package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestLocativePlace: a name met once after a locative, with nothing of a
// player around it, is a place and takes no club from the player of the
// passage ("scouts at Vila Serrana", "ad Appiano Vecchio", "à
// Saint-Vidal", "en Villa Serrana", "nach Bad Lindenau"), in the five
// languages; an English "at" a look verb takes is no locative ("looked at
// Tom Ashworth").
func TestLocativePlace(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en at", " date 2024-07-01 Tom Ashworth is the name on everyone's lips. Fulham have had scouts at Vila Serrana on several occasions this season.", "Vila Serrana"},
		{"it ad", " date 2024-07-01 Tommaso Ferlini resta al centro del mercato. Il Genoa ha inviato un osservatore ad Appiano Vecchio questa settimana.", "Appiano Vecchio"},
		{"fr à", " date 2024-07-01 Hugo Marchetti reste au cœur du mercato. Le FC Nantes a envoyé un recruteur à Saint-Vidal ce week-end.", "Saint-Vidal"},
		{"es en", " date 2024-07-01 Tomás Herrera sigue en el centro del mercado. El Betis ha enviado ojeadores en Villa Serrana este fin de semana.", "Villa Serrana"},
		{"de nach", " date 2024-07-01 Jonas Albrecht bleibt ein Thema. Der SC Freiburg beobachtet ihn und hat einen Scout nach Bad Lindenau geschickt.", "Bad Lindenau"},
	})
	checkStages(t, x, []stageCase{
		{"en at", " date 2024-07-01 Tom Ashworth is the name on everyone's lips. Fulham have had scouts at Vila Serrana on several occasions this season.", "Tom Ashworth", "Fulham", facts.StageInterest},
		{"en looked at", " date 2024-07-01 The window is heating up. Fulham have looked at Tom Ashworth on several occasions this season.", "Tom Ashworth", "Fulham", facts.StageInterest},
		{"it ad", " date 2024-07-01 Tommaso Ferlini resta al centro del mercato. Il Genoa ha inviato un osservatore ad Appiano Vecchio questa settimana.", "Tommaso Ferlini", "Genoa", facts.StageInterest},
		{"fr à", " date 2024-07-01 Hugo Marchetti reste au cœur du mercato. Le FC Nantes a envoyé un recruteur à Saint-Vidal ce week-end.", "Hugo Marchetti", "Nantes", facts.StageInterest},
		{"es en", " date 2024-07-01 Tomás Herrera sigue en el centro del mercado. El Betis ha enviado ojeadores en Villa Serrana este fin de semana.", "Tomás Herrera", "Real Betis", facts.StageInterest},
	})
}
