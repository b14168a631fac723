package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// feeCase is a text, a player and the fee of one kind and amount he must
// have, with the club it must belong to.
type feeCase struct {
	name, text, player string
	kind               facts.FeeKind
	amount             int64
	club               string
}

// checkFees runs feeCases: each wants a fee of its kind and amount with
// its club.
func checkFees(t *testing.T, cases []feeCase) {
	t.Helper()
	x := New()
	for _, tt := range cases {
		p := player(t, x.Extract(tt.text, Hints{}), tt.player)
		found := false
		for _, f := range p.Fees {
			if f.Kind == tt.kind && f.Amount == tt.amount {
				found = true
				if f.Club != tt.club {
					t.Errorf("%s: %s of %d belongs to %q, want %q", tt.name, tt.kind, tt.amount, f.Club, tt.club)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s of %d in %+v", tt.name, tt.kind, tt.amount, p.Fees)
		}
	}
}

// TestBidWithoutItsClub: a bid whose sentence names no bidder, or only the
// club he plays for, is the one club the article tells buying him, in the
// five languages.
func TestBidWithoutItsClub(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford have made a new offer for Mario Rossi. Their first bid of £20m was turned down last month.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois a formulé une nouvelle offre pour Mario Rossi. Une première proposition de 20 millions d'euros avait été repoussée le mois dernier.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis ha presentado una nueva oferta por Mario Rossi. Una primera propuesta de 20 millones de euros fue rechazada el mes pasado.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna ha presentato una nuova offerta per Mario Rossi. Una prima proposta da 20 milioni di euro era stata respinta il mese scorso.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg hat ein neues Angebot für Mario Rossi abgegeben. Ein erstes Angebot über 20 Millionen Euro war im vergangenen Monat abgelehnt worden.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
		{"en paid to his club", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford have signed Mario Rossi. They will pay Fulham £30m.", "Mario Rossi", facts.FeeBid, 30e6, "Brentford"},
		{"it paid to his club", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna ha ufficializzato l'acquisto di Mario Rossi: al Genoa andranno 30 milioni di euro.", "Mario Rossi", facts.FeeBid, 30e6, "Bologna"},
	})
}

// TestAskingWithoutItsClub: a price whose sentence names no club is asked
// by the club he plays for, in the five languages; a club owning the
// figure in the possessive keeps it.
func TestAskingWithoutItsClub(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford are interested in Mario Rossi. The asking price is £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois s'intéresse à Mario Rossi. Les Merlus en réclament 40 millions d'euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis sigue a Mario Rossi. Por él piden 40 millones de euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna segue Mario Rossi. Per lui si chiedono 40 milioni di euro.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg ist an Mario Rossi interessiert. Für ihn werden 40 Millionen Euro verlangt.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},
		{"en possessive", " date 2024-07 News\n\nBrentford want Fulham's Mario Rossi, but would not meet Leeds's £40m asking price for another winger last year.", "Mario Rossi", facts.FeeAsking, 40e6, "Leeds United"},
	})
}

// TestFeeOfTheClubAfterHim: a wage his club's sentence offers goes to the
// club of the sentence still after him, and a bid no sentence gives a
// bidder to the one club after him, in the five languages.
func TestFeeOfTheClubAfterHim(t *testing.T) {
	checkFees(t, []feeCase{
		{"en wage", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford are interested in Mario Rossi and held talks with Fulham, promising the player £50,000 a week.", "Mario Rossi", facts.FeeWage, 50000, "Brentford"},
		{"fr wage", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois s'intéresse à Mario Rossi et discute avec le FC Lorient, en promettant au joueur 2 millions d'euros par saison.", "Mario Rossi", facts.FeeWage, 2e6, "Brest"},
		{"es wage", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis sigue a Mario Rossi y habla con el Getafe, prometiendo al jugador 2 millones de euros por temporada.", "Mario Rossi", facts.FeeWage, 2e6, "Real Betis"},
		{"it wage", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna segue Mario Rossi e tratta con il Genoa, promettendo al giocatore 2 milioni di euro a stagione.", "Mario Rossi", facts.FeeWage, 2e6, "Bologna"},
		{"de wage", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg ist an Mario Rossi interessiert und verhandelt mit dem FC Augsburg, dem Spieler verspricht er 2 Millionen Euro pro Saison.", "Mario Rossi", facts.FeeWage, 2e6, "SC Freiburg"},

		{"en bid", " date 2024-07 News\n\nBrentford are keen on Mario Rossi. A first bid of £20m was turned down.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"fr bid", " date 2024-07 Mercato\n\nLe Stade Brestois s'intéresse à Mario Rossi. Une première offre de 20 millions d'euros a été repoussée.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"es bid", " date 2024-07 Mercado\n\nEl Betis sigue a Mario Rossi. Una primera oferta de 20 millones de euros fue rechazada.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"it bid", " date 2024-07 Calciomercato\n\nIl Bologna segue Mario Rossi. Una prima offerta da 20 milioni di euro è stata respinta.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"de bid", " date 2024-07 Transfer-News\n\nDer SC Freiburg ist an Mario Rossi interessiert. Ein erstes Angebot über 20 Millionen Euro wurde abgelehnt.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
	})
}
