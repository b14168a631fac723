package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestWageNoClubPays: a wage whose sentence names no club is paid by the
// club he signed for when the article tells a completed signing, else, when
// no club is after him, by the club he plays for (a renewal: "the new deal
// is worth £80,000 a week"); in the five languages.
func TestWageNoClubPays(t *testing.T) {
	checkFees(t, []feeCase{
		{"en renewal", " date 2024-07-10 News\n\nMario Rossi has extended his contract with Fulham until 2029. The new deal is worth around £80,000 a week.", "Mario Rossi", facts.FeeWage, 80000, "Fulham"},
		{"fr renewal", " date 2024-07-10 Mercato\n\nMario Rossi a prolongé son contrat avec le FC Lorient jusqu'en 2029. Le nouveau contrat prévoit un salaire de 3 millions d'euros par saison.", "Mario Rossi", facts.FeeWage, 3e6, "Lorient"},
		{"es renewal", " date 2024-07-10 Mercado\n\nMario Rossi ha renovado su contrato con el Getafe hasta 2029. El nuevo contrato incluye un salario de 3 millones de euros por temporada.", "Mario Rossi", facts.FeeWage, 3e6, "Getafe"},
		{"it renewal", " date 2024-07-10 Calciomercato\n\nMario Rossi ha rinnovato il contratto con il Genoa fino al 2029. Il nuovo accordo prevede un ingaggio da 3 milioni di euro a stagione.", "Mario Rossi", facts.FeeWage, 3e6, "Genoa"},
		{"de renewal", " date 2024-07-10 Transfer-News\n\nMario Rossi hat seinen Vertrag beim FC Augsburg bis 2029 verlängert. Der neue Vertrag sieht ein Gehalt von drei Millionen Euro pro Jahr vor.", "Mario Rossi", facts.FeeWage, 3e6, "Augsburg"},
		{"en signing among suitors", " date 2024-07-10 News\n\nBrentford have completed the signing of Mario Rossi from Fulham. Burnley and Everton had also made offers for Mario Rossi. Mario Rossi will earn around £80,000 a week.", "Mario Rossi", facts.FeeWage, 80000, "Brentford"},
		{"fr signing among suitors", " date 2024-07-10 Mercato\n\nLe Stade Brestois a officialisé l'arrivée de Mario Rossi en provenance du FC Lorient. Le FC Nantes et Rennes avaient aussi formulé des offres pour Mario Rossi. Mario Rossi touchera un salaire de 3 millions d'euros par saison.", "Mario Rossi", facts.FeeWage, 3e6, "Brest"},
		{"es signing among suitors", " date 2024-07-10 Mercado\n\nEl Betis ha cerrado el fichaje de Mario Rossi procedente del Getafe. El Celta y el Villarreal también habían presentado ofertas por Mario Rossi. Mario Rossi cobrará un salario de 3 millones de euros por temporada.", "Mario Rossi", facts.FeeWage, 3e6, "Real Betis"},
		{"it signing among suitors", " date 2024-07-10 Calciomercato\n\nIl Bologna ha ufficializzato l'acquisto di Mario Rossi dal Genoa. Anche il Torino e l'Udinese avevano presentato offerte per Mario Rossi. Mario Rossi percepirà un ingaggio da 3 milioni di euro a stagione.", "Mario Rossi", facts.FeeWage, 3e6, "Bologna"},
		{"de signing among suitors", " date 2024-07-10 Transfer-News\n\nDer SC Freiburg hat Mario Rossi vom FC Augsburg verpflichtet. Auch der VfL Bochum und Mainz 05 hatten Angebote für Mario Rossi abgegeben. Mario Rossi soll ein Gehalt von drei Millionen Euro pro Jahr bekommen.", "Mario Rossi", facts.FeeWage, 3e6, "SC Freiburg"},
	})
}

// TestWageWhileClubsAreAfterHim: a wage no club of its sentence pays, told
// while several clubs are after him and none has signed him, belongs to no
// club: not to the club he plays for.
func TestWageWhileClubsAreAfterHim(t *testing.T) {
	x := New()
	a := x.Extract(" date 2024-07-10 News\n\nMario Rossi is under contract at Fulham until 2027. Brentford and Burnley have made offers for Mario Rossi. Mario Rossi would earn around £80,000 a week.", Hints{})
	for _, f := range player(t, a, "Mario Rossi").Fees {
		if f.Kind == facts.FeeWage && f.Club == "Fulham" {
			t.Errorf("wage %d given to Fulham, the club he may leave", f.Amount)
		}
	}
}
