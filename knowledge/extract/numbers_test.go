package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestAmountsInWords: an amount in millions whose number is a word (five
// million pounds, une quinzaine de millions, cinco millones, un milione,
// zwei Millionen), one in thousands written with a dot (500.000 Euro), and
// the words of a price or a value around them, in the five languages; a
// number word in a compound ("vingt-cinq") is not read alone.
func TestAmountsInWords(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nBrentford have offered five million pounds for Mario Rossi.", "Mario Rossi", facts.FeeBid, 5e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois a offert une quinzaine de millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeBid, 15e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nEl Betis ofreció cinco millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeBid, 5e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto un milione di euro per Mario Rossi.", "Mario Rossi", facts.FeeBid, 1e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg bietet zwei Millionen Euro für Mario Rossi.", "Mario Rossi", facts.FeeBid, 2e6, "SC Freiburg"},
		{"de thousands", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Mario Rossi soll für rund 500.000 Euro zu haben sein.", "Mario Rossi", facts.FeeAsking, 5e5, "Augsburg"},
		{"en available", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Mario Rossi is available for £5m.", "Mario Rossi", facts.FeeAsking, 5e6, "Fulham"},
		{"es valor", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. Su valor ronda los cuatro millones de euros.", "Mario Rossi", facts.FeeValuation, 4e6, "Getafe"},
		{"it valore", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il suo valore è di quattro milioni di euro.", "Mario Rossi", facts.FeeValuation, 4e6, "Genoa"},
		{"fr valeur", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Sa valeur est estimée à quatre millions d'euros.", "Mario Rossi", facts.FeeValuation, 4e6, "Lorient"},
		{"fr compound", " date 2024-07 Mercato\n\nLe Stade Brestois a offert vingt-cinq millions d'euros et 30 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeBid, 30e6, "Brest"},
	})
	p := player(t, New().Extract(" date 2024-07 Mercato\n\nLe Stade Brestois a offert vingt-cinq millions d'euros pour Mario Rossi.", Hints{}), "Mario Rossi")
	if len(p.Fees) != 0 {
		t.Errorf("vingt-cinq: fees %+v, want none read", p.Fees)
	}
}
