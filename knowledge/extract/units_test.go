package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSectionUnits: a short line of its own heading a section gives the
// section its player, so that a description in the section ("the
// striker", "le milieu", "il difensore", "der Stürmer") is him, in the five
// languages; a byline heads no section.
func TestSectionUnits(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en capitals", " date 2024-01 Chelsea open to offers for Armando Broja and Conor Gallagher\n\nGALLAGHER\nConor Gallagher could stay.\n\nBROJA\nArmando Broja is wanted by many. Wolves asked about taking the striker on loan.", "Armando Broja", "Wolverhampton Wanderers", facts.StageInterest},
		{"fr name", " date 2021-06 Le point mercato\n\nIntro du jour.\n\nBlas, deux clubs sur les rangs\nLudovic Blas pourrait partir de Nantes. Le RB Leipzig s'intéresse au milieu de terrain.", "Ludovic Blas", "RB Leipzig", facts.StageInterest},
		{"es name", " date 2021-06 Mercado\n\nResumen del día.\n\nOlmo, el Barça insiste\nDani Olmo puede salir del Leipzig. El Barcelona sigue al centrocampista.", "Dani Olmo", "Barcelona", facts.StageInterest},
		{"it name", " date 2021-06 Calciomercato\n\nIl punto del giorno.\n\nScamacca, c'è il West Ham\nGianluca Scamacca può lasciare il Sassuolo. Il West Ham ha chiesto informazioni per l'attaccante.", "Gianluca Scamacca", "West Ham United", facts.StageInterest},
		{"de name", " date 2021-06 Transfer-News\n\nDer Überblick.\n\nSchick bleibt begehrt\nPatrik Schick kann Leverkusen verlassen. Borussia Dortmund ist am Stürmer interessiert.", "Patrik Schick", "Borussia Dortmund", facts.StageInterest},
	})
	// a byline is no section's player
	a := x.Extract(" date 2022-03 Dans : OM.\n\nPar Corentin Facy\n\nBoubacar Kamara est en fin de contrat. Le minot est suivi par Chelsea et Barcelone.", Hints{})
	for _, p := range a.Players {
		if p.Name == "Corentin Facy" && len(p.Suitors) > 0 {
			t.Errorf("the byline's author has suitors %+v", p.Suitors)
		}
	}
}

// TestRoundupClubs: a club in brackets right after a name is his even with
// his age beside it; a club the title shows pursuing someone is no club the
// roundup is about; a club open to offers in the title sells.
func TestRoundupClubs(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2021-06 Stade Rennais : Badé trop cher\n\nLe Stade Rennais a écarté Romain Saïss (Wolverhampton, 31 ans).", "Romain Saïss", "Wolverhampton Wanderers"},
		{" date 2021-06 Rennes scarta Saïss\n\nIl Rennes ha scartato Romain Saïss (Wolverhampton, 31 anni).", "Romain Saïss", "Wolverhampton Wanderers"},
		{" date 2021-06 JT Foot Mercato : Lille revient à la charge pour Lukebakio\n\nLukebakio\nDodi Lukebakio est suivi par Lille. Dodi Lukebakio pourrait partir.", "Dodi Lukebakio", ""},
		{" date 2024-01 Chelsea open to offers for Gallagher\n\nTottenham like Conor Gallagher.", "Conor Gallagher", "Chelsea"},
	})
}
