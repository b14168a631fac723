package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPriceHisClubSet: the price his club has set ("set the price at",
// "a fixé son prix", "ha fijado su precio", "ha fissato il prezzo", "ein
// Preisschild", "die Schmerzgrenze") and a demand told by its participle
// ("les 40 millions réclamés par", "die geforderten 40 Millionen") are his
// club's asking price, not a bid of the club after him; in the five
// languages.
func TestPriceHisClubSet(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford are keen, but Fulham have set the price at £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr", " date 2024-07-10 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois le suit, mais le FC Lorient a fixé son prix à 40 millions d'euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"fr participle", " date 2024-07-10 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois peine à s'approcher des 40 millions d'euros réclamés par les Merlus.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es", " date 2024-07-10 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis lo sigue, pero el Getafe ha fijado su precio en 40 millones de euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna lo segue, ma il Genoa ha fissato il prezzo a 40 milioni di euro.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de", " date 2024-07-10 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg ist interessiert, doch der FC Augsburg hat ein Preisschild von 40 Millionen Euro aufgerufen.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},
		{"de participle", " date 2024-07-10 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg ist interessiert. Die geforderten 40 Millionen Euro sind dem Klub aber zu viel.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},
	})
}
