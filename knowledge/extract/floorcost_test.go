package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFloorIsAskingPrice: a figure after a floor word ("below",
// "en dessous de", "por debajo de", "sotto i") is the price his club will
// not sell under: an asking price of the club he plays for, not a bid of
// the club after him; in the four languages with such a word before the
// figure (German tells it with "nicht unter", see TestPriceItsSubjectAsks).
func TestFloorIsAskingPrice(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford are keen, but Fulham will not sell him below £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"en any price below", " date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford are interested, but Fulham have told them he is not for sale at any price below £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr", " date 2024-07-10 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois le suit, mais Lorient ne le laissera pas partir en dessous de 40 millions d'euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es", " date 2024-07-10 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis lo sigue, pero el Getafe no lo dejará salir por debajo de 40 millones de euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna lo segue, ma il Genoa non lo lascia partire sotto i 40 milioni di euro.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"it al di sotto", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna lo segue, ma il Genoa non tratta al di sotto dei 40 milioni.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
	})
}

// TestWhatHeWouldCost: the price a player is told he would cost ("would
// cost", "coûterait", "costaría", "costerebbe", "kosten würde") is the
// asking price of the club he plays for, not a bid of the club after him;
// in the five languages.
func TestWhatHeWouldCost(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford are keen on him. Mario Rossi would cost around £25m.", "Mario Rossi", facts.FeeAsking, 25e6, "Fulham"},
		{"fr", " date 2024-07-10 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois le suit. Mario Rossi coûterait environ 25 millions d'euros.", "Mario Rossi", facts.FeeAsking, 25e6, "Lorient"},
		{"es", " date 2024-07-10 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis lo sigue. Mario Rossi costaría unos 25 millones de euros.", "Mario Rossi", facts.FeeAsking, 25e6, "Getafe"},
		{"it", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna lo segue. Mario Rossi costerebbe circa 25 milioni di euro.", "Mario Rossi", facts.FeeAsking, 25e6, "Genoa"},
		{"de", " date 2024-07-10 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg ist an Mario Rossi interessiert, der rund 25 Millionen Euro kosten würde.", "Mario Rossi", facts.FeeAsking, 25e6, "Augsburg"},
	})
}
