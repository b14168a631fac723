package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPriceWordNextToTheFigure: a price word right next to a figure
// tells its kind though an offer word stands farther in the sentence
// ("have not made an offer, and Fulham would want about £30m"), and a
// figure written without its unit after the price word ("un'offerta da 60
// milioni chiedendone almeno 80") takes that word from the figure before
// it; in the five languages.
func TestPriceWordNextToTheFigure(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford like him but have not made an offer, and Fulham would want about £30m for him.", "Mario Rossi", facts.FeeAsking, 30e6, "Fulham"},
		{"fr", " date 2024-07-10 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois n'a pas formulé d'offre, et le FC Lorient réclame environ 30 millions d'euros.", "Mario Rossi", facts.FeeAsking, 30e6, "Lorient"},
		{"es", " date 2024-07-10 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis no ha presentado ninguna oferta, y el Getafe pide unos 30 millones de euros.", "Mario Rossi", facts.FeeAsking, 30e6, "Getafe"},
		{"it bare", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Genoa ha rifiutato un'offerta del Bologna da 20 milioni chiedendone almeno 30.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"it bare asking", " date 2024-07-10 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Genoa ha rifiutato un'offerta del Bologna da 20 milioni chiedendone almeno 30.", "Mario Rossi", facts.FeeAsking, 30e6, "Genoa"},
		{"de", " date 2024-07-10 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg hat noch kein Angebot abgegeben, der FC Augsburg verlangt rund 30 Millionen Euro.", "Mario Rossi", facts.FeeAsking, 30e6, "Augsburg"},
	})
}

// TestAgeIsNoAmount: a number joined to a word by a hyphen ("the
// 23-year-old", "der 23-Jährige") after a price word is an age, no
// figure in the unit of the amount before it.
func TestAgeIsNoAmount(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2024-07-10 News\n\nBrentford have offered £25m for Mario Rossi, and Fulham value the 23-year-old at closer to £30m.",
		" date 2024-07-10 Transfer-News\n\nDer SC Freiburg bietet 25 Millionen Euro für Mario Rossi, der FC Augsburg bewertet den 23-Jährigen mit 30 Millionen Euro.",
	} {
		for _, f := range player(t, x.Extract(text, Hints{}), "Mario Rossi").Fees {
			if f.Amount == 23e6 {
				t.Errorf("the age read as a %s of %d: %q", f.Kind, f.Amount, text)
			}
		}
	}
}
