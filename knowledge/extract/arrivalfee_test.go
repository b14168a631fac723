package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFeeOfHisArrival: the fee of a move told with the club he came from
// ("who arrived from Coventry for €20m", "kam für 30 Millionen von der
// PSV") was paid by the club he came to, not by the club he left: the
// club the move took him to, else the club he plays for, in the five
// languages.
func TestFeeOfHisArrival(t *testing.T) {
	checkFees(t, []feeCase{
		{"en past", " date 2025-07 News\n\nMario Rossi is tied to Fulham until 2028. Brentford are keen on Mario Rossi. Rossi, who arrived from Coventry City for around £20m in 2023, scored ten goals last season.", "Mario Rossi", facts.FeeBid, 20e6, "Fulham"},
		{"fr past", " date 2025-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2028. Le Stade Brestois s'intéresse à Mario Rossi. Rossi, arrivé du FC Metz pour 20 millions d'euros en 2023, a marqué dix buts la saison dernière.", "Mario Rossi", facts.FeeBid, 20e6, "Lorient"},
		{"es past", " date 2025-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2028. El Betis sigue a Mario Rossi. Rossi, que llegó del Cádiz por 20 millones de euros en 2023, marcó diez goles la temporada pasada.", "Mario Rossi", facts.FeeBid, 20e6, "Getafe"},
		{"it past", " date 2025-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2028. Il Bologna segue Mario Rossi. Rossi, arrivato dal Cagliari per 20 milioni di euro nel 2023, ha segnato dieci gol nella scorsa stagione.", "Mario Rossi", facts.FeeBid, 20e6, "Genoa"},
		{"de past", " date 2025-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2028. Der SC Freiburg ist an Mario Rossi interessiert. Rossi, der 2023 für 20 Millionen Euro vom 1. FC Köln kam, traf in der vergangenen Saison zehnmal.", "Mario Rossi", facts.FeeBid, 20e6, "Augsburg"},
		{"de destination", " date 2025-07 Transfer-News\n\nMario Rossi ist für 20 Millionen Euro vom FC Augsburg zum SC Freiburg gewechselt.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
		{"it destination", " date 2025-07 Calciomercato\n\nMario Rossi è passato dal Genoa al Bologna per 20 milioni di euro.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"en destination", " date 2025-07 News\n\nMario Rossi is tied to Fulham until 2028. Mario Rossi has joined Brentford from Coventry City for around £20m and signed a two-year deal.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
	})
}
