package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestAgencyDateline: the city of a wire story's dateline after the
// agency's name ("(ANSA) - TORINO, 18 LUG -") is the place of the story,
// not a club, whatever the language (the dateline's form is the wires',
// not a language's); the club of the story keeps its link.
func TestAgencyDateline(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"it", " date 2022-07-18 Juventus, ecco De Ligt\n\n(ANSA) - TORINO, 18 LUG - La Juventus ha ufficializzato l'acquisto di Matthijs de Ligt.", "Matthijs de Ligt", "Torino", ""},
		{"it buyer", " date 2022-07-18 Juventus, ecco De Ligt\n\n(ANSA) - TORINO, 18 LUG - La Juventus ha ufficializzato l'acquisto di Matthijs de Ligt.", "Matthijs de Ligt", "Juventus", facts.StageDone},
		{"es", " date 2022-08-05 Koundé, al Barça\n\n(EFE) - SEVILLA, 5 AGO - El Barcelona ha cerrado un acuerdo por Jules Koundé.", "Jules Koundé", "Sevilla", ""},
	})
}
