package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// reporterTexts name a journalist no list knows through the report he
// gives ("l'indiscrezione di X", "a report from X", "X reporting"), in the
// five languages, then tell the deal of the player named before.
var reporterTexts = []struct{ name, text, reporter string }{
	{"it", " date 2022-01 Franck Kessié ha deciso. A complicare il quadro è arrivata l'indiscrezione di Marco Bellini: l'ivoriano avrebbe stretto un accordo con il Barcellona.", "Marco Bellini"},
	{"fr", " date 2022-01 Franck Kessié a choisi. Puis est tombée l'indiscrétion de Julien Moreau : l'Ivoirien aurait un accord avec le Barça.", "Julien Moreau"},
	{"es", " date 2022-01 Franck Kessié ya ha decidido. Luego llegó la exclusiva de Javier Castaño: el marfileño tendría un acuerdo con el Barcelona.", "Javier Castaño"},
	{"de", " date 2022-01 Franck Kessié hat entschieden. Nach einem Bericht von Lukas Brenner hat der Ivorer eine Einigung mit dem FC Barcelona erzielt.", "Lukas Brenner"},
	{"en", " date 2022-01 Franck Kessié has decided. Then came a report from Tom Harding: the Ivorian has an agreement with Barcelona.", "Tom Harding"},
	{"en reporting", " date 2022-01 Franck Kessié has decided, with The Transfer Room Podcast reporting that the Ivorian has an agreement with Barcelona.", "Transfer Room Podcast"},
}

// TestReporterIsNoPlayer: a journalist named by the report he gives is no
// player, and the deal goes to the player the passage is about.
func TestReporterIsNoPlayer(t *testing.T) {
	x := New()
	var stages []stageCase
	for _, tt := range reporterTexts {
		checkNoPlayer(t, x, []struct{ name, text, official string }{{tt.name, tt.text, tt.reporter}})
		stages = append(stages, stageCase{tt.name, tt.text, "Franck Kessié", "Barcelona", facts.StageAdvanced})
	}
	checkStages(t, x, stages)
}

// TestNameParts: a German "-Poker" after a name is the contest for the
// player, not part of his name; a capitalised "El" inside a name is a
// particle of it ("Neil El Aynaoui").
func TestNameParts(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"de poker", " date 2024-07 Simons-Poker: Der FC Bayern bleibt im Rennen um Xavi Simons.", "Xavi Simons", "Bayern Munich", facts.StageInterest},
		{"fr el", " date 2024-07 L'AS Roma a trouvé un accord avec Lens pour Neil El Aynaoui.", "Neil El Aynaoui", "Roma", facts.StageAdvanced},
	})
}
