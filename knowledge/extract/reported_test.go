package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPastOfAReport: the past of a report ("English media had reported
// that ...", "Zuvor hatten Medien berichtet, ...") dates the reporting,
// not the interest it reports, which is present news.
func TestPastOfAReport(t *testing.T) {
	type c = stageCase
	const p = "Lucas Silva"
	checkStages(t, New(), []stageCase{
		c{"en", " date 2024-06 Portuguese media had reported that Everton are interested in Lucas Silva.", p, "Everton", facts.StageInterest},
		c{"fr", " date 2024-06 La presse portugaise avait révélé que Lens s'intéresse à Lucas Silva.", p, "Lens", facts.StageInterest},
		c{"es", " date 2024-06 La prensa portuguesa había informado de que el Girona sigue a Lucas Silva.", p, "Girona", facts.StageInterest},
		c{"it", " date 2024-06 La stampa portoghese aveva riportato che il Torino segue Lucas Silva.", p, "Torino", facts.StageInterest},
		c{"de", " date 2024-06 Portugiesische Medien hatten berichtet, der SC Freiburg sei an Lucas Silva interessiert.", p, "SC Freiburg", facts.StageInterest},
		// a past the pursuit itself is told in stays past
		c{"en past", " date 2024-06 Everton had been interested in Lucas Silva last summer.", p, "Everton", facts.StageEnded},
	})
}
