package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestBareAmounts: a figure written without its unit takes the unit of
// the amount next to it, as the first bound of a range or after a price
// word that follows an amount in millions, in the five languages; a bare
// number with no price word before it is no fee.
func TestBareAmounts(t *testing.T) {
	checkFees(t, []feeCase{
		{"en range", " date 2024-07 News\n\nFulham want between 40 and 45 million pounds for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr range", " date 2024-07 Mercato\n\nLe FC Lorient réclame entre 40 et 45 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es range", " date 2024-07 Mercado\n\nEl Getafe pide entre 40 y 45 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it range", " date 2024-07 Calciomercato\n\nIl Genoa chiede tra 40 e 45 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de range", " date 2024-07 Transfer-News\n\nDer FC Augsburg fordert zwischen 40 und 45 Millionen Euro für Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},

		{"en after an offer", " date 2024-07 News\n\nBrentford have offered £30m for Mario Rossi, but Fulham demand 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr en réclame", " date 2024-07 Mercato\n\nLe Stade Brestois a offert 30 millions d'euros pour Mario Rossi, mais le FC Lorient en réclame 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es pide", " date 2024-07 Mercado\n\nEl Betis ofrece 30 millones de euros por Mario Rossi, pero el Getafe pide 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it ne chiede", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto 30 milioni di euro per Mario Rossi, ma il Genoa ne chiede 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de fordert", " date 2024-07 Transfer-News\n\nDer SC Freiburg bietet 30 Millionen Euro für Mario Rossi, der FC Augsburg fordert 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},
		{"it next sentence", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto 30 milioni di euro per Mario Rossi. Il Genoa ne chiede almeno 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
	})
	x := New()
	for _, text := range []string{
		" date 2024-07 News\n\nBrentford have offered £30m for Mario Rossi, who scored 14 goals in 30 games.",
		" date 2024-07 Calciomercato\n\nIl Bologna ha offerto 30 milioni di euro per Mario Rossi, autore di 14 gol in 30 partite.",
	} {
		p := player(t, x.Extract(text, Hints{}), "Mario Rossi")
		if len(p.Fees) != 1 {
			t.Errorf("%q: fees %+v, want only the offer", text, p.Fees)
		}
	}
}

// TestBidderAsksNoPrice: a price the sentence gives a club that bids for
// him itself is asked by his club, in the five languages.
func TestBidderAsksNoPrice(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford have made an offer of £30m for Mario Rossi, judged too low by the chairman, who wants at least £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois a formulé une offre de 30 millions d'euros pour Mario Rossi, jugée insuffisante par le président, qui en attend au moins 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis ha presentado una oferta de 30 millones de euros por Mario Rossi, insuficiente para el presidente, que pide al menos 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna ha presentato un'offerta da 30 milioni di euro per Mario Rossi, giudicata insufficiente dal presidente, che ne chiede almeno 40.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg hat ein Angebot über 30 Millionen Euro für Mario Rossi abgegeben, zu wenig für den Präsidenten, der mindestens 40 fordert.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},
	})
}
