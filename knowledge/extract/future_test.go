package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFuturePlayerOfClub: a player told to be a club's player in the
// future ("sarà un giocatore della Juventus", "will be a Brentford
// player") is a move still to come: the club is a suitor close to him,
// not his club, which stays the club he plays for. Five languages.
func TestFuturePlayerOfClub(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-01 Mario Rossi will be a Brentford player. The winger has a contract with Fulham until 2026.", "Mario Rossi", "Brentford", facts.StageAdvanced},
		{"fr", " date 2024-07-01 Mario Rossi sera un joueur du Stade Brestois. L'ailier est sous contrat avec le FC Lorient jusqu'en 2026.", "Mario Rossi", "Brest", facts.StageAdvanced},
		{"es", " date 2024-07-01 Mario Rossi será nuevo jugador del Betis. El extremo tiene contrato con el Getafe hasta 2026.", "Mario Rossi", "Real Betis", facts.StageAdvanced},
		{"it", " date 2024-07-01 Mario Rossi sarà un nuovo giocatore del Bologna. L'esterno ha un contratto con il Genoa fino al 2026.", "Mario Rossi", "Bologna", facts.StageAdvanced},
		{"de", " date 2024-07-01 Mario Rossi wird ein Spieler des SC Freiburg. Der Flügelspieler hat beim FC Augsburg einen Vertrag bis 2026.", "Mario Rossi", "SC Freiburg", facts.StageAdvanced},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-07-01 Mario Rossi will be a Brentford player. The winger has a contract with Fulham until 2026.", "Mario Rossi", "Fulham"},
		{" date 2024-07-01 Mario Rossi sera un joueur du Stade Brestois. L'ailier est sous contrat avec le FC Lorient jusqu'en 2026.", "Mario Rossi", "Lorient"},
		{" date 2024-07-01 Mario Rossi será nuevo jugador del Betis. El extremo tiene contrato con el Getafe hasta 2026.", "Mario Rossi", "Getafe"},
		{" date 2024-07-01 Mario Rossi sarà un nuovo giocatore del Bologna. L'esterno ha un contratto con il Genoa fino al 2026.", "Mario Rossi", "Genoa"},
		{" date 2024-07-01 Mario Rossi wird ein Spieler des SC Freiburg. Der Flügelspieler hat beim FC Augsburg einen Vertrag bis 2026.", "Mario Rossi", "Augsburg"},
	})
}

// TestClosedWithASeller: "hanno chiuso con il Genoa" is an agreement made
// with the club that sells him.
func TestClosedWithASeller(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"it", " date 2024-07-01 Il Bologna vuole Mario Rossi. I rossoblù hanno chiuso con il Genoa sulla base di 20 milioni di euro.", "Mario Rossi", "Bologna", facts.StageAdvanced},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-07-01 Il Bologna vuole Mario Rossi. I rossoblù hanno chiuso con il Genoa sulla base di 20 milioni di euro.", "Mario Rossi", "Genoa"},
	})
}
