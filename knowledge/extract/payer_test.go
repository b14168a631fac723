package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPayerOfABid: the club its clause tells paying or offering a figure
// pays it, even when the article gave the player to that club before
// (a roundup's "Name (Club) :" after his move), while the club the money
// goes to, after a preposition or a German dative, sells; the subject of
// an agreement made with another club that signed him pays it too. Five
// languages.
func TestPayerOfABid(t *testing.T) {
	checkFees(t, []feeCase{
		{"en paid to", " date 2024-07 Roundup\n\nMario Rossi (Brentford): the move became official on Monday. Brentford paid £30m to Fulham for the winger, who is tied to them until 2029.", "Mario Rossi", facts.FeeBid, 30e6, "Brentford"},
		{"fr versé à", " date 2024-07 Mercato\n\nMario Rossi (Stade Brestois) : l'annonce est tombée lundi. Le Stade Brestois a versé 30 millions d'euros au FC Lorient pour l'ailier, lié jusqu'en 2029.", "Mario Rossi", facts.FeeBid, 30e6, "Brest"},
		{"es pagó al", " date 2024-07 Mercado\n\nMario Rossi (Betis): el anuncio llegó el lunes. El Betis pagó 30 millones de euros al Getafe por el extremo, que firma hasta 2029.", "Mario Rossi", facts.FeeBid, 30e6, "Real Betis"},
		{"it versato al", " date 2024-07 Calciomercato\n\nMario Rossi (Bologna): l'ufficialità è arrivata lunedì. Il Bologna ha versato 30 milioni di euro al Genoa per l'esterno, legato fino al 2029.", "Mario Rossi", facts.FeeBid, 30e6, "Bologna"},
		{"de dative", " date 2024-07 Transfer-News\n\nMario Rossi (SC Freiburg): Der Wechsel ist seit Montag offiziell. Der SC Freiburg hat dem FC Augsburg 30 Millionen Euro für den Flügelspieler gezahlt.", "Mario Rossi", facts.FeeBid, 30e6, "SC Freiburg"},
		{"it deal with, signed", " date 2024-07 Calciomercato\n\nIl Bologna ha ufficializzato l'acquisto di Mario Rossi dal Genoa. I rossoblù hanno chiuso con il Genoa sulla base di 30 milioni più bonus.", "Mario Rossi", facts.FeeBid, 30e6, "Bologna"},
		{"fr on the seller's table", " date 2024-07 Mercato\n\nMario Rossi (FC Lorient) : le Stade Brestois a déposé sur la table du FC Lorient une offre de 20 millions d'euros pour l'ailier.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"es seller rejects", " date 2024-07 Mercado\n\nMario Rossi (Betis): el Betis rechazó una oferta de 20 millones de euros del Getafe por el extremo.", "Mario Rossi", facts.FeeBid, 20e6, "Getafe"},
	})
}
