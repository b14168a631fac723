package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPastInAPlaceClause: a past marker inside a clause of place set off
// by commas ("Fulham, where he played on loan last season, would like
// him back") dates that clause only; the pursuit around it is present.
func TestPastInAPlaceClause(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en", " date 2024-06 Fulham, where he played on loan last season, would like to sign Lucas Silva again.", p, "Fulham", facts.StageInterest},
		c{"fr", " date 2024-06 Lens, où il a joué en prêt la saison dernière, aimerait récupérer Lucas Silva.", p, "Lens", facts.StageInterest},
		c{"es", " date 2024-06 El Girona, donde jugó cedido la temporada pasada, quiere recuperar a Lucas Silva.", p, "Girona", facts.StageInterest},
		c{"it", " date 2024-06 Il Torino, dove ha giocato in prestito la scorsa stagione, vuole riportare Lucas Silva.", p, "Torino", facts.StageInterest},
		c{"de", " date 2024-06 Der SC Freiburg, wo er vergangene Saison als Leihspieler spielte, möchte Lucas Silva zurückholen.", p, "SC Freiburg", facts.StageInterest},
		// the past of the main clause still dates the pursuit
		c{"en past", " date 2024-06 Last season Fulham wanted Lucas Silva.", p, "Fulham", facts.StageEnded},
	})
}
