package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestTitledOfClub: a role and the club it serves before a name ("The
// chairman of Queens Park Rangers, Alan Pace", "El presidente de la Real
// Sociedad, Jokin Aperribay") call him an official, and a paragraph
// later opening on his surname no longer makes him a player, in the five
// languages; the player he speaks of keeps his suitors.
func TestTitledOfClub(t *testing.T) {
	x := New()
	tests := []struct{ name, text, official string }{
		{"en", " date 2024-07-01 The window is heating up.\n\nThe chairman of Queens Park Rangers, Alan Pace, said Fulham had asked about Tom Ashworth.\n\nPace revealed that Everton want the winger.", "Alan Pace"},
		{"fr", " date 2024-07-01 Le mercato s'accélère.\n\nLe président de l'Olympique de Marseille, Marc Vernier, a confirmé que le FC Lorient s'est renseigné sur Hugo Marchetti.\n\nVernier a ajouté que Lille veut l'ailier.", "Marc Vernier"},
		{"es", " date 2024-07-01 El mercado se acelera.\n\nEl presidente de la Real Sociedad, Jokin Aperribay, dijo que el Atlético preguntó por Tomás Herrera.\n\nAperribay confirmó que el Betis quiere al extremo.", "Jokin Aperribay"},
		{"it", " date 2024-07-01 Il mercato entra nel vivo.\n\nIl direttore sportivo del Paris Saint-Germain, Marco Rinaldi, ha confermato che il Torino ha chiesto informazioni su Tommaso Ferlini.\n\nRinaldi ha aggiunto che anche il Bologna vuole l'esterno.", "Marco Rinaldi"},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf.\n\nDer Sportdirektor des 1. FC Union Berlin, Markus Lindner, bestätigte, dass der FC Augsburg nach Jonas Albrecht gefragt hat.\n\nLindner sagte, dass auch Mainz den Flügelspieler will.", "Markus Lindner"},
	}
	checkNoPlayer(t, x, tests)
	checkStages(t, x, []stageCase{
		{"es", tests[2].text, "Tomás Herrera", "Real Betis", facts.StageInterest},
		{"it", tests[3].text, "Tommaso Ferlini", "Bologna", facts.StageInterest},
	})
}
