package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestUnnamedTarget: a club told pursuing "a striker", "another
// midfielder", "un défenseur", "un altro centrale", "einen Stürmer", in a
// sentence naming no player nor describing one, wants someone the text
// does not name: no suitor of the passage's player, in the five
// languages. A sentence that takes the player up ("the striker", "him")
// is still his.
func TestUnnamedTarget(t *testing.T) {
	x := New()
	// the first sentence of each language: a bid for the passage's player
	lead := map[string]string{
		"en": " date 2024-08-01 Arsenal have made an offer for Victor Osimhen. ",
		"fr": " date 2024-08-01 Le PSG a fait une offre pour Victor Osimhen. ",
		"es": " date 2024-08-01 El Atlético ha hecho una oferta por Victor Osimhen. ",
		"it": " date 2024-08-01 La Juventus ha fatto un'offerta per Victor Osimhen. ",
		"de": " date 2024-08-01 Der FC Bayern hat ein Angebot für Victor Osimhen abgegeben. ",
	}
	en, fr, es, it, de := lead["en"], lead["fr"], lead["es"], lead["it"], lead["de"]
	checkStages(t, x, []stageCase{
		{"en a striker", en + "Chelsea want a striker before the end of the month.", "Victor Osimhen", "Chelsea", ""},
		{"en another", en + "Chelsea are chasing another midfielder, and Everton need a centre-back.", "Victor Osimhen", "Chelsea", ""},
		{"en commas", en + "Chelsea, meanwhile, are closing in on a winger of their own.", "Victor Osimhen", "Chelsea", ""},
		{"en the striker", en + "Chelsea are also keen on the striker.", "Victor Osimhen", "Chelsea", facts.StageInterest},
		{"en him", en + "Chelsea want a striker and are monitoring him.", "Victor Osimhen", "Chelsea", facts.StageInterest},
		{"en first", en, "Victor Osimhen", "Arsenal", facts.StageBid},
		{"fr un défenseur", fr + "Lyon cherche un défenseur central avant la fin du mois.", "Victor Osimhen", "Lyon", ""},
		{"fr un autre", fr + "Lyon surveille un autre attaquant.", "Victor Osimhen", "Lyon", ""},
		{"fr l'attaquant", fr + "Lyon surveille aussi l'attaquant.", "Victor Osimhen", "Lyon", facts.StageInterest},
		{"es un lateral", es + "El Sevilla busca un lateral con experiencia.", "Victor Osimhen", "Sevilla", ""},
		{"es otro", es + "El Sevilla sigue a otro delantero.", "Victor Osimhen", "Sevilla", ""},
		{"it un altro", it + "Il Napoli ha chiesto informazioni al Monaco per un altro centrale.", "Victor Osimhen", "Napoli", ""},
		{"it un attaccante", it + "Il Napoli cerca un attaccante.", "Victor Osimhen", "Napoli", ""},
		{"it l'attaccante", it + "Anche il Napoli segue l'attaccante.", "Victor Osimhen", "Napoli", facts.StageInterest},
		{"de einen Stürmer", de + "Borussia Dortmund beobachtet einen Stürmer aus Belgien.", "Victor Osimhen", "Borussia Dortmund", ""},
		{"de einen weiteren", de + "Borussia Dortmund sucht einen weiteren Innenverteidiger.", "Victor Osimhen", "Borussia Dortmund", ""},
		{"de den Stürmer", de + "Auch Borussia Dortmund beobachtet den Stürmer.", "Victor Osimhen", "Borussia Dortmund", facts.StageInterest},
	})
}
