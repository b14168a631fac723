package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestBidTheSellerTurnedDown: a bid whose clause names only the club
// that turns it down ("Ein erstes Angebot über 20 Millionen lehnte der FC
// Augsburg ab", "was rejected by Fulham") is not that club's: it is the
// bid of the club after him, in the five languages.
func TestBidTheSellerTurnedDown(t *testing.T) {
	checkFees(t, []feeCase{
		{"en subject", " date 2024-07 News\n\nBrentford want Mario Rossi. Fulham rejected a first offer of £20m last week.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"en passive", " date 2024-07 News\n\nBrentford want Mario Rossi. A first offer of £20m was rejected by Fulham last week.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois veut Mario Rossi. Une première offre de 20 millions d'euros a été repoussée par le FC Lorient.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"fr subject", " date 2024-07 Mercato\n\nLe Stade Brestois veut Mario Rossi. Le FC Lorient a repoussé une première offre de 20 millions d'euros.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nEl Betis quiere a Mario Rossi. Una primera oferta de 20 millones de euros fue rechazada por el Getafe.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"es subject", " date 2024-07 Mercado\n\nEl Betis quiere a Mario Rossi. El Getafe rechazó una primera oferta de 20 millones de euros.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna vuole Mario Rossi. Una prima offerta da 20 milioni di euro è stata respinta dal Genoa.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"it subject", " date 2024-07 Calciomercato\n\nIl Bologna vuole Mario Rossi. Il Genoa ha respinto una prima offerta da 20 milioni di euro.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg will Mario Rossi. Ein erstes Angebot über 20 Millionen Euro lehnte der FC Augsburg ab.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
		{"de perfect", " date 2024-07 Transfer-News\n\nDer SC Freiburg will Mario Rossi. Ein erstes Angebot über 20 Millionen Euro hatte der FC Augsburg in der vergangenen Woche abgelehnt.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
		{"de demonym", " date 2024-07 Transfer-News\n\nDer SC Freiburg bemüht sich um Mario Rossi. Ein erstes Angebot über 20 Millionen Euro lehnten die Schwaben ab.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
	})
}
