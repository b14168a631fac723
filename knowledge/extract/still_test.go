package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPastInterestGoesOn: interest told in the past is over unless the
// text says it goes on ("and are still monitoring him"), or says it ended;
// in the five languages.
func TestPastInterestGoesOn(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en still", " date 2024-08 Brentford had been interested in Jonas Keller and are still monitoring him.", p, "Brentford", facts.StageInterest},
		{"en over", " date 2024-08 Brentford had been interested in Jonas Keller but are no longer in the race.", p, "Brentford", facts.StageEnded},
		{"en still last summer", " date 2024-08 Brentford were still keen on Jonas Keller last summer.", p, "Brentford", facts.StageEnded},
		{"fr reste attentif", " date 2024-08 Le FC Nantes avait manifesté son intérêt pour Jonas Keller, et reste attentif à sa situation.", p, "Nantes", facts.StageInterest},
		{"es sigue atento", " date 2024-08 El Girona había mostrado interés por Jonas Keller y sigue atento a su situación.", p, "Girona", facts.StageInterest},
		{"it continua a", " date 2024-08 Il Torino si era interessato a Jonas Keller e continua a seguirlo.", p, "Torino", facts.StageInterest},
		{"de weiterhin", " date 2024-08 Der SC Freiburg hatte Interesse an Jonas Keller gezeigt und ist weiterhin im Rennen.", p, "SC Freiburg", facts.StageInterest},
		{"de nicht mehr im Rennen", " date 2024-08 Der SC Freiburg hatte Interesse an Jonas Keller gezeigt, ist aber nicht mehr im Rennen.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestLinkedNames: a player whose name the press attaches to a club is of
// interest to it, in the five languages ("the name most attached to the
// club", "le nom associé à l'OM", "relacionado con el Betis", "accostato
// al Genoa", "mit dem VfL Wolfsburg in Verbindung gebracht"); "top clubs"
// name clubs in general, not the club of the passage.
func TestLinkedNames(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en attached to", " date 2024-08 Jonas Keller has been the name most often attached to Brentford this summer.", p, "Brentford", facts.StageInterest},
		{"fr associé à", " date 2024-08 Le nom de Jonas Keller est associé au RC Lens depuis plusieurs jours.", p, "Lens", facts.StageInterest},
		{"es relacionado con", " date 2024-08 Jonas Keller, relacionado con el Villarreal en las últimas semanas, no tiene prisa.", p, "Villarreal", facts.StageInterest},
		{"it accostato", " date 2024-08 Jonas Keller, accostato al Genoa nelle ultime settimane, non ha fretta di decidere.", p, "Genoa", facts.StageInterest},
		{"de in Verbindung", " date 2024-08 Jonas Keller wird seit Wochen mit dem VfL Wolfsburg in Verbindung gebracht.", p, "VfL Wolfsburg", facts.StageInterest},
		{"it top club", " date 2024-08 Prendiamo il Genoa, che ha due difensori nella stessa situazione. Per Marco Rossi le trattative sul rinnovo sono in stallo. E poi c'è Jonas Keller, 25 anni, danese, in passato accostato ai top club italiani.", p, "Genoa", ""},
	})
}
