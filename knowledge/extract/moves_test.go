package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestCompletedMovesInFiveLanguages: a signing told as completed makes the
// buyer a done suitor or his club, in the five languages (issue 11).
func TestCompletedMovesInFiveLanguages(t *testing.T) {
	x := New()
	tests := []struct{ name, text, player, club string }{
		{"en completed the signing", " date 2023-07-15 Arsenal have completed the signing of Declan Rice from West Ham.", "Declan Rice", "Arsenal"},
		{"de verpflichtet", " date 2023-07-15 Der FC Arsenal hat Declan Rice von West Ham United verpflichtet.", "Declan Rice", "Arsenal"},
		{"fr officiellement un joueur", " date 2023-07-15 Declan Rice est officiellement un joueur d'Arsenal.", "Declan Rice", "Arsenal"},
		{"es cerrado el fichaje", " date 2023-07-15 El Arsenal ha cerrado el fichaje de Declan Rice.", "Declan Rice", "Arsenal"},
		{"it completato l'acquisto", " date 2023-07-15 Il Milan ha completato l'acquisto di Marcus Thuram dal Borussia Mönchengladbach.", "Marcus Thuram", "AC Milan"},
	}
	for _, tt := range tests {
		st, p := stageOfPair(x, tt.text, tt.player, tt.club)
		if st != facts.StageDone && p.CurrentClub != tt.club {
			t.Errorf("%s: %s/%s stage %q, club %q: want done or his club", tt.name, tt.player, tt.club, st, p.CurrentClub)
		}
	}
}

// TestFeeBidder: the club a bid belongs to is the bidder, never the club
// that accepts or turns it down; a rejected offer with no follow-up ends
// the pursuit.
func TestFeeBidder(t *testing.T) {
	x := New()
	tests := []struct {
		name, text, player, club string
		stage                    facts.Stage
		feeClub                  string
		status                   facts.FeeStatus
	}{
		{"en accepted", " date 2023-07-15 Arsenal signed Declan Rice for £105m after West Ham accepted an offer.", "Declan Rice", "Arsenal", facts.StageDone, "Arsenal", facts.FeeAccepted},
		{"en rejected offer from", " date 2023-07-15 West Ham have rejected a £90m offer from Manchester City for Declan Rice.", "Declan Rice", "Manchester City", facts.StageEnded, "Manchester City", facts.FeeRejected},
		{"fr offre refusée", " date 2023-07-15 Le PSG a refusé une offre de 90 millions d'euros du Real Madrid pour Kylian Mbappé.", "Kylian Mbappé", "Real Madrid", facts.StageEnded, "Real Madrid", facts.FeeRejected},
		{"es oferta rechazada", " date 2023-07-15 El Sevilla ha rechazado una oferta de 60 millones del Chelsea por Jules Koundé.", "Jules Koundé", "Chelsea", facts.StageEnded, "Chelsea", facts.FeeRejected},
	}
	for _, tt := range tests {
		st, p := stageOfPair(x, tt.text, tt.player, tt.club)
		if st != tt.stage {
			t.Errorf("%s: stage %q, want %q", tt.name, st, tt.stage)
		}
		if len(p.Fees) != 1 || p.Fees[0].Club != tt.feeClub || p.Fees[0].Status != tt.status {
			t.Errorf("%s: fees %+v, want one of %s, %s", tt.name, p.Fees, tt.feeClub, tt.status)
		}
	}
}

// TestContractEndPhrases: more ways to tell the end of the contract he
// holds, in four languages.
func TestContractEndPhrases(t *testing.T) {
	x := New()
	tests := []struct{ text, player, want string }{
		{" date 2022-10 Le contrat de Houssem Aouar prend fin le 30 juin 2023.", "Houssem Aouar", "2023-06"},
		{" date 2024-01 Theo Hernández ist vertraglich noch bis 2026 an den AC Mailand gebunden.", "Theo Hernández", "2026"},
		{" date 2024-06 The contract of Lloyd Kelly at Bournemouth ends in June 2024.", "Lloyd Kelly", "2024-06"},
		{" date 2024-01 El contrato de Nico Williams con el Athletic finaliza en junio de 2027.", "Nico Williams", "2027-06"},
	}
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if got := p.ContractExpires.String(); got != tt.want {
			t.Errorf("%q: contract %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWouldLike: a club that would like a player, or courts him, pursues
// him, in the five languages.
func TestWouldLike(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"fr aimeraient", " date 2021-06 Les Dogues de Lille aimeraient mettre la main sur Dodi Lukebakio.", "Dodi Lukebakio", "Lille", facts.StageInterest},
		{"fr yeux doux", " date 2021-06 Le RB Leipzig fait les yeux doux à Ludovic Blas.", "Ludovic Blas", "RB Leipzig", facts.StageInterest},
		{"en would like", " date 2021-06 Leeds United would like to sign Maxwel Cornet.", "Maxwel Cornet", "Leeds United", facts.StageInterest},
		{"es le gustaría", " date 2021-06 Al Sevilla le gustaría fichar a Maxwel Cornet.", "Maxwel Cornet", "Sevilla", facts.StageInterest},
		{"it piacerebbe", " date 2021-06 Alla Juventus piacerebbe Maxwel Cornet.", "Maxwel Cornet", "Juventus", facts.StageInterest},
		{"de hätte gern", " date 2021-06 Hertha BSC hätte gern Maxwel Cornet.", "Maxwel Cornet", "Hertha Berlin", facts.StageInterest},
	})
}

// TestCityClubBids: a club whose name is also a city bids in the
// possessive ("Milan's €12m bid") or with its article (l'offre du Milan,
// la oferta del Milan, l'offerta del Milan), and its rejected bid ends its
// pursuit, in the five languages.
func TestCityClubBids(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-07 News\n\nMilan's €12m bid for Mario Rossi was turned down.", "Mario Rossi", "AC Milan", facts.StageEnded},
		{"en interest", " date 2023-07 News\n\nMilan's interest in Mario Rossi is growing.", "Mario Rossi", "AC Milan", facts.StageInterest},
		{"fr", " date 2023-07 Mercato\n\nL'offre du Milan pour Mario Rossi a été refusée.", "Mario Rossi", "AC Milan", facts.StageEnded},
		{"es", " date 2023-07 Mercado\n\nLa oferta del Milan por Mario Rossi fue rechazada.", "Mario Rossi", "AC Milan", facts.StageEnded},
		{"it", " date 2023-07 Calciomercato\n\nL'offerta del Milan per Mario Rossi è stata respinta.", "Mario Rossi", "AC Milan", facts.StageEnded},
		{"de", " date 2023-07 Transfer-News\n\nDas Angebot der AC Mailand für Mario Rossi wurde abgelehnt.", "Mario Rossi", "AC Milan", facts.StageEnded},
	})
}

// TestBidderIsNotTheSeller: a bid the only club named turns down is no
// bid of that club: its bidder is the club the passage is about, or none,
// in the five languages.
func TestBidderIsNotTheSeller(t *testing.T) {
	x := New()
	cases := []struct{ name, text, want string }{
		{"en", " date 2024-01 News\n\nBrentford are keen on Mario Rossi. Fulham have rejected a £25m bid for the winger.", "Brentford"},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois s'intéresse à Mario Rossi. Le FC Lorient a refusé une offre de 25 millions d'euros pour l'ailier.", "Brest"},
		{"es", " date 2024-01 Mercado\n\nEl Betis sigue a Mario Rossi. El Getafe ha rechazado una oferta de 25 millones de euros por el extremo.", "Real Betis"},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna segue Mario Rossi. Il Genoa ha respinto un'offerta da 25 milioni di euro per l'esterno.", "Bologna"},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg ist an Mario Rossi interessiert. Der FC Augsburg hat ein Angebot über 25 Millionen Euro für den Flügelspieler abgelehnt.", "SC Freiburg"},
		{"en alone", " date 2024-01 News\n\nFulham have rejected a £25m bid for Mario Rossi.", ""},
	}
	for _, tt := range cases {
		_, p := stageOfPair(x, tt.text, "Mario Rossi", "")
		if len(p.Fees) != 1 {
			t.Errorf("%s: fees %+v, want one", tt.name, p.Fees)
			continue
		}
		if f := p.Fees[0]; f.Club != tt.want || f.Kind != facts.FeeBid {
			t.Errorf("%s: fee %s %s, want a bid of %q", tt.name, f.Kind, f.Club, tt.want)
		}
	}
}

// TestClubAcronyms: a short name of the club table written in capitals
// ("OL", "ASM") is the club even where the same letters as a word would
// not be; a line all in capitals proves nothing. Five languages.
func TestClubAcronyms(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nOL are keen on Mario Rossi.", "Mario Rossi", "Lyon", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nL'OL s'intéresse à Mario Rossi.", "Mario Rossi", "Lyon", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl ASM sigue a Mario Rossi.", "Mario Rossi", "Monaco", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nL'ASM segue Mario Rossi.", "Mario Rossi", "Monaco", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nOL ist an Mario Rossi interessiert.", "Mario Rossi", "Lyon", facts.StageInterest},
	})
}

// TestBidderIsNotHisClub: when two clubs agree a fee, the one the text has
// made his club is the seller: the bid is the other's, in the five
// languages.
func TestBidderIsNotHisClub(t *testing.T) {
	x := New()
	cases := []struct{ name, text, want string }{
		{"en", " date 2024-07 News\n\nMario Rossi has a contract with Fulham until 2026. Brentford and Fulham have agreed a fee of £50m.", "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2026. Le Stade Brestois et le FC Lorient se sont entendus sur un transfert de 50 millions d'euros.", "Brest"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2026. El Betis y el Getafe han alcanzado un acuerdo por 50 millones de euros.", "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2026. Bologna e Genoa hanno raggiunto un'intesa sulla base di 50 milioni di euro.", "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2026. Der SC Freiburg und der FC Augsburg haben sich auf 50 Millionen Euro geeinigt.", "SC Freiburg"},
	}
	for _, tt := range cases {
		_, p := stageOfPair(x, tt.text, "Mario Rossi", "")
		var got []string
		for _, f := range p.Fees {
			got = append(got, string(f.Kind)+" "+f.Club)
		}
		if len(p.Fees) != 1 || p.Fees[0].Club != tt.want || p.Fees[0].Kind != facts.FeeBid {
			t.Errorf("%s: fees %v, want a bid of %s", tt.name, got, tt.want)
		}
	}
}

// TestClauseIsHisClubs: a release clause a buyer pays is in the contract
// with his club, not the buyer's; one in a contract he signs now is the
// new club's, in the five languages.
func TestClauseIsHisClubs(t *testing.T) {
	x := New()
	cases := []struct{ name, text, want string }{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford have agreed to pay his €40m release clause.", "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois a trouvé un accord pour payer sa clause libératoire de 40 millions d'euros.", "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis ha cerrado un acuerdo para pagar su cláusula de rescisión de 40 millones de euros.", "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna ha trovato l'accordo per pagare la clausola da 40 milioni di euro.", "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg hat sich geeinigt und zahlt die Ausstiegsklausel über 40 Millionen Euro.", "Augsburg"},
		{"es new contract", " date 2024-07 Mercado\n\nMario Rossi ya es jugador del Betis. Mario Rossi ha firmado hasta 2029 con una cláusula de 400 millones de euros.", "Real Betis"},
	}
	for _, tt := range cases {
		_, p := stageOfPair(x, tt.text, "Mario Rossi", "")
		found := false
		for _, f := range p.Fees {
			if f.Kind == facts.FeeReleaseClause {
				found = true
				if f.Club != tt.want {
					t.Errorf("%s: clause of %q, want %q", tt.name, f.Club, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no release clause in %+v", tt.name, p.Fees)
		}
	}
}
