package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestStepNeverTaken: interest told with a further step the club never
// took ("never made an offer", "n'a jamais formulé d'offre", "nunca
// llegó a ofertar", "non ha mai presentato un'offerta", "ein Angebot
// kam nie") is a pursuit that ended; in the five languages. A step not
// taken yet is no end.
func TestStepNeverTaken(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en never", " date 2024-08 Brentford asked about Jonas Keller but never made an offer.", p, "Brentford", facts.StageEnded},
		{"en no ever", " date 2024-08 Brentford were named as admirers of Jonas Keller, though no approach was ever made.", p, "Brentford", facts.StageEnded},
		{"fr", " date 2024-08 Le FC Nantes s'est intéressé à Jonas Keller, mais n'a jamais formulé d'offre.", p, "Nantes", facts.StageEnded},
		{"es", " date 2024-08 El Girona preguntó por Jonas Keller, pero nunca llegó a ofertar.", p, "Girona", facts.StageEnded},
		{"it", " date 2024-08 Il Torino ha mostrato interesse per Jonas Keller, ma non ha mai presentato un'offerta.", p, "Torino", facts.StageEnded},
		{"de", " date 2024-08 Der SC Freiburg zeigte Interesse an Jonas Keller, ein Angebot kam jedoch nie.", p, "SC Freiburg", facts.StageEnded},
		// not yet: the pursuit goes on
		{"en not yet", " date 2024-08 Brentford are interested in Jonas Keller but have not made an offer yet.", p, "Brentford", facts.StageInterest},
		{"fr pas encore", " date 2024-08 Le FC Nantes s'intéresse à Jonas Keller, mais n'a pas encore formulé d'offre.", p, "Nantes", facts.StageInterest},
		{"it non ancora", " date 2024-08 Il Torino segue Jonas Keller, ma non ha ancora presentato un'offerta.", p, "Torino", facts.StageInterest},
	})
}
