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

// TestPriceAskedByAnOfficial: a price a chairman or director asks, in a
// sentence naming a club that wants the player, is the price of the club
// he plays for, not the suitor's. Five languages.
func TestPriceAskedByAnOfficial(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi has a contract with Fulham until 2027. Brentford are keen on the winger, but chairman Peter Grant demands £30m for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 30e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois s'intéresse à Mario Rossi, mais le président Loïc Féry, qui réclame 30 millions d'euros, ne veut pas vendre.", "Mario Rossi", facts.FeeAsking, 30e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis sigue a Mario Rossi, pero el presidente Ángel Torres exige 30 millones de euros por el extremo.", "Mario Rossi", facts.FeeAsking, 30e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna segue Mario Rossi, ma il presidente Dan Sucu chiede almeno 30 milioni di euro per l'esterno.", "Mario Rossi", facts.FeeAsking, 30e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg bot 20 Millionen Euro für Mario Rossi, doch Präsident Markus Krapf verlangt 30 Millionen Euro für den Flügelspieler.", "Mario Rossi", facts.FeeAsking, 30e6, "Augsburg"},
	})
}

// TestClauseABuyerPays: a release clause a club pursuing him pays, or is
// ready to pay, is in his contract with the club he leaves: no club when
// the sentence names no other, never the payer. Five languages.
func TestClauseABuyerPays(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nBrentford wanted Mario Rossi. Brentford were ready to pay his £30m release clause, but the winger decided to stay.", "Mario Rossi", facts.FeeReleaseClause, 30e6, ""},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois voulait Mario Rossi. Le Stade Brestois était prêt à payer sa clause libératoire de 30 millions d'euros, mais l'ailier a décidé de rester.", "Mario Rossi", facts.FeeReleaseClause, 30e6, ""},
		{"es", " date 2024-07 Mercado\n\nMario Rossi es nuevo jugador del Betis. El Betis ha abonado los 30 millones de euros de su cláusula de rescisión y el jugador firmará un contrato de cinco temporadas.", "Mario Rossi", facts.FeeReleaseClause, 30e6, ""},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna voleva Mario Rossi. Il Bologna era pronto a pagare la sua clausola rescissoria da 30 milioni di euro, ma l'esterno ha deciso di restare.", "Mario Rossi", facts.FeeReleaseClause, 30e6, ""},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg wollte Mario Rossi. Der SC Freiburg war bereit, die Ausstiegsklausel über 30 Millionen Euro zu zahlen, doch der Flügelspieler blieb.", "Mario Rossi", facts.FeeReleaseClause, 30e6, ""},
	})
}
