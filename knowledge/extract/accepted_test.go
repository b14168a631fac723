package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestAcceptedBy: the club that accepted an offer ("a bid accepted by
// Torino", "une offre acceptée par le Torino", "una oferta aceptada por el
// Torino", "un'offerta accettata dal Torino", "vom FC Basel angenommen")
// sells the player and is no suitor, in the five languages; a passive
// verb takes no object, so the description after it ("only for the
// Italian to ...") stays the player's named before, not the passage's.
func TestAcceptedBy(t *testing.T) {
	x := New()
	none, ended, bid := facts.Stage(""), facts.StageEnded, facts.StageBid
	checkStages(t, x, []stageCase{
		{"en seller", " date 2024-07-10 Brentford want Luca Bianchi. Last summer Everton had a bid for Marco Verdi accepted by Torino, only for the Italian to make it clear he would only join Fulham.", "Marco Verdi", "Torino", none},
		{"en no object", " date 2024-07-10 Brentford want Luca Bianchi. Last summer Everton had a bid for Marco Verdi accepted by Torino, only for the Italian to make it clear he would only join Fulham.", "Marco Verdi", "Everton", ended},
		{"en passage player", " date 2024-07-10 Brentford want Luca Bianchi. Last summer Everton had a bid for Marco Verdi accepted by Torino, only for the Italian to make it clear he would only join Fulham.", "Luca Bianchi", "Fulham", none},
		{"fr", " date 2024-07-10 Le RC Lens veut Luca Bianchi. Le LOSC a vu son offre pour Marco Verdi acceptée par le Torino, et l'Italien doit signer à Lille cette semaine.", "Marco Verdi", "Torino", none},
		{"fr buyer", " date 2024-07-10 Le RC Lens veut Luca Bianchi. Le LOSC a vu son offre pour Marco Verdi acceptée par le Torino, et l'Italien doit signer à Lille cette semaine.", "Marco Verdi", "Lille", bid},
		{"es", " date 2024-07-10 El Betis quiere a Luca Bianchi. El Sevilla tiene una oferta por Marco Verdi aceptada por el Torino, y el italiano firmará con el Sevilla esta semana.", "Marco Verdi", "Torino", none},
		{"it", " date 2024-07-10 Il Genoa vuole Luca Bianchi. La Lazio ha un'offerta per Marco Verdi accettata dal Torino, e l'italiano firmerà con la Lazio questa settimana.", "Marco Verdi", "Torino", none},
		{"de", " date 2024-07-10 Mainz 05 ist an Luca Bianchi interessiert. Das Angebot des SC Freiburg für Marco Verdi wurde vom FC Basel angenommen, doch der Italiener zögert noch.", "Marco Verdi", "Basel", none},
	})
}
