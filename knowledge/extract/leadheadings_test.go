package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestLeadNameHeadings: a roundup whose sections are headed by a player's
// name in capitals closed by a comma and a tag ("NAME, THE FAVOURITE"), by
// his club in brackets even when the name is one word ("RAFINHOS
// (Santos)"), or after a label and its colon ("THE OUTSIDER: NAME
// (Club)"), names him there: the descriptions of its section are him, in
// the five languages.
func TestLeadNameHeadings(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": " date 2024-07-01 Five names on the summer list\n\nTOBIAS WRENFIELD, A FAMILIAR FACE\n\nFulham have made an offer for the winger.\n\nRAFINHOS (Santos)\n\nBrentford are keen on the forward.\n\nTHE OUTSIDER: OSKAR LINDQVIST (Malmö)\n\nWolves have opened talks over the defender.",
		"fr": " date 2024-07-01 Mercato : les pistes de l'été\n\nTOBIAS WRENFIELD, UN VIEUX RÊVE\n\nLe FC Nantes a formulé une offre pour l'ailier.\n\nRAFINHOS (Santos)\n\nLe Stade Brestois s'intéresse à l'attaquant.\n\nL'OUTSIDER : OSKAR LINDQVIST (Malmö)\n\nLe RC Lens a ouvert des discussions pour le défenseur.",
		"es": " date 2024-07-01 Mercado: los nombres del verano\n\nTOBIAS WRENFIELD, UN VIEJO CONOCIDO\n\nEl Betis ha presentado una oferta por el extremo.\n\nRAFINHOS (Santos)\n\nEl Villarreal sigue al delantero.\n\nLA SORPRESA: OSKAR LINDQVIST (Malmö)\n\nEl Getafe ha abierto negociaciones por el defensa.",
		"it": " date 2024-07-01 Calciomercato, i nomi dell'estate\n\nTOBIAS WRENFIELD, IL SOGNO\n\nIl Genoa ha presentato un'offerta per l'esterno.\n\nRAFINHOS (Santos)\n\nIl Bologna segue l'attaccante.\n\nLA SORPRESA: OSKAR LINDQVIST (Malmö)\n\nIl Torino ha avviato una trattativa per il difensore.",
		"de": " date 2024-07-01 Transfer-News: die Namen des Sommers\n\nTOBIAS WRENFIELD, EIN ALTER BEKANNTER\n\nDer SC Freiburg hat ein Angebot für den Flügelspieler abgegeben.\n\nRAFINHOS (Santos)\n\nDer VfL Wolfsburg interessiert sich für den Stürmer.\n\nDIE ÜBERRASCHUNG: OSKAR LINDQVIST (Malmö)\n\nDer FC Augsburg verhandelt über den Verteidiger.",
	}
	want := map[string][3]string{
		"en": {"Fulham", "Brentford", "Wolverhampton Wanderers"},
		"fr": {"Nantes", "Brest", "Lens"},
		"es": {"Real Betis", "Villarreal", "Getafe"},
		"it": {"Genoa", "Bologna", "Torino"},
		"de": {"SC Freiburg", "VfL Wolfsburg", "Augsburg"},
	}
	for lang, text := range texts {
		w := want[lang]
		checkStages(t, x, []stageCase{
			{lang + " comma", text, "Tobias Wrenfield", w[0], facts.StageBid},
			{lang + " one word", text, "Rafinhos", w[1], facts.StageInterest},
			{lang + " label", text, "Oskar Lindqvist", w[2], facts.StageTalks},
		})
	}
	// lines of capitals telling news are no names, even with a comma
	a := x.Extract(" date 2024-07-01 Blog\n\nDONE DEAL, AT LAST\n\nFulham have made an offer for the winger.\n\nTALKS STALL, FOR NOW\n\nBrentford are keen on the forward.", Hints{})
	for _, p := range a.Players {
		t.Errorf("a line of news read as a name: %q", p.Name)
	}
}
