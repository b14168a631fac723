package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestTimeAgoIsNoWage: "a week ago", "a season ago" after a figure date the
// bid; they are no wage ("an opening bid of £9m from the Eagles a week
// ago"). The other languages put the time word before ("il y a une
// semaine", "hace una semana", "vor einer Woche") or use no wage phrase
// ("una settimana fa").
func TestTimeAgoIsNoWage(t *testing.T) {
	checkFees(t, []feeCase{
		{"en week", " date 2024-07 News\n\nBrentford want Mario Rossi. Fulham had thrown out an opening bid of £9m from Brentford a week ago.", "Mario Rossi", facts.FeeBid, 9e6, "Brentford"},
		{"en season", " date 2024-07 News\n\nBrentford want Mario Rossi. Fulham turned down a bid of £9m from Brentford a season ago.", "Mario Rossi", facts.FeeBid, 9e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois veut Mario Rossi. Le FC Lorient avait repoussé une offre de 9 millions d'euros du Stade Brestois il y a une semaine.", "Mario Rossi", facts.FeeBid, 9e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nEl Betis quiere a Mario Rossi. El Getafe rechazó una oferta de 9 millones de euros del Betis hace una semana.", "Mario Rossi", facts.FeeBid, 9e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna vuole Mario Rossi. Il Genoa ha respinto un'offerta da 9 milioni di euro del Bologna una settimana fa.", "Mario Rossi", facts.FeeBid, 9e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg will Mario Rossi. Der FC Augsburg lehnte vor einer Woche ein Angebot des SC Freiburg über neun Millionen Euro ab.", "Mario Rossi", facts.FeeBid, 9e6, "SC Freiburg"},
	})
}
