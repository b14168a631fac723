package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestArrivalConfirmed: a club that confirms, announces or wraps up a
// player's arrival or return has signed him ("Liverpool have confirmed
// the arrival of X on a season-long loan from Juventus", "Everton have
// wrapped up the return of X", "ha confirmado la llegada de", "han
// cerrado la llegada de", "a confirmé l'arrivée de", "ha confermato
// l'arrivo di", "bestätigte die Verpflichtung von"), even when the move is
// a loan, in the five languages.
func TestArrivalConfirmed(t *testing.T) {
	x := New()
	done := facts.StageDone
	checkStages(t, x, []stageCase{
		{"en arrival", " date 2024-08-01 Fulham have confirmed the arrival of Marco Verdi on a season-long loan from Leeds.", "Marco Verdi", "Fulham", done},
		{"en return", " date 2024-08-01 Everton have wrapped up the return of Marco Verdi from Leeds.", "Marco Verdi", "Everton", done},
		{"fr arrivée", " date 2024-08-01 Le FC Nantes a confirmé l'arrivée de Marco Verdi, prêté par Lyon.", "Marco Verdi", "Nantes", done},
		{"es confirmado", " date 2024-08-01 El Getafe ha confirmado la llegada de Marco Verdi, procedente del Betis.", "Marco Verdi", "Getafe", done},
		{"es cerrado", " date 2024-08-01 El Getafe ha cerrado la llegada de Marco Verdi, cedido por el Betis.", "Marco Verdi", "Getafe", done},
		{"es oficializado", " date 2024-08-01 El Getafe ha oficializado el fichaje de Marco Verdi, procedente del Betis.", "Marco Verdi", "Getafe", done},
		{"it arrivo", " date 2024-08-01 Il Genoa ha confermato l'arrivo di Marco Verdi in prestito dal Torino.", "Marco Verdi", "Genoa", done},
		{"de Verpflichtung", " date 2024-08-01 Der SC Freiburg bestätigte die Verpflichtung von Marco Verdi vom FC Augsburg.", "Marco Verdi", "SC Freiburg", done},
	})
}

// TestWeighingUp: a club weighing a player up, looking hard at him or
// moving for him ("the Magpies are weighing up whether to return for
// him", "Liverpool looked hard at X", "they have moved for X") pursues
// him; English forms.
func TestWeighingUp(t *testing.T) {
	x := New()
	in, ended := facts.StageInterest, facts.StageEnded
	checkStages(t, x, []stageCase{
		{"en weighing up", " date 2024-08-01 Liverpool pulled out of a deal for Marco Verdi. Newcastle are weighing up whether to return for him.", "Marco Verdi", "Newcastle United", in},
		{"en weigh up", " date 2024-08-01 Arsenal weigh up Marco Verdi as Leeds hold firm.", "Marco Verdi", "Arsenal", in},
		{"en looked hard at", " date 2024-08-01 Chelsea want Marco Verdi. Liverpool looked hard at Verdi in 2022 before deciding to go elsewhere.", "Marco Verdi", "Liverpool", ended},
		{"en moved for", " date 2024-08-01 Arsenal need a new goalkeeper and have moved for Marco Verdi.", "Marco Verdi", "Arsenal", in},
	})
}
