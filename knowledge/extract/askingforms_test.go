package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestAskingVerbForms: the asking verb in the plural and in the past
// ("the London club demanded £20m", "ils demandent 12 millions", "pidió 20
// millones", "chiese 20 milioni", "forderten 20 Millionen") tells a price
// his club asks, not a bid, in the five languages.
func TestAskingVerbForms(t *testing.T) {
	checkFees(t, []feeCase{
		{"en demanded", " date 2024-07 News\n\nBrentford looked at Mario Rossi of Fulham, but the London club demanded £20m.", "Mario Rossi", facts.FeeAsking, 20e6, "Fulham"},
		{"fr demandent", " date 2024-07 Mercato\n\nLe Stade Brestois suit Mario Rossi, du FC Lorient. Les Merlus en demandent 20 millions d'euros.", "Mario Rossi", facts.FeeAsking, 20e6, "Lorient"},
		{"es pidió", " date 2024-07 Mercado\n\nEl Betis siguió a Mario Rossi, del Getafe, pero el Getafe pidió 20 millones de euros.", "Mario Rossi", facts.FeeAsking, 20e6, "Getafe"},
		{"it chiese", " date 2024-07 Calciomercato\n\nIl Bologna seguì Mario Rossi del Genoa, ma il Genoa chiese 20 milioni di euro.", "Mario Rossi", facts.FeeAsking, 20e6, "Genoa"},
		{"de forderten", " date 2024-07 Transfer-News\n\nDer SC Freiburg beobachtete Mario Rossi vom FC Augsburg, doch der FC Augsburg forderte 20 Millionen Euro.", "Mario Rossi", facts.FeeAsking, 20e6, "Augsburg"},
	})
}
