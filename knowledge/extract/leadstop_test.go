package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestNameLeadsClosedByStop: a roundup whose paragraphs open on a
// player's name in capitals closed by a full stop, his section going on
// on the same line ("ISCO. El malagueño ...", "JOÃO CANCELO. Giro
// inesperado."), names him there only: the descriptions of the paragraph
// are him, and the paragraph ends his section, in the five languages.
func TestNameLeadsClosedByStop(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip: where the big deals stand\n\nTOBIAS WRENFIELD. Brentford have asked about the winger, who has a year left.\n\nLINDQVIST. A twist. Wolves are keen on the Swedish defender.", "Lindqvist", "Wolverhampton Wanderers", facts.StageInterest},
		{"en first", " date 2024-01 Gossip: where the big deals stand\n\nTOBIAS WRENFIELD. Brentford have asked about the winger, who has a year left.\n\nLINDQVIST. A twist. Wolves are keen on the Swedish defender.", "Tobias Wrenfield", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato : le point sur les dossiers\n\nTOBIAS WRENFIELD. Le Stade Brestois s'intéresse à l'ailier, sous contrat jusqu'en 2026.\n\nOSKAR LINDQVIST. Coup de théâtre. Le RC Lens a formulé une offre pour le défenseur suédois.", "Oskar Lindqvist", "Lens", facts.StageBid},
		{"es", " date 2024-01 Mercado: así están las operaciones\n\nTOBIAS WRENFIELD. El Betis pregunta por el extremo, que termina contrato en junio.\n\nLINDQVIST. Giro inesperado. El Villarreal negocia con el Getafe por el defensa sueco.", "Lindqvist", "Villarreal", facts.StageTalks},
		{"it", " date 2024-01 Calciomercato, il punto\n\nTOBIAS WRENFIELD. Il Genoa ha chiesto informazioni per l'esterno.\n\nOSKAR LINDQVIST. Colpo di scena. Il Bologna segue il difensore svedese.", "Oskar Lindqvist", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News: der Überblick\n\nTOBIAS WRENFIELD. Der SC Freiburg interessiert sich für den Flügelspieler.\n\nOSKAR LINDQVIST. Überraschung. Der VfL Wolfsburg verhandelt mit dem Verteidiger.", "Oskar Lindqvist", "VfL Wolfsburg", facts.StageTalks},
	})
	// one shouted lead is no roundup: no person named by it
	for _, p := range x.Extract(" date 2024-01 Blog\n\nBREAKING. Brentford have asked about the winger.", Hints{}).Players {
		t.Errorf("a lone lead of capitals read as a player: %q", p.Name)
	}
}
