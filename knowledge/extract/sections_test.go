package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestClubSectionArrivals: in a roundup of sections each headed by one
// club ("Stade Rennais. ...", "Borussia Dortmund: ..."), a player told
// arriving from another club is now the section's club's player; one
// told arriving at another club is not, in the five languages.
func TestClubSectionArrivals(t *testing.T) {
	x := New()
	head := " date 2024-09-02 "
	cases := []struct{ club, arrived, left string }{
		{"Brentford",
			"Window review, club by club\n\nBrentford. The Bees were busy. Marco Verdi arrived from Fulham to add pace out wide.\n\nEverton. Quiet days at Goodison.",
			"Window review, club by club\n\nBrentford. The Bees sold well. Marco Verdi arrived at Fulham for £20m."},
		{"Rennes",
			"Le bilan club par club\n\nStade Rennais. Le club breton a été actif. Marco Verdi, venu du FC Nantes, doit apporter sa vitesse.\n\nRC Lens. Peu de mouvements.",
			"Le bilan club par club\n\nStade Rennais. Le club breton a vendu. Marco Verdi est arrivé au FC Nantes contre 20 millions."},
		{"Real Betis",
			"El balance, club a club\n\nReal Betis. El club verdiblanco se movió mucho. Marco Verdi, procedente del Getafe, aportará velocidad.\n\nSevilla. Pocos movimientos.",
			"El balance, club a club\n\nReal Betis. El club verdiblanco vendió. Marco Verdi llegó al Getafe por 20 millones."},
		{"Torino",
			"Il bilancio, squadra per squadra\n\nTorino. Mercato vivace per i granata. Marco Verdi, arrivato dal Genoa, porterà velocità.\n\nBologna. Pochi movimenti.",
			"Il bilancio, squadra per squadra\n\nTorino. I granata hanno venduto. Marco Verdi è arrivato al Genoa per 20 milioni."},
		{"SC Freiburg",
			"Die Bilanz, Klub für Klub\n\nSC Freiburg: Die Breisgauer waren aktiv. Marco Verdi kommt per Leihe vom FC Augsburg.\n\nMainz 05: Wenig Bewegung.",
			"Die Bilanz, Klub für Klub\n\nSC Freiburg: Die Breisgauer haben verkauft. Marco Verdi kommt zum FC Augsburg."},
	}
	for _, c := range cases {
		checkCurrent(t, x, []clubCase{{head + c.arrived, "Marco Verdi", c.club}})
		checkNotCurrent(t, x, []clubCase{{head + c.left, "Marco Verdi", c.club}})
	}
}

// TestClubArticleBesideFirstName: a club named by one word that is also
// the first name of a player of the article ("Milan Škriniar") is still
// the club after a club article ("il Milan", "le Milan", "el Milan"), in
// the languages that put one before a club.
func TestClubArticleBesideFirstName(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"fr", " date 2025-01-10 Mercato\n\nMilan Kovač reste au PSG. Le Milan s'intéresse à Marco Verdi.", "Marco Verdi", "AC Milan", in},
		{"es", " date 2025-01-10 Mercado\n\nMilan Kovač sigue en el PSG. El Milan se interesa por Marco Verdi.", "Marco Verdi", "AC Milan", in},
		{"it", " date 2025-01-10 Calciomercato\n\nMilan Kovač resta al PSG. Il Milan segue con attenzione Marco Verdi.", "Marco Verdi", "AC Milan", in},
	})
}
