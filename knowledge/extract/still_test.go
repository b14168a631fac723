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
